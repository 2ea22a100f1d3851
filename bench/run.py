"""`make bench`: throughput, latency and queries of the public pages and of complaint submission.

Builds a fresh PostgreSQL database from the demo content enlarged to 1,000 news articles and
50 services, then runs gunicorn (2 workers, production settings) and measures with wrk:
each page uncached and cached, a static file for comparison, and complaint submissions from
10 concurrent citizens with the background worker and an SMTP sink running, and the
statistics page with 10 and with 10,000 complaints. Results and a description of the machine
go to bench/results/. `BENCH_ONLY=statistics` measures the statistics page alone, and with
`BENCH_REUSE_DATABASE=1` on the database an earlier run left.
"""

import contextlib
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
DATABASE = os.environ.get("BENCH_DATABASE", "polres_bench")
PG = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/10")
PAGE_CACHE_URL = os.environ.get("BENCH_PAGE_CACHE_URL", "redis://127.0.0.1:6379/11")
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = 8
COMPLAINT_USERS, COMPLAINTS = 10, 300
HEADERS = ["-H", "Host: 127.0.0.1", "-H", "X-Forwarded-Proto: https"]


def say(message):
    print(f"[bench] {message}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(**extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        # Production refuses a loopback address for the links in staff emails (forms.E002).
        "WAGTAILADMIN_BASE_URL": "https://polres.example.id",
        "DATABASE_URL": f"{PG}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "PAGE_CACHE_URL": PAGE_CACHE_URL,
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "PRIVATE_MEDIA_ROOT": str(WORK / "private"),
        # The benchmark measures the server, not a citizen's typing or Google's captcha.
        "COMPLAINT_CAPTCHA_DISABLED": "1",
        "COMPLAINT_MIN_FILL_SECONDS": "0",
        "COMPLAINT_RATE_LIMIT": "1000000/h",
        **extra,
    }


def run(*args, env=None, capture=False):
    result = subprocess.run(
        args,
        cwd=ROOT,
        env=env or environment(),
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout


def require_wrk():
    if shutil.which("wrk"):
        return
    say("installing wrk (Debian package)")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def prepare_database():
    say(f"fresh database {DATABASE}, demo content, enlarged to 1,000 news and 50 services")
    run("dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE)
    run("createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE)
    shutil.rmtree(WORK, ignore_errors=True)
    run(PYTHON, "manage.py", "migrate", "-v0")
    run(PYTHON, "manage.py", "load_demo_content", capture=True)
    urls = json.loads(run(PYTHON, "-m", "bench.enlarge", capture=True).strip().splitlines()[-1])
    say("draining the task queue (search and reference index) and analysing the tables")
    run(PYTHON, "manage.py", "db_worker", "--batch", "--no-reload", "--no-startup-delay",
        "--interval", "0", "-v0", capture=True)  # fmt: skip
    # A live database has planner statistics (autovacuum); a bulk-loaded one needs them now.
    run("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-qc", "VACUUM ANALYZE")
    run(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0")
    return urls


def flush_redis(*urls):
    """Empty the shared cache and the page cache (or the Redis databases given)."""
    import redis

    for url in urls or (REDIS_URL, PAGE_CACHE_URL):
        redis.Redis.from_url(url).flushdb()


def after_publish_ms(url, samples=5, redis_urls=()):
    """Median time of a view just after an editor publishes: publishing empties the page cache
    and every cached fragment, so the view is built from the database alone."""
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    for _ in range(4):  # both workers have loaded their templates and translations
        urllib.request.urlopen(request, timeout=30).read()
    times = []
    for _ in range(samples):
        flush_redis(*redis_urls)
        started = time.perf_counter()
        urllib.request.urlopen(request, timeout=30).read()
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)[samples // 2]


@contextmanager
def gunicorn(page_cache, **extra):
    port = free_port()
    env = environment(
        WAGTAIL_CACHE="1" if page_cache else "0",
        GUNICORN_WORKERS="2",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        **extra,
    )
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "config.wsgi", "-c", "site/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base_url}/healthz/", timeout=2)
            break
        except OSError:
            time.sleep(0.2)
    try:
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=20)


def wrk(url, connections=CONNECTIONS, duration=DURATION):
    run("wrk", "-t2", f"-c{connections}", "-d2s", *HEADERS, url, capture=True)  # warm-up
    output = run(
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}",
        *HEADERS,
        "-s",
        str(ROOT / "bench" / "latency.lua"),
        url,
        capture=True,
    )
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    return {key: float(value) for key, value in (p.split("=") for p in line.split()[1:])}


def static_file_path(base_url):
    request = urllib.request.Request(f"{base_url}/", headers={"X-Forwarded-Proto": "https"})
    html = urllib.request.urlopen(request, timeout=10).read().decode()
    return re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)


