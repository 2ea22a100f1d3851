"""The complaint demo in English, and the searches that lead citizens to complaints.

`forms.demo` builds the Indonesian privacy notice, complaint page and categories; this completes
their English translations (with `home.demo.translate_page`, which fills in only strings still
showing Indonesian) and promotes the complaint and tracking pages in search, in both languages.
Idempotent, like every demo builder.
"""

from django.conf import settings
from wagtail.models import Locale

from home.demo import promote_in_search, translate_page
from home.models import InformationPage

from .models import ComplaintCategory, ComplaintFormPage

# Indonesian name -> English name and description
CATEGORIES_EN = {
    "Laporan tindak pidana": ("Crime report", "Theft, fraud, assault and other crimes."),
    "Narkoba": ("Drugs", "Information on drug dealing or abuse."),
    "Lalu lintas": ("Traffic", "Accidents, violations or recurring jams."),
    "Kehilangan barang/dokumen": (
        "Lost items or documents",
        "Report a loss to get a police certificate.",
    ),
    "Keluhan pelayanan": (
        "Service complaint",
        "Slow service, illegal fees or staff attitude at a counter.",
    ),
    "Perilaku anggota": (
        "Police misconduct",
        "Suspected breaches of discipline or the code of ethics.",
    ),
    "Informasi dan saran": ("Information and suggestions", "Ideas to improve police services."),
}

PRIVACY_BODY_EN = {
    "Saat Anda mengirim pengaduan: kategori, uraian kejadian, lokasi dan tanggal, lampiran foto "
    "atau dokumen, serta, bila Anda tidak memilih anonim, nama, nomor telepon, email, dan NIK "
    "bila Anda mencantumkannya. Kami tidak menyimpan alamat IP Anda bersama pengaduan, dan data "
    "lokasi (GPS) di foto dihapus saat diunggah.": "When you send a complaint: the category, "
    "the description of what happened, the place and date, attached photographs or documents "
    "and, unless you choose to stay anonymous, your name, telephone number, email and, if you "
    "give it, your NIK. We do not keep your IP address with the complaint, and location data "
    "(GPS) is removed from photographs when they are uploaded.",
    "Hanya untuk menangani pengaduan Anda: memeriksa, meneruskan ke satuan yang berwenang, "
    "menghubungi Anda bila perlu, dan menyusun statistik layanan. Dasar pemrosesannya adalah "
    "persetujuan Anda dan tugas pelayanan publik Polri (UU 27/2022 tentang Pelindungan Data "
    "Pribadi).": "Only to handle your complaint: to check it, pass it to the unit in charge, "
    "contact you when needed and compile service statistics. We process it on the basis of "
    "your consent and the police's public-service duty (Law 27/2022 on Personal Data "
    "Protection).",
    "Hanya petugas pengaduan yang ditugaskan dan supervisornya. Setiap akses tercatat. "
    "Identitas pelapor yang memilih <b>rahasia</b> tidak pernah dibagikan kepada pihak yang "
    "dilaporkan. Pelapor <b>anonim</b> tidak memberikan identitas sama sekali.": "Only the "
    "complaint staff assigned to it and their supervisors. Every access is recorded. The "
    "identity of a reporter who chooses <b>confidential</b> is never shared with the people "
    "reported. An <b>anonymous</b> reporter gives no identity at all.",
    "Selama pengaduan ditangani dan dua tahun setelah ditutup. Setelah itu identitas, NIK, "
    "lampiran, dan uraian dihapus; yang tersisa hanya data statistik tanpa identitas.": "While "
    "the complaint is handled and for two years after it is closed. Then the identity, NIK, "
    "attachments and description are deleted; only statistics without identity remain.",
    "Anda dapat meminta salinan, perbaikan, atau penghapusan data pribadi Anda, atau menarik "
    "persetujuan, dengan menghubungi kami di humas@example.id atau datang ke SPKT dengan "
    "menyebutkan nomor pengaduan.": "You can ask for a copy, a correction or the deletion of "
    "your personal data, or withdraw your consent, by writing to humas@example.id or by coming "
    "to the SPKT with your complaint's reference number.",
}
FORM_FIELDS_EN = {"Ya<br/>Tidak": "Yes<br/>No"}

COMPLAINT_SEARCHES = {
    "id": ["melapor", "lapor", "lapor polisi", "buat laporan", "kecelakaan", "mengadu"],
    "en": ["complaint", "report", "report a crime", "accident"],
}
TRACKING_SEARCHES = {
    "id": ("Lacak pengaduan", ["lacak", "cek pengaduan", "status pengaduan", "kode pengaduan"]),
    "en": ("Track your complaint", ["track", "track complaint", "complaint status"]),
}
TRACKING_DESCRIPTION = {
    "id": "Masukkan kode pelacakan dari tanda terima untuk melihat perkembangan pengaduan Anda.",
    "en": "Enter the tracking code from your receipt to see how your complaint is progressing.",
}


def build(home, stdout):
    english = Locale.objects.get(language_code="en")
    for category in ComplaintCategory.objects.filter(locale=home.locale):
        name_en, description_en = CATEGORIES_EN.get(category.name, (None, None))
        if name_en:
            translations = {category.name: name_en, category.description: description_en}
            translate_page(category, english, translations)
    for privacy in InformationPage.objects.child_of(home).filter(slug="kebijakan-privasi"):
        translate_page(privacy, english, PRIVACY_BODY_EN)
    page = ComplaintFormPage.objects.child_of(home).first()
    if page is None:
        return
    translate_page(page, english, FORM_FIELDS_EN)
    _promote(page, english)
    stdout.write("Terjemahan Inggris dan promosi pencarian pengaduan siap.")


def _promote(page, english):
    """The complaint page for reporting words; the tracking page for tracking words. The
    tracking page is a sub-address of the complaint page, so it is promoted as a link, in the
    language of its address."""
    for code in ("id", "en"):
        promote_in_search(COMPLAINT_SEARCHES[code], page=page)
        localized = page if code == settings.LANGUAGE_CODE else page.get_translation(english)
        text, queries = TRACKING_SEARCHES[code]
        path = localized.url + localized.reverse_subpage("tracking")
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
        promote_in_search(queries, url=url, text=text, description=TRACKING_DESCRIPTION[code])
