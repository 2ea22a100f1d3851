"""The staff guide is linked from the admin for complaint staff only."""

import re

import pytest

from home.guides import markdown_to_html

from .conftest import make_staff

pytestmark = pytest.mark.django_db


def test_complaint_staff_read_the_guide_from_the_admin(client, setup, django_user_model):
    client.force_login(
        make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])
    )
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/pengaduan/panduan/" in dashboard
    html = client.get("/admin/pengaduan/panduan/").content.decode()
    for heading in ["Status", "Tenggat", "Cara membalas pelapor", "Yang tidak boleh dibagikan"]:
        assert f">{heading}</h" in html


def test_redaksi_cannot_open_the_guide(client, setup, django_user_model):
    client.force_login(make_staff(django_user_model, "redaksi", group="Redaksi"))
    response = client.get("/admin/pengaduan/panduan/")
    assert response.status_code == 302
    assert "Tenggat" not in response.content.decode()


def test_markdown_is_escaped():
    html = markdown_to_html("# Judul\n\nTeks <script>x</script> **tebal**\n\n- satu\n- dua")
    html = re.sub(r">\s+<", "><", html)
    assert "<h2>Judul</h2>" in html
    assert "&lt;script&gt;" in html
    assert "<strong>tebal</strong>" in html
    assert "<ul><li>satu</li><li>dua</li></ul>" in html
