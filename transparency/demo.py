"""Demo content for transparency: the statistics page at /statistik/ and the satisfaction
survey at /survei-kepuasan/, each with its English translation, and a few example survey
responses for the SKCK service so the demo shows a computed IKM. Idempotent."""

from wagtail.models import Locale

from home.demo import get_or_create_page, translate_page
from services.models import ServicePage

from .models import StatisticsPage, SurveyPage, SurveyResponse

STATISTICS = {
    "title": "Statistik Pengaduan",
    "slug": "statistik",
    "show_in_menus": True,
    "intro": "Berapa pengaduan yang kami terima, seberapa cepat kami menanggapinya, dan "
    "seberapa puas masyarakat dengan layanan kami. Angka dihitung otomatis dari data "
    "pengaduan dan survei kepuasan, tanpa data pribadi.",
}
STATISTICS_EN = {
    "Statistik Pengaduan": "Complaint Statistics",
    "statistik": "statistics",
    STATISTICS["intro"]: "How many complaints we receive, how quickly we respond, and how "
    "satisfied people are with our service. The figures are computed automatically from "
    "complaint and survey records, without personal data.",
}
SURVEY = {
    "title": "Survei Kepuasan Masyarakat",
    "slug": "survei-kepuasan",
    "intro": "Sudah menggunakan layanan kami, misalnya SKCK, SIM, atau surat keterangan "
    "kehilangan? Beri penilaian dalam dua menit. Survei ini anonim.",
    "thanks_text": "Hasil survei diumumkan setiap saat di halaman Statistik Pengaduan.",
}
SURVEY_EN = {
    "Survei Kepuasan Masyarakat": "Satisfaction Survey",
    "survei-kepuasan": "satisfaction-survey",
    SURVEY["intro"]: "Have you used one of our services, such as a police clearance "
    "certificate, a driving licence or a lost-item letter? Rate it in two minutes. The "
    "survey is anonymous.",
    SURVEY["thanks_text"]: "Survey results are published at any time on the Complaint "
    "Statistics page.",
}
# Example answers (requirements ... facilities) for the SKCK service.
EXAMPLE_SCORES = [
    (4, 3, 3, 4, 4, 3, 4, 3, 3),
    (3, 3, 2, 4, 3, 3, 4, 3, 3),
    (4, 4, 3, 4, 4, 4, 4, 3, 4),
    (3, 3, 3, 4, 3, 3, 3, 2, 3),
    (4, 3, 2, 4, 4, 3, 4, 3, 3),
    (3, 4, 3, 4, 3, 4, 4, 3, 4),
]


def build(home, stdout):
    english = Locale.objects.get(language_code="en")
    statistics = get_or_create_page(home, StatisticsPage, **STATISTICS)
    translate_page(statistics, english, STATISTICS_EN)
    survey = get_or_create_page(home, SurveyPage, **SURVEY)
    translate_page(survey, english, SURVEY_EN)
    _example_responses(home)
    stdout.write(
        f"Statistik /{statistics.slug}/, survei kepuasan /{survey.slug}/, "
        f"{SurveyResponse.objects.count()} jawaban survei contoh siap."
    )


def _example_responses(home):
    service = ServicePage.objects.filter(slug="skck", locale=home.locale).first()
    if service is None or SurveyResponse.objects.exists():
        return
    fields = [
        "requirements", "procedure", "time", "cost", "product", "competence", "conduct",
        "complaint_handling", "facilities",
    ]  # fmt: skip
    SurveyResponse.objects.bulk_create(
        SurveyResponse(
            channel=SurveyResponse.Channel.SERVICE,
            service=service,
            unit_id=service.unit_id,
            **dict(zip(fields, scores, strict=True)),
        )
        for scores in EXAMPLE_SCORES
    )
