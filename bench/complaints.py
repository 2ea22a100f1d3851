"""Submit complaints the way citizens' browsers do, from many at once, and time each submission.

`python -m bench.complaints BASE_URL USERS TOTAL` prints one JSON line: submissions per
second, p50/p95 latency of the POST (ms), and how many receipts came back. Each simulated
citizen loads the form (getting its CSRF cookie and tokens), then posts it.
"""

import json
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

HEADERS = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}


def hidden_value(html, name):
    match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', html) or re.search(
        rf'value="([^"]*)"[^>]*name="{name}"', html
    )
    return match.group(1) if match else ""


def first_option(html, name):
    select = re.search(rf'<select[^>]*name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="([^"]+)"', select)[0]


def submit_one(base_url):
    """Load the form and post it; return (seconds for the POST, receipt received).

    Cookies are carried by hand: they are marked Secure (the site runs behind HTTPS), and
    this client talks plain HTTP to gunicorn as nginx does.
    """
    form_url = f"{base_url}/pengaduan/"
    with urllib.request.urlopen(urllib.request.Request(form_url, headers=HEADERS), timeout=30) as r:
        html = r.read().decode()
        cookies = [c.split(";", 1)[0] for c in r.headers.get_all("Set-Cookie") or []]
    fields = {
        "csrfmiddlewaretoken": hidden_value(html, "csrfmiddlewaretoken"),
        "form_started": hidden_value(html, "form_started"),
        "submission_token": hidden_value(html, "submission_token"),
        "category": first_option(html, "category"),
        "district": first_option(html, "district"),
        "description": "Uji beban: motor saya hilang di parkiran pasar pada sore hari.",
        "incident_location": "Parkiran pasar",
        "incident_date": "2026-11-20",
        "reporter_mode": "anonymous",
        "consent": "on",
    }
    request = urllib.request.Request(
        form_url,
        data=urllib.parse.urlencode(fields).encode(),
        headers={
            **HEADERS,
            "Referer": "https://127.0.0.1/pengaduan/",
            "Cookie": "; ".join(cookies),
        },
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read().decode()
    return time.perf_counter() - started, 'id="nomor-pengaduan"' in body


def main(base_url, users, total):
    latencies, receipts, lock = [], [], threading.Lock()
    remaining = iter(range(total))

    def citizen():
        while True:
            with lock:
                if next(remaining, None) is None:
                    return
            seconds, receipt = submit_one(base_url)
            with lock:
                latencies.append(seconds)
                receipts.append(receipt)

    started = time.perf_counter()
    threads = [threading.Thread(target=citizen) for _ in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    quantiles = statistics.quantiles(latencies, n=100)
    print(
        json.dumps(
            {
                "submissions": len(latencies),
                "receipts": sum(receipts),
                "per_second": round(len(latencies) / elapsed, 1),
                "p50_ms": round(quantiles[49] * 1000, 1),
                "p95_ms": round(quantiles[94] * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
