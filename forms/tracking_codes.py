"""Tracking codes: the citizen's only key to their complaint, and the one-time form token.

Only hashes are stored: the code can be shown again to the browser that still holds the token
(a refresh or a double submit), and to nobody else.
"""

import base64
import hashlib
import hmac
import re
import secrets

from django.conf import settings


def tracking_code_for(token):
    """The citizen's tracking code, derived from the form's one-time submission token.

    120 bits from HMAC-SHA256, written in base 32 and grouped for reading aloud.
    """
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"complaint-tracking:{token}".encode(), hashlib.sha256
    ).digest()
    return _grouped(digest[:15])


def new_tracking_code():
    """A fresh code for a complaint whose reporter lost theirs (`forms.receipt`): no token is
    left to derive one from, so it is as many random bits, written the same way."""
    return _grouped(secrets.token_bytes(15))


def _grouped(raw):
    code = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_code(code):
    """Upper case without separators; digits base 32 never uses are read as their look-alikes."""
    text = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return text.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))


def hash_secret(value):
    return hashlib.sha256(normalise_code(value).encode()).hexdigest()


def hash_token(token):
    return hashlib.sha256(f"submission:{token}".encode()).hexdigest()


def new_submission_token():
    return secrets.token_urlsafe(24)


# What new_submission_token makes (32 URL-safe characters), with room for older or longer
# ones; anything else a form posts is not a token of ours and is never echoed into a cookie.
SUBMISSION_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,64}")


def is_submission_token(value):
    return bool(SUBMISSION_TOKEN_SHAPE.fullmatch(value or ""))
