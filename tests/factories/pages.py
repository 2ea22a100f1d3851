"""Factories for the page types of home, news and services (wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from home.models import HomePage, InformationPage
from news.models import CampaignIndexPage, CampaignPage, NewsCategory, NewsIndexPage, NewsPage
from services.models import District, ServiceIndexPage, ServicePage, Unit, UnitIndexPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Beranda Uji"
    slug = factory.Sequence(lambda n: f"beranda-{n}")
    intro = "Layanan kepolisian untuk warga."

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Halaman Informasi {n}")
    slug = factory.Sequence(lambda n: f"informasi-{n}")
    summary = "Ringkasan halaman."
    show_in_menus = True

    class Meta:
        model = InformationPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Berita"
    slug = "berita"
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Berita Uji {n}")
    slug = factory.Sequence(lambda n: f"berita-uji-{n}")
    lead = "Ringkasan berita uji."
    date = factory.LazyFunction(timezone.localdate)
    featured_image = factory.SubFactory(wagtail_factories.ImageFactory)
    featured_image_alt = "Petugas melayani warga di loket."

    class Meta:
        model = NewsPage


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kampanye"
    slug = "kampanye"
    show_in_menus = True

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kampanye Uji {n}")
    slug = factory.Sequence(lambda n: f"kampanye-uji-{n}")
    theme = CampaignPage.Theme.TRAFFIC
    summary = "Ringkasan kampanye uji."
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))
    end_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    action_text = "Pakai helm standar"
    action_phone = "110"

    class Meta:
        model = CampaignPage


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