def measure_pages(urls):
    results = {"uncached": {}, "cached": {}}
    for mode in ("uncached", "cached"):
        flush_redis()
        with gunicorn(page_cache=mode == "cached") as base_url:
            for name, path in urls.items():
                say(f"{mode}: {name} {path}")
                if mode == "uncached":
                    first_view = after_publish_ms(base_url + path)
                results[mode][name] = wrk(base_url + path)
                if mode == "uncached":
                    results[mode][name]["after publish"] = first_view
            if mode == "cached":
                say("static file")
                static_url = base_url + static_file_path(base_url)
                results["static file"] = wrk(static_url)
                say("cached home page and static file, alternately")
                results["ratio"] = alternate_ratio(base_url + urls["home"], static_url)
    return results


def alternate_ratio(page_url, static_url, rounds=3):
    """Cached page over static file throughput, measured in alternating 5-second turns.

    The cores are shared with other machines, and their speed drifts from one minute to the
    next; rows measured a minute apart can differ by a third. Turns that alternate expose
    both to the same drift.
    """
    page_requests = static_requests = 0
    for _ in range(rounds):
        page_requests += wrk(page_url, duration="5s")["requests"]
        static_requests += wrk(static_url, duration="5s")["requests"]
    return page_requests / static_requests


def measure_complaints():
    say(f"complaints: {COMPLAINTS} from {COMPLAINT_USERS} concurrent citizens, worker running")
    smtp_port = free_port()
    env = environment(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port), EMAIL_USE_TLS="0")
    before = int(count_rows("forms.Complaint"))
    sink = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "aiosmtpd",
            "-n",
            "-c",
            "aiosmtpd.handlers.Sink",
            "-l",
            f"127.0.0.1:{smtp_port}",
        ],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--interval", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with gunicorn(page_cache=True) as base_url:
            summary = json.loads(
                run(
                    PYTHON,
                    "-m",
                    "bench.complaints",
                    base_url,
                    str(COMPLAINT_USERS),
                    str(COMPLAINTS),
                    capture=True,
                )
            )
        deadline = time.monotonic() + 120
        while count_rows("forms.Notification", state="pending") != "0":
            if time.monotonic() > deadline:
                break
            time.sleep(1)
    finally:
        worker.terminate()
        sink.terminate()
        worker.wait(timeout=20)
        sink.wait(timeout=20)
    summary["stored"] = int(count_rows("forms.Complaint")) - before
    summary["emails_pending_after_drain"] = int(count_rows("forms.Notification", state="pending"))
    summary["emails_sent"] = int(count_rows("forms.Notification", state="sent"))
    return summary


STATISTICS_PATH = "/statistik/"
STATISTICS_SIZES = (10, 10_000)
LARGE_DATABASE = f"{DATABASE}_large"
# Each server has its own cache: the figures' keys would otherwise be shared between databases.
STATISTICS_REDIS = {
    10: ("redis://127.0.0.1:6379/14", "redis://127.0.0.1:6379/15"),
    10_000: (REDIS_URL, PAGE_CACHE_URL),
}


@contextmanager
def two_servers(envs):
    """One gunicorn per environment, all running at once."""
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(gunicorn(page_cache=True, **env)) for env in envs]


