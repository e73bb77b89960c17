"""Load test: simulated people using pipv at once against gunicorn in production mode.

    .venv/bin/python bench/load.py [--users 50] [--duration 60] [--think 0.5-2.0]
                                   [--pdf-share 0.5] [--read-results 5] [--workers auto]
                                   [--max-requests 20000] [--seed N] [--loads both]
                                   [--repeat N]

--loads both runs two loads one after the other, each against a fresh server and database,
and prints both tables: "human" (3-12 s between clicks) and "saturation" (0.5-2 s), then one
PASS/FAIL line per figure issue #19 asks for. With --repeat N the loads run N times, in turn
(human, saturation, human, ...), and the goals are judged on the medians. A journey at a
human pace takes about two minutes, longer than the measured minute: there people start
part-way (--start), so that results pages and PDFs are measured too.

Starts gunicorn with the settings in gunicorn.conf.py and --workers PDF workers, as `make
serve` does (python -m pipv.launch), on a free port of 127.0.0.1, in production mode
(PIPV_DEBUG unset, PIPV_HTTPS=0, a fresh secret key and data key) with a throwaway SQLite
database in a temporary directory, which is migrated first and removed at the end. gunicorn
and the workers are always stopped, whatever happens.

Each simulated person, one thread each, in a loop until the time is up:

1. opens the sign-up page (and, like a browser with an empty cache, the style sheet and
   scripts it links) and creates an account (Argon2 hashes the password);
2. imports the example case file (examples/amazon-focus-pivot.json, with a salary of their
   own, so no two people's PDFs are the same and the PDF cache cannot help);
3. walks every questionnaire step from "Before you start" to the review: opens the page,
   reads the step form and sends it back as it stands ("Save and continue");
4. opens the results page (which queues the PDF), reads it for --read-results seconds, and a
   share of them (--pdf-share) then downloads the PDF. A PDF not ready yet answers 202 with
   the "Preparing your PDF" page, which a browser asks again every second (htmx) until the PDF
   comes: these polls are the "pdf poll" row, the request that returns the file the "pdf" row.
   A 503 with Retry-After is honoured like a person who clicks again later; 503s are counted
   and shown, not counted as errors.

A PDF is "given up" when a 503's Retry-After would send its person back after the measured
time, or when it has not come 90 s after the click. Someone watching "Preparing your PDF" when
the time is up has not given up: as a PDF request sent before the end is waited for, that page
is followed past the end until the file comes. Those PDFs are counted and shown apart, with how
long after the end the last one came.

Between two clicks a person thinks: a random pause, uniformly drawn from --think (seconds),
so "50 users" means fifty people using the site at once, not fifty request loops. A redirect
is followed at once, like a browser. People start within the first think interval, not all in
the same millisecond. Each request opens its own connection (no keep-alive).

At a human pace a journey takes about two minutes, so with everyone starting at the sign-up
no one would reach the results page in the measured minute, and a crowd signing up at once is
not what a site sees. There (--start auto, or part-way) each person starts at a random pause
of their first journey: before the clock starts, the steps before it are walked without
pausing, four people at a time, neither timed nor counted; then everyone starts together. A
person who would start after the last step starts at the results page.

With --ref REV the server runs a committed revision (exported with `git archive` into the
temporary directory) instead of the working tree, e.g. while someone is half-way through an
edit; gunicorn.conf.py still comes from the working tree.

Bounds: only 127.0.0.1 is contacted; no request starts after --duration seconds; at most
--max-requests requests in all (a PDF being prepared at the end is still asked for); each
request times out after 90 s.

Prints requests/s and p50/p95/p99 latency (ms) per page type (signup, step GET, step POST,
results, pdf, pdf poll, other), the step pages that ran while a PDF was being fetched, the time
from the click to the file, the time from a results page to its PDF being ready (read from the
server's database at the end), the 503s and the errors. Exits with status 1 if there was any
error: a 5xx other than a PDF's 503, a connection error or timeout, or any other status than
the page should answer.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import http.client
import io
import json
import os
import random
import secrets
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # the only address this script ever talks to
EXAMPLE = ROOT / "examples" / "amazon-focus-pivot.json"
TYPES = ("signup", "step GET", "step POST", "results", "pdf", "pdf poll", "other")
LOADS = {"human": (3.0, 12.0), "saturation": (0.5, 2.0)}
POLL_SECONDS = 1.0  # how often the "Preparing your PDF" page asks again (htmx)
REQUEST_TIMEOUT = 90.0
# The pauses of one journey before its results page: after the sign-up page, the sign-up and
# the import, before each step's "Save and continue" (eight steps), and before the results.
JOURNEY_PAUSES = 3 + 8 + 1
PRELUDE_TIMEOUT = 300.0
PRELUDE_GATE = threading.BoundedSemaphore(4)


def python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


# --------------------------------------------------------------------------- HTML forms


@dataclass
class Form:
    attrs: dict
    fields: list = field(default_factory=list)  # [kind, name, value, on] ; kind input/select/…

    def data(self, submit: tuple[str, str] | None = None) -> list[tuple[str, str]]:
        """What a browser sends for this form, with the ``submit`` button pressed."""
        out: list[tuple[str, str]] = []
        for kind, name, value, on in self.fields:
            if not name:
                continue
            if kind in ("checkbox", "radio"):
                if on:
                    out.append((name, value if value is not None else "on"))
            elif kind == "select":
                options = value  # [(value, selected)]
                chosen = [v for v, sel in options if sel] or [v for v, _ in options[:1]]
                out.extend((name, v) for v in chosen)
            elif kind in ("submit", "button", "image", "reset", "file"):
                continue
            else:
                out.append((name, value or ""))
        if submit is not None:
            out.append(submit)
        return out


# Pages are read with lxml (libxml2, in C): the load test shares the machine with the server
# it measures, and the CPU a parser in Python takes goes missing from the PDF workers, which
# run at the lowest priority.
_HTML = lxml.html.HTMLParser(encoding="utf-8")


class Page:
    """What the load test reads of a page: its forms with their fields, the style sheets and
    scripts it links, and its links."""

    def __init__(self, body: bytes) -> None:
        self.forms: list[Form] = []
        self.assets: list[str] = []
        self.links: list[str] = []
        if not body.strip():
            return
        root = lxml.html.document_fromstring(body, parser=_HTML)
        for element in root.iter("link", "script", "a", "form"):
            tag, get = element.tag, element.get
            if tag == "link" and get("rel") == "stylesheet" and get("href"):
                self.assets.append(get("href"))
            elif tag == "script" and get("src"):
                self.assets.append(get("src"))
            elif tag == "a" and get("href"):
                self.links.append(get("href"))
            elif tag == "form":
                self.forms.append(_form(element))


def _form(element) -> Form:
    form = Form({k: v or "" for k, v in element.attrib.items()})
    for field_ in element.iter("input", "button", "select", "textarea"):
        tag, get = field_.tag, field_.get
        if tag == "input":
            kind = get("type", "text").lower()
            form.fields.append([kind, get("name"), get("value"), get("checked") is not None])
        elif tag == "button":
            form.fields.append(["submit", get("name"), get("value"), False])
        elif tag == "select":
            # (value, selected); an option without a value attribute sends its text.
            options = [
                (
                    o.get("value") if o.get("value") is not None else o.text_content().strip(),
                    o.get("selected") is not None,
                )
                for o in field_.iter("option")
            ]
            form.fields.append(["select", get("name"), options, False])
        else:
            text = field_.text or ""
            # Browsers drop the newline right after <textarea>.
            form.fields.append(["textarea", get("name"), text.removeprefix("\n"), False])
    return form


def find_form(page: Page, *, form_id: str = "", action_ends: str = "") -> Form:
    for form in page.forms:
        if form_id and form.attrs.get("id") == form_id:
            return form
        if action_ends and form.attrs.get("action", "").endswith(action_ends):
            return form
    raise Unexpected(f"no form {form_id or action_ends!r} on the page")


# --------------------------------------------------------------------------- statistics


class Unexpected(Exception):
    """The site answered, but not what a working site answers; counted as an error."""


@dataclass
class Sample:
    kind: str
    status: int
    seconds: float
    started: float
    during_pdf: bool
    error: bool = False


class Stats:
    def __init__(self, max_requests: int) -> None:
        self.lock = threading.Lock()
        self.samples: list[Sample] = []
        self.errors: list[str] = []
        self.busy_503 = 0
        self.pdfs_given_up = 0
        # PDFs still being prepared when the time was up, and how long after it each came.
        self.came_after_end: list[float] = []
        self.journeys_done = 0
        self.max_requests = max_requests
        self.started = 0
        self.pdf_in_flight = 0
        self.click_to_file: list[float] = []

    def reserve(self) -> bool:
        """Count a request before it is sent; False once the cap is reached."""
        with self.lock:
            if self.started >= self.max_requests:
                return False
            self.started += 1
            return True

    def add(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)

    def error(self, text: str) -> None:
        with self.lock:
            self.errors.append(text)


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation); values are seconds, not sorted."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))  # ceil
    return ordered[int(rank) - 1]


# --------------------------------------------------------------------------- one person


class Stop(Exception):
    """Time is up or the request cap is reached: this person stops where they are."""


class Clock:
    """When the measured time starts and ends: unknown (infinitely far) until every person has
    reached the point of their journey where they start (see ``Person.skip``)."""

    def __init__(self, users: int, duration: float) -> None:
        self.deadline = float("inf")
        self.started = float("inf")
        self.duration = duration
        self.barrier = threading.Barrier(users + 1)  # the people and the main thread

    def start(self) -> None:
        self.started = time.monotonic()
        self.deadline = self.started + self.duration


class Person:
    def __init__(self, number: int, port: int, stats: Stats, args, clock: Clock, rng):
        self.number = number
        self.port = port
        self.stats = stats
        self.args = args
        self.clock = clock
        self.rng = rng
        self.origin = f"http://{HOST}:{port}"
        self.cookies: dict[str, str] = {}
        self.seen_assets: set[str] = set()
        self.journey = 0
        # Starting part-way: how many of the first journey's pauses are skipped before the
        # clock starts. Until then (the "prelude") nothing is timed or counted and no one
        # thinks; the person then waits for everyone else and goes on from there, so that at
        # a human pace some people are near the results page when the measured minute starts,
        # as on a real site, instead of every journey starting with a sign-up.
        self.skip = rng.randrange(JOURNEY_PAUSES) if args.part_way else 0
        self.prelude = True
        # Watching "Preparing your PDF" when the time is up: asks on until the file comes.
        self.finishing = False

    @property
    def deadline(self) -> float:
        return self.clock.deadline

    # -- plumbing

    def arrive(self) -> None:
        """The end of the prelude: wait until everyone is at their starting point."""
        if self.prelude:
            self.prelude = False
            self.skip = 0
            with contextlib.suppress(threading.BrokenBarrierError):
                self.clock.barrier.wait()

    def think(self) -> None:
        if self.prelude and self.skip > 0:
            self.skip -= 1
            if self.skip > 0:
                return
            self.arrive()
        pause = self.rng.uniform(*self.args.think)
        if time.monotonic() + pause >= self.deadline:
            raise Stop
        time.sleep(pause)

    def request(self, kind, method, path, body=None, content_type=None, expect=(200,)):
        """One request, following redirects at once. Returns (status, headers, body, path)."""
        for _hop in range(5):
            status, headers, data = self._send(kind, method, path, body, content_type, expect)
            if status in (301, 302, 303) and 302 not in expect:
                location = headers.get("Location", "")
                target = urlsplit(urljoin(self.origin + path, location))
                if target.hostname != HOST or target.port != self.port:
                    raise Unexpected(f"redirect away from {HOST}: {location!r}")
                path = target.path + (f"?{target.query}" if target.query else "")
                method, body, content_type = "GET", None, None
                kind = kind_of(path, "GET")
                expect = (200,)
                continue
            return status, headers, data, path
        raise Unexpected(f"too many redirects at {path}")

    def _headers(self, method, path, content_type):
        """What a browser sends: the session's cookies and, on a form, where it came from."""
        headers = {"Host": f"{HOST}:{self.port}", "User-Agent": "pipv-bench-load"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            headers["Origin"] = self.origin
            headers["Referer"] = self.origin + path
            headers["Content-Type"] = content_type or "application/x-www-form-urlencoded"
        return headers

    def _send(self, kind, method, path, body, content_type, expect):
        if self.prelude:
            return self._send_untimed(method, path, body, content_type, expect)
        if (time.monotonic() >= self.deadline and not self.finishing) or not self.stats.reserve():
            raise Stop
        headers = self._headers(method, path, content_type)
        is_pdf = kind == "pdf"
        with self.stats.lock:
            during_pdf = self.stats.pdf_in_flight > 0
            if is_pdf:
                self.stats.pdf_in_flight += 1
        started = time.monotonic()
        conn = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
            status = response.status
            answer = response.headers
        except (OSError, http.client.HTTPException) as exc:
            elapsed = time.monotonic() - started
            self.stats.add(Sample(kind, 0, elapsed, started, during_pdf, error=True))
            raise Unexpected(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        finally:
            conn.close()
            if is_pdf:
                with self.stats.lock:
                    self.stats.pdf_in_flight -= 1
        elapsed = time.monotonic() - started
        if kind == "pdf" and status == 202:
            kind = "pdf poll"
        sample = Sample(kind, status, elapsed, started, during_pdf)
        self.stats.add(sample)
        self.keep_cookies(answer)
        redirect = status in (301, 302, 303)
        if status not in expect and not (redirect and 302 not in expect):
            if not (kind in ("pdf", "pdf poll") and status == 503):
                sample.error = True
                raise Unexpected(f"{method} {path}: status {status} (expected {expect})")
        return status, answer, data

    def _send_untimed(self, method, path, body, content_type, expect):
        """A prelude request: sent as a browser would, neither timed nor counted, a few people
        at a time (fifty sign-ups at once would queue for the hashing slots past any time-out)."""
        with PRELUDE_GATE:
            return self._send_gated(method, path, body, content_type, expect)

    def _send_gated(self, method, path, body, content_type, expect):
        headers = self._headers(method, path, content_type)
        conn = http.client.HTTPConnection(HOST, self.port, timeout=PRELUDE_TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data, status, answer = response.read(), response.status, response.headers
        except (OSError, http.client.HTTPException) as exc:
            raise Unexpected(f"before the start: {method} {path}: {exc}") from exc
        finally:
            conn.close()
        self.keep_cookies(answer)
        if status not in expect and status not in (301, 302, 303):
            raise Unexpected(f"before the start: {method} {path}: status {status}")
        return status, answer, data

    def keep_cookies(self, answer) -> None:
        for line in answer.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(line)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def get_page(self, kind, path):
        status, headers, data, path = self.request(kind, "GET", path)
        page = Page(data)
        for asset in page.assets:
            if asset.startswith("/") and asset not in self.seen_assets:
                self.seen_assets.add(asset)  # a browser's cache: once per person
                self.request("other", "GET", asset)
        return page, path

    def post_form(self, kind, path, data, expect=(302,)):
        return self.request(kind, "POST", path, urlencode(data).encode(), expect=expect)

    # -- the journey

    def run(self) -> None:
        if self.skip == 0:
            self.arrive()
            time.sleep(self.rng.uniform(0, self.args.think[1]))  # arrive spread out
        while True:
            self.journey += 1
            self.cookies.clear()
            self.seen_assets.clear()
            try:
                self.one_journey()
                with self.stats.lock:
                    self.stats.journeys_done += 1
            except Stop:
                return
            except Unexpected as exc:
                if self.prelude:  # not measured, but nothing after it would be either
                    self.arrive()
                self.stats.error(str(exc))
                # A person who hit an error starts over, as a new person, after a pause.
                try:
                    self.think()
                except Stop:
                    return

    def one_journey(self) -> None:
        page, path = self.get_page("signup", "/account/signup/")
        form = find_form(page, action_ends="/account/signup/")
        self.think()
        username = f"load-{self.args.run_id}-{self.number}-{self.journey}"
        password = "Bench-" + secrets.token_urlsafe(12)
        data = [(k, v) for k, v in form.data() if k not in ("username", "password1", "password2")]
        data += [("username", username), ("password1", password), ("password2", password)]
        _, _, body, path = self.post_form("signup", "/account/signup/", data, expect=(200,))
        if path != "/cases/":
            raise Unexpected(f"sign-up did not reach the case list (at {path})")
        page = Page(body)
        form = find_form(page, action_ends="/cases/import/")
        self.think()

        case = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        salary = 150000 + self.rng.randrange(0, 50000)
        case["employment"]["base_salary_annual"] = f"{salary}.00"
        status, _, body, path = self.request(
            "other",
            "POST",
            "/cases/import/",
            *multipart(form.data(), "case_file", "my-case.json", json.dumps(case).encode()),
            expect=(200,),
        )
        parts = path.strip("/").split("/")  # cases/<pk>/step/review
        if len(parts) != 4 or parts[2:] != ["step", "review"]:
            raise Unexpected(f"import did not reach the review (at {path})")
        pk = parts[1]
        self.think()

        # Every step from the first, as someone checking each answer before the report.
        path = f"/cases/{pk}/step/before/"
        page, path = self.get_page("step GET", path)
        for _ in range(12):
            if path.endswith("/step/review/"):
                break
            form = find_form(page, form_id="step-form")
            self.think()
            posted = path
            _, _, body, path = self.post_form(
                "step POST", path, form.data(("action", "continue")), expect=(200,)
            )
            if path == posted:
                raise Unexpected(f"{posted} refused its own answers")
            page = Page(body)
        else:
            raise Unexpected("the steps never reached the review")
        self.think()

        results = f"/report/{pk}/"
        self.arrive()  # the results page and the PDF are always measured
        page, _ = self.get_page("results", results)
        if f"/report/{pk}/pdf/" not in page.links:
            raise Unexpected("the results page has no PDF link")
        if self.rng.random() >= self.args.pdf_share:
            return
        if time.monotonic() + self.args.read_results >= self.deadline:
            raise Stop
        time.sleep(self.args.read_results)  # reads the results page, then clicks
        self.fetch_pdf(f"/report/{pk}/pdf/", time.monotonic())

    def fetch_pdf(self, path: str, clicked: float) -> None:
        """The PDF, asking again while it is being prepared, as the waiting page does."""
        try:
            self._ask_until_it_comes(path, clicked)
        finally:
            self.finishing = False

    def _ask_until_it_comes(self, path: str, clicked: float) -> None:
        while True:
            try:
                status, headers, body, _ = self.request("pdf", "GET", path, expect=(200, 202))
            except Stop:
                if self.finishing:  # the request cap cut off a PDF followed past the end
                    self._gave_up()
                raise
            now = time.monotonic()
            if status == 200:
                if not body.startswith(b"%PDF-") or "pdf" not in headers.get("Content-Type", ""):
                    raise Unexpected("the PDF download is not a PDF")
                with self.stats.lock:
                    self.stats.click_to_file.append(now - clicked)
                    if self.finishing:
                        self.stats.came_after_end.append(now - self.deadline)
                return
            if status == 202:
                if b"Preparing your PDF" not in body:
                    raise Unexpected("202 without the Preparing your PDF page")
                wait = POLL_SECONDS
                gone = now + wait - clicked > REQUEST_TIMEOUT
                self.finishing = now + wait >= self.deadline
            else:
                with self.stats.lock:
                    self.stats.busy_503 += 1
                wait = float(headers.get("Retry-After", "30"))
                gone = now + wait >= self.deadline
            if gone:
                self._gave_up()
                raise Stop
            time.sleep(wait)

    def _gave_up(self) -> None:
        with self.stats.lock:
            self.stats.pdfs_given_up += 1


def kind_of(path: str, method: str) -> str:
    if path.startswith("/account/signup/"):
        return "signup"
    if "/step/" in path:
        return f"step {method}"
    if path.startswith("/report/"):
        return "pdf" if "/pdf" in path else "results"
    return "other"


def multipart(fields, file_field, filename, content):
    boundary = "pipv-bench-" + uuid.uuid4().hex
    lines: list[bytes] = []
    for name, value in fields:
        lines += [
            f"--{boundary}".encode(),
            f'Content-Disposition: form-data; name="{name}"'.encode(),
            b"",
            value.encode(),
        ]
    lines += [
        f"--{boundary}".encode(),
        f'Content-Disposition: form-data; name="{file_field}"; filename="{filename}"'.encode(),
        b"Content-Type: application/json",
        b"",
        content,
        f"--{boundary}--".encode(),
        b"",
    ]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"


# --------------------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def server_env(tmp: Path) -> dict[str, str]:
    keep = ("PIPV_WORKER_NICE", "PIPV_PDF_TIME_LIMIT")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPV_") or k in keep}
    env.pop("DATABASE_URL", None)
    env.update(
        {
            "PIPV_SECRET_KEY": secrets.token_urlsafe(50),
            # A Fernet key is 32 random bytes, URL-safe base64.
            "PIPV_DATA_KEYS": base64.urlsafe_b64encode(os.urandom(32)).decode(),
            "PIPV_HTTPS": "0",
            "PIPV_DB_PATH": str(tmp / "load.sqlite3"),
            "PIPV_ALLOWED_HOSTS": HOST,
            "PIPV_TASKS": "database",
            "TMPDIR": str(tmp),
        }
    )
    return env


def export(ref: str, target: Path) -> Path:
    """The files of revision ``ref``, read-only from git, unpacked into ``target``."""
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    print(f"serving {ref} ({len(archive) // 1024} KiB exported)", flush=True)
    return target


def warm_up(port: int) -> None:
    """A few requests before the clock starts, so each worker has loaded the URLs and views."""
    for path in ("/", "/account/signup/", "/account/login/") * 4:
        conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request("GET", path, headers={"Host": f"{HOST}:{port}"})
            conn.getresponse().read()
        finally:
            conn.close()


def start_server(source: Path, port: int, env: dict[str, str], log, workers: int):
    command = [
        python(),
        "-m",
        "pipv.launch",
        "--workers",
        str(workers),
        "--",
        python(),
        "-m",
        "gunicorn",
        "-c",
        str(ROOT / "gunicorn.conf.py"),
        "--bind",
        f"{HOST}:{port}",
    ]
    # gunicorn 27 opens a control socket in ~/.gunicorn; leave that to `make serve`.
    if (
        "--no-control-socket"
        in subprocess.run(
            [python(), "-m", "gunicorn", "--help"], capture_output=True, text=True, check=False
        ).stdout
    ):
        command.append("--no-control-socket")
    extra = env.get("GUNICORN_CMD_ARGS", "")
    print("server:", " ".join(command[1:]), f"(GUNICORN_CMD_ARGS={extra!r})" if extra else "")
    process = subprocess.Popen(
        command, cwd=source, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.flush()
            tail = Path(log.name).read_text(errors="replace").splitlines()[-30:]
            raise SystemExit(
                f"gunicorn exited with status {process.returncode}:\n" + "\n".join(tail)
            )
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/", headers={"Host": f"{HOST}:{port}"})
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not answer within 60 s")


def server_cpu(master: int) -> tuple[float, float]:
    """CPU seconds used so far by (the web server, the PDF workers): every process under the
    launcher ``master`` (Linux /proc); a process running manage.py worker counts as a worker."""
    tick = os.sysconf("SC_CLK_TCK")
    procs: dict[int, tuple[int, float, bool]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        used = (int(fields[11]) + int(fields[12])) / tick
        procs[int(stat.parent.name)] = (int(fields[1]), used, b"\0worker\0" in cmdline)
    web = workers = 0.0
    for pid, (_, used, is_worker) in procs.items():
        ancestor = pid
        while ancestor in procs and ancestor != master:
            ancestor = procs[ancestor][0]
        if ancestor == master:
            if is_worker:
                workers += used
            else:
                web += used
    return web, workers


def machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, every process included."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    tick = os.sysconf("SC_CLK_TCK")
    return (sum(values) - idle) / tick, sum(values) / tick


def stop_server(process) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # graceful: the master stops its workers
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the group this script started, nothing else
        process.wait(timeout=5)


# --------------------------------------------------------------------------- report


def pdf_ready_times(database: Path) -> tuple[list[float], dict[str, int]]:
    """Seconds from each results page (which queued its PDF) to that PDF being ready, and how
    many renders ended in each state, from the server's own database."""
    seconds: list[float] = []
    states: dict[str, int] = defaultdict(int)
    with contextlib.closing(sqlite3.connect(database)) as db:
        rows = db.execute("SELECT status, queued_at, finished_at FROM report_pdfrender").fetchall()
    for status, queued, finished in rows:
        states[status] += 1
        if status == "ready" and queued and finished:
            delta = datetime.fromisoformat(finished) - datetime.fromisoformat(queued)
            seconds.append(delta.total_seconds())
    return seconds, dict(states)


def report(stats: Stats, wall: float, ready: list[float], states: dict[str, int]) -> None:
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for s in stats.samples:
        by_kind[s.kind].append(s)
    header = (
        f"{'page type':<22}{'count':>7}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'errors':>8}"
    )
    print(header)
    print("-" * len(header))

    def row(label, samples):
        times = [s.seconds for s in samples]
        errors = sum(1 for s in samples if s.error)
        print(
            f"{label:<22}{len(samples):>7}{len(samples) / wall:>8.1f}"
            f"{percentile(times, 50) * 1000:>9.0f}{percentile(times, 95) * 1000:>9.0f}"
            f"{percentile(times, 99) * 1000:>9.0f}{errors:>8}"
        )

    for kind in TYPES:
        row(kind, by_kind.get(kind, []))
    row("all", stats.samples)
    steps = [s for s in stats.samples if s.kind.startswith("step ")]
    during = [s for s in steps if s.during_pdf]
    print("-" * len(header))
    row("steps, PDF in flight", during)
    row("steps, no PDF", [s for s in steps if not s.during_pdf])
    print(
        f"\njourneys finished: {stats.journeys_done}; PDF 503s (retried after Retry-After): "
        f"{stats.busy_503}; PDFs given up at the end: {stats.pdfs_given_up}"
    )
    late = stats.came_after_end
    print(
        f"PDFs still being prepared when the time was up, followed until they came: {len(late)}"
        + (f" (the last came {max(late):.1f} s after the end)" if late else "")
    )

    def spread(values: list[float]) -> str:
        if not values:
            return "none"
        return (
            f"p50 {percentile(values, 50) * 1000:.0f} ms, p95 {percentile(values, 95) * 1000:.0f}"
            f" ms, max {max(values) * 1000:.0f} ms ({len(values)})"
        )

    print(f"PDF click to file (after reading the results): {spread(stats.click_to_file)}")
    print(f"results page to its PDF ready (server): {spread(ready)}")
    print(
        "renders by state at the end: " + ", ".join(f"{k} {v}" for k, v in sorted(states.items()))
    )
    print(f"errors: {len(stats.errors)}")
    for text in stats.errors[:20]:
        print("  ", text)
    if len(stats.errors) > 20:
        print(f"   ... and {len(stats.errors) - 20} more")


def parse_think(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    low_f, high_f = float(low), float(high or low)
    if not 0 <= low_f <= high_f <= 60:
        raise argparse.ArgumentTypeError("--think is MIN-MAX seconds, 0 <= MIN <= MAX <= 60")
    return low_f, high_f


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sys.path.insert(0, str(ROOT))
    from pipv.launch import worker_count  # "auto" means what it means for make serve

    parser.add_argument("--users", type=int, default=50, help="simulated people (default 50)")
    parser.add_argument("--duration", type=float, default=60, help="seconds (default 60)")
    parser.add_argument(
        "--think", type=parse_think, default=(0.5, 2.0), help="pause between clicks, MIN-MAX s"
    )
    parser.add_argument(
        "--pdf-share", type=float, default=0.5, help="share of people who download the PDF"
    )
    parser.add_argument(
        "--read-results",
        type=float,
        default=5.0,
        help="seconds a person reads the results page before the PDF click (default 5)",
    )
    parser.add_argument(
        "--workers",
        type=worker_count,
        default=worker_count("auto"),
        help="PDF workers (default: one per core, as make serve)",
    )
    parser.add_argument(
        "--loads",
        default="",
        help="'both' (or human,saturation): run these loads one after the other; --think unused",
    )
    parser.add_argument(
        "--start",
        choices=("auto", "part-way", "begin"),
        default="auto",
        help="where people start their first journey: at a random point (part-way: the "
        "pauses before it are skipped, unmeasured, before the clock starts) or at the sign-up "
        "page (begin); auto: part-way at a human pace (3 s or more between clicks, where a "
        "journey takes longer than a minute), else begin",
    )
    parser.add_argument("--max-requests", type=int, default=20000, help="hard cap on requests")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--ref", default="", help="serve this git revision, not the working tree")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the loads this many times (seeds N, N+1, ...) and judge the goals on the "
        "medians of the runs' figures",
    )
    args = parser.parse_args()
    if not 1 <= args.users <= 500:
        parser.error("--users must be between 1 and 500")
    if not 1 <= args.duration <= 600:
        parser.error("--duration must be between 1 and 600 seconds")
    if not 0 <= args.read_results <= 60 or not 0 <= args.workers <= 8:
        parser.error("--read-results is 0-60 s and --workers 0-8")
    names = list(LOADS) if args.loads == "both" else [n for n in args.loads.split(",") if n]
    if any(name not in LOADS for name in names):
        parser.error(f"--loads takes both, or names from {', '.join(LOADS)}")
    if not 1 <= args.repeat <= 9:
        parser.error("--repeat is 1-9")
    args.run_id = secrets.token_hex(3)
    seed = args.seed if args.seed is not None else secrets.randbits(32)
    failed = False
    runs: dict[str, list[dict]] = defaultdict(list)
    for repeat in range(args.repeat):
        for name in names or [""]:
            if name:
                args.think = LOADS[name]
                print(
                    f"\n=== load: {name}"
                    + (f", run {repeat + 1}" if args.repeat > 1 else "")
                    + " ==="
                )
            args.part_way = args.start == "part-way" or (
                args.start == "auto" and args.think[0] >= 3
            )
            code, figures = run_load(args, seed + repeat)
            runs[name].append(figures)
            failed |= code != 0
    if "human" in runs and "saturation" in runs:
        human, saturation = median_figures(runs["human"]), median_figures(runs["saturation"])
        if args.repeat > 1:
            print(f"\n=== medians of {args.repeat} runs ===")
            for name, figures in (("human", human), ("saturation", saturation)):
                shown = ", ".join(f"{k} {v * 1000:.0f}" for k, v in figures["p95"].items())
                print(
                    f"{name}: p95 ms {shown}; errors {figures['errors']}, PDFs refused (503) "
                    f"{figures['busy_503']}, PDFs given up {figures['given_up']}, still being "
                    f"prepared at the end {figures['after_end']}"
                )
        goals(human, saturation)
    return 1 if failed else 0


def median_figures(runs: list[dict]) -> dict:
    """One load's figures over several runs: the median of each p95 and count (the lower of the
    middle two), and every run's click-to-file times together (their p95 is then over all the
    PDFs clicked for)."""
    kinds = [kind for kind in TYPES if all(kind in run["p95"] for run in runs)]
    return {
        "p95": {kind: statistics.median(run["p95"][kind] for run in runs) for kind in kinds},
        **{
            key: statistics.median_low(run[key] for run in runs)
            for key in ("errors", "busy_503", "given_up", "after_end")
        },
        "click_to_file": [t for run in runs for t in run["click_to_file"]],
        "read_results": runs[0]["read_results"],
    }


def goals(human: dict, saturation: dict) -> None:
    """One line per figure issue #19 asks for, PASS or FAIL."""
    print("\n=== goals (issue #19) ===")

    def line(ok: bool, text: str) -> None:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")

    problems = saturation["errors"] + saturation["busy_503"] + saturation["given_up"]
    line(
        problems == 0,
        f"saturation: errors {saturation['errors']}, PDFs refused (503) "
        f"{saturation['busy_503']}, PDFs given up {saturation['given_up']} (goal: all 0); "
        f"{saturation['after_end']} still being prepared at the end, followed until they came",
    )
    human_step, saturated_step = human["p95"].get("step GET"), saturation["p95"].get("step GET")
    if human_step and saturated_step:
        ratio = saturated_step / human_step
        line(
            ratio <= 3,
            f"saturation step GET p95 {saturated_step * 1000:.0f} ms = {ratio:.1f}x the human "
            f"pace's {human_step * 1000:.0f} ms (goal <= 3x)",
        )
    else:
        line(False, "step GET p95: no step pages measured in one of the loads")
    slow = {k: v for k, v in human["p95"].items() if v >= 0.3}
    shown = ", ".join(f"{k} {v * 1000:.0f}" for k, v in human["p95"].items())
    unmeasured = [
        k for k in ("signup", "step GET", "step POST", "results") if k not in human["p95"]
    ]
    line(
        not slow and not unmeasured,
        f"human pace: every page type's p95 < 300 ms ({shown})"
        + (f"; not measured: {', '.join(unmeasured)}" if unmeasured else ""),
    )
    clicks = human["click_to_file"]
    worst = percentile(clicks, 95) * 1000 if clicks else float("nan")
    line(
        bool(clicks) and worst < 100,
        f"human pace: PDF after {human['read_results']:g} s of reading, click to file p95 "
        f"{worst:.0f} ms over {len(clicks)} PDFs (goal < 100 ms)",
    )
    line(human["errors"] == 0, f"human pace: errors {human['errors']} (goal 0)")


def run_load(args, seed: int) -> tuple[int, dict]:
    print(
        f"{args.users} users for {args.duration:g} s, think time {args.think[0]:g}-"
        f"{args.think[1]:g} s (uniform), PDF share {args.pdf_share:g} after reading the results "
        f"{args.read_results:g} s, {args.workers} PDF worker(s), "
        f"at most {args.max_requests} requests, seed {seed}"
    )
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()), flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="pipv-load-"))
    process = None
    try:
        env = server_env(tmp)
        source = export(args.ref, tmp / "src") if args.ref else ROOT
        subprocess.run(
            [python(), "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=source,
            env=env,
            check=True,
        )
        port = free_port()
        with open(tmp / "gunicorn.log", "wb") as log:
            process = start_server(source, port, env, log, args.workers)
            warm_up(port)
            stats = Stats(args.max_requests)
            clock = Clock(args.users, args.duration)
            threads = []
            for number in range(args.users):
                person = Person(number, port, stats, args, clock, random.Random(seed + number))
                thread = threading.Thread(target=person.run, daemon=True)
                thread.start()
                threads.append(thread)
            if args.part_way:
                print("people starting part-way are on their way there (not measured)...")
            clock.barrier.wait(timeout=PRELUDE_TIMEOUT * 3)
            (web_before, workers_before), machine_before = server_cpu(process.pid), machine_cpu()
            client_before = sum(os.times()[:2])
            clock.start()
            started, deadline = clock.started, clock.deadline
            for thread in threads:
                thread.join(max(0.0, deadline + REQUEST_TIMEOUT + 5 - time.monotonic()))
            wall = time.monotonic() - started
            web_after, workers_after = server_cpu(process.pid)
            web, pdf_workers = web_after - web_before, workers_after - workers_before
            client = sum(os.times()[:2]) - client_before
            busy, total = (a - b for a, b in zip(machine_cpu(), machine_before, strict=True))
            stop_server(process)
        ready, states = pdf_ready_times(Path(env["PIPV_DB_PATH"]))
        print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        print(f"wall time {wall:.1f} s, {len(stats.samples)} requests")
        cores = os.cpu_count() or 1
        print(
            f"CPU: gunicorn used {web:.0f} s ({web / wall / cores:.0%} of {cores} cores), the PDF "
            f"workers {pdf_workers:.0f} s ({pdf_workers / wall / cores:.0%}); this load generator "
            f"{client / wall / cores:.0%}; the whole machine was {busy / total:.0%} busy, other "
            f"processes {max(0.0, busy - web - pdf_workers - client) / total:.0%}\n"
        )
        report(stats, min(wall, args.duration), ready, states)
        if stats.errors:
            log_text = (tmp / "gunicorn.log").read_text(errors="replace")
            print("\ngunicorn's log (last 60 lines):")
            print("\n".join(log_text.splitlines()[-60:]))
        by_kind: dict[str, list[float]] = defaultdict(list)
        for sample in stats.samples:
            by_kind[sample.kind].append(sample.seconds)
        figures = {
            "p95": {kind: percentile(by_kind[kind], 95) for kind in TYPES if by_kind[kind]},
            "errors": len(stats.errors),
            "busy_503": stats.busy_503,
            "given_up": stats.pdfs_given_up,
            "after_end": len(stats.came_after_end),
            "click_to_file": list(stats.click_to_file),
            "read_results": args.read_results,
        }
        return (1 if stats.errors else 0), figures
    finally:
        stop_server(process)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
