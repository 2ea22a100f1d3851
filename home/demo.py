"""Demo content for the site shell: locales, the home pages, the unit profile and its logo.

Every builder is idempotent (it looks things up by slug before creating them), so `make run` can
call the command on every start without duplicating anything. Contacts are examples only.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from .models import HomePage, InformationPage, UnitProfile

UNIT_PROFILE = {
    "unit_name": "Polres Musi Banyuasin",
    "parent_unit_name": "Polda Sumatera Selatan",
    "emergency_number": "110",
    "address": "Jalan Contoh No. 1, Sekayu\nKabupaten Musi Banyuasin, Sumatera Selatan 30711\n"
    "(alamat contoh)",
    "phone": "(0714) 000-0000",
    "whatsapp": "+62 811-0000-0000",
    "email": "humas@example.id",
    "opening_hours": "Senin–Jumat 08.00–15.00 WIB\nSPKT melayani laporan 24 jam",
    "instagram_url": "https://example.com/instagram",
    "facebook_url": "https://example.com/facebook",
    "x_url": "https://example.com/x",
    "tiktok_url": "https://example.com/tiktok",
    "youtube_url": "https://example.com/youtube",
}

UNIT_PROFILE_EN = {
    "address_en": "Jalan Contoh No. 1, Sekayu\nMusi Banyuasin Regency, South Sumatra 30711\n"
    "(example address)",
    "opening_hours_en": "Monday–Friday 08.00–15.00 WIB\nThe SPKT takes reports 24 hours a day",
}

HOME = {
    "title": "Layanan Kepolisian untuk Warga",
    "slug": "beranda",
    "intro": "Informasi layanan, berita, kampanye keselamatan, dan pengaduan online "
    "Polres Musi Banyuasin. Cepat, gratis, dan dapat diakses dari ponsel Anda.",
}
HOME_EN = {
    "Layanan Kepolisian untuk Warga": "Police Services for Citizens",
    HOME["intro"]: "Service information, news, safety campaigns and online complaints from "
    "Polres Musi Banyuasin. Fast, free and available from your phone.",
}

PROFILE = {
    "title": "Profil Polres",
    "slug": "profil",
    "show_in_menus": True,
    "summary": "Tugas, wilayah hukum, dan struktur Polres Musi Banyuasin.",
}
PROFILE_BODY = [
    (
        "paragraph",
        "<p>Polres Musi Banyuasin adalah kepolisian resor di bawah Polda Sumatera Selatan. "
        "Wilayah hukumnya meliputi seluruh kecamatan di Kabupaten Musi Banyuasin, dengan "
        "markas di Sekayu.</p><h2>Tugas pokok</h2><ul><li>Memelihara keamanan dan ketertiban "
        "masyarakat.</li><li>Menegakkan hukum.</li><li>Memberikan perlindungan, pengayoman, "
        "dan pelayanan kepada masyarakat.</li></ul>",
    ),
]
PROFILE_EN = {
    "Profil Polres": "About Us",
    PROFILE["summary"]: "Duties, jurisdiction and organisation of Polres Musi Banyuasin.",
    "Polres Musi Banyuasin adalah kepolisian resor di bawah Polda Sumatera Selatan. Wilayah "
    "hukumnya meliputi seluruh kecamatan di Kabupaten Musi Banyuasin, dengan markas di Sekayu.": (
        "Polres Musi Banyuasin is the district police under Polda Sumatera Selatan. Its "
        "jurisdiction covers every sub-district of Musi Banyuasin Regency, with headquarters "
        "in Sekayu."
    ),
    "Tugas pokok": "Main duties",
    "Memelihara keamanan dan ketertiban masyarakat.": "Maintaining public security and order.",
    "Menegakkan hukum.": "Enforcing the law.",
    "Memberikan perlindungan, pengayoman, dan pelayanan kepada masyarakat.": (
        "Protecting, sheltering and serving the public."
    ),
}


def build(stdout):
    """Build the site shell and return the Indonesian home page, for other apps' builders."""
    indonesian, _ = Locale.objects.get_or_create(language_code="id")
    english, _ = Locale.objects.get_or_create(language_code="en")
    home = _home_page(indonesian)
    _site(home)
    _unit_profile(home)
    translate_page(home, english, HOME_EN)
    profile = get_or_create_page(home, InformationPage, body=PROFILE_BODY, **PROFILE)
    translate_page(profile, english, PROFILE_EN)
    stdout.write("Beranda, profil satuan, dan terjemahan Inggris siap.")
    return home


