"""Structured request logs that carry no personal data.

One JSON line per request: method, path, status, duration, the staff user's id and the
client's network. Never the query string (a tracking code travels there, as `?kode=`), never a
request body, never the full client address (only its /24 or /48 network, as nginx's access log
keeps it, found by config.client_ip like the address lockouts and rate limits use). Other
loggers' request lines (runserver's, Django's own) lose their query strings the same way.
"""

import ipaddress
import json
import logging
import re
import time

from .client_ip import client_ip

logger = logging.getLogger("polres.requests")


QUERY_STRING = re.compile(r"\?[^\s\"']*")


def without_query_strings(text):
    """`text` with the query string of every URL in it removed."""
    return QUERY_STRING.sub("", text)


def client_network(request):
    """The network of the client's address: 198.51.100.0/24 for IPv4, a /48 for IPv6."""
    try:
        address = ipaddress.ip_address(client_ip(request))
    except ValueError:
        return None
    prefix = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


class DropQueryStringsFilter(logging.Filter):
    """Removes query strings from other loggers' request lines ('"GET /...?kode=..." 200')."""

    def filter(self, record):
        record.msg = without_query_strings(str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(without_query_strings(a) if isinstance(a, str) else a for a in args)
        return True


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        logger.info(
            "request",
            extra={
                "http": {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "user_id": user.pk if user is not None and user.is_authenticated else None,
                    "client_network": client_network(request),
                }
            },
        )
        return response


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object, with the `http` extra when there is one."""

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if hasattr(record, "http"):
            entry.update(record.http)
        if record.exc_info:
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)
