"""Demo news and safety campaigns in Indonesian and English, with pictures drawn in code (no
image files from outside).

Every article and campaign is example content written for the demo.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.demo import get_or_create_page, translate_page

from .models import CampaignIndexPage, CampaignPage, NewsCategory, NewsIndexPage, NewsPage

NEWS_INDEX = {
    "title": "Berita",
    "slug": "berita",
    "show_in_menus": True,
    "intro": "Kegiatan, imbauan, dan informasi terbaru dari kepolisian.",
}
CAMPAIGN_INDEX = {
    "title": "Kampanye Keselamatan",
    "slug": "kampanye",
    "show_in_menus": True,
    "intro": "Ajakan untuk menjaga diri, keluarga, dan lingkungan dari bahaya.",
}
CATEGORIES = [("Kegiatan", "kegiatan"), ("Imbauan", "imbauan"), ("Lalu Lintas", "lalu-lintas")]
INDEXES_EN = {
    "Berita": "News",
    NEWS_INDEX["intro"]: "The latest activities, advice and information from the police.",
    "Kampanye Keselamatan": "Safety Campaigns",
    CAMPAIGN_INDEX["intro"]: "A call to keep yourself, your family and your neighbourhood safe.",
    "Kegiatan": "Activities",
    "Imbauan": "Advice",
    "Lalu Lintas": "Traffic",
}
COLOURS = ["#3d2413", "#0a4f8f", "#1f6b3a", "#a3001b", "#5b3a8c"]

ARTICLES = [
    ("Polres Gelar Operasi Keselamatan Jelang Akhir Tahun", "lalu-lintas", ["operasi", "helm"],
     "Selama dua pekan petugas mengingatkan pengendara memakai helm dan sabuk keselamatan."),
    ("Pelayanan SKCK Kini Bisa Didaftarkan Online", "kegiatan", ["skck", "layanan"],
     "Warga dapat mendaftar SKCK dari rumah dan datang ke loket hanya untuk sidik jari."),
    ("Waspada Penipuan Berkedok Hadiah Undian", "imbauan", ["penipuan", "hoaks"],
     "Jangan mengirim uang atau kode OTP kepada siapa pun yang mengaku dari bank atau undian."),
    ("Bhabinkamtibmas Sambangi Warga Desa", "kegiatan", ["bhabinkamtibmas"],
     "Petugas mendengar keluhan warga tentang keamanan lingkungan dan pencurian ternak."),
    ("Imbauan Mudik Aman bagi Pengendara Sepeda Motor", "lalu-lintas", ["mudik", "helm"],
     "Istirahat setiap dua jam dan jangan membawa penumpang lebih dari satu orang."),
    ("Sosialisasi Bahaya Narkoba di Sekolah", "kegiatan", ["narkoba", "pelajar"],
     "Ratusan pelajar mengikuti penyuluhan tentang bahaya narkoba bersama Sat Narkoba."),
    ("Layanan Pengaduan Online Dibuka untuk Warga", "kegiatan", ["pengaduan", "layanan"],
     "Warga dapat mengadukan pelayanan dan memantau tindak lanjutnya dengan kode pelacakan."),
    ("Cara Aman Menyimpan Dokumen Penting", "imbauan", ["kehilangan"],
     "Simpan salinan digital KTP dan dokumen penting untuk memudahkan bila hilang."),
    ("Patroli Malam di Pusat Keramaian", "kegiatan", ["patroli"],
     "Sat Samapta meningkatkan patroli di pasar dan terminal pada malam hari."),
    ("Jangan Sebarkan Kabar yang Belum Pasti", "imbauan", ["hoaks"],
     "Periksa sumber berita sebelum meneruskannya ke grup percakapan."),
    ("Pelatihan Tanggap Darurat bagi Relawan", "kegiatan", ["darurat"],
     "Relawan desa berlatih memberi pertolongan pertama dan menghubungi 110."),
    ("Tertib Parkir di Depan Sekolah", "lalu-lintas", ["pelajar", "parkir"],
     "Orang tua diminta tidak parkir di bahu jalan saat mengantar dan menjemput anak."),
    ("Polsek Sungai Lilin Resmikan Pos Pelayanan", "kegiatan", ["polsek"],
     "Pos baru mendekatkan layanan laporan kehilangan dan SKCK kepada warga."),
    ("Musim Kemarau, Waspadai Kebakaran Lahan", "imbauan", ["kebakaran"],
     "Jangan membuka lahan dengan cara membakar; laporkan titik api kepada petugas."),
]  # fmt: skip

# English title and lead of each article, in the order of ARTICLES.
ARTICLES_EN = [
    ("Police Hold Safety Operation Before the Year's End",
     "For two weeks officers remind riders and drivers to wear helmets and seat belts."),
    ("SKCK Applications Can Now Be Made Online",
     "Citizens can apply for an SKCK from home and come to the counter only for fingerprints."),
    ("Beware of Fake Prize Draw Scams",
     "Never send money or an OTP code to anyone who claims to be from a bank or a prize draw."),
    ("Village Police Officers Visit Residents",
     "Officers heard residents' concerns about neighbourhood safety and livestock theft."),
    ("Safe Homecoming Advice for Motorcyclists",
     "Rest every two hours and never carry more than one passenger."),
    ("Drug Awareness Talks in Schools",
     "Hundreds of pupils attended a talk on the dangers of drugs with Sat Narkoba."),
    ("Online Complaints Open to the Public",
     "Citizens can complain about a service and follow what is done with a tracking code."),
    ("How to Keep Important Documents Safe",
     "Keep digital copies of your identity card and important documents in case they are lost."),
    ("Night Patrols in Busy Places",
     "Sat Samapta is stepping up night patrols at markets and bus terminals."),
    ("Do Not Spread News That Is Not Confirmed",
     "Check the source of a story before you forward it to a chat group."),
    ("Emergency Response Training for Volunteers",
     "Village volunteers practised first aid and calling 110."),
    ("Park Properly Outside Schools",
     "Parents are asked not to park on the roadside when taking children to and from school."),
    ("Polsek Sungai Lilin Opens a Service Post",
     "The new post brings loss reports and SKCK applications closer to residents."),
    ("Dry Season: Beware of Land Fires",
     "Do not clear land by burning it; report any fire you see to the police."),
]  # fmt: skip
ARTICLE_BODY_EN = {
    "Berita ini adalah konten contoh.": "This article is example content.",
    "Ilustrasi (gambar contoh).": "Illustration (example picture).",
}

CAMPAIGNS = [
    {
        "title": "Bersih Narkoba, Masa Depan Cerah",
        "slug": "anti-narkoba",
        "theme": CampaignPage.Theme.DRUGS,
        "summary": "Lindungi keluarga dari narkoba dan laporkan peredarannya.",
        "key_messages": ["Kenali tanda penyalahgunaan narkoba.", "Rehabilitasi bukan aib.",
                         "Laporkan peredaran narkoba; identitas pelapor dirahasiakan."],
        "action_text": "Laporkan peredaran narkoba",
    },
    {
        "title": "Selamat Sampai Tujuan",
        "slug": "keselamatan-lalu-lintas",
        "theme": CampaignPage.Theme.TRAFFIC,
        "summary": "Pakai helm, patuhi batas kecepatan, dan jangan bermain ponsel saat berkendara.",
        "key_messages": ["Helm standar menyelamatkan nyawa.", "Anak di bawah umur belum boleh "
                         "mengemudi.", "Jangan gunakan ponsel saat berkendara."],
        "action_text": "Hubungi Sat Lantas bila melihat pelanggaran berbahaya",
    },
    {
        "title": "Cek Dulu, Jangan Langsung Transfer",
        "slug": "anti-penipuan-online",
        "theme": CampaignPage.Theme.ONLINE_FRAUD,
        "summary": "Penipuan online dan hoaks merugikan banyak warga. Kenali modusnya.",
        "key_messages": ["Jangan berikan kode OTP kepada siapa pun.", "Periksa kebenaran "
                         "kabar sebelum membagikannya.", "Simpan bukti dan laporkan penipuan."],
        "action_text": "Laporkan penipuan online",
    },
]  # fmt: skip
CAMPAIGNS_EN = {
    "Bersih Narkoba, Masa Depan Cerah": "Drug-Free for a Bright Future",
    "Lindungi keluarga dari narkoba dan laporkan peredarannya.": "Protect your family from "
    "drugs and report drug dealing.",
    "Kenali tanda penyalahgunaan narkoba.": "Learn the signs of drug abuse.",
    "Rehabilitasi bukan aib.": "Rehabilitation is no disgrace.",
    "Laporkan peredaran narkoba; identitas pelapor dirahasiakan.": "Report drug dealing; "
    "the reporter's identity is kept confidential.",
    "Laporkan peredaran narkoba": "Report drug dealing",
    "Selamat Sampai Tujuan": "Arrive Safely",
    "Pakai helm, patuhi batas kecepatan, dan jangan bermain ponsel saat berkendara.": "Wear a "
    "helmet, keep to the speed limit and keep your phone away while riding or driving.",
    "Helm standar menyelamatkan nyawa.": "A standard helmet saves lives.",
    "Anak di bawah umur belum boleh mengemudi.": "Children under age may not drive.",
    "Jangan gunakan ponsel saat berkendara.": "Do not use your phone while riding or driving.",
    "Hubungi Sat Lantas bila melihat pelanggaran berbahaya": "Call Sat Lantas when you see "
    "dangerous driving",
    "Cek Dulu, Jangan Langsung Transfer": "Check First, Do Not Transfer Straight Away",
    "Penipuan online dan hoaks merugikan banyak warga. Kenali modusnya.": "Online fraud and "
    "hoaxes harm many citizens. Learn how they work.",
    "Jangan berikan kode OTP kepada siapa pun.": "Never give your OTP code to anyone.",
    "Periksa kebenaran kabar sebelum membagikannya.": "Check a story is true before you share it.",
    "Simpan bukti dan laporkan penipuan.": "Keep the evidence and report the fraud.",
    "Laporkan penipuan online": "Report online fraud",
}


def build(home, stdout):
    english = Locale.objects.get(language_code="en")
    categories = {
        slug: NewsCategory.objects.get_or_create(
            slug=slug, locale=home.locale, defaults={"name": name}
        )[0]
        for name, slug in CATEGORIES
    }
    for category in categories.values():
        translate_page(category, english, INDEXES_EN)
    news_index = get_or_create_page(home, NewsIndexPage, **NEWS_INDEX)
    translate_page(news_index, english, INDEXES_EN)
    today = timezone.localdate()
    for number, (title, _category, _tags, lead) in enumerate(ARTICLES):
        slug = f"berita-{len(ARTICLES) - number:02d}"
        page = news_index.get_children().filter(slug=slug).specific().first()
        if page is None:
            page = _article(news_index, slug, number, categories)
        translate_page(page, english, _article_english(title, lead, ARTICLES_EN[number]))

    campaign_index = get_or_create_page(home, CampaignIndexPage, **CAMPAIGN_INDEX)
    translate_page(campaign_index, english, INDEXES_EN)
    profile_phone = "110"
    for number, campaign in enumerate(CAMPAIGNS):
        fields = dict(campaign)
        fields["key_messages"] = [("message", text) for text in fields["key_messages"]]
        page = get_or_create_page(
            campaign_index,
            CampaignPage,
            start_date=today - datetime.timedelta(days=30 - number),
            end_date=today + datetime.timedelta(days=60 + 30 * number),
            action_phone=profile_phone,
            **fields,
        )
        translate_page(page, english, CAMPAIGNS_EN)
    stdout.write(
        f"{NewsPage.objects.count()} berita dan {CampaignPage.objects.count()} kampanye siap."
    )


def _article_english(title, lead, english):
    title_en, lead_en = english
    return {
        title: title_en,
        lead: lead_en,
        f"Ilustrasi berita: {title}": f"News illustration: {title_en}",
        **ARTICLE_BODY_EN,
    }


def _article(news_index, slug, number, categories):
    """The Indonesian article number `number` of ARTICLES, created and published."""
    title, category, tags, lead = ARTICLES[number]
    page = NewsPage(
        title=title,
        slug=slug,
        locale=news_index.locale,
        date=timezone.localdate() - datetime.timedelta(days=3 * number + 1),
        lead=lead,
        featured_image=_picture(title, COLOURS[number % len(COLOURS)]),
        featured_image_alt=f"Ilustrasi berita: {title}",
        featured_image_caption="Ilustrasi (gambar contoh).",
        category=categories[category],
        body=[("paragraph", f"<p>{lead}</p><p>Berita ini adalah konten contoh.</p>")],
    )
    page.tags.add(*tags)
    news_index.add_child(instance=page)
    page.save_revision().publish()
    return page


def _picture(title, colour):
    """A plain coloured picture with the title's initial: enough to show layout and sharing."""
    image = PILImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle([60, 60, 1140, 615], outline="#f2c230", width=12)
    draw.text((120, 300), title[:40], fill="#ffffff")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return get_image_model().objects.create(
        title=f"Ilustrasi: {title}", file=ImageFile(buffer, name="ilustrasi-berita.jpg")
    )
