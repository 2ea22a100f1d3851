"""Factories for the services app (test-only: factory_boy is a test extra)."""

import factory
import wagtail_factories

from services.models import District, ServiceIndexPage, ServicePage, Unit, UnitIndexPage


class DistrictFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kecamatan {n}")

    class Meta:
        model = District


class UnitFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Polsek Uji {n}")
    kind = Unit.Kind.POLSEK
    address = "Jalan Contoh No. 2"
    phone = "(0711) 000-0001"
    opening_hours = "24 jam"

    class Meta:
        model = Unit
        skip_postgeneration_save = True

    @factory.post_generation
    def districts(self, create, extracted, **kwargs):
        if create and extracted:
            self.districts.set(extracted)
            self.save()  # modelcluster keeps the relation in memory until the unit is saved


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Layanan"
    slug = "layanan"
    show_in_menus = True

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Layanan Uji {n}")
    slug = factory.Sequence(lambda n: f"layanan-uji-{n}")
    category = "Surat dan izin"
    summary = "Ringkasan layanan uji."
    requirements = "<ul><li>Fotokopi KTP.</li></ul>"
    steps = wagtail_factories.StreamFieldFactory({"step": wagtail_factories.StructBlockFactory})
    duration = "1 hari kerja"
    fee = "Gratis"
    product = "Surat keterangan"

    class Meta:
        model = ServicePage


class UnitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Satuan dan Polsek"
    slug = "satuan"
    show_in_menus = True

    class Meta:
        model = UnitIndexPage
