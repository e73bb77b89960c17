# pipv's developer commands. `make run` and `make test` set up everything they need.
# Nothing needs activating: every tool runs as .venv/bin/python -m TOOL.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=
# PDF workers under `make serve`: one per core, at the lowest CPU priority, so they render on
# whatever the web server leaves idle (bench/load.py: a PDF ready before the click at a human
# pace needs the second core; one worker queued renders for seconds).
PDF_WORKERS ?= auto

# What pipv needs from the system: Pango (>= 1.44) and fonts for WeasyPrint's PDFs (Noto Sans
# CJK SC draws the Chinese copy, with a real bold face; Noto Color Emoji the emoji people put
# in their own words, which would print as empty boxes), GNU gettext to compile the
# translations, and qpdf, with which the tests check each PDF's structure.
APT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji fontconfig gettext qpdf
LDCONFIG := $(or $(shell command -v ldconfig 2>/dev/null),/sbin/ldconfig)

.DEFAULT_GOAL := help
.PHONY: help venv system-deps browser-deps messages run serve test test-postgres lint format audit clean

help:
	@echo "make run          set everything up, then serve http://127.0.0.1:8000 with one PDF worker"
	@echo "make test         set everything up, then run ruff, mypy (the engine) and every test (PYTEST_ARGS=... to pass on)"
	@echo "make lint         ruff check, ruff format --check and mypy on the engine"
	@echo "make format       ruff format and ruff check --fix"
	@echo "make system-deps  check (and, as root, install) Pango, fonts, gettext and qpdf"
	@echo "make venv         create .venv and install pipv with its dev tools"
	@echo "make audit        check the installed dependencies for known vulnerabilities (pip-audit; needs network)"
	@echo "make clean        remove .venv and tool caches (never the database)"

venv: $(STAMP)

# Rebuilt whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { \
	  echo "error: '$(PYTHON)' was not found. pipv needs Python 3.11 or newer:" \
	       "install it, or run make with PYTHON=/path/to/python3.11" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "error: pipv needs Python 3.11 or newer, but '$(PYTHON)' is" \
	       "$$($(PYTHON) -c 'import platform; print(platform.python_version())')." \
	       "Run make with PYTHON=/path/to/python3.11 (or newer)." >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "error: could not create $(VENV). On Debian or Ubuntu: apt-get install python3-venv" >&2; \
	  rm -rf $(VENV); exit 1; }
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

system-deps:
	@if [ -n "$$PIPV_SKIP_SYSTEM_DEPS" ]; then exit 0; fi; \
	have() { \
	  $(LDCONFIG) -p 2>/dev/null | grep -q 'libpango-1\.0\.so' && \
	  $(LDCONFIG) -p 2>/dev/null | grep -q 'libpangoft2-1\.0\.so' && \
	  command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'dejavu' && \
	  fc-list 2>/dev/null | grep -q 'Noto Sans CJK SC' && \
	  fc-list 2>/dev/null | grep -q 'Noto Color Emoji' && \
	  command -v msgfmt >/dev/null 2>&1 && command -v qpdf >/dev/null 2>&1; \
	}; \
	if have; then exit 0; fi; \
	echo "pipv needs Pango and fonts (PDFs), gettext (translations) and qpdf (tests)."; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing them with apt-get: $(APT_PACKAGES)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq >/dev/null && \
	  apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null || exit 1; \
	  if have; then echo "System packages are installed."; exit 0; fi; \
	  echo "error: apt-get finished, but a package is still missing: $(APT_PACKAGES)" >&2; exit 1; \
	fi; \
	echo "error: a system package is missing. Install them, then run make again:" >&2; \
	if command -v apt-get >/dev/null 2>&1; then \
	  echo "  sudo apt-get install -y --no-install-recommends $(APT_PACKAGES)" >&2; \
	else \
	  echo "  install Pango (1.44 or newer), DejaVu, Noto Sans CJK SC and Noto Color Emoji fonts, gettext and qpdf;" >&2; \
	  echo "  see https://doc.courtbouillon.org/weasyprint/stable/first_steps.html" >&2; \
	fi; \
	echo "(Set PIPV_SKIP_SYSTEM_DEPS=1 to skip this check.)" >&2; \
	exit 1

# The browser tests drive Debian's Chromium through Playwright; Playwright's own browser
# download cannot work here, so the system package is used.
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installing Chromium with apt-get (for the browser tests)..."; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq >/dev/null && \
	  apt-get install -y -qq --no-install-recommends chromium >/dev/null || exit 1; \
	else \
	  echo "error: the browser tests need Chromium: sudo apt-get install chromium" >&2; exit 1; \
	fi

# The translations' .mo files are built here from the committed .po files, never committed.
messages: system-deps $(STAMP)
	@if [ -d locale ]; then PIPV_DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv -v 0; fi

run: messages
	PIPV_DEBUG=1 $(PY) manage.py migrate --noinput
	PIPV_DEBUG=1 $(PY) -m pipv.launch --workers 1 -- $(PY) manage.py runserver 127.0.0.1:8000

# Production mode on this machine: gunicorn behind nothing, on plain HTTP at 127.0.0.1, with the
# worker settings in gunicorn.conf.py (bench/load.py uses the same file), and a PDF worker per
# core (PDF_WORKERS). The secret key is made once and kept in .local/ (git-ignored).
serve: messages
	@mkdir -p .local && chmod 700 .local
	@test -s .local/secret_key || $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > .local/secret_key
	@test -s .local/data_key || $(PY) -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())' > .local/data_key
	@chmod 600 .local/secret_key .local/data_key
	PIPV_SECRET_KEY=$${PIPV_SECRET_KEY:-$$(cat .local/secret_key)} PIPV_DATA_KEYS=$${PIPV_DATA_KEYS:-$$(cat .local/data_key)} $(PY) manage.py collectstatic --noinput -v 0
	PIPV_SECRET_KEY=$${PIPV_SECRET_KEY:-$$(cat .local/secret_key)} PIPV_DATA_KEYS=$${PIPV_DATA_KEYS:-$$(cat .local/data_key)} $(PY) manage.py migrate --noinput
	PIPV_SECRET_KEY=$${PIPV_SECRET_KEY:-$$(cat .local/secret_key)} PIPV_DATA_KEYS=$${PIPV_DATA_KEYS:-$$(cat .local/data_key)} PIPV_HTTPS=$${PIPV_HTTPS:-0} \
	  $(PY) -m pipv.launch --workers $(PDF_WORKERS) -- $(PY) -m gunicorn -c gunicorn.conf.py --bind 127.0.0.1:8000

# The test environment (secret key, plain HTTP) comes from the pytest plugin pipv/testenv.py.
test: messages browser-deps
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pytest $(PYTEST_ARGS)

# The same suite against a throwaway PostgreSQL cluster (installed with apt-get when missing);
# the browser journeys already ran against SQLite and test no database behaviour of their own.
test-postgres: messages
	.ci/with-postgres $(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# Not part of `make test` or CI: it needs a network that reaches an advisory database, and says
# plainly (exit status 2) when it cannot.
audit: $(STAMP)
	$(PY) .ci/audit.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
