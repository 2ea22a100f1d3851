"""Fixtures for the complaint tests: units, categories, the form page, staff of every role,
and a helper that builds a valid form post (with a start time signed a minute ago)."""

import io
import time
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from forms.forms import sign_start_time
from forms.models import ComplaintCategory, ComplaintFormPage, ComplaintStaffProfile
from home.models import InformationPage
from services.models import District, Unit

VALID_DESCRIPTION = "Motor saya dicuri di parkiran pasar kemarin sore sekitar pukul 16.00."


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


@dataclass
class ComplaintSetup:
    page: ComplaintFormPage
    privacy: InformationPage
    unit_a: Unit
    unit_b: Unit
    category_a: ComplaintCategory
    category_b: ComplaintCategory
    district: District

    @property
    def url(self):
        return self.page.url


def build_complaint_setup(site_tree):
    unit_a = Unit.objects.create(name="Sat Reskrim", kind=Unit.Kind.HEADQUARTERS)
    unit_b = Unit.objects.create(name="SPKT", kind=Unit.Kind.HEADQUARTERS)
    district = District.objects.create(name="Sekayu")
    category_a = ComplaintCategory.objects.create(
        name="Laporan tindak pidana",
        handling_unit=unit_a,
        inbox_emails="reskrim@example.id",
        sort_order=1,
    )
    category_b = ComplaintCategory.objects.create(
        name="Keluhan pelayanan",
        handling_unit=unit_b,
        inbox_emails="spkt@example.id, piket-spkt@example.id",
        sort_order=2,
    )
    privacy = InformationPage(title="Kebijakan Privasi", slug="kebijakan-privasi")
    site_tree.home.add_child(instance=privacy)
    privacy.save_revision().publish()
    page = ComplaintFormPage(
        title="Pengaduan Masyarakat",
        slug="pengaduan",
        intro="Sampaikan pengaduan Anda.",
        privacy_page=privacy,
    )
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return ComplaintSetup(
        page=ComplaintFormPage.objects.get(pk=page.pk),
        privacy=privacy,
        unit_a=unit_a,
        unit_b=unit_b,
        category_a=category_a,
        category_b=category_b,
        district=district,
    )


@pytest.fixture
def setup(site_tree):
    return build_complaint_setup(site_tree)


def valid_data(setup, **overrides):
    data = {
        "category": str(setup.category_a.pk),
        "description": VALID_DESCRIPTION,
        "district": str(setup.district.pk),
        "incident_location": "Parkiran Pasar Sekayu",
        "incident_date": "2026-01-05",
        "reporter_mode": "identified",
        "name": "Budi Santoso",
        "phone": "0812-3456-7890",
        "email": "budi@example.com",
        "nik": "",
        "consent": "on",
        "website": "",
        "form_started": sign_start_time(time.time() - 60),
        "submission_token": f"token-{time.monotonic_ns()}-abcdefghijklmnop",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def png_bytes(size=(40, 30), colour=(200, 30, 30), exif=None, fmt="PNG"):
    image = Image.new("RGB", size, colour)
    buffer = io.BytesIO()
    kwargs = {"exif": exif} if exif is not None else {}
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def make_staff(django_user_model, username, *, group=None, units=(), superuser=False):
    if superuser:
        return django_user_model.objects.create_superuser(username, f"{username}@example.id", "x")
    user = django_user_model.objects.create_user(
        username, f"{username}@example.id", "x", first_name=username.title()
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    if units:
        profile = ComplaintStaffProfile.objects.create(user=user)
        profile.units.set(units)
    return user


def restore_groups():
    """The roles come from data migrations, which a flushed (transactional) database lacks."""
    from importlib import import_module

    from django.contrib.auth.models import Group, Permission

    migration = import_module("forms.migrations.0002_complaint_groups")
    for name, pairs in [
        (migration.STAFF, migration.STAFF_PERMISSIONS),
        (migration.SUPERVISORS, migration.SUPERVISOR_PERMISSIONS),
    ]:
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in pairs:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
