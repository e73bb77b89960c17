"""gunicorn's settings for pipv, shared by `make serve` and bench/load.py (which add --bind).

Two worker processes on a two-core machine. The listen address is not set here: `make serve`
binds 127.0.0.1:8000, the load test a free port on 127.0.0.1.
"""

wsgi_app = "pipv.wsgi"
workers = 2
timeout = 60
worker_class = "gthread"
threads = 16
