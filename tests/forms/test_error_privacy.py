"""A complaint that fails with a server error leaks none of the reporter's data.

The error is forced for real: the evidence folder's configured path holds a NUL byte (a
configuration mistake, not passing trouble such as a full disk, which gives the form back), so
saving the attachment fails inside the complaint's transaction. The site's own logging configuration
(JSON lines, mail to admins) is used, not the quiet one of the test settings.
"""

import logging.config

import pytest
from django.conf import settings as django_settings

from config.settings import base
from forms.models import Complaint

from .conftest import png_bytes, upload, valid_data

pytestmark = pytest.mark.django_db

NIK = "1671034506900001"
PHONE = "0812-3456-7890"
DESCRIPTION = "Rumah saya di Jalan Merdeka dibobol tadi malam, televisi dan motor hilang."


@pytest.fixture
def site_logging(settings):
    settings.ADMINS = [("Admin", "it@example.id")]
    logging.config.dictConfig(base.LOGGING)
    yield
    # Drop the handlers bound to this test's captured stderr before restoring the quiet config.
    for name in ["", *base.LOGGING["loggers"]]:
        logging.getLogger(name).handlers.clear()
    logging.config.dictConfig(django_settings.LOGGING)


def test_a_forced_error_during_a_complaint_post_leaves_no_personal_data_behind(
    client, setup, settings, tmp_path, site_logging, capsys, mailoutbox
):
    settings.PRIVATE_MEDIA_ROOT = f"{tmp_path}/bukti\x00rusak"
    client.raise_request_exception = False

    logging.config.dictConfig(base.LOGGING)  # bind the console handler to the captured stderr
    response = client.post(
        setup.url,
        valid_data(
            setup,
            nik=NIK,
            phone=PHONE,
            description=DESCRIPTION,
            attachments=upload("foto.png", png_bytes()),
        ),
    )

    assert response.status_code == 500
    assert Complaint.objects.count() == 0
    logged = capsys.readouterr().err
    assert "Internal Server Error" in logged
    error_mail = mailoutbox[0]
    assert "it@example.id" in error_mail.to
    for secret in (NIK, PHONE, "081234567890", DESCRIPTION, "Budi Santoso", "budi@example.com"):
        assert secret not in logged
        assert secret not in error_mail.subject
        assert secret not in error_mail.body
        for alternative, _mime in getattr(error_mail, "alternatives", []):
            assert secret not in alternative
