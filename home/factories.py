"""Factories for the home app's page types (test-only: factory_boy is a test extra)."""

import factory
import wagtail_factories

from home.models import HomePage, InformationPage


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
