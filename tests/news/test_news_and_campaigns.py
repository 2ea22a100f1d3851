"""News articles, the news index and its feed, and safety campaigns, as citizens see them."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail_factories import ImageFactory

from tests.factories import CampaignPageFactory, NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def test_news_index_shows_twelve_articles_per_page_newest_first(client, public_pages):
    today = timezone.localdate()
    for day in range(14):
        NewsPageFactory(
            parent=public_pages.news,
            title=f"Kabar hari ke-{day:02d}",
            date=today - datetime.timedelta(days=day + 1),
        )

    first = client.get("/berita/").content.decode()
    second = client.get("/berita/", {"halaman": 2}).content.decode()

    assert first.count('<article class="card">') == 12
    assert first.index("Operasi Keselamatan Dimulai") < first.index("Kabar hari ke-00")
    assert first.index("Kabar hari ke-00") < first.index("Kabar hari ke-01")
    assert second.count('<article class="card">') == 3
    assert "Kabar hari ke-13" in second
    assert "Halaman 2 dari 2" in second


def test_news_index_filters_by_category_and_by_tag(client, public_pages):
    other = NewsPageFactory(
        parent=public_pages.news, title="Imbauan Hoaks", category=NewsCategoryFactory()
    )
    other.tags.add("hoaks")
    other.save_revision().publish()

    by_category = client.get("/berita/", {"kategori": "lalu-lintas"}).content.decode()
    by_tag = client.get("/berita/", {"topik": "hoaks"}).content.decode()

    assert "Operasi Keselamatan Dimulai" in by_category and "Imbauan Hoaks" not in by_category
    assert "Imbauan Hoaks" in by_tag and "Operasi Keselamatan Dimulai" not in by_tag


def test_only_published_articles_are_found(client, public_pages):
    draft = NewsPageFactory(
        parent=public_pages.news, title="Belum Terbit", slug="belum-terbit", live=False
    )
    assert client.get("/berita/belum-terbit/").status_code == 404
    assert client.get("/berita/tidak-ada/").status_code == 404
    assert client.get("/berita/operasi-keselamatan/tidak-ada/").status_code == 404
    draft.save_revision().publish()
    assert client.get("/berita/belum-terbit/").status_code == 200


def test_category_menu_marks_the_chosen_category_and_shows_a_new_one_at_once(client, public_pages):
    chosen = 'href="/berita/?kategori=lalu-lintas" aria-current="page"'
    assert chosen not in client.get("/berita/").content.decode()
    assert chosen in client.get("/berita/", {"kategori": "lalu-lintas"}).content.decode()
    NewsCategoryFactory(name="Imbauan Kamtibmas", slug="imbauan")
    assert 'href="/berita/?kategori=imbauan"' in client.get("/berita/").content.decode()


def test_news_feed_lists_the_latest_articles(client, public_pages):
    response = client.get("/berita/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert "<title>Operasi Keselamatan Dimulai</title>" in body
    assert "http://testserver/berita/operasi-keselamatan/" in body


def test_shared_article_link_has_open_graph_and_twitter_tags(client, public_pages):
    html = client.get("/berita/operasi-keselamatan/").content.decode()
    head = html.split("</head>")[0]
    assert '<meta property="og:title" content="Operasi Keselamatan Dimulai">' in head
    assert '<meta property="og:description" content="Ringkasan berita uji.">' in head
    assert '<meta property="og:type" content="article">' in head
    assert '<meta property="og:image" content="http://testserver/' in head
    assert '<meta name="twitter:card" content="summary_large_image">' in head
    assert '"@type": "NewsArticle"' in head


def test_article_shows_its_image_with_alt_text_caption_and_related_news(client, public_pages):
    article = public_pages.article
    article.featured_image_caption = "Petugas di pos pelayanan."
    article.save_revision().publish()
    NewsPageFactory(parent=public_pages.news, title="Kabar Lain", category=article.category)

    html = client.get("/berita/operasi-keselamatan/").content.decode()

    assert 'alt="Petugas melayani warga di loket."' in html
    assert "<figcaption>Petugas di pos pelayanan.</figcaption>" in html
    related = html.split('id="berita-terkait"')[1]
    assert "Kabar Lain" in related


def test_related_news_shows_a_newly_published_article_at_once(client, public_pages):
    client.get("/berita/operasi-keselamatan/")  # its related news are now cached
    newest = NewsPageFactory(
        parent=public_pages.news,
        title="Kabar Terbaru",
        category=public_pages.article.category,
        live=False,
    )
    newest.save_revision().publish()
    html = client.get("/berita/operasi-keselamatan/").content.decode()
    assert "Kabar Terbaru" in html.split('id="berita-terkait"')[1]


def test_an_image_without_alt_text_is_refused(public_pages):
    article = public_pages.article
    article.featured_image = ImageFactory()
    article.featured_image_alt = " "
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "featured_image_alt" in error.value.message_dict


def test_a_campaign_reports_a_missing_alt_text_with_a_wrong_period(public_pages):
    campaign = public_pages.campaign
    campaign.image = ImageFactory()
    campaign.image_alt = ""
    campaign.end_date = campaign.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert {"image_alt", "end_date"} <= error.value.message_dict.keys()


def test_every_index_page_shows_its_introduction(client, public_pages):
    indexes = [public_pages.services, public_pages.units, public_pages.news, public_pages.campaigns]
    for index_page in indexes:
        index_page.intro = f"Pengantar {index_page.title}."
        index_page.save_revision().publish()
    for index_page in indexes:
        assert f"Pengantar {index_page.title}." in client.get(index_page.url).content.decode()


def test_campaign_page_has_period_messages_call_to_action_and_script_free_share_links(
    client, public_pages
):
    html = client.get("/kampanye/selamat-sampai-tujuan/").content.decode()
    assert "Pakai helm standar." in html
    assert 'href="tel:110"' in html
    assert 'href="https://wa.me/?text=' in html
    assert (
        'href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost%2Fkampanye%2F'
        in html
    )
    assert 'href="https://x.com/intent/post?' in html
    assert "<script src" not in html


def test_campaign_index_separates_running_and_past_campaigns(client, public_pages):
    today = timezone.localdate()
    CampaignPageFactory(
        parent=public_pages.campaigns,
        title="Kampanye Lama",
        start_date=today - datetime.timedelta(days=60),
        end_date=today - datetime.timedelta(days=30),
    )
    html = client.get("/kampanye/").content.decode()
    running = html.split('id="kampanye-aktif"')[1].split("</section>")[0]
    assert "Selamat Sampai Tujuan" in running and "Kampanye Lama" not in running
    assert "Kampanye Lama" in html.split('id="kampanye-lain"')[1]


def test_campaign_end_date_cannot_precede_its_start(public_pages):
    campaign = public_pages.campaign
    campaign.end_date = campaign.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "end_date" in error.value.message_dict
