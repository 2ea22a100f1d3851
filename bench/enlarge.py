"""Enlarge the demo database for the benchmark: 1,000 news articles and 50 services in all.

Run with the benchmark's environment (production settings): `python -m bench.enlarge`. Prints
the URLs the benchmark measures, as JSON.
"""

import datetime
import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
django.setup()

from django.utils import timezone

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from services.models import ServiceIndexPage, ServicePage

NEWS_TOTAL = 1000
SERVICES_TOTAL = 50


def enlarge_news():
    index = NewsIndexPage.objects.filter(locale__language_code="id").first()
    model = NewsPage.objects.child_of(index).live().order_by("pk").first()
    existing = NewsPage.objects.child_of(index).count()
    for number in range(existing, NEWS_TOTAL):
        page = NewsPage(
            title=f"Berita uji beban nomor {number}",
            slug=f"uji-beban-{number}",
            locale=index.locale,
            date=timezone.localdate() - datetime.timedelta(days=number % 900),
            lead=f"Ringkasan berita uji beban nomor {number}.",
            featured_image=model.featured_image,
            featured_image_alt=model.featured_image_alt,
            category=model.category,
            body=model.body.raw_data,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    return index, model


def enlarge_services():
    index = ServiceIndexPage.objects.filter(locale__language_code="id").first()
    model = ServicePage.objects.child_of(index).get(slug="skck")
    existing = ServicePage.objects.child_of(index).count()
    for number in range(existing, SERVICES_TOTAL):
        model.copy(
            to=index,
            update_attrs={"title": f"Layanan uji beban {number}", "slug": f"layanan-uji-{number}"},
            keep_live=True,
            copy_revisions=False,
            log_action=None,
        )
    return index, model


def main():
    news_index, article = enlarge_news()
    _services_index, service = enlarge_services()
    home = HomePage.objects.get(locale__language_code="id")
    print(
        json.dumps(
            {
                "home": home.url,
                "news index": news_index.url,
                "news article": article.url,
                "service": service.url,
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
