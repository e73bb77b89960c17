"""A pytest plugin loaded with ``-p pipv.testenv`` (see pyproject.toml) to set test defaults.

pytest-django imports the settings before any conftest.py runs, so the environment the
tests need is set here, while pytest is still reading its options. Values already in the
environment win (CI can point DATABASE_URL at PostgreSQL).
"""

import os

os.environ.setdefault("PIPV_SECRET_KEY", "test-only-key")
# The test client speaks plain HTTP; the HTTPS settings are tested on their own.
os.environ.setdefault("PIPV_HTTPS", "0")
