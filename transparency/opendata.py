"""The open-data downloads of the statistics page: CSV and JSON of the published aggregates,
with a data dictionary and the licence (CC BY 4.0), after Satu Data Indonesia practice
(Perpres 39/2019: data with its metadata, a standard format and an open licence).

They are written from the same published figures as the page, so a suppressed cell is "< 5"
here as there, and no row is ever about one complaint.
"""

import csv
import datetime
import io
import json

from django.utils.translation import gettext as _

from . import ikm
from .figures import COUNT_FIELDS, DERIVED_FIELDS, SUPPRESSED

LICENCE = "CC BY 4.0"
ONE_DAY = datetime.timedelta(days=1)
TABLE_NAMES = {"categories": "category", "units": "unit"}
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.id"
COLUMNS = [
    "table", "period", "period_start", "period_end", "group", "label", *COUNT_FIELDS,
    *DERIVED_FIELDS, "ikm_responses", "ikm", "ikm_grade",
]  # fmt: skip


def dictionary():
    """(column, type, description) of every column of the downloads."""
    return [
        ("table", "text", _("Which breakdown the row belongs to: total, month, category, "
                            "unit, ikm_unit or ikm_service.")),
        ("period", "text", _("months12: the last 12 months including this one; ytd: this "
                             "year to date.")),
        ("period_start", "date", _("First day of the period (YYYY-MM-DD).")),
        ("period_end", "date", _("Last day of the period (YYYY-MM-DD): the day of publication.")),
        ("group", "text", _("The month (YYYY-MM), the category's key or the unit's number.")),
        ("label", "text", _("The name of the month, category, unit or service.")),
        ("received", "count", _("Complaints received in the period.")),
        ("resolved", "count", _("Of those, complaints now closed as resolved.")),
        ("rejected", "count", _("Of those, complaints now closed as rejected.")),
        ("transferred", "count", _("Of those, complaints now transferred to another "
                                   "authority.")),
        ("open", "count", _("Of those, complaints still being handled.")),
        ("first_response_median", "number", _("Median working days from receipt to the "
                                               "first response (a status change or a reply).")),
        ("resolution_median", "number", _("Median working days from receipt to closure.")),
        ("within_deadline_percent", "number", _(
            "Share (%) closed on or before the resolution deadline, of the complaints closed "
            "or past their deadline.")),
        ("ikm_responses", "count", _("Satisfaction survey responses in the last 12 months.")),
        ("ikm", "number", _("Community Satisfaction Index (IKM, Permenpan RB 14/2017), 25 to "
                            "100: the mean of the nine elements, each weighted 1/9, times 25.")),
        ("ikm_grade", "text", _("Quality grade: A 88.31–100, B 76.61–88.30, C 65.00–76.60, "
                                "D 25.00–64.99.")),
    ]  # fmt: skip


def suppression_note():
    return _(
        "A count under 5 is given as “< 5”, and a median, share or IKM computed from fewer "
        "than 5 complaints or responses is left empty, so that no person can be singled out."
    )


def licence_line(publisher):
    return _("Licence: %(licence)s (%(url)s). Source: %(publisher)s.") % {
        "licence": LICENCE,
        "url": LICENCE_URL,
        "publisher": publisher,
    }


def rows(figures):
    """Every published row, as dicts of the download columns."""
    periods = figures["periods"]

    def row(table, period, group, label, values, first=None, last=None):
        if first is None:
            first, last = periods[period]
        cells = dict.fromkeys(COLUMNS, "")
        cells.update(table=table, period=period, period_start=first.isoformat(),
                     period_end=last.isoformat(), group=str(group), label=label)  # fmt: skip
        for field in (*COUNT_FIELDS, *DERIVED_FIELDS):
            if field in values:
                cells[field] = values[field]
        return cells

    for period in periods:
        yield row("total", period, "", _("All complaints"), figures["totals"][period])
    today = figures["today"]
    for month in figures["months"]:
        start = month["month"]
        end = min((start + datetime.timedelta(days=31)).replace(day=1), today + ONE_DAY)
        yield row("month", "months12", start.strftime("%Y-%m"), start.strftime("%Y-%m"), month,
                  first=start, last=end - ONE_DAY)  # fmt: skip
    for table in ("categories", "units"):
        for period in periods:
            for item in figures[table][period]:
                yield row(TABLE_NAMES[table], period, item["key"], item["label"], item)
    satisfaction = figures["satisfaction"]
    for table, items in (
        ("ikm_total", [{"key": "", "label": _("All responses"), **satisfaction["total"]}]),
        ("ikm_unit", satisfaction["units"]),
        ("ikm_service", satisfaction["services"]),
    ):
        for item in items:
            cells = row(table, "months12", item["key"], item["label"], {})
            cells.update(
                ikm_responses=item["responses"],
                ikm=item["ikm"] if item["ikm"] is not None else "",
                ikm_grade=item["grade"] or "",
            )
            yield cells


def plain(value):
    if value is None:
        return ""
    return value if value == SUPPRESSED or isinstance(value, int | str) else str(value)


def to_csv(figures):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for cells in rows(figures):
        writer.writerow({key: plain(value) for key, value in cells.items()})
    return buffer.getvalue()


def dictionary_csv(publisher):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["column", "type", "description"])
    writer.writerows(dictionary())
    writer.writerow(["", "", suppression_note()])
    writer.writerow(["", "", licence_line(publisher)])
    return buffer.getvalue()


def to_json(figures, *, title, publisher, page_url):
    def number(value):
        if value is None or value == "" or value == SUPPRESSED or isinstance(value, int):
            return None if value == "" else value
        return float(value)

    data = {
        "title": title,
        "publisher": publisher,
        "source": page_url,
        "licence": {"name": LICENCE, "url": LICENCE_URL, "text": licence_line(publisher)},
        "published_on": figures["today"].isoformat(),
        "suppression": suppression_note(),
        "ikm_method": {
            "regulation": "Permenpan RB 14/2017",
            "elements": [str(label) for _field, label, *_rest in ikm.ELEMENTS],
            "grades": {letter: str(lowest) for lowest, letter, _meaning in ikm.GRADES},
            "minimum_responses": ikm.MIN_RESPONSES,
        },
        "dictionary": [
            {"column": column, "type": kind, "description": description}
            for column, kind, description in dictionary()
        ],
        "rows": [
            {key: number(value) if key in NUMERIC else value for key, value in cells.items()}
            for cells in rows(figures)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


NUMERIC = {*COUNT_FIELDS, *DERIVED_FIELDS, "ikm_responses", "ikm"}
