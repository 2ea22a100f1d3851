"""Factories for complaints: the form page, categories and a complaint as the public form
stores it, so that staff tests start from a complaint without posting the form."""

import factory
import wagtail_factories
from django.utils import timezone

from forms.models import (
    Complaint,
    ComplaintCategory,
    ComplaintFormPage,
    ReferenceCounter,
    ReporterMode,
    Status,
    StatusChange,
)
from forms.tracking_codes import hash_secret, hash_token, new_submission_token, tracking_code_for

from .pages import UnitFactory


class ComplaintFormPageFactory(wagtail_factories.PageFactory):
    title = "Pengaduan Masyarakat"
    slug = "pengaduan"
    intro = "Sampaikan pengaduan Anda."

    class Meta:
        model = ComplaintFormPage


class ComplaintCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori Pengaduan {n}")
    handling_unit = factory.SubFactory(UnitFactory)
    inbox_emails = "piket@example.id"

    class Meta:
        model = ComplaintCategory


class ComplaintFactory(factory.django.DjangoModelFactory):
    """A complaint as the public form stores it: received now, routed to its category's unit,
    with the category's deadlines and the first entry of its timeline. `tracking_code` is the
    code the citizen was shown; the complaint keeps only its hash, and the factory hands the code
    back as `complaint.tracking_code`. `page` is the form page it came through (the first form
    page of the site unless given)."""

    class Meta:
        model = Complaint
        skip_postgeneration_save = True

    class Params:
        token = factory.LazyFunction(new_submission_token)
        now = factory.LazyFunction(timezone.now)

    page = factory.LazyFunction(lambda: ComplaintFormPage.objects.first())
    category = factory.SubFactory(ComplaintCategoryFactory)
    form_data = factory.LazyFunction(dict)
    reference = factory.LazyAttribute(
        lambda o: ReferenceCounter.next_reference(timezone.localtime(o.now).year)
    )
    tracking_code = factory.LazyAttribute(lambda o: tracking_code_for(o.token))
    tracking_code_hash = factory.LazyAttribute(lambda o: hash_secret(o.tracking_code))
    submission_token_hash = factory.LazyAttribute(lambda o: hash_token(o.token))
    language = factory.LazyAttribute(lambda o: o.page.locale.language_code)
    description = "Laporan saya belum ditindaklanjuti sejak dua minggu lalu."
    reporter_mode = ReporterMode.IDENTIFIED
    name = "Budi Santoso"
    phone = "0812-0000-0000"
    email = "budi@example.id"
    consent_at = factory.SelfAttribute("now")
    consent_notice_version = factory.LazyAttribute(lambda o: o.page.privacy_notice_version)
    status = Status.RECEIVED
    status_changed_at = factory.SelfAttribute("now")
    assigned_unit = factory.SelfAttribute("category.handling_unit")
    first_response_due = factory.LazyAttribute(
        lambda o: Complaint.deadlines_for(o.category, o.now)[0]
    )
    resolution_due = factory.LazyAttribute(lambda o: Complaint.deadlines_for(o.category, o.now)[1])

    @classmethod
    def _create(cls, model_class, *args, tracking_code, **kwargs):
        complaint = super()._create(model_class, *args, **kwargs)
        complaint.tracking_code = tracking_code
        return complaint

    @factory.post_generation
    def timeline(self, create, extracted, **kwargs):
        if create:
            StatusChange.objects.create(
                complaint=self,
                from_status="",
                to_status=Status.RECEIVED,
                created_at=self.consent_at,
            )