def measure_statistics():
    """The statistics page with 10 and with 10,000 complaints, in one run: a copy of the
    database holds 10,000, both are served at once, and wrk alternates between them (as for
    the page / static file ratio) so both rows see the same drift of the shared cores.
    Measured: queries, throughput (figures cached) and a view just after a change (every
    cache emptied, the figures computed afresh from all complaints of the period)."""
    small, large = STATISTICS_SIZES
    say(f"statistics page: {small} complaints here, {large:,} in {LARGE_DATABASE}")
    run(PYTHON, "-m", "bench.statistics", str(small), capture=True)
    run("dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", LARGE_DATABASE)
    run("createdb", "-h", "127.0.0.1", "-U", "postgres", "-T", DATABASE, LARGE_DATABASE)
    envs = {}
    for size, database in ((small, DATABASE), (large, LARGE_DATABASE)):
        redis_url, page_cache_url = STATISTICS_REDIS[size]
        envs[size] = {"DATABASE_URL": f"{PG}/{database}", "REDIS_URL": redis_url,
                      "PAGE_CACHE_URL": page_cache_url}  # fmt: skip
    results = {}
    for size in STATISTICS_SIZES:
        env = environment(**envs[size])
        output = run(PYTHON, "-m", "bench.statistics", str(size), env=env, capture=True)
        stored = int(output.split()[-1])
        queries = json.loads(
            run(PYTHON, "-m", "bench.queries", STATISTICS_PATH,
                env=environment(WAGTAIL_CACHE="0", **envs[size]), capture=True)
        )[STATISTICS_PATH]  # fmt: skip
        results[size] = {"stored": stored, "queries": queries, "requests": 0}
    flush_redis(*STATISTICS_REDIS[small], *STATISTICS_REDIS[large])
    with two_servers([envs[small], envs[large]]) as base_urls:
        urls = {
            size: base + STATISTICS_PATH
            for size, base in zip(STATISTICS_SIZES, base_urls, strict=True)
        }
        for size in STATISTICS_SIZES:
            results[size]["after change"] = after_publish_ms(
                urls[size], redis_urls=STATISTICS_REDIS[size]
            )
            results[size].update(wrk(urls[size]))
        for _ in range(3):
            for size in STATISTICS_SIZES:
                results[size]["requests"] += wrk(urls[size], duration="5s")["requests"]
    results["ratio"] = results[large]["requests"] / results[small]["requests"]
    return results


def count_rows(model, **filters):
    code = (
        "import django; django.setup(); from django.apps import apps; "
        f"print(apps.get_model({model!r}).objects.filter(**{filters!r}).count())"
    )
    return run(PYTHON, "-c", code, capture=True).strip()


def reference_loop_ms(rounds=5):
    """The same pure-Python loop timed several times: this machine's cores are shared with
    other machines, and when the loop is slow the figures above are too."""
    times = []
    for _ in range(rounds):
        started, total = time.perf_counter(), 0
        for i in range(1_000_000):
            total += i * i
        times.append((time.perf_counter() - started) * 1000)
    return f"{min(times):.0f} to {max(times):.0f} ms"


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = Path("/proc/meminfo").read_text().splitlines()[0].split(":")[1].strip()
    postgres = run(
        "psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "show server_version", capture=True
    ).strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "postgresql": postgres,
        "load average before": os.getloadavg(),
        "reference loop before (1M multiply-adds, 5 runs)": reference_loop_ms(),
    }