def _home_page(locale):
    home = HomePage.objects.filter(locale=locale).first()
    if home:
        return home
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    # Wagtail's first migration leaves a plain "Welcome" page; the real home replaces it.
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    home = HomePage(locale=locale, show_in_menus=False, **HOME)
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def _site(home):
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = site.hostname or "localhost"
    site.port = site.port or 80
    site.root_page = home
    site.site_name = UNIT_PROFILE["unit_name"]
    site.save()


def _unit_profile(home):
    site = Site.objects.get(root_page=home)
    profile = UnitProfile.for_site(site)
    if not profile.unit_name:
        for field, value in UNIT_PROFILE.items():
            setattr(profile, field, value)
        profile.logo = _demo_logo()
    # The English text is filled in where it is still missing, also on a site built before it.
    for field, value in UNIT_PROFILE_EN.items():
        setattr(profile, field, getattr(profile, field) or value)
    profile.save()


def _demo_logo():
    """A simple shield drawn in code, so the demo needs no image file from outside."""
    image = PILImage.new("RGBA", (240, 280), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(120, 8), (228, 48), (220, 170), (120, 272), (20, 170), (12, 48)], "#3d2413")
    draw.polygon([(120, 30), (208, 62), (202, 162), (120, 246), (38, 162), (32, 62)], "#f2c230")
    draw.polygon([(120, 60), (137, 110), (190, 110), (147, 140), (163, 192), (120, 160),
                  (77, 192), (93, 140), (50, 110), (103, 110)], "#3d2413")  # fmt: skip
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return get_image_model().objects.create(
        title="Logo satuan (contoh)",
        file=ImageFile(buffer, name="logo-satuan.png"),
    )


def get_or_create_page(parent, page_class, *, slug, body=None, **fields):
    """The child of `parent` with this slug, created and published when it does not exist."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing:
        return existing
    page = page_class(slug=slug, locale=parent.locale, **fields)
    if body is not None:
        page.body = body
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate_page(obj, locale, translations):
    """Translate a page or snippet into `locale` the way an editor would with wagtail-localize.

    The object is submitted for translation, every source string is given its translation from
    `translations` (falling back to the source text), and the translation is published. Run
    again, it fills in strings still showing the source text (a demo built before their English
    was written) and leaves every other string, such as an editor's, as it is.

    wagtail-localize publishes on transaction commit, so call this in autocommit mode (as the
    management command does): parents must be live before their children are translated.
    """
    existing = obj.get_translations().filter(locale=locale).exists()
    if not existing:
        translate_object(obj, [locale])
    source = TranslationSource.objects.get_for_instance_or_none(obj)
    translation = source and source.translations.filter(target_locale=locale).first()
    if translation is None:  # translated without wagtail-localize: nothing to complete
        return obj.get_translation(locale)
    po = translation.export_po()
    changed = not existing
    for entry in po:
        wanted = translations.get(entry.msgid, entry.msgid)
        if entry.msgstr in ("", entry.msgid) and entry.msgstr != wanted:
            entry.msgstr = wanted
            changed = True
    if changed:
        translation.import_po(po)
        translation.save_target(publish=True)
    return obj.get_translation(locale)


def promote_in_search(queries, *, page=None, url="", text="", description=""):
    """Editors' promoted search results, as an editor would add them under Pengaturan → Promosi
    pencarian: `page` (shown in the language being read) or a link `url` with its `text`, first
    for each of `queries`. A link to this site is shown only in the language of its address."""
    target = {"page": page} if page is not None else {"external_link_url": url}
    for query_string in queries:
        query = Query.get(query_string)
        SearchPromotion.objects.get_or_create(
            query=query,
            **target,
            defaults={
                "external_link_text": text,
                "description": description,
                "sort_order": query.editors_picks.count(),
            },
        )
