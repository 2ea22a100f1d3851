"""A citizen reads a service procedure and finds the Polsek that serves their kecamatan."""

import json
import re

import pytest

from services.models import Unit
from tests.factories import DistrictFactory, ServicePageFactory, UnitFactory

pytestmark = pytest.mark.django_db


def json_ld(html, kind):
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        if data["@type"] == kind:
            return data
    raise AssertionError(f"no {kind} JSON-LD")


def test_service_page_shows_every_part_of_the_service_standard(client, public_pages):
    service = public_pages.service
    service.fee = "Rp30.000"
    service.fee_basis = "PNBP, PP Nomor 76 Tahun 2021"
    service.legal_basis = "<ul><li>UU Nomor 2 Tahun 2002</li></ul>"
    service.save_revision().publish()

    html = client.get("/layanan/skck/").content.decode()

    for heading in ["Persyaratan", "Alur layanan", "Tempat dan waktu", "Dasar hukum"]:
        assert f">{heading}</h2>" in html, heading
    assert "<li>Fotokopi KTP.</li>" in html
    steps = html.split('<ol class="steps">')[1].split("</ol>")[0]
    assert steps.index("Serahkan berkas persyaratan") < steps.index("Bayar PNBP")
    assert "Rp30.000" in html and "PP Nomor 76 Tahun 2021" in html
    assert "Polsek Sekayu" in html and "24 jam" in html


def test_service_page_links_to_the_complaint_form_of_its_language(client, public_pages):
    assert 'href="/pengaduan/"' in client.get("/layanan/skck/").content.decode()
    assert 'href="/en/pengaduan/"' in client.get("/en/layanan/skck/").content.decode()


def test_service_faq_is_published_as_faqpage_structured_data(client, public_pages):
    html = client.get("/layanan/skck/").content.decode()
    faq = json_ld(html, "FAQPage")
    assert faq["mainEntity"][0]["name"] == "Berapa lama SKCK berlaku?"
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"] == "Enam bulan."


def test_service_index_groups_services_by_category(client, public_pages):
    ServicePageFactory(
        parent=public_pages.services, title="SIM", slug="sim", category="Lalu lintas"
    )
    html = client.get("/layanan/").content.decode()
    assert html.index(">Lalu lintas</h2>") < html.index('href="/layanan/sim/"')
    assert html.index(">Surat dan izin</h2>") < html.index('href="/layanan/skck/"')


def test_units_directory_lists_headquarters_functions_before_polsek(client, public_pages):
    UnitFactory(name="Sat Lantas", kind=Unit.Kind.HEADQUARTERS)
    html = client.get("/satuan/").content.decode()
    assert html.index("Sat Lantas") < html.index("Polsek Sekayu")
    assert "Fungsi di markas Polres" in html


def test_citizen_finds_the_polsek_that_serves_their_kecamatan(client, public_pages):
    other = DistrictFactory(name="Lais")
    UnitFactory(name="Polsek Lais", districts=[other])

    html = client.get("/satuan/", {"kecamatan": public_pages.district.pk}).content.decode()

    result = html.split('class="lookup__result"')[1].split("</section>")[0]
    assert "Polsek Sekayu" in result
    assert "Polsek Lais" not in result


def test_lookup_explains_a_kecamatan_without_polsek_and_an_unknown_choice(client, public_pages):
    lonely = DistrictFactory(name="Lalan")
    html = client.get("/satuan/", {"kecamatan": lonely.pk}).content.decode()
    assert "Belum ada Polsek yang tercatat untuk kecamatan Lalan" in html
    html = client.get("/satuan/", {"kecamatan": "bukan-angka"}).content.decode()
    assert "Silakan pilih kecamatan dari daftar." in html


def test_polsek_shows_a_plain_map_link_and_no_map_script(client, public_pages):
    unit = public_pages.unit
    unit.map_url = "https://www.openstreetmap.org/search?query=Sekayu"
    unit.save()
    html = client.get("/satuan/").content.decode()
    assert 'href="https://www.openstreetmap.org/search?query=Sekayu"' in html
    assert "<script src" not in html


def test_polsek_whatsapp_number_opens_a_chat(client, public_pages):
    unit = public_pages.unit
    unit.whatsapp = "0811-0000-0123"
    unit.save()
    assert 'href="https://wa.me/6281100000123"' in client.get("/satuan/").content.decode()
