"""Every public page type can be translated with wagtail-localize, the way editors do it.

Transactional: wagtail-localize publishes translations when each transaction commits.
"""

import pytest
from wagtail.models import Locale

from home.demo import translate_page
from news.models import NewsPage
from tests.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
    UnitIndexPageFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_public_page_type_is_translated_with_wagtail_localize(client, site_tree):
    english = Locale.objects.get(language_code="en")
    home = site_tree.home
    services = ServiceIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    campaigns = CampaignIndexPageFactory(parent=home)
    pages = [
        (services, {"Layanan": "Services"}),  # parents are translated before their children
        (ServicePageFactory(parent=services, title="SKCK", slug="skck"), {"SKCK": "Police "
         "clearance"}),
        (UnitIndexPageFactory(parent=home), {"Satuan dan Polsek": "Units"}),
        (news, {"Berita": "News"}),
        (
            NewsPageFactory(
                parent=news,
                title="Operasi Keselamatan",
                slug="operasi",
                category=NewsCategoryFactory(name="Lalu Lintas"),
                body=[("paragraph", "<p>Isi berita.</p>")],
            ),
            {"Operasi Keselamatan": "Safety Operation", "Lalu Lintas": "Traffic"},
        ),
        (campaigns, {"Kampanye": "Campaigns"}),
        (
            CampaignPageFactory(
                parent=campaigns,
                title="Helm Standar",
                slug="helm",
                key_messages=[("message", "Pakai helm.")],
            ),
            {"Helm Standar": "Standard Helmets", "Pakai helm.": "Wear a helmet."},
        ),
    ]  # fmt: skip

    for page, translations in pages:
        translated = translate_page(page, english, translations)
        response = client.get(translated.url)
        assert translated.url.startswith("/en/")
        assert response.status_code == 200, translated.url
        assert f"<h1>{translations[page.title]}</h1>" in response.content.decode()

    assert "Wear a helmet." in client.get("/en/kampanye/helm/").content.decode()
    # The article's category is translated along with it (its own strings are translated
    # separately, as a snippet), so the English article files under an English category.
    english_article = NewsPage.objects.get(slug="operasi", locale=english)
    assert english_article.category.locale == english
    assert english_article.category.translation_key == pages[4][0].category.translation_key


def test_english_receipt_email_names_the_category_in_english(client, site_tree):
    from forms.models import Notification
    from tests.conftest import translate
    from tests.forms.conftest import build_complaint_setup, valid_data

    english = Locale.objects.get(language_code="en")
    setup = build_complaint_setup(site_tree)
    category = translate_page(setup.category_a, english, {"Laporan tindak pidana": "Crime report"})
    translate(setup.page, "Public Complaints")

    response = client.post("/en/pengaduan/", valid_data(setup, category=str(category.pk)))
    assert "Your complaint has been received" in response.content.decode()

    receipt = Notification.objects.get(kind=Notification.Kind.RECEIPT)
    assert "Category: Crime report" in receipt.body
    assert "Laporan tindak pidana" not in receipt.body
