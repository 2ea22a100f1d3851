"""The published complaint and satisfaction figures, computed once and kept until they change.

Everything the statistics page and its downloads show comes from `published_figures()`:
aggregates of the last 12 months and of the year to date, in total, per month, per category
and per unit, and the IKM per unit and per service. They are computed with a fixed number of
queries however many complaints there are (the complaints of the period in one query, the
working-day calendar in one) and kept in the shared cache until a complaint, a reply, a
survey response, a category, a unit or a joint leave day changes (`transparency.signals`), or
the day ends.

Privacy by design: small counts are suppressed before anything is cached or shown. A count
under `MIN_COUNT` becomes `SUPPRESSED` ("< 5"), and a median, a share or an IKM computed from
fewer than `MIN_COUNT` complaints (or responses) becomes `None` (shown as "–"). The cache and
every output hold only what is published; no figure is ever per complaint.
"""

import datetime
import secrets
import statistics
from collections import defaultdict

from django.core.cache import cache
from django.db.models import Count, OuterRef, Subquery, Sum
from django.utils import timezone, translation

from forms.models import CLOSED_STATUSES, Complaint, ComplaintCategory, Reply, Status, StatusChange
from home.working_days import WorkingCalendar
from services.models import ServicePage, Unit

from . import ikm

MIN_COUNT = 5
SUPPRESSED = "< 5"
VERSION_KEY = "transparency:figures-version"
CACHE_SECONDS = 24 * 3600
PERIODS = ("months12", "ytd")
COUNT_FIELDS = ("received", "resolved", "rejected", "transferred", "open")
DERIVED_FIELDS = ("first_response_median", "resolution_median", "within_deadline_percent")


def suppress(count):
    return SUPPRESSED if count < MIN_COUNT else count


# -- the cache -------------------------------------------------------------------------------


def version():
    current = cache.get(VERSION_KEY)
    if current is None:
        current = secrets.token_hex(8)
        cache.add(VERSION_KEY, current, None)
        current = cache.get(VERSION_KEY, current)
    return current


def figures_changed(**kwargs):
    """Signal receiver: the next view computes the figures again."""
    cache.set(VERSION_KEY, secrets.token_hex(8), None)


def figures_key(today=None):
    """The cache key of today's figures in the active language: it changes with them, so a
    fragment cached under it is never stale either."""
    today = today or timezone.localdate()
    language = translation.get_language() or "id"
    return f"transparency:figures:{version()}:{today.isoformat()}:{language}"


def published_figures(today=None):
    """The figures in the active language, from the cache or computed now."""
    today = today or timezone.localdate()
    key = figures_key(today)
    figures = cache.get(key)
    if figures is None:
        figures = compute_figures(today)
        cache.set(key, figures, CACHE_SECONDS)
    return figures


# -- periods ---------------------------------------------------------------------------------


