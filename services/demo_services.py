"""The demo service procedures, their English translations and the searches each service is
promoted for (text only, no logic).

Fees and legal bases that could be checked are real (the SKCK fee of Rp30.000 is PNBP under
PP Nomor 76 Tahun 2021); anything else is marked "(contoh)" for the unit to verify.
"""


def steps(*items):
    return [("step", {"title": title, "detail": detail}) for title, detail in items]


def faq(*items):
    return [("question", {"question": q, "answer": f"<p>{a}</p>"}) for q, a in items]


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


UNITS_PAGE = {
    "title": "Satuan dan Polsek",
    "slug": "satuan",
    "show_in_menus": True,
    "intro": "Alamat, telepon, dan jam layanan fungsi-fungsi di markas Polres dan setiap Polsek. "
    "Pilih kecamatan Anda untuk mengetahui Polsek yang melayani wilayah Anda.",
}
UNITS_PAGE_EN = {
    "Satuan dan Polsek": "Units and Polsek",
    UNITS_PAGE["intro"]: "Addresses, telephone numbers and opening hours of the headquarters "
    "functions and every Polsek. Choose your kecamatan to find the Polsek that serves it.",
}

SERVICE_INDEX = {
    "title": "Layanan",
    "slug": "layanan",
    "show_in_menus": True,
    "intro": "Persyaratan, alur, waktu, dan biaya setiap layanan kepolisian, sesuai standar "
    "pelayanan publik (UU Nomor 25 Tahun 2009).",
}
SERVICE_INDEX_EN = {
    "Layanan": "Services",
    SERVICE_INDEX["intro"]: "Requirements, procedure, time and fee of every police service, "
    "following the public-service standard (Law No. 25 of 2009).",
}

SKCK_REQUIREMENTS = [
    "Fotokopi KTP yang masih berlaku (membawa aslinya).",
    "Fotokopi Kartu Keluarga.",
    "Fotokopi akta kelahiran atau ijazah terakhir.",
    "Pas foto berwarna 4x6 cm latar belakang merah, sebanyak 6 lembar.",
    "Kartu sidik jari (dibuat di Polres bila belum punya).",
]
SKCK_STEPS = [
    ("Daftar online atau datang langsung", "Isi formulir di loket SKCK atau daftar lebih dulu "
     "secara online agar antrean lebih singkat."),
    ("Serahkan berkas persyaratan", "Petugas memeriksa kelengkapan dokumen Anda."),
    ("Pengambilan sidik jari", "Dilakukan bila Anda belum memiliki kartu sidik jari."),
    ("Bayar PNBP", "Pembayaran Rp30.000 melalui loket bank atau kanal pembayaran resmi."),
    ("Terima SKCK", "SKCK dicetak dan diserahkan kepada Anda."),
]  # fmt: skip
SKCK_FAQ = [
    ("Berapa lama SKCK berlaku?", "SKCK berlaku selama enam bulan sejak diterbitkan."),
    ("Bolehkah SKCK diwakilkan?", "Tidak. Pemohon harus datang sendiri karena ada pengambilan "
     "sidik jari dan foto."),
]  # fmt: skip
SKCK_EN = {
    "Surat Keterangan Catatan Kepolisian (SKCK)": "Police Clearance Certificate (SKCK)",
    "Surat dan izin": "Letters and permits",
    "Surat keterangan tentang catatan kepolisian seseorang, untuk melamar kerja, sekolah, "
    "atau keperluan lain.": "A certificate of a person's police record, for job or school "
    "applications and other purposes.",
    "Fotokopi KTP yang masih berlaku (membawa aslinya).": "A copy of your valid identity card "
    "(KTP), bringing the original.",
    "Fotokopi Kartu Keluarga.": "A copy of your family card (Kartu Keluarga).",
    "Fotokopi akta kelahiran atau ijazah terakhir.": "A copy of your birth certificate or "
    "latest diploma.",
    "Pas foto berwarna 4x6 cm latar belakang merah, sebanyak 6 lembar.": "Six colour passport "
    "photographs, 4x6 cm, red background.",
    "Kartu sidik jari (dibuat di Polres bila belum punya).": "A fingerprint card (made at the "
    "station if you do not have one).",
    "Daftar online atau datang langsung": "Register online or in person",
    SKCK_STEPS[0][1]: "Fill in the form at the SKCK counter, or register online first for a "
    "shorter queue.",
    "Serahkan berkas persyaratan": "Hand in the required documents",
    "Petugas memeriksa kelengkapan dokumen Anda.": "An officer checks that your documents are "
    "complete.",
    "Pengambilan sidik jari": "Fingerprinting",
    "Dilakukan bila Anda belum memiliki kartu sidik jari.": "Only if you do not have a "
    "fingerprint card yet.",
    "Bayar PNBP": "Pay the fee (PNBP)",
    SKCK_STEPS[3][1]: "Pay Rp30,000 at a bank counter or an official payment channel.",
    "Terima SKCK": "Receive your SKCK",
    "SKCK dicetak dan diserahkan kepada Anda.": "The SKCK is printed and handed to you.",
    "1 hari kerja bila berkas lengkap": "1 working day when the documents are complete",
    "Lembar SKCK": "The SKCK certificate",
    "Berapa lama SKCK berlaku?": "How long is an SKCK valid?",
    "SKCK berlaku selama enam bulan sejak diterbitkan.": "An SKCK is valid for six months from "
    "the date it is issued.",
    "Bolehkah SKCK diwakilkan?": "Can someone else apply for me?",
    SKCK_FAQ[1][1]: "No. You must come in person for fingerprints and a photograph.",
    "Rp30.000": "Rp30,000",
    "PNBP, PP Nomor 76 Tahun 2021": "Non-tax state revenue (PNBP), Government Regulation "
    "No. 76 of 2021",
    "Peraturan Pemerintah Nomor 76 Tahun 2021 tentang Jenis dan Tarif PNBP Polri": (
        "Government Regulation No. 76 of 2021 on the Types and Rates of Police Non-Tax Revenue"
    ),
    "Peraturan Kepolisian Nomor 6 Tahun 2023 tentang SKCK (contoh)": (
        "Police Regulation No. 6 of 2023 on the SKCK (example)"
    ),
}

