"""The client's address, found one way for sign-in lockouts, rate limits and request logs.

`PROXY_COUNT` is the number of reverse proxies in front of gunicorn (1: nginx). Each of them
appends the address it received the request from to `X-Forwarded-For` (nginx:
`$proxy_add_x_forwarded_for`), so the client is the PROXY_COUNT-th entry from the right.
Entries further left were sent by the client itself and are never trusted: a client cannot
escape a lockout or a rate limit by inventing them. With `PROXY_COUNT=0` (gunicorn reached
directly, as under `make run`) the header is ignored and the connection's address is used.

django-ipware parses the header (IPv4, IPv6, ports, malformed entries). Its `proxy_count`
counts only the proxies whose addresses are in the header, which the nearest one never is,
hence `PROXY_COUNT - 1`.
"""

from django.conf import settings
from ipware import get_client_ip


def client_ip(request):
    """The address of the client that sent `request`; settings.AXES_CLIENT_IP_CALLABLE and
    settings.RATELIMIT_IP_META_KEY point here."""
    proxies = settings.PROXY_COUNT
    if proxies:
        address, _routable = get_client_ip(
            request,
            proxy_order="left-most",
            proxy_count=proxies - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,
        )
        if address:
            return address
    # No proxy, or a request that reached gunicorn without passing through them.
    return request.META.get("REMOTE_ADDR", "")