def month_starts(today, count=12):
    """The first days of the last `count` months, oldest first, this month last."""
    year, month = today.year, today.month
    starts = []
    for _ in range(count):
        starts.append(datetime.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def periods_for(today):
    return {
        "months12": (month_starts(today)[0], today),
        "ytd": (datetime.date(today.year, 1, 1), today),
    }


class WorkingDayCounter:
    """Working days between two dates by subtraction: each day of the range is looked up once
    in one `WorkingCalendar`, so ten thousand complaints cost no more queries than ten."""

    def __init__(self, first_day, last_day):
        calendar = WorkingCalendar(first_day.year - 1, last_day.year + 1)
        self.first_day = first_day - datetime.timedelta(days=1)
        self.cumulative = []
        total = 0
        day = self.first_day
        while day <= last_day:
            if day > self.first_day and calendar.is_working_day(day):
                total += 1
            self.cumulative.append(total)
            day += datetime.timedelta(days=1)

    def _index(self, day):
        return min(max((day - self.first_day).days, 0), len(self.cumulative) - 1)

    def between(self, start, end):
        return self.cumulative[self._index(end)] - self.cumulative[self._index(start)]


# -- complaints ------------------------------------------------------------------------------


def complaint_facts(start):
    """(submitted, status, closed, category, unit, first response, resolution due) of each
    complaint received since `start`, as dates: one query."""
    first_change = (
        StatusChange.objects.filter(complaint=OuterRef("pk"), from_status=Status.RECEIVED)
        .order_by("created_at")
        .values("created_at")[:1]
    )
    first_reply = (
        Reply.objects.filter(complaint=OuterRef("pk"))
        .order_by("created_at")
        .values("created_at")[:1]
    )
    since = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    rows = (
        Complaint.objects.filter(submit_time__gte=since)
        .annotate(first_change=Subquery(first_change), first_reply=Subquery(first_reply))
        .values_list(
            "submit_time",
            "status",
            "closed_at",
            "category__translation_key",
            "assigned_unit_id",
            "first_change",
            "first_reply",
            "resolution_due",
        )
        .order_by()
    )
    for submitted, status, closed, category, unit, change, reply, due in rows:
        responses = [moment for moment in (change, reply) if moment is not None]
        yield (
            timezone.localtime(submitted).date(),
            status,
            timezone.localtime(closed).date() if closed else None,
            category,
            unit,
            timezone.localtime(min(responses)).date() if responses else None,
            due,
        )


class Tally:
    """The raw numbers of one cell group, turned into published figures by `published()`."""

    def __init__(self):
        self.counts = dict.fromkeys(COUNT_FIELDS, 0)
        self.first_response_days = []
        self.resolution_days = []
        self.on_time = 0
        self.deadline_known = 0

    def add(self, fact, counter, today):
        submitted, status, closed, _category, _unit, responded, due = fact
        self.counts["received"] += 1
        if status in CLOSED_STATUSES:
            self.counts[status] += 1
        else:
            self.counts["open"] += 1
        if responded is not None:
            self.first_response_days.append(counter.between(submitted, responded))
        if closed is not None:
            self.resolution_days.append(counter.between(submitted, closed))
            self.deadline_known += 1
            self.on_time += closed <= due
        elif due < today:
            self.deadline_known += 1

    def published(self):
        row = {field: suppress(value) for field, value in self.counts.items()}
        row["first_response_median"] = median_or_none(self.first_response_days)
        row["resolution_median"] = median_or_none(self.resolution_days)
        row["within_deadline_percent"] = (
            round(100 * self.on_time / self.deadline_known)
            if self.deadline_known >= MIN_COUNT
            else None
        )
        return row


def median_or_none(values):
    if len(values) < MIN_COUNT:
        return None
    return round(float(statistics.median(values)), 1)


def category_names():
    """{translation key: name in the active language, or in the default language}: one query."""
    language = translation.get_language() or "id"
    names = {}
    for key, name, code in ComplaintCategory.objects.values_list(
        "translation_key", "name", "locale__language_code"
    ).order_by("sort_order", "name"):
        if code == language or key not in names:
            names[key] = name
    return names


def compute_figures(today):
    periods = periods_for(today)
    start = min(first for first, _last in periods.values())
    months = month_starts(today)
    counter = WorkingDayCounter(start, today)
    totals = {period: Tally() for period in PERIODS}
    per_month = {month: Tally() for month in months}
    per_category = {period: defaultdict(Tally) for period in PERIODS}
    per_unit = {period: defaultdict(Tally) for period in PERIODS}
    for fact in complaint_facts(start):
        submitted, _status, _closed, category, unit = fact[:5]
        per_month[submitted.replace(day=1)].add(fact, counter, today)
        for period, (first, last) in periods.items():
            if first <= submitted <= last:
                totals[period].add(fact, counter, today)
                per_category[period][category].add(fact, counter, today)
                per_unit[period][unit].add(fact, counter, today)

    names = category_names()
    units = list(Unit.objects.order_by("kind", "sort_order", "name"))
    return {
        "today": today,
        "periods": periods,
        "totals": {period: totals[period].published() for period in PERIODS},
        "months": [{"month": month, **per_month[month].published()} for month in months],
        "categories": {
            period: [
                {"key": str(key), "label": name, **per_category[period][key].published()}
                for key, name in names.items()
            ]
            for period in PERIODS
        },
        "units": {
            period: [
                {
                    "key": unit.pk,
                    "label": unit.name,
                    "kind": unit.kind,
                    **per_unit[period][unit.pk].published(),
                }
                for unit in units
            ]
            for period in PERIODS
        },
        "satisfaction": satisfaction(periods["months12"][0], units),
    }


# -- satisfaction ----------------------------------------------------------------------------


def published_ikm(responses, sums):
    """The published IKM of a group: the response count (suppressed when small) and, once
    there are `ikm.MIN_RESPONSES`, the score, its grade and each element's mean."""
    row = {"responses": suppress(responses), "ikm": None, "grade": None, "elements": None}
    if responses >= ikm.MIN_RESPONSES:
        index = ikm.compute(responses, sums)
        row["ikm"] = index.score
        row["grade"] = index.grade
        row["elements"] = {
            field: ikm.to_two_places(mean) for field, mean in index.element_means.items()
        }
    return row


def satisfaction(start, units):
    """The IKM overall, per unit and per service, of the responses since `start`: three
    queries for the sums, one for the services' titles."""
    since = timezone.make_aware(datetime.datetime.combine(start, datetime.time.min))
    from .models import SurveyResponse

    responses = SurveyResponse.objects.filter(created_at__gte=since).order_by()
    sums = {field: Sum(field) for field in ikm.ELEMENT_FIELDS}
    overall = responses.aggregate(n=Count("pk"), **sums)
    by_unit = {
        row["unit"]: row
        for row in responses.filter(unit__isnull=False)
        .values("unit")
        .annotate(n=Count("pk"), **sums)
    }
    by_service = {
        row["service"]: row
        for row in responses.filter(service__isnull=False)
        .values("service")
        .annotate(n=Count("pk"), **sums)
    }
    services = ServicePage.objects.filter(pk__in=by_service).order_by("path")
    language = translation.get_language() or "id"
    titles = localised_titles(services, language)
    return {
        "total": published_ikm(overall["n"], overall),
        "units": [
            {
                "key": unit.pk,
                "label": unit.name,
                **published_ikm(by_unit[unit.pk]["n"], by_unit[unit.pk]),
            }
            for unit in units
            if unit.pk in by_unit
        ],
        "services": [
            {
                "key": service.pk,
                "label": titles.get(service.pk, service.title),
                **published_ikm(by_service[service.pk]["n"], by_service[service.pk]),
            }
            for service in services
        ],
    }


def localised_titles(services, language):
    """{default-language service id: its title in `language`}: one query."""
    keys = {service.translation_key: service.pk for service in services}
    translated = ServicePage.objects.filter(
        translation_key__in=keys, locale__language_code=language
    ).values_list("translation_key", "title")
    return {keys[key]: title for key, title in translated}
