"""A pytest plugin loaded with ``-p pipv.testenv`` (see pyproject.toml) to set test defaults.

pytest-django imports the settings before any conftest.py runs, so the environment the
tests need is set here, while pytest is still reading its options. Values already in the
environment win (CI can point DATABASE_URL at PostgreSQL).
"""

import os

os.environ.setdefault("PIPV_SECRET_KEY", "test-only-key")
# A fixed Fernet key for tests only (32 zero bytes would also do; this one is just random).
os.environ.setdefault("PIPV_DATA_KEYS", "6vDm2b6QbW6kq8gY2tQe9E2y8QhKx1z2c3Vb4n5m6Lo=")
# The test client speaks plain HTTP; the HTTPS settings are tested on their own.
os.environ.setdefault("PIPV_HTTPS", "0")
# Tasks run at once in the test process; the tests that need a real worker start one.
os.environ.setdefault("PIPV_TASKS", "immediate")
# The same "today" on every machine the tests run on.
os.environ.setdefault("PIPV_TIME_ZONE", "UTC")
