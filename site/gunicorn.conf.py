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
# Recycle workers now and then so a slow leak can never take the site down. Not often: a fresh
# worker loads Django for about a second of a core, during which the other worker serves alone.
# A busy server answers about 2,000 cached pages a second; at 2,000 requests per worker it
# recycled one every second (a one-second p95 in `make bench`), and at 20,000 every ten seconds
# (cached p95 of 500 to 800 ms on some rows). At 100,000 a worker lives at least a minute and a
# half at full load, and days at a district site's usual traffic.
max_requests = 100000
max_requests_jitter = 10000
accesslog = None
errorlog = "-"
loglevel = "warning"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips
