"""Which descriptions suggest an emergency that may still be going on, in Indonesian and
English; ordinary complaints, SIM and SKCK service among them, are never flagged."""

import pytest

from forms.emergency import CLIENT_HINTS, looks_like_emergency

EMERGENCIES = [
    "bawa parang mengancam warga saat ini juga",
    "Tetangga saya membawa parang dan mengancam akan membacok istrinya",
    "Ada orang mengacungkan celurit di depan masjid",
    "Saya dikejar dua orang bersenjata tajam",
    "Tolong! Ada perampokan sedang terjadi di rumah saya.",
    "Tolong, ada perampokan yang sedang terjadi!",
    "Suami saya sedang memukuli saya dan anak-anak",
    "Ada maling masuk rumah tetangga sekarang, pelaku masih di dalam",
    "Barusan saya dijambret, pelakunya masih di sekitar pasar",
    "Saya ditodong pisau di jalan lintas",
    "Anak saya diculik orang tak dikenal",
    "Dua warga disandera di dalam gudang",
    "Korban berdarah di pinggir jalan dan belum ditolong",
    "Ada pengendara pingsan setelah tabrakan di simpang empat",
    "Korban tidak sadarkan diri di pinggir jalan",
    "Rumah warga kebakaran, api sudah membesar",
    "Teman saya mengancam bunuh diri malam ini",
    "Nyawa saya terancam oleh penagih utang",
    "Sekelompok pemuda mengamuk dan merusak warung saat ini",
    "Ada pengeroyokan di depan sekolah, tolong cepat datang",
    "Ini keadaan darurat, mohon bantuan",
    "Pelaku penganiayaan masih berada di lokasi dan membawa golok",
    "Ada orang menembakkan pistol ke udara di pasar",
]
ENGLISH_EMERGENCIES = [
    "A man with a knife is threatening people right now",
    "My neighbour is bleeding and unconscious",
    "Someone is breaking in to my house at this moment",
    "Our house is on fire",
    "Emergency, please come quickly",
]

ORDINARY = [
    "Pelayanan SKCK sangat lambat, saya menunggu tiga jam",
    "Tolong segera proses perpanjangan SIM saya",
    "Mohon segera diproses, SKCK saya untuk melamar kerja",
    "SKCK saya belum jadi sampai sekarang",
    "Sampai saat ini laporan kehilangan saya belum ditindaklanjuti",
    "Petugas loket SIM meminta uang tambahan di luar tarif resmi",
    "Ujian praktik SIM C terlalu sulit dan tidak jelas penilaiannya",
    "Loket SKCK dibuka pukul 08.00 tetapi petugas baru datang sekarang",
    "Motor saya dicuri di parkiran pasar kemarin sore sekitar pukul 16.00.",
    "Sepeda motor saya hilang di parkiran Pasar Sekayu kemarin sore pukul 16.00.",
    "Kemarin malam saya ditodong di jalan, pelaku sudah kabur",
    "Tiga minggu lalu rumah saya kemalingan dan belum ada kabar",
    "Saya dipukul oleh oknum bulan lalu dan ingin melapor",
    "Nomor darurat 110 tidak bisa dihubungi kemarin",
    "Jalan berlubang di depan pasar berbahaya bagi pengendara",
    "Pembakaran sampah oleh tetangga setiap malam mengganggu",
    "Saya ingin mengurus izin kepemilikan senjata api",
    "Kapan jadwal donor darah di Polres?",
    "Lampu lalu lintas di simpang empat mati sejak seminggu",
    "Petugas parkir liar di depan kantor Samsat meminta uang",
    "Pelayanan kantor polisi sekarang sudah jauh lebih baik",
]
ENGLISH_ORDINARY = [
    "The SKCK office was closed during opening hours",
    "My driving licence renewal has taken three weeks",
    "Please process my police clearance certificate soon",
    "Where can I find the emergency number for the traffic unit?",
]


@pytest.mark.parametrize("text", EMERGENCIES + ENGLISH_EMERGENCIES)
def test_a_possible_emergency_is_flagged(text):
    assert looks_like_emergency(text)


@pytest.mark.parametrize("text", ORDINARY + ENGLISH_ORDINARY)
def test_an_ordinary_complaint_is_not_flagged(text):
    assert not looks_like_emergency(text)


@pytest.mark.parametrize("hint", CLIENT_HINTS)
def test_every_word_the_form_page_watches_for_is_flagged_by_the_server(hint):
    assert looks_like_emergency(hint)


@pytest.mark.parametrize("text", [None, "", "   ", "!!!"])
def test_an_empty_description_is_not_flagged(text):
    assert not looks_like_emergency(text)
