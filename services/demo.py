"""Demo districts, units, the units directory and the service procedures.

The kecamatan names are those of Kabupaten Musi Banyuasin; which Polsek serves which kecamatan,
and every address and number, are example data to be checked by the unit before use. Procedure
facts that were not verified against a regulation are marked "(contoh)".
"""

from urllib.parse import quote

from wagtail.models import Locale

from home.demo import get_or_create_page, promote_in_search, translate_page

from .demo_services import SERVICE_INDEX, SERVICE_INDEX_EN, SERVICES, UNITS_PAGE, UNITS_PAGE_EN
from .models import District, ServiceIndexPage, ServicePage, Unit, UnitIndexPage

MAP_SEARCH = "https://www.openstreetmap.org/search?query="

DISTRICTS = [
    "Sekayu", "Babat Toman", "Babat Supat", "Batanghari Leko", "Bayung Lencir", "Jirak Jaya",
    "Keluang", "Lais", "Lalan", "Lawang Wetan", "Plakat Tinggi", "Sanga Desa", "Sungai Keruh",
    "Sungai Lilin", "Tungkal Jaya",
]  # fmt: skip

# name, what it handles, the same in English
HEADQUARTERS = [
    ("SPKT", "Sentra Pelayanan Kepolisian Terpadu: laporan polisi, surat kehilangan, dan "
     "pengaduan masyarakat, 24 jam.", "Integrated police service centre: police reports, loss "
     "certificates and public complaints, 24 hours a day."),
    ("Sat Reskrim", "Penyelidikan dan penyidikan tindak pidana umum dan khusus.",
     "Criminal investigation, general and special crimes."),
    ("Sat Narkoba", "Penanganan penyalahgunaan dan peredaran gelap narkoba.",
     "Drug abuse and drug trafficking."),
    ("Sat Lantas", "SIM, registrasi kendaraan, kecelakaan dan ketertiban lalu lintas.",
     "Driving licences, vehicle registration, accidents and traffic order."),
    ("Sat Intelkam", "SKCK dan izin keramaian atau kegiatan masyarakat.",
     "Police clearance certificates (SKCK) and permits for public events."),
    ("Si Propam", "Pengaduan tentang perilaku dan disiplin anggota Polri.",
     "Complaints about the conduct and discipline of police officers."),
    ("Sat Binmas", "Pembinaan masyarakat, Bhabinkamtibmas, dan konsultasi hukum.",
     "Community policing, village police officers (Bhabinkamtibmas) and legal advice."),
    ("Sat Samapta", "Patroli, pengamanan kegiatan, dan penanganan tindak pidana ringan.",
     "Patrols, event security and minor offences."),
    ("Humas", "Informasi publik, media, dan saran masyarakat.",
     "Public information, the media and suggestions from the public."),
]  # fmt: skip
HOURS_EN = {"24 jam": "24 hours", "Senin–Jumat 08.00–15.00 WIB": "Monday–Friday 08.00–15.00 WIB"}
POLSEK_DESCRIPTION_EN = "Police services for the kecamatan (example data)."

# Polsek name -> kecamatan served (example assignment).
POLSEK = {
    "Polsek Sekayu": ["Sekayu"],
    "Polsek Babat Toman": ["Babat Toman"],
    "Polsek Babat Supat": ["Babat Supat"],
    "Polsek Batanghari Leko": ["Batanghari Leko"],
    "Polsek Bayung Lencir": ["Bayung Lencir", "Tungkal Jaya"],
    "Polsek Keluang": ["Keluang"],
    "Polsek Lais": ["Lais"],
    "Polsek Lalan": ["Lalan"],
    "Polsek Lawang Wetan": ["Lawang Wetan"],
    "Polsek Plakat Tinggi": ["Plakat Tinggi"],
    "Polsek Sanga Desa": ["Sanga Desa"],
    "Polsek Sungai Keruh": ["Sungai Keruh", "Jirak Jaya"],
    "Polsek Sungai Lilin": ["Sungai Lilin"],
}


def build(home, stdout):
    _units()
    english = Locale.objects.get(language_code="en")
    directory = get_or_create_page(home, UnitIndexPage, **UNITS_PAGE)
    translate_page(directory, english, UNITS_PAGE_EN)
    index = get_or_create_page(home, ServiceIndexPage, **SERVICE_INDEX)
    translate_page(index, english, SERVICE_INDEX_EN)
    for service in SERVICES:
        fields = dict(service)
        unit_name = fields.pop("unit")
        english_text = fields.pop("english")
        searches = fields.pop("search")
        page = get_or_create_page(
            index, ServicePage, unit=Unit.objects.get(name=unit_name), **fields
        )
        translate_page(page, english, english_text)
        promote_in_search(searches, page=page)
    _put_first_in_menu([index, directory])
    stdout.write(
        f"{District.objects.count()} kecamatan, {Unit.objects.count()} satuan, "
        f"{ServicePage.objects.count()} halaman layanan siap."
    )


def _put_first_in_menu(pages):
    """Services and units are what most visitors come for: first in the menu, in every language."""
    keys = [page.translation_key for page in pages]
    for version in pages[0].get_translations(inclusive=True):
        parent = version.get_parent()
        first_keys = parent.get_children().values_list("translation_key", flat=True)[: len(keys)]
        if list(first_keys) == keys:
            continue
        for key in reversed(keys):
            child = parent.get_children().filter(translation_key=key).first()
            if child is not None:
                child.move(parent, pos="first-child")


def _units():
    for order, name in enumerate(DISTRICTS):
        District.objects.get_or_create(name=name, defaults={"sort_order": order})
    for order, (name, description, description_en) in enumerate(HEADQUARTERS):
        unit, _ = Unit.objects.get_or_create(
            name=name,
            defaults={
                "kind": Unit.Kind.HEADQUARTERS,
                "description": description,
                "address": "Markas Polres, Jalan Contoh No. 1, Sekayu (alamat contoh)",
                "phone": f"(0714) 000-{order + 1:04d}",
                "opening_hours": "24 jam" if name == "SPKT" else "Senin–Jumat 08.00–15.00 WIB",
                "sort_order": order,
            },
        )
        _in_english(unit, description_en)
    for order, (name, districts) in enumerate(POLSEK.items()):
        unit, created = Unit.objects.get_or_create(
            name=name,
            defaults={
                "kind": Unit.Kind.POLSEK,
                "description": "Pelayanan kepolisian di tingkat kecamatan (data contoh).",
                "address": f"Jalan Contoh No. {order + 10}, {districts[0]} (alamat contoh)",
                "phone": f"(0714) 100-{order + 1:04d}",
                "whatsapp": f"+62 811-0000-{order + 100:04d}",
                "opening_hours": "24 jam",
                "map_url": MAP_SEARCH + quote(f"Polsek {districts[0]} Musi Banyuasin"),
                "sort_order": order,
            },
        )
        if created:
            unit.districts.set(District.objects.filter(name__in=districts))
            unit.save()
        _in_english(unit, POLSEK_DESCRIPTION_EN)


def _in_english(unit, description):
    """The unit's English text, filled in where an editor has not written it yet."""
    english = {
        "description_en": description,
        "address_en": unit.address.replace("(alamat contoh)", "(example address)"),
        "opening_hours_en": HOURS_EN.get(unit.opening_hours, unit.opening_hours),
    }
    missing = {field: value for field, value in english.items() if not getattr(unit, field)}
    if missing:
        Unit.objects.filter(pk=unit.pk).update(**missing)
