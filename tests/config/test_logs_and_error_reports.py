"""Logs and error reports carry no personal data and no tracking codes."""

import logging
import sys

import pytest
from django.test import RequestFactory
from django.views.debug import ExceptionReporter

from config.request_log import DropQueryStringsFilter, JsonFormatter

pytestmark = pytest.mark.django_db


def test_request_log_is_one_json_line_without_the_tracking_code_or_query_string(client, caplog):
    caplog.set_level(logging.INFO, logger="polres.requests")
    client.get("/pengaduan/lacak/?kode=RAHASIA1234567890&email=warga@example.id")
    record = next(r for r in caplog.records if r.name == "polres.requests")
    line = JsonFormatter().format(record)
    assert '"path": "/pengaduan/lacak/"' in line
    assert "RAHASIA" not in line
    assert "warga@example.id" not in line
    assert '"status": 404' in line


def test_development_server_request_lines_lose_their_query_strings():
    """runserver logs '"GET /path?query HTTP/1.1" 200 123' through the django.server logger."""
    record = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" %s %s',
        ("GET /pengaduan/lacak/?kode=RAHASIA-1234 HTTP/1.1", "200", "512"), None,
    )  # fmt: skip
    assert DropQueryStringsFilter().filter(record)
    assert record.getMessage() == '"GET /pengaduan/lacak/ HTTP/1.1" 200 512'


def test_request_log_never_contains_a_post_body(client, caplog):
    caplog.set_level(logging.INFO, logger="polres.requests")
    client.post("/", {"nik": "3201234567890123", "phone": "081234567890"})
    logged = "\n".join(JsonFormatter().format(r) for r in caplog.records)
    assert "3201234567890123" not in logged
    assert "081234567890" not in logged


def test_error_reports_hide_post_values_and_personal_variables():
    request = RequestFactory().post(
        "/pengaduan/", {"nik": "3201234567890123", "description": "Rumah saya dibobol"}
    )
    nik = "3201234567890123"  # noqa: F841 - a local variable the report must hide
    try:
        raise ValueError("gagal menyimpan")
    except ValueError:
        report = ExceptionReporter(request, *sys.exc_info()).get_traceback_text()
    assert "gagal menyimpan" in report
    assert "3201234567890123" not in report
    assert "Rumah saya dibobol" not in report
