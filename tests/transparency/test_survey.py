"""The satisfaction survey: invited when a complaint closes (email and tracking page), one
response per complaint through its tracking code, a service survey with the complaint form's
anti-abuse layers, and the IKM on the statistics page once a unit has 5 responses."""

import datetime
import re
import time

import pytest
from django.core import mail
from django.utils import timezone

from forms import outbox
from forms.models import Notification, Status
from tests.factories import ServiceIndexPageFactory, ServicePageFactory
from transparency.ikm import ELEMENT_FIELDS
from transparency.models import SurveyInvitation, SurveyResponse
from transparency.survey_forms import sign_start_time

from .conftest import complaint

pytestmark = pytest.mark.django_db

ANSWERS = dict(zip(ELEMENT_FIELDS, ["4", "3", "3", "4", "3", "4", "4", "2", "3"], strict=True))


def invitations_for(made):
    return Notification.objects.filter(complaint=made, subject__startswith="Bagaimana layanan")


def rate(client, transparency, code, **answers):
    data = {"kode": code, **ANSWERS, "suggestion": "Ruang tunggu perlu kipas.", **answers}
    return client.post(transparency.survey.url + "pengaduan/", data)


def test_closing_a_complaint_queues_one_invitation_email_after_the_closing_notice(transparency):
    made = complaint(transparency.complaints.category_a, status=Status.IN_PROGRESS,
                     email="warga@example.id")  # fmt: skip
    made.change_status(Status.RESOLVED, user=None)
    invitation = invitations_for(made).get()
    assert invitation.recipients == "warga@example.id"
    assert made.tracking_code not in invitation.body
    assert "/pengaduan/lacak/" in invitation.body
    status_email = Notification.objects.filter(complaint=made, subject__contains="Selesai").get()
    assert invitation.next_attempt_at > status_email.next_attempt_at

    outbox.deliver(invitation.pk)
    assert [message.to for message in mail.outbox] == [["warga@example.id"]]
    assert "Nilai layanan kami" in mail.outbox[0].body
    assert SurveyInvitation.objects.filter(complaint=made).count() == 1


def test_a_reporter_without_an_email_is_invited_on_the_tracking_page_only(client, transparency):
    made = complaint(transparency.complaints.category_a, status=Status.REJECTED, email="")
    assert not invitations_for(made).exists()
    html = client.get(f"/pengaduan/lacak/?kode={made.tracking_code}", follow=True).content.decode()
    section = html.split('id="survei-judul"', 1)[1]
    assert 'action="/survei-kepuasan/pengaduan/"' in section
    assert f'name="kode" value="{made.tracking_code}"' in section
    assert 'method="post"' in section


def test_an_open_complaint_is_not_offered_the_survey_and_cannot_be_rated(client, transparency):
    made = complaint(transparency.complaints.category_a, status=Status.IN_PROGRESS)
    html = client.get(f"/pengaduan/lacak/?kode={made.tracking_code}", follow=True).content.decode()
    assert "survei-judul" not in html
    response = rate(client, transparency, made.tracking_code)
    assert "masih ditangani" in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_reporter_rates_a_closed_complaint_once_with_its_tracking_code(client, transparency):
    made = complaint(transparency.complaints.category_a, status=Status.RESOLVED)
    start = client.post("/survei-kepuasan/pengaduan/", {"kode": made.tracking_code, "mulai": "1"})
    html = start.content.decode()
    assert made.reference in html and html.count('type="radio"') == 36
    assert "kode=" not in re.sub(r'name="kode" value="[^"]*"', "", html)  # never in a link
    assert start["Cache-Control"].startswith("max-age=0") or "no-cache" in start["Cache-Control"]

    response = rate(client, transparency, made.tracking_code)
    assert "Terima kasih. Jawaban Anda telah tercatat." in response.content.decode()
    answer = SurveyResponse.objects.get()
    assert answer.complaint == made and answer.unit == transparency.complaints.unit_a
    assert answer.channel == SurveyResponse.Channel.COMPLAINT
    assert (answer.requirements, answer.complaint_handling) == (4, 2)

    again = rate(client, transparency, made.tracking_code)
    assert "sudah menilai" in again.content.decode()
    assert SurveyResponse.objects.count() == 1
    tracking = client.get(
        f"/pengaduan/lacak/?kode={made.tracking_code}", follow=True
    ).content.decode()
    assert "sudah menilai" in tracking and "/survei-kepuasan/pengaduan/" not in tracking


