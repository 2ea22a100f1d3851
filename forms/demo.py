"""Demo content for complaints: the privacy notice, the form page at /pengaduan/ (with its
English translation), the seven categories routed to units, and a handful of complaints in
various states so the staff inbox is not empty. Idempotent, like every demo builder.

Inbox addresses are @example.id placeholders; nothing here is real personal data.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from home.demo import get_or_create_page, translate_page
from home.models import ImportantPages, InformationPage
from services.models import District, Unit

from . import demo_translations
from .intake import submit_complaint
from .models import (
    Complaint,
    ComplaintCategory,
    ComplaintFormField,
    ComplaintFormPage,
    ComplaintStaffProfile,
    Complexity,
    Reply,
    Status,
    StatusChange,
)
from .tracking_codes import tracking_code_for

PRIVACY_VERSION_NOTE = "Versi 1, berlaku 1 Januari 2026 (contoh)."
PRIVACY = {
    "title": "Kebijakan Privasi",
    "slug": "kebijakan-privasi",
    "summary": "Data apa yang kami kumpulkan lewat pengaduan online, untuk apa, siapa yang "
    "melihatnya, berapa lama disimpan, dan cara meminta akses, perbaikan, atau penghapusan.",
}
PRIVACY_BODY = [
    (
        "paragraph",
        "<h2>Data yang kami kumpulkan</h2><p>Saat Anda mengirim pengaduan: kategori, uraian "
        "kejadian, lokasi dan tanggal, lampiran foto atau dokumen, serta, bila Anda tidak "
        "memilih anonim, nama, nomor telepon, email, dan NIK bila Anda mencantumkannya. Kami "
        "tidak menyimpan alamat IP Anda bersama pengaduan, dan data lokasi (GPS) di foto "
        "dihapus saat diunggah.</p>"
        "<h2>Untuk apa</h2><p>Hanya untuk menangani pengaduan Anda: memeriksa, meneruskan ke "
        "satuan yang berwenang, menghubungi Anda bila perlu, dan menyusun statistik layanan. "
        "Dasar pemrosesannya adalah persetujuan Anda dan tugas pelayanan publik Polri "
        "(UU 27/2022 tentang Pelindungan Data Pribadi).</p>"
        "<h2>Siapa yang melihat</h2><p>Hanya petugas pengaduan yang ditugaskan dan "
        "supervisornya. Setiap akses tercatat. Identitas pelapor yang memilih "
        "<b>rahasia</b> tidak pernah dibagikan kepada pihak yang dilaporkan. Pelapor "
        "<b>anonim</b> tidak memberikan identitas sama sekali.</p>"
        "<h2>Berapa lama disimpan</h2><p>Selama pengaduan ditangani dan dua tahun setelah "
        "ditutup. Setelah itu identitas, NIK, lampiran, dan uraian dihapus; yang tersisa hanya "
        "data statistik tanpa identitas.</p>"
        "<h2>Hak Anda</h2><p>Anda dapat meminta salinan, perbaikan, atau penghapusan data "
        "pribadi Anda, atau menarik persetujuan, dengan menghubungi kami di "
        "humas@example.id atau datang ke SPKT dengan menyebutkan nomor pengaduan.</p>"
        f"<p>{PRIVACY_VERSION_NOTE}</p>",
    )
]
PRIVACY_EN = {
    "Kebijakan Privasi": "Privacy Notice",
    PRIVACY["summary"]: "What we collect through online complaints, why, who sees it, how long "
    "we keep it, and how to ask for access, correction or deletion.",
    "Data yang kami kumpulkan": "What we collect",
    "Untuk apa": "Why",
    "Siapa yang melihat": "Who sees it",
    "Berapa lama disimpan": "How long we keep it",
    "Hak Anda": "Your rights",
    PRIVACY_VERSION_NOTE: "Version 1, in force from 1 January 2026 (example).",
}

PAGE = {
    "title": "Pengaduan Masyarakat",
    "slug": "pengaduan",
    "show_in_menus": True,
    "intro": "Laporkan tindak pidana, kehilangan, pelayanan yang buruk, atau perilaku anggota "
    "Polri tanpa perlu datang ke kantor polisi. Anda mendapat nomor pengaduan dan tautan untuk "
    "memantau perkembangannya.",
    "receipt_text": "Petugas kami akan menanggapi paling lambat 3 hari kerja. Simpan nomor "
    "pengaduan dan tautan lacak Anda.",
}
PAGE_EN = {
    "Pengaduan Masyarakat": "Public Complaints",
    PAGE["intro"]: "Report a crime, a loss, poor service or police misconduct without going to a "
    "police station. You get a reference number and a link to follow your complaint.",
    PAGE["receipt_text"]: "Our staff will respond within 3 working days. Keep your reference "
    "number and your tracking link.",
    "Apakah Anda sudah melaporkan hal ini ke kantor polisi?": (
        "Have you already reported this at a police station?"
    ),
    "Ya\nTidak": "Yes\nNo",
    "Bila ya, sebutkan di mana dan kapan pada uraian.": (
        "If so, say where and when in the description."
    ),
}

# name, description, unit, resolution days, English name, English description
CATEGORIES = [
    ("Laporan tindak pidana", "Pencurian, penipuan, penganiayaan, dan kejahatan lainnya.",
     "Sat Reskrim", Complexity.COMPLEX, "Crime report", "Theft, fraud, assault and other crimes."),
    ("Narkoba", "Informasi peredaran atau penyalahgunaan narkoba.",
     "Sat Narkoba", Complexity.COMPLEX, "Drugs", "Information on drug dealing or abuse."),
    ("Lalu lintas", "Kecelakaan, pelanggaran, atau kemacetan yang berulang.",
     "Sat Lantas", Complexity.MEDIUM, "Traffic", "Accidents, violations or recurring jams."),
    ("Kehilangan barang/dokumen", "Laporan kehilangan untuk surat keterangan.",
     "SPKT", Complexity.SIMPLE, "Lost items or documents",
     "Report a loss to get a police certificate."),
    ("Keluhan pelayanan", "Pelayanan lambat, pungutan, atau sikap petugas di loket.",
     "SPKT", Complexity.MEDIUM, "Service complaint",
     "Slow service, illegal fees or staff attitude at a counter."),
    ("Perilaku anggota", "Dugaan pelanggaran disiplin atau kode etik anggota Polri.",
     "Si Propam", Complexity.COMPLEX, "Police misconduct",
     "Suspected breaches of discipline or the code of ethics."),
    ("Informasi dan saran", "Masukan untuk perbaikan layanan kepolisian.",
     "Humas", Complexity.SIMPLE, "Information and suggestions",
     "Ideas to improve police services."),
]  # fmt: skip
INBOX = {
    "Sat Reskrim": "reskrim@example.id",
    "Sat Narkoba": "narkoba@example.id",
    "Sat Lantas": "lantas@example.id",
    "SPKT": "spkt@example.id",
    "Si Propam": "propam@example.id",
    "Humas": "humas@example.id",
}

# category, district, status path, days ago, reporter mode, description, demo tracking token
COMPLAINTS = [
    ("Laporan tindak pidana", "Sekayu", [], 1, "identified",
     "Sepeda motor Honda Beat saya hilang di parkiran Pasar Sekayu sekitar pukul 16.00."),
    ("Keluhan pelayanan", "Babat Toman", ["verified"], 3, "confidential",
     "Pembuatan SKCK di loket memakan waktu lebih dari empat jam tanpa penjelasan."),
    ("Lalu lintas", "Sungai Lilin", ["verified", "in_progress"], 8, "anonymous",
     "Lampu lalu lintas di simpang Sungai Lilin mati sejak seminggu, sering hampir tabrakan."),
    ("Kehilangan barang/dokumen", "Sekayu", ["verified", "in_progress", "resolved"], 12,
     "identified", "Dompet berisi KTP dan SIM hilang di terminal bus Sekayu."),
    ("Informasi dan saran", "Lais", ["rejected"], 6, "anonymous",
     "Mohon patroli malam ditambah di sekitar jalan lintas, banyak balap liar."),
    ("Narkoba", "Bayung Lencir", [], 9, "anonymous",
     "Sering ada transaksi mencurigakan di warung ujung gang pada malam hari."),
]  # fmt: skip


def build(home, stdout):
    english = Locale.objects.get(language_code="en")
    privacy = get_or_create_page(home, InformationPage, body=PRIVACY_BODY, **PRIVACY)
    translate_page(privacy, english, PRIVACY_EN)
    categories = _categories(english)
    page = _form_page(home, privacy)
    translate_page(page, english, PAGE_EN)
    choose_complaint_page(home, page)
    link_demo_users(stdout)
    codes = _complaints(page, categories)
    demo_translations.build(home, stdout)
    stdout.write(
        f"Formulir pengaduan /{page.slug}/, {len(categories)} kategori, "
        f"{Complaint.objects.count()} pengaduan contoh siap."
    )
    for reference, code in codes:
        stdout.write(f"  lacak {reference}: {page.url}lacak/?kode={code}")


def _categories(english):
    categories = {}
    for order, (name, description, unit_name, days, name_en, description_en) in enumerate(
        CATEGORIES
    ):
        unit = Unit.objects.filter(name=unit_name).first()
        if unit is None:
            continue
        category = ComplaintCategory.objects.filter(
            name=name, locale=Locale.get_default()
        ).first() or ComplaintCategory.objects.create(
            name=name,
            description=description,
            handling_unit=unit,
            inbox_emails=INBOX[unit_name],
            resolution_days=days,
            sort_order=order,
        )
        translate_page(category, english, {name: name_en, description: description_en})
        categories[name] = category
    return categories


def choose_complaint_page(home, page):
    """Every link to the complaint form follows the page chosen in this setting."""
    important = ImportantPages.for_site(home.get_site())
    if important.complaint_page_id is None:
        important.complaint_page = page
        important.save()


def _form_page(home, privacy):
    page = home.get_children().filter(slug=PAGE["slug"]).specific().first()
    if page:
        return page
    page = ComplaintFormPage(locale=home.locale, privacy_page=privacy, **PAGE)
    page.form_fields = [
        ComplaintFormField(
            label="Apakah Anda sudah melaporkan hal ini ke kantor polisi?",
            help_text="Bila ya, sebutkan di mana dan kapan pada uraian.",
            field_type="radio",
            choices="Ya\nTidak",
            required=False,
        )
    ]
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def link_demo_users(stdout):
    """Give the demo complaint staff their units; `create_demo_users` calls this again once
    the demo users exist (it runs after this builder in `make run`)."""
    User = get_user_model()
    links = {"petugas": ["SPKT", "Sat Reskrim"]}
    for username, unit_names in links.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            continue
        profile, _ = ComplaintStaffProfile.objects.get_or_create(user=user)
        profile.units.add(*Unit.objects.filter(name__in=unit_names))


def _complaints(page, categories):
    """Demo complaints, created once, with known tracking codes printed for trying them."""
    if Complaint.objects.exists() or not categories:
        return []
    codes = []
    now = timezone.now()
    for number, (category_name, district, path, days_ago, mode, description) in enumerate(
        COMPLAINTS, start=1
    ):
        category = categories.get(category_name)
        if category is None:
            continue
        submitted = now - datetime.timedelta(days=days_ago, hours=number)
        token = f"demo-{number}-contoh-pengaduan"
        identity = (
            {"name": f"Warga Contoh {number}", "phone": f"+62811000000{number:02d}"}
            if mode != "anonymous"
            else {}
        )
        complaint = submit_complaint(
            page,
            answers={
                "category": category,
                "district": District.objects.filter(name=district).first(),
                "incident_location": "Lokasi contoh",
                "description": description,
                "reporter_mode": mode,
                **identity,
            },
            token=token,
            submitted=submitted,
            notify=False,
        )
        for step, status in enumerate(path, start=1):
            reason = (
                "Saran diteruskan ke Sat Samapta sebagai masukan; tidak perlu tindak lanjut "
                "sebagai pengaduan."
                if status == Status.REJECTED
                else ""
            )
            change = complaint.change_status(status, user=None, reason=reason)
            StatusChange.objects.filter(pk=change.pk).update(
                created_at=submitted + datetime.timedelta(days=step)
            )
        if path:
            complaint.refresh_from_db()
            Reply.objects.create(
                complaint=complaint,
                body="Terima kasih atas laporan Anda. Petugas kami sedang menindaklanjutinya.",
                created_at=submitted + datetime.timedelta(days=1),
            )
        codes.append((complaint.reference, tracking_code_for(token)))
    return codes
