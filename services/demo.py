"""Demo districts and units for the directory and for complaint routing.

The kecamatan names are those of Kabupaten Musi Banyuasin; which Polsek serves which kecamatan,
and every address and number, are example data to be checked by the unit before use.
"""

from .models import District, Unit

DISTRICTS = [
    "Sekayu", "Babat Toman", "Babat Supat", "Batanghari Leko", "Bayung Lencir", "Jirak Jaya",
    "Keluang", "Lais", "Lalan", "Lawang Wetan", "Plakat Tinggi", "Sanga Desa", "Sungai Keruh",
    "Sungai Lilin", "Tungkal Jaya",
]  # fmt: skip

HEADQUARTERS = [
    ("SPKT", "Sentra Pelayanan Kepolisian Terpadu: laporan polisi, surat kehilangan, dan "
     "pengaduan masyarakat, 24 jam."),
    ("Sat Reskrim", "Penyelidikan dan penyidikan tindak pidana umum dan khusus."),
    ("Sat Narkoba", "Penanganan penyalahgunaan dan peredaran gelap narkoba."),
    ("Sat Lantas", "SIM, registrasi kendaraan, kecelakaan dan ketertiban lalu lintas."),
    ("Sat Intelkam", "SKCK dan izin keramaian atau kegiatan masyarakat."),
    ("Si Propam", "Pengaduan tentang perilaku dan disiplin anggota Polri."),
    ("Sat Binmas", "Pembinaan masyarakat, Bhabinkamtibmas, dan konsultasi hukum."),
    ("Sat Samapta", "Patroli, pengamanan kegiatan, dan penanganan tindak pidana ringan."),
    ("Humas", "Informasi publik, media, dan saran masyarakat."),
]  # fmt: skip

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
    for order, name in enumerate(DISTRICTS):
        District.objects.get_or_create(name=name, defaults={"sort_order": order})
    for order, (name, description) in enumerate(HEADQUARTERS):
        Unit.objects.get_or_create(
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
                "sort_order": order,
            },
        )
        if created:
            unit.districts.set(District.objects.filter(name__in=districts))
            unit.save()
    stdout.write(f"{District.objects.count()} kecamatan dan {Unit.objects.count()} satuan siap.")
