"""Factories for the news app (test-only: factory_boy is a test extra)."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from news.models import CampaignIndexPage, CampaignPage, NewsCategory, NewsIndexPage, NewsPage


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