def statistics_lines(statistics):
    small, large = (statistics[size] for size in STATISTICS_SIZES)
    lines = [
        "",
        f"Statistics page `{STATISTICS_PATH}` (never in the page cache; its figures are cached "
        "until a complaint changes). After change: one view with every cache emptied, so the "
        "figures are computed from all complaints of the period (median of 5).",
        "",
        "| complaints | queries | req/s | p50 ms | p95 ms | after change ms |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for size in STATISTICS_SIZES:
        row = statistics[size]
        lines.append(
            f"| {row['stored']:,} | {row['queries']} | {row['rps']:.0f} | {row['p50']:.1f} | "
            f"{row['p95']:.1f} | {row['after change']:.1f} |"
        )
    slower = large["after change"] / small["after change"]
    lines.append(
        f"10,000 / 10 complaints: queries {large['queries']} / {small['queries']}; throughput "
        f"{large['rps'] / small['rps']:.3f} from the rows above, {statistics['ratio']:.3f} in "
        f"three alternating 5-second turns of each; after change {slower:.1f} times as long."
    )
    return lines


def report(urls, queries, pages, complaints, host, statistics=None):
    lines = [
        f"# Benchmark {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        "",
        "gunicorn, 2 sync workers, production settings, PostgreSQL, Redis page cache; wrk with "
        f"{CONNECTIONS} connections for {DURATION} per row after a 2 s warm-up.",
        "",
        "Uncached: the full-page cache is off, as for a signed-in editor or a page not yet in "
        "it; the cached fragments (site header and footer, breadcrumbs, unit profile) stay on. "
        "After publish: one view with every cache emptied, as just after an editor publishes "
        "(median of 5). Queries: an uncached view's.",
        "",
        "| page | queries | uncached req/s | p50 ms | p95 ms | after publish ms "
        "| cached req/s | p50 ms | p95 ms |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    if pages is None:  # BENCH_ONLY=statistics
        machine_lines = [f"- {key}: {value}" for key, value in host.items()]
        return "\n".join([*lines[:2], *statistics_lines(statistics), "", "## Machine", "",
                          *machine_lines]) + "\n"  # fmt: skip
    for name, path in urls.items():
        u, c = pages["uncached"][name], pages["cached"][name]
        lines.append(
            f"| {name} `{path}` | {queries[path]} | {u['rps']:.0f} | {u['p50']:.1f} | "
            f"{u['p95']:.1f} | {u['after publish']:.1f} | {c['rps']:.0f} | {c['p50']:.1f} | "
            f"{c['p95']:.1f} |"
        )
    static, home = pages["static file"], pages["cached"]["home"]
    lines += [
        "",
        f"Static file (same server, WhiteNoise): {static['rps']:.0f} req/s, "
        f"p95 {static['p95']:.1f} ms.",
        f"Cached home page / static file throughput: {home['rps'] / static['rps']:.3f} from the "
        f"rows above; {pages['ratio']:.3f} in three alternating 5-second turns of each.",
        "",
        f"Complaints ({COMPLAINT_USERS} concurrent citizens, each loading the form then "
        f"posting it): {complaints['per_second']} submissions/s, POST p50 "
        f"{complaints['p50_ms']} ms, p95 {complaints['p95_ms']} ms; "
        f"{complaints['submissions']} posted, {complaints['receipts']} receipts, "
        f"{complaints['stored']} stored, {complaints['emails_sent']} e-mails sent, "
        f"{complaints['emails_pending_after_drain']} still pending after the worker drained.",
        *(statistics_lines(statistics) if statistics else []),
        "",
        "Errors (non-2xx, timeouts) per row: "
        + ", ".join(
            f"{mode}/{name}={int(r['errors'])}"
            for mode in ("uncached", "cached")
            for name, r in pages[mode].items()
        ),
        "",
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in host.items()),
    ]
    return "\n".join(lines) + "\n"


def main():
    started = time.monotonic()
    require_wrk()
    host = machine()
    only_statistics = os.environ.get("BENCH_ONLY") == "statistics"
    if only_statistics and os.environ.get("BENCH_REUSE_DATABASE") == "1":
        urls = queries = {}  # the statistics rows only, on the database of an earlier run
    else:
        urls = prepare_database()
        queries = json.loads(
            run(PYTHON, "-m", "bench.queries", *urls.values(),
                env=environment(WAGTAIL_CACHE="0"), capture=True)
        )  # fmt: skip
    if only_statistics:
        pages = complaints = None
    else:
        pages = measure_pages(urls)
        complaints = measure_complaints()
    statistics = measure_statistics()
    host["reference loop after (1M multiply-adds, 5 runs)"] = reference_loop_ms()
    text = report(urls, queries, pages, complaints, host, statistics)
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / f"{datetime.datetime.now():%Y%m%d-%H%M%S}.md"
    target.write_text(text)
    print(text)
    say(f"written to {target.relative_to(ROOT)} in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
