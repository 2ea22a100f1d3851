"""The statistics page runs the same number of queries for 10 complaints as for many, whether
its figures come from the cache or are computed afresh after a change."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forms.models import Status
from services.models import Unit
from tests.factories import ComplaintCategoryFactory

from .conftest import complaint, reply

pytestmark = pytest.mark.django_db

STATUSES = [Status.RESOLVED, Status.REJECTED, Status.TRANSFERRED, Status.IN_PROGRESS,
            Status.RECEIVED]  # fmt: skip


def add_complaints(categories, count, offset=0):
    for number in range(offset, offset + count):
        made = complaint(
            categories[number % len(categories)],
            days_ago=1 + (number * 13) % 330,
            status=STATUSES[number % len(STATUSES)],
        )
        if number % 3 == 0:
            reply(made)


def queries(client, url, *, cold):
    client.get(url)  # per-process caches (site root paths, locales) warm, as on a server
    if cold:
        caches["default"].clear()  # as just after a complaint changed
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", ["/statistik/", "/en/statistics/", "/statistik/unduh/json/"])
def test_query_count_is_the_same_for_10_and_for_60_complaints(client, transparency, url):
    polsek = Unit.objects.create(name="Polsek Sekayu", kind=Unit.Kind.POLSEK)
    categories = [
        transparency.complaints.category_a,
        transparency.complaints.category_b,
        ComplaintCategoryFactory(handling_unit=polsek),
    ]
    add_complaints(categories, 10)
    ten = {cold: queries(client, url, cold=cold) for cold in (True, False)}
    add_complaints(categories, 50, offset=10)
    sixty = {cold: queries(client, url, cold=cold) for cold in (True, False)}
    assert ten == sixty, f"{url}: {ten} with 10 complaints, {sixty} with 60"
    assert sixty[False] <= 12, f"{url}: {sixty[False]} queries with the figures cached"
    assert sixty[True] <= 20, f"{url}: {sixty[True]} queries computing the figures"