def test_a_survey_with_a_missing_answer_comes_back_with_the_answers_given(client, transparency):
    made = complaint(transparency.complaints.category_a, status=Status.RESOLVED)
    response = rate(client, transparency, made.tracking_code, facilities="")
    html = response.content.decode()
    assert "Pilih salah satu dari empat jawaban." in html
    assert re.search(r'name="requirements" value="4"[^>]*checked', html)
    assert not re.search(r'name="facilities" value="\d"[^>]*checked', html)
    assert not SurveyResponse.objects.exists()


def test_a_wrong_code_finds_nothing_and_counts_against_the_guess_limit(
    client, transparency, settings
):
    settings.COMPLAINT_TRACKING_RATE_LIMIT = "2/h"
    for _ in range(2):
        response = rate(client, transparency, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
        assert "Tidak ada pengaduan dengan kode ini" in response.content.decode()
    assert rate(client, transparency, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").status_code == 429


def test_anonymising_a_complaint_anonymises_its_survey_suggestion(client, transparency):
    made = complaint(transparency.complaints.category_a, status=Status.RESOLVED)
    rate(client, transparency, made.tracking_code)
    made.anonymise()
    assert SurveyResponse.objects.get().suggestion == "[dianonimkan]"


# -- the service survey ------------------------------------------------------------------------


@pytest.fixture
def skck(transparency):
    services = ServiceIndexPageFactory(parent=transparency.statistics.get_parent())
    return ServicePageFactory(
        parent=services, title="SKCK", slug="skck", unit=transparency.complaints.unit_b
    )


def service_post(service, **overrides):
    data = {
        "service": str(service.pk),
        **ANSWERS,
        "suggestion": "",
        "website": "",
        "form_started": sign_start_time(time.time() - 60),
    }
    data.update(overrides)
    return data


def test_service_survey_stores_the_answers_for_the_service_and_its_unit(client, skck):
    html = client.get("/survei-kepuasan/").content.decode()
    assert "SKCK" in html and 'name="website"' in html and 'name="form_started"' in html
    response = client.post("/survei-kepuasan/", service_post(skck))
    assert "Jawaban Anda telah tercatat" in response.content.decode()
    answer = SurveyResponse.objects.get()
    assert (answer.service.pk, answer.unit.name, answer.complaint) == (skck.pk, "SPKT", None)


@pytest.mark.parametrize(
    "trap",
    [{"website": "http://spam.example"}, {"form_started": "forged"},
     {"form_started": "signed just now"}],
)  # fmt: skip
def test_service_survey_refuses_automated_posts(client, skck, trap, settings):
    settings.COMPLAINT_MIN_FILL_SECONDS = 3
    if trap.get("form_started") == "signed just now":
        trap = {"form_started": sign_start_time(time.time())}
    response = client.post("/survei-kepuasan/", service_post(skck, **trap))
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()
    assert not SurveyResponse.objects.exists()


def test_service_survey_is_rate_limited_per_connection(client, skck, settings):
    settings.SURVEY_RATE_LIMIT = "2/h"
    for _ in range(2):
        client.post("/survei-kepuasan/", service_post(skck))
    response = client.post("/survei-kepuasan/", service_post(skck))
    assert response.status_code == 429 and "Retry-After" in response
    assert SurveyResponse.objects.count() == 2


# -- the IKM on the statistics page ------------------------------------------------------------


def test_a_units_ikm_appears_on_the_statistics_page_with_its_fifth_response(client, skck):
    for _ in range(4):
        client.post("/survei-kepuasan/", service_post(skck))
    html = client.get("/statistik/").content.decode()
    assert "Indeks kepuasan per satuan" in html
    spkt_row = re.search(r"<tr><th scope=\"row\">SPKT</th>(.*?)</tr>", html).group(1)
    assert "&lt; 5" in spkt_row and "82" not in spkt_row

    SurveyResponse.objects.create(
        channel=SurveyResponse.Channel.SERVICE, service=skck, unit=skck.unit,
        created_at=timezone.now() - datetime.timedelta(days=3),
        **dict(zip(ELEMENT_FIELDS, [4, 3, 3, 4, 3, 4, 4, 2, 3], strict=True)),
    )  # fmt: skip
    html = client.get("/statistik/").content.decode()
    spkt_row = re.search(r"<tr><th scope=\"row\">SPKT</th>(.*?)</tr>", html).group(1)
    # Five identical answers: means 4,3,3,4,3,4,4,2,3 add up to 30; 30/9*25 = 83.33, grade B.
    assert "<td>5</td><td>83,33</td><td>B</td>" in spkt_row
    english = client.get("/en/statistics/").content.decode()
    assert "<td>5</td><td>83.33</td><td>B</td>" in english