# Law names, the same in several services.
LAWS_EN = {
    "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia": (
        "Law No. 2 of 2002 on the Indonesian National Police"
    ),
    "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan": (
        "Law No. 22 of 2009 on Road Traffic and Transport"
    ),
    "Peraturan Kepolisian Nomor 5 Tahun 2021 tentang Penerbitan dan Penandaan SIM": (
        "Police Regulation No. 5 of 2021 on Issuing and Marking Driving Licences"
    ),
}
SKCK_EN |= LAWS_EN

LOST_STEPS = [
    ("Datang ke SPKT atau Polsek terdekat", "Layanan tersedia 24 jam di SPKT."),
    ("Ceritakan barang atau dokumen yang hilang", "Sebutkan waktu, tempat, dan ciri-cirinya."),
    ("Terima surat keterangan", "Surat ditandatangani petugas SPKT dan dapat langsung dipakai "
     "untuk mengurus dokumen pengganti."),
]  # fmt: skip
LOST_EN = {
    "Surat Keterangan Tanda Lapor Kehilangan": "Loss Report Certificate",
    "Surat dan izin": "Letters and permits",
    "Surat keterangan bahwa Anda telah melaporkan kehilangan barang atau dokumen, untuk "
    "mengurus penggantinya.": "A certificate that you have reported a lost item or document, "
    "to obtain a replacement.",
    "KTP atau identitas lain pelapor.": "The reporter's identity card or other identification.",
    "Fotokopi dokumen yang hilang, bila ada.": "A copy of the lost document, if you have one.",
    "Datang ke SPKT atau Polsek terdekat": "Go to the SPKT or the nearest Polsek",
    "Layanan tersedia 24 jam di SPKT.": "The SPKT is open 24 hours.",
    "Ceritakan barang atau dokumen yang hilang": "Describe what you lost",
    "Sebutkan waktu, tempat, dan ciri-cirinya.": "Say when and where, and what it looks like.",
    "Terima surat keterangan": "Receive the certificate",
    LOST_STEPS[2][1]: "An SPKT officer signs the certificate; you can use it straight away to "
    "replace your documents.",
    "Sekitar 30 menit (contoh)": "About 30 minutes (example)",
    "Gratis": "Free",
    "Surat Keterangan Tanda Lapor Kehilangan (SKTLK)": "Loss Report Certificate (SKTLK)",
    "Apakah laporan kehilangan dipungut biaya?": "Is there a fee for a loss report?",
    "Tidak. Layanan ini gratis. Laporkan bila ada yang meminta bayaran.": "No. This service "
    "is free. Report anyone who asks you for money.",
    **LAWS_EN,
}

