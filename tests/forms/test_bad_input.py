"""Bad input gets a clear Indonesian message beside the field: 200 with the form, nothing stored."""

import io
import struct
import zlib

import pytest
from django import forms
from django.core.exceptions import FieldDoesNotExist
from PIL import Image

from forms.forms import CoreComplaintForm
from forms.models import Attachment, Complaint, ComplaintCategory, Notification
from forms.validators import normalise_phone

from .conftest import png_bytes, upload, valid_data

pytestmark = pytest.mark.django_db


def png_header_only(width, height):
    """A small file that claims huge dimensions: a decompression bomb in disguise."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (width + 1) * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def assert_refused(response, field, message):
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index(f'id="isian-{field}"')
    block = html[start : html.index("</div>", start)]
    assert message in block, block
    assert 'class="form-errors"' in html
    assert Complaint.objects.count() == 0
    assert Attachment.objects.count() == 0
    assert Notification.objects.count() == 0


CASES = {
    "nik_letters": ({"nik": "12345678901234AB"}, "nik", "NIK terdiri atas tepat 16 angka"),
    "nik_short": ({"nik": "123"}, "nik", "NIK terdiri atas tepat 16 angka"),
    "nik_bad_date": ({"nik": "1671039913900001"}, "nik", "NIK ini tidak valid"),
    "phone_letters": ({"phone": "0812-abc-7890"}, "phone", "Nomor telepon hanya berisi angka"),
    "phone_foreign": ({"phone": "+1 202 555 0100"}, "phone", "Isi nomor Indonesia"),
    "phone_short": ({"phone": "0812"}, "phone", "bukan nomor Indonesia yang lengkap"),
    "email": ({"email": "budi@@example"}, "email", "alamat email yang valid"),
    "description_too_long": ({"description": "a" * 5001}, "description", "5000 karakter"),
    "description_too_short": ({"description": "tolong"}, "description", "20 karakter"),
    "name_too_long": ({"name": "N" * 121}, "name", "120 karakter"),
    "script_in_description": (
        {"description": "<script>alert('x')</script> motor saya hilang di pasar"},
        "description",
        "tanpa tag HTML atau skrip",
    ),
    "html_in_name": ({"name": "<b>Budi</b>"}, "name", "tanpa tag HTML atau skrip"),
    "html_in_location": (
        {"incident_location": "<img src=x onerror=alert(1)>"},
        "incident_location",
        "tanpa tag HTML atau skrip",
    ),
    "forged_category": ({"category": "999999"}, "category", "Pilih salah satu kategori"),
    "missing_consent": ({"consent": None}, "consent", "Centang kotak ini"),
    "future_date": ({"incident_date": "2999-01-01"}, "incident_date", "masa depan"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_field_values_are_refused_beside_the_field(client, setup, case):
    overrides, field, message = CASES[case]
    response = client.post(setup.url, valid_data(setup, **overrides))
    assert_refused(response, field, message)


def test_markup_in_an_editors_extra_question_is_refused(client, setup):
    from forms.models import ComplaintFormField

    ComplaintFormField.objects.create(
        page=setup.page, label="Nomor polisi kendaraan", field_type="singleline", required=False
    )
    response = client.post(
        setup.url, valid_data(setup, nomor_polisi_kendaraan="<script>x</script>")
    )
    assert_refused(response, "nomor_polisi_kendaraan", "tanpa tag HTML atau skrip")


def test_an_inactive_category_cannot_be_chosen(client, setup):
    setup.category_b.active = False
    setup.category_b.save()
    response = client.post(setup.url, valid_data(setup, category=str(setup.category_b.pk)))
    assert_refused(response, "category", "Pilih salah satu kategori")


FILE_CASES = {
    "eleven_megabytes": (
        lambda: [
            upload("besar.jpg", b"\xff\xd8\xff\xe0" + b"\0" * (11 * 1024 * 1024), "image/jpeg")
        ],
        "lebih besar dari 10",
    ),
    "png_that_is_html": (
        lambda: [upload("foto.png", b"<html><script>alert(1)</script></html>", "image/png")],
        "bukan foto JPEG, PNG, atau WebP",
    ),
    "svg": (
        lambda: [
            upload(
                "gambar.svg",
                b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                "image/svg+xml",
            )
        ],
        "bukan foto JPEG, PNG, atau WebP",
    ),
    "decompression_bomb": (
        lambda: [upload("bom.png", png_header_only(30000, 30000))],
        "terlalu banyak piksel",
    ),
    "four_attachments": (
        lambda: [upload(f"foto{i}.png", png_bytes()) for i in range(4)],
        "paling banyak 3 berkas",
    ),
    "truncated_png": (lambda: [upload("rusak.png", png_bytes()[:60])], "tidak dapat dibaca"),
}


@pytest.mark.parametrize("case", FILE_CASES)
def test_bad_attachments_are_refused(client, setup, case, private_media):
    make_files, message = FILE_CASES[case]
    data = valid_data(setup)
    data["attachments"] = make_files()
    response = client.post(setup.url, data)
    assert_refused(response, "attachments", message)
    assert not private_media.exists() or not any(private_media.rglob("*.*"))


def test_a_real_pixel_bomb_is_refused(client, setup):
    buffer = io.BytesIO()
    Image.new("1", (9000, 9000)).save(buffer, "PNG")
    data = valid_data(setup)
    data["attachments"] = upload("bom.png", buffer.getvalue())
    assert_refused(client.post(setup.url, data), "attachments", "terlalu banyak piksel")


def test_a_broken_upload_never_causes_a_server_error(client, setup):
    data = valid_data(setup)
    data["attachments"] = upload("kosong.pdf", b"", "application/pdf")
    response = client.post(setup.url, data)
    assert response.status_code == 200
    assert Complaint.objects.count() == 0


def test_an_email_address_longer_than_its_column_is_refused_beside_the_field(client, setup):
    email = "a" * 288 + "@example.com"  # 300 characters: valid by the form of it, too long to keep
    response = client.post(setup.url, valid_data(setup, email=email))
    assert_refused(response, "email", "254 karakter")


# Columns whose form field accepts more than the column holds, because the form stores a shorter
# normalised value: a telephone number may be typed with spaces and dashes, kept as +62….
NORMALISED = {"phone": lambda: normalise_phone("0" + "8" * 12)}


def test_every_form_limit_matches_its_column():
    """Each core field that fills a column refuses what the column cannot hold, so a longer
    value gets a message beside the field instead of a database error."""
    form = CoreComplaintForm(categories=ComplaintCategory.objects.none())
    checked = []
    for name, field in form.fields.items():
        try:
            column = Complaint._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if not getattr(column, "max_length", None):
            continue
        checked.append(name)
        if name in NORMALISED:
            assert len(NORMALISED[name]()) <= column.max_length, name
            continue
        if isinstance(field, forms.ChoiceField) and not hasattr(field, "queryset"):
            assert all(len(str(value)) <= column.max_length for value, _ in field.choices), name
            continue
        assert getattr(field, "max_length", None) == column.max_length, (
            f"{name}: form allows {getattr(field, 'max_length', None)}, "
            f"column holds {column.max_length}"
        )
    assert {"name", "email", "nik", "incident_location", "phone"} <= set(checked)


def test_a_long_file_name_fits_its_column(client, setup, private_media):
    limit = Attachment._meta.get_field("original_name").max_length
    data = valid_data(setup)
    data["attachments"] = upload("f" * (limit + 100) + ".png", png_bytes())
    response = client.post(setup.url, data)
    assert response.status_code == 200
    assert len(Attachment.objects.get().original_name) <= limit
