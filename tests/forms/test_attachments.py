"""Accepted evidence: re-encoded without metadata, stored privately, served only as a download."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from PIL import Image
from wagtail.images import get_image_model

from forms.models import Attachment, Complaint

from .conftest import make_staff, png_bytes, upload, valid_data

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def jpeg_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "KameraContoh"  # Make
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "S"
    gps[2] = (2.0, 55.0, 12.0)
    gps[3] = "E"
    gps[4] = (104.0, 5.0, 30.0)
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 120, 200)).save(buffer, "JPEG", exif=exif)
    data = buffer.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD)
    return data


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def submit_with(client, setup, files):
    data = valid_data(setup)
    data["attachments"] = files
    response = client.post(setup.url, data)
    assert response.status_code == 200
    assert 'id="nomor-pengaduan"' in response.content.decode()
    return Complaint.objects.get()


def test_photos_lose_their_exif_and_gps_and_pdfs_are_kept(client, setup, private_media):
    webp = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 200, 0)).save(webp, "WEBP")
    complaint = submit_with(
        client,
        setup,
        [
            upload("IMG_2041.jpg", jpeg_with_gps(), "image/jpeg"),
            upload("laporan.pdf", PDF, "application/pdf"),
            upload("foto.webp", webp.getvalue(), "image/webp"),
        ],
    )
    jpeg, pdf, webp_attachment = complaint.attachments.order_by("pk")
    assert jpeg.content_type == "image/jpeg"
    stored = Image.open(jpeg.file.open("rb"))
    exif = stored.getexif()
    assert not exif.get_ifd(GPS_IFD)
    assert 0x010F not in exif
    assert stored.size == (64, 48)
    assert pdf.file.open("rb").read() == PDF
    assert webp_attachment.content_type == "image/webp"
    # Stored under PRIVATE_MEDIA_ROOT, with a random name, never under MEDIA_ROOT.
    path = Path(jpeg.file.path)
    assert private_media in path.parents
    assert "IMG_2041" not in path.name
    assert Path(settings.MEDIA_ROOT).resolve() not in path.resolve().parents
    # Evidence never becomes a public Wagtail image.
    assert get_image_model().objects.count() == 0


def test_a_png_named_jpg_is_stored_as_what_it_really_is(client, setup):
    complaint = submit_with(client, setup, [upload("foto.jpg", png_bytes(), "image/jpeg")])
    attachment = complaint.attachments.get()
    assert attachment.content_type == "image/png"
    assert attachment.download_name.endswith(".png")


def test_download_is_an_attachment_with_nosniff_and_no_caching(client, setup, django_user_model):
    complaint = submit_with(client, setup, [upload("foto.png", png_bytes())])
    attachment = complaint.attachments.get()
    client.force_login(
        make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])
    )
    response = client.get(
        f"/admin/pengaduan/kotak-masuk/{complaint.pk}/attachments/{attachment.pk}/"
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert complaint.reference in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"] == "image/png"
    assert complaint.audit_entries.filter(action="attachment").exists()


def test_behind_nginx_the_file_is_handed_over_with_x_accel_redirect(
    client, setup, django_user_model, settings
):
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = "/private-files/"
    complaint = submit_with(client, setup, [upload("foto.png", png_bytes())])
    attachment = complaint.attachments.get()
    client.force_login(
        make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])
    )
    url = f"/admin/pengaduan/kotak-masuk/{complaint.pk}/attachments/{attachment.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/private-files/{attachment.file.name}"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == b""

    client.force_login(
        make_staff(django_user_model, "petugas_b", group="Petugas Pengaduan", units=[setup.unit_b])
    )
    assert "X-Accel-Redirect" not in client.get(url)


def test_attachments_have_no_public_url(client, setup):
    complaint = submit_with(client, setup, [upload("foto.png", png_bytes())])
    attachment = complaint.attachments.get()
    with pytest.raises(ValueError):
        _ = attachment.file.url
    assert client.get(f"/media/{attachment.file.name}").status_code == 404


def test_private_media_inside_media_root_fails_the_system_check(settings):
    from forms.checks import private_media_outside_media_root

    settings.PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "private"
    assert [error.id for error in private_media_outside_media_root(None)] == ["forms.E001"]


def test_attachment_model_keeps_the_original_name_only_as_a_label(client, setup):
    complaint = submit_with(client, setup, [upload("bukti kejadian.png", png_bytes())])
    assert Attachment.objects.get(complaint=complaint).original_name == "bukti kejadian.png"