SIM_EN = {
    "SIM Baru dan Perpanjangan": "Driving Licence (SIM): New and Renewal",
    "Lalu lintas": "Traffic",
    "Pembuatan Surat Izin Mengemudi (SIM) baru dan perpanjangan SIM A dan C.": "Getting a new "
    "driving licence (SIM) and renewing an A (car) or C (motorcycle) licence.",
    "KTP asli dan fotokopi.": "Your identity card (KTP), the original and a copy.",
    "Surat keterangan sehat jasmani dari dokter.": "A doctor's certificate of physical health.",
    "Surat hasil tes psikologi.": "The result of a psychological test.",
    "SIM lama, untuk perpanjangan.": "Your old licence, for a renewal.",
    "Tes kesehatan dan psikologi": "Health and psychological tests",
    "Di tempat yang ditunjuk; bawa hasilnya ke Satpas.": "At an appointed place; bring the "
    "results to the licensing office (Satpas).",
    "Daftar dan bayar PNBP di loket": "Register and pay the fee (PNBP) at the counter",
    "Tarif sesuai golongan SIM.": "The fee depends on the type of licence.",
    "Ujian teori dan praktik": "Theory and practical tests",
    "Hanya untuk SIM baru.": "Only for a new licence.",
    "Foto, sidik jari, dan tanda tangan": "Photograph, fingerprints and signature",
    "Terima SIM": "Receive your licence",
    "1 hari kerja untuk perpanjangan (contoh)": "1 working day for a renewal (example)",
    "SIM A baru Rp120.000, perpanjangan Rp80.000; SIM C baru Rp100.000, perpanjangan "
    "Rp75.000": "SIM A new Rp120,000, renewal Rp80,000; SIM C new Rp100,000, renewal Rp75,000",
    "PNBP, PP Nomor 76 Tahun 2021": SKCK_EN["PNBP, PP Nomor 76 Tahun 2021"],
    "Kartu SIM": "The licence card",
    "Kapan SIM harus diperpanjang?": "When must I renew my licence?",
    "Sebelum masa berlaku yang tertera di SIM habis.": "Before the expiry date printed on it.",
    **LAWS_EN,
}

CROWD_PERMIT_EN = {
    "Izin Keramaian": "Public Event Permit",
    "Surat dan izin": "Letters and permits",
    "Izin untuk kegiatan yang mengumpulkan banyak orang: pesta, konser, pertandingan, atau "
    "pawai.": "A permit for an event that gathers many people: a celebration, concert, match or "
    "parade.",
    "Surat permohonan dari penyelenggara.": "A letter of application from the organiser.",
    "Fotokopi KTP penanggung jawab.": "A copy of the identity card of the person in charge.",
    "Rekomendasi dari kelurahan atau desa dan Polsek setempat.": "A recommendation from the "
    "village or urban ward office and the local Polsek.",
    "Susunan acara dan perkiraan jumlah peserta.": "The programme and the expected number of "
    "people.",
    "Ajukan permohonan paling lambat 14 hari sebelum acara (contoh)": "Apply at least 14 days "
    "before the event (example)",
    "Petugas memeriksa lokasi dan rencana keamanan": "Officers check the venue and the security "
    "plan",
    "Terima surat izin": "Receive the permit",
    "3–7 hari kerja (contoh)": "3–7 working days (example)",
    "Gratis": "Free",
    "Surat Izin Keramaian": "Public event permit",
    **LAWS_EN,
}

