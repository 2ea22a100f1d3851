"""What the intake fault tests share: a complaint with a photo, and the check that a refused one
left nothing behind."""

from pathlib import Path

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
