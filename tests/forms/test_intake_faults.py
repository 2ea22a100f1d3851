"""Storage or database trouble while a complaint is stored: the citizen gets the form back with
what they typed and a message (503), nothing is half-saved, and no evidence file is left
behind without its row."""

import errno
import os
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage
from django.db import OperationalError, connection
from django_tasks_db.models import DBTaskResult

from forms.models import Attachment, Complaint, Notification

from .conftest import png_bytes, upload, valid_data

DESCRIPTION = (
    "Tas saya dijambret di depan minimarket Jalan Merdeka tadi malam, pelakunya dua orang."
)
MESSAGE = "tidak dapat disimpan"


def files_under(root):
    root = Path(root)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def post_with_photo(client, setup):
    data = valid_data(setup, description=DESCRIPTION)
    data["attachments"] = upload("bukti.png", png_bytes())
    return client.post(setup.url, data)


def assert_form_back_and_nothing_kept(response, private_media):
    assert response.status_code == 503
    html = response.content.decode()
    assert MESSAGE in html
    assert DESCRIPTION in html  # the typed text is still in the form
    assert "Budi Santoso" in html
    assert not Complaint.objects.exists()
    assert not Attachment.objects.exists()
    assert not Notification.objects.exists()
    assert not DBTaskResult.objects.filter(task_path__endswith="deliver_notification").exists()
    assert files_under(private_media) == []


@pytest.mark.django_db
def test_a_full_disk_gives_the_form_back_and_leaves_no_partial_file(client, setup, private_media):
    def full_disk(storage, name, content):
        path = storage.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as half_written:
            half_written.write(b"\x89PNG partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with mock.patch.object(FileSystemStorage, "_save", full_disk):
        response = post_with_photo(client, setup)
    assert_form_back_and_nothing_kept(response, private_media)


@pytest.mark.django_db
def test_an_unusable_evidence_directory_gives_the_form_back(client, setup, settings, tmp_path):
    not_a_directory = tmp_path / "bukan-folder"
    not_a_directory.write_text("")
    settings.PRIVATE_MEDIA_ROOT = not_a_directory / "private"
    response = post_with_photo(client, setup)
    assert_form_back_and_nothing_kept(response, tmp_path / "private")


@pytest.mark.django_db(transaction=True)
def test_a_database_restart_after_the_file_was_written_leaves_no_file(client, setup, private_media):
    restarted = []

    def restart_at_attachment_insert(execute, sql, params, many, context):
        if not restarted and 'INSERT INTO "forms_attachment"' in sql:
            restarted.append(True)
            assert files_under(private_media), "the evidence file is written before its row"
            if connection.vendor == "postgresql":
                import psycopg2

                killer = psycopg2.connect(**connection.get_connection_params())
                killer.autocommit = True
                with killer.cursor() as cursor:
                    cursor.execute(
                        "SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid]
                    )
                killer.close()
            else:
                raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(restart_at_attachment_insert):
        response = post_with_photo(client, setup)
    assert restarted
    assert_form_back_and_nothing_kept(response, private_media)
    # Once the database is back, the same form sends the complaint.
    response = post_with_photo(client, setup)
    assert response.status_code == 200
    assert Complaint.objects.get().attachments.count() == 1
