"""Shared fixtures for pipv's tests.

PIPV_SECRET_KEY is not set here: pytest-django imports pipv.settings before it loads any
conftest.py, so `make test` puts a test-only key in the environment instead. To run pytest by
hand: PIPV_SECRET_KEY=test-only-key .venv/bin/python -m pytest
"""