EVENT_SECURITY_EN = {
    "Pengamanan Acara": "Event Security",
    "Pengamanan": "Security",
    "Permintaan personel untuk mengamankan acara masyarakat, keagamaan, atau olahraga.": (
        "Asking for officers to keep a community, religious or sports event safe."
    ),
    "Surat permohonan pengamanan.": "A letter asking for security.",
    "Surat izin keramaian, bila diperlukan.": "The public event permit, if one is needed.",
    "Denah lokasi dan jadwal acara.": "A map of the venue and the event's schedule.",
    "Ajukan permohonan ke Polres atau Polsek": "Apply to the Polres or a Polsek",
    "Koordinasi rencana pengamanan dengan petugas": "Agree the security plan with the officers",
    "Pengamanan pada hari acara": "Security on the day of the event",
    "Permohonan paling lambat 7 hari sebelum acara (contoh)": "Apply at least 7 days before "
    "the event (example)",
    "Gratis": "Free",
    "Personel pengamanan pada hari acara": "Security officers on the day of the event",
}

LEGAL_ADVICE_EN = {
    "Konsultasi Hukum": "Legal Advice",
    "Pengaduan dan konsultasi": "Complaints and advice",
    "Tanya jawab dengan petugas tentang masalah hukum sehari-hari, tanpa harus membuat "
    "laporan.": "Ask an officer about an everyday legal problem, without making a report.",
    "KTP atau identitas lain.": "Your identity card or other identification.",
    "Datang ke Sat Binmas atau hubungi Bhabinkamtibmas desa Anda": "Visit Sat Binmas or call "
    "your village's community police officer (Bhabinkamtibmas)",
    "Ceritakan masalah Anda": "Tell us about your problem",
    "Petugas menjelaskan pilihan penyelesaiannya.": "The officer explains the ways to solve it.",
    "Pada hari yang sama": "The same day",
    "Gratis": "Free",
    "Penjelasan dan saran dari petugas": "An explanation and advice from the officer",
}

