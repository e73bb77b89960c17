"""gunicorn's settings for pipv, shared by `make serve` and bench/load.py (which add --bind).

One worker process per core and one more: each process runs Python on one core at a time
(its threads share one interpreter lock), so with as many processes as cores a busy core's
requests waited behind each other while the other core had time to spare (bench/load.py at
saturation: step GET p95 about twice as long with two processes as with three or four on
two cores). The listen address is not set here: `make serve` binds 127.0.0.1:8000, the load
test a free port on 127.0.0.1.
"""

import os

wsgi_app = "pipv.wsgi"
workers = (os.cpu_count() or 1) + 1
timeout = 60
worker_class = "gthread"
# Threads mostly wait (for the database, for a password-hashing slot, for a slow client), and
# no thread renders a PDF or hashes outside its slot (pipv.accounts.hashers): a crowd signing up
# at once holds threads waiting for their turn to hash, and 32 a process leave pages a thread.
threads = 32

# Slow clients: a connection idle between requests is closed after 5 s, and a request's line and
# headers are kept small. gunicorn has no time limit on reading one request, so on a public
# address it sits behind nginx or Caddy, which buffer each request whole and time out slow ones
# (the README's examples); requests reach gunicorn at local speed.
keepalive = 5
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190

# No control socket: gunicorn 25+ would open one at the same path ($XDG_RUNTIME_DIR/gunicorn.ctl)
# for every instance a user runs on the host, and pipv needs none.
control_socket_disable = True
