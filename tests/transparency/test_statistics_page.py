"""The public statistics page: what a citizen reads at /statistik/ and /en/statistics/, and
the open-data downloads of the same figures."""

import csv
import io
import json

import pytest
from django.core.cache import cache

from forms.models import Status
from services.models import Unit
from tests.factories import ComplaintCategoryFactory
from transparency.models import StatisticsPage

from .conftest import complaint, reply

pytestmark = pytest.mark.django_db


def table(html, caption):
    """The text of the table with this caption, markup removed, one row a line."""
    import re

    start = html.index(caption)
    body = html[start : html.index("</table>", start)]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    return [" | ".join(re.sub(r"<[^>]+>", "", cell).strip()
                       for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S))
            for row in rows]  # fmt: skip


def csv_rows(client, url="/statistik/unduh/csv/"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


@pytest.fixture
def busy_unit(transparency):
    """Sat Reskrim with six complaints: 3 resolved, 1 rejected, 1 transferred, 1 open."""
    category = transparency.complaints.category_a
    made = [
        complaint(category, days_ago=20, status=Status.RESOLVED),
        complaint(category, days_ago=15, status=Status.RESOLVED, step_days=2),
        complaint(category, days_ago=10, status=Status.RESOLVED),
        complaint(category, days_ago=9, status=Status.REJECTED),
        complaint(category, days_ago=8, status=Status.TRANSFERRED),
        complaint(category, days_ago=1),
    ]
    reply(made[-1])
    return made


def test_statistics_page_sits_once_below_a_home_page():
    assert StatisticsPage.parent_page_types == ["home.HomePage"]
    assert StatisticsPage.subpage_types == []
    assert StatisticsPage.max_count_per_parent == 1


def test_page_shows_the_figures_of_both_periods_with_a_chart_and_a_table(client, busy_unit):
    response = client.get("/statistik/")
    assert response.status_code == 200
    html = response.content.decode()
    summary = table(html, "Pengaduan dalam 12 bulan terakhir dan tahun ini")
    assert summary[1].startswith("Pengaduan diterima | 6 | ")
    assert "<svg" in html and 'role="img"' in html
    units = table(html, "Pengaduan per satuan penanganan")
    assert any(row.startswith("Sat Reskrim | 6 |") for row in units)
    assert "text/javascript" not in html and "<script" not in html.split("<main", 1)[1]


def test_medians_and_the_share_within_the_deadline_come_from_working_days(client, busy_unit):
    html = client.get("/statistik/").content.decode()
    units = table(html, "Pengaduan per satuan penanganan")
    reskrim = next(row for row in units if row.startswith("Sat Reskrim"))
    cells = reskrim.split(" | ")
    # Every complaint was first answered within a few working days, and all five closed ones
    # closed long before the 14-working-day deadline.
    assert cells[6] not in ("–", "")
    assert cells[8] == "100%"


def test_unit_with_one_complaint_shows_less_than_five_on_the_page_and_in_downloads(
    client, transparency
):
    lonely = Unit.objects.create(name="Polsek Lais", kind=Unit.Kind.POLSEK)
    complaint(ComplaintCategoryFactory(handling_unit=lonely, name="Kamtibmas"), days_ago=2)

    html = client.get("/statistik/").content.decode()
    lais = next(row for row in table(html, "Pengaduan per satuan penanganan")
                if row.startswith("Polsek Lais"))  # fmt: skip
    assert lais.split(" | ")[1:6] == ["&lt; 5"] * 5
    assert lais.split(" | ")[6:] == ["–", "–", "–"]

    rows = [row for row in csv_rows(client) if row["label"] == "Polsek Lais"]
    assert rows and all(row["received"] == "< 5" for row in rows)
    assert all(row["first_response_median"] == "" for row in rows)

    data = json.loads(client.get("/statistik/unduh/json/").content)
    lais_json = [row for row in data["rows"] if row["label"] == "Polsek Lais"]
    assert lais_json and {row["received"] for row in lais_json} == {"< 5"}
    assert "1" not in {str(row["received"]) for row in data["rows"] if row["table"] != "month"}


def test_downloads_carry_the_licence_a_data_dictionary_and_never_a_complaint(client, busy_unit):
    data = json.loads(client.get("/statistik/unduh/json/").content)
    assert data["licence"]["name"] == "CC BY 4.0"
    assert "creativecommons.org/licenses/by/4.0" in data["licence"]["url"]
    columns = {entry["column"] for entry in data["dictionary"]}
    assert {"received", "first_response_median", "ikm", "ikm_grade"} <= columns
    assert {row["table"] for row in data["rows"]} >= {"total", "month", "category", "unit"}

    dictionary = client.get("/statistik/unduh/kamus-data/").content.decode()
    assert "CC BY 4.0" in dictionary and "within_deadline_percent" in dictionary

    everything = client.get("/statistik/unduh/csv/").content.decode() + json.dumps(data)
    for made in busy_unit:
        assert made.reference not in everything
        assert made.email not in everything or not made.email
    assert "Budi Santoso" not in everything

    html = client.get("/statistik/").content.decode()
    assert "CC BY 4.0" in html
    assert 'href="/statistik/unduh/csv/"' in html and 'href="/statistik/unduh/json/"' in html


def test_english_page_shows_the_same_figures_in_english(client, busy_unit):
    html = client.get("/en/statistics/").content.decode()
    summary = table(html, "Complaints in the last 12 months and this year")
    assert summary[1].startswith("Complaints received | 6 | ")
    indonesian = table(client.get("/statistik/").content.decode(),
                       "Pengaduan dalam 12 bulan terakhir dan tahun ini")  # fmt: skip
    assert [row.split(" | ")[1:] for row in summary][1:] == [
        row.split(" | ")[1:] for row in indonesian
    ][1:]
    english_rows = csv_rows(client, "/en/statistics/unduh/csv/")
    assert english_rows[0]["label"] == "All complaints"


def test_year_to_date_is_a_period_of_its_own(client, busy_unit):
    html = client.get("/statistik/?periode=tahun-ini").content.decode()
    assert 'aria-current="page">' in html
    assert "Sat Reskrim" in html


def test_figures_follow_a_complaint_that_closes(client, transparency, busy_unit):
    for days_ago in (12, 11):
        complaint(transparency.complaints.category_a, days_ago=days_ago, status=Status.RESOLVED)
    caption = "Pengaduan dalam 12 bulan terakhir dan tahun ini"
    before = table(client.get("/statistik/").content.decode(), caption)
    assert "Selesai ditangani | 5 | 5" in before

    busy_unit[-1].change_status(Status.VERIFIED, user=None)
    busy_unit[-1].change_status(Status.IN_PROGRESS, user=None)
    busy_unit[-1].change_status(Status.RESOLVED, user=None)

    after = table(client.get("/statistik/").content.decode(), caption)
    assert "Selesai ditangani | 6 | 6" in after
    assert "Masih ditangani | &lt; 5 | &lt; 5" in after


def test_figures_are_served_from_the_cache_until_something_changes(client, busy_unit):
    client.get("/statistik/")
    keys = [key for key in cache._cache if "transparency:figures:" in key]  # locmem's store
    assert keys, "the figures are cached"
    response = client.get("/statistik/")
    assert "no-cache" in response["Cache-Control"]