SERVICES = [
    {
        "title": "Surat Keterangan Catatan Kepolisian (SKCK)",
        "slug": "skck",
        "unit": "Sat Intelkam",
        "category": "Surat dan izin",
        "summary": "Surat keterangan tentang catatan kepolisian seseorang, untuk melamar "
        "kerja, sekolah, atau keperluan lain.",
        "requirements": bullets(*SKCK_REQUIREMENTS),
        "steps": steps(*SKCK_STEPS),
        "duration": "1 hari kerja bila berkas lengkap",
        "fee": "Rp30.000",
        "fee_basis": "PNBP, PP Nomor 76 Tahun 2021",
        "product": "Lembar SKCK",
        "legal_basis": bullets(
            "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia",
            "Peraturan Pemerintah Nomor 76 Tahun 2021 tentang Jenis dan Tarif PNBP Polri",
            "Peraturan Kepolisian Nomor 6 Tahun 2023 tentang SKCK (contoh)",
        ),
        "faq": faq(*SKCK_FAQ),
        "english": SKCK_EN,
        "search": ["skck", "buat skck", "surat kelakuan baik", "police clearance"],
    },
    {
        "title": "Surat Keterangan Tanda Lapor Kehilangan",
        "slug": "surat-kehilangan",
        "unit": "SPKT",
        "category": "Surat dan izin",
        "summary": "Surat keterangan bahwa Anda telah melaporkan kehilangan barang atau "
        "dokumen, untuk mengurus penggantinya.",
        "requirements": bullets(
            "KTP atau identitas lain pelapor.", "Fotokopi dokumen yang hilang, bila ada."
        ),
        "steps": steps(*LOST_STEPS),
        "duration": "Sekitar 30 menit (contoh)",
        "fee": "Gratis",
        "product": "Surat Keterangan Tanda Lapor Kehilangan (SKTLK)",
        "legal_basis": bullets(
            "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia"
        ),
        "faq": faq(
            (
                "Apakah laporan kehilangan dipungut biaya?",
                "Tidak. Layanan ini gratis. Laporkan bila ada yang meminta bayaran.",
            )
        ),
        "english": LOST_EN,
        "search": ["kehilangan", "hilang ktp", "surat hilang", "lost", "lost documents"],
    },
    {
        "title": "SIM Baru dan Perpanjangan",
        "slug": "sim",
        "unit": "Sat Lantas",
        "category": "Lalu lintas",
        "summary": "Pembuatan Surat Izin Mengemudi (SIM) baru dan perpanjangan SIM A dan C.",
        "requirements": bullets(
            "KTP asli dan fotokopi.",
            "Surat keterangan sehat jasmani dari dokter.",
            "Surat hasil tes psikologi.",
            "SIM lama, untuk perpanjangan.",
        ),
        "steps": steps(
            ("Tes kesehatan dan psikologi", "Di tempat yang ditunjuk; bawa hasilnya ke Satpas."),
            ("Daftar dan bayar PNBP di loket", "Tarif sesuai golongan SIM."),
            ("Ujian teori dan praktik", "Hanya untuk SIM baru."),
            ("Foto, sidik jari, dan tanda tangan", ""),
            ("Terima SIM", ""),
        ),
        "duration": "1 hari kerja untuk perpanjangan (contoh)",
        "fee": "SIM A baru Rp120.000, perpanjangan Rp80.000; SIM C baru Rp100.000, "
        "perpanjangan Rp75.000",
        "fee_basis": "PNBP, PP Nomor 76 Tahun 2021",
        "product": "Kartu SIM",
        "legal_basis": bullets(
            "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
            "Peraturan Kepolisian Nomor 5 Tahun 2021 tentang Penerbitan dan Penandaan SIM",
        ),
        "faq": faq(
            ("Kapan SIM harus diperpanjang?", "Sebelum masa berlaku yang tertera di SIM habis."),
        ),
        "english": SIM_EN,
        "search": ["buat sim", "bikin sim", "perpanjang sim", "sim baru", "driving licence"],
    },
    {
        "title": "Izin Keramaian",
        "slug": "izin-keramaian",
        "unit": "Sat Intelkam",
        "category": "Surat dan izin",
        "summary": "Izin untuk kegiatan yang mengumpulkan banyak orang: pesta, konser, "
        "pertandingan, atau pawai.",
        "requirements": bullets(
            "Surat permohonan dari penyelenggara.",
            "Fotokopi KTP penanggung jawab.",
            "Rekomendasi dari kelurahan atau desa dan Polsek setempat.",
            "Susunan acara dan perkiraan jumlah peserta.",
        ),
        "steps": steps(
            ("Ajukan permohonan paling lambat 14 hari sebelum acara (contoh)", ""),
            ("Petugas memeriksa lokasi dan rencana keamanan", ""),
            ("Terima surat izin", ""),
        ),
        "duration": "3–7 hari kerja (contoh)",
        "fee": "Gratis",
        "product": "Surat Izin Keramaian",
        "legal_basis": bullets(
            "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia"
        ),
        "english": CROWD_PERMIT_EN,
        "search": ["izin acara", "izin konser", "izin pesta", "event permit"],
    },
    {
        "title": "Pengamanan Acara",
        "slug": "pengamanan-acara",
        "unit": "Sat Samapta",
        "category": "Pengamanan",
        "summary": "Permintaan personel untuk mengamankan acara masyarakat, keagamaan, atau "
        "olahraga.",
        "requirements": bullets(
            "Surat permohonan pengamanan.",
            "Surat izin keramaian, bila diperlukan.",
            "Denah lokasi dan jadwal acara.",
        ),
        "steps": steps(
            ("Ajukan permohonan ke Polres atau Polsek", ""),
            ("Koordinasi rencana pengamanan dengan petugas", ""),
            ("Pengamanan pada hari acara", ""),
        ),
        "duration": "Permohonan paling lambat 7 hari sebelum acara (contoh)",
        "fee": "Gratis",
        "product": "Personel pengamanan pada hari acara",
        "english": EVENT_SECURITY_EN,
        "search": ["minta pengamanan", "amankan acara", "event security"],
    },
    {
        "title": "Konsultasi Hukum",
        "slug": "konsultasi-hukum",
        "unit": "Sat Binmas",
        "category": "Pengaduan dan konsultasi",
        "summary": "Tanya jawab dengan petugas tentang masalah hukum sehari-hari, tanpa "
        "harus membuat laporan.",
        "requirements": bullets("KTP atau identitas lain."),
        "steps": steps(
            ("Datang ke Sat Binmas atau hubungi Bhabinkamtibmas desa Anda", ""),
            ("Ceritakan masalah Anda", "Petugas menjelaskan pilihan penyelesaiannya."),
        ),
        "duration": "Pada hari yang sama",
        "fee": "Gratis",
        "product": "Penjelasan dan saran dari petugas",
        "english": LEGAL_ADVICE_EN,
        "search": ["tanya hukum", "konsultasi", "legal advice"],
    },
]
