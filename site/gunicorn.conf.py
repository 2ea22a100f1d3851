"""gunicorn settings for the web process (see systemd/polres-web.service).

Sync workers suit a CPU-bound Django site behind nginx, which buffers slow clients. Requests
are logged by the application itself as JSON without personal data, so gunicorn's access
log (which would record full URLs) stays off.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = 1
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never take the site down. Not too often: a
# fresh worker loads Django for about a second, and at 2,000 requests a busy server (a cached
# page answers in a few milliseconds) was recycling a worker every second, which showed as a
# one-second p95 in `make bench`.
max_requests = 20000
max_requests_jitter = 2000
accesslog = None
errorlog = "-"
loglevel = "warning"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips
