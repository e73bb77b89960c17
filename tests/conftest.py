"""Shared fixtures for pipv's tests.

The test environment (a test-only secret key, plain HTTP) is set by the pytest plugin
pipv/testenv.py, because pytest-django imports pipv.settings before any conftest.py runs.
"""
