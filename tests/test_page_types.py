"""Every public page type renders in both languages, sits only where it belongs in the tree, and
can be created through the admin."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data as nested
from wagtail.test.utils.form_data import rich_text, streamfield

from forms.models import ComplaintFormPage
from home.models import HomePage, InformationPage
from news.models import CampaignIndexPage, CampaignPage, NewsIndexPage, NewsPage
from services.models import ServiceIndexPage, ServicePage, UnitIndexPage
from transparency.models import StatisticsPage, SurveyPage

pytestmark = pytest.mark.django_db

PAGE_ATTRIBUTES = ["services", "service", "units", "news", "article", "campaigns", "campaign"]


@pytest.mark.parametrize("attribute", PAGE_ATTRIBUTES)
def test_each_public_page_type_renders_in_indonesian_and_english(client, public_pages, attribute):
    page = getattr(public_pages, attribute)
    english = public_pages.english(page)

    indonesian_html = client.get(page.url).content.decode()
    english_response = client.get(english.url)

    assert english.url.startswith("/en/")
    assert '<html lang="id">' in indonesian_html
    assert f"<h1>{page.title}</h1>" in indonesian_html
    assert english_response.status_code == 200
    assert '<html lang="en">' in english_response.content.decode()
    assert f"<h1>{english.title}</h1>" in english_response.content.decode()


@pytest.mark.parametrize(
    ("parent", "allowed"),
    [
        (
            HomePage,
            {
                InformationPage,
                ServiceIndexPage,
                UnitIndexPage,
                NewsIndexPage,
                CampaignIndexPage,
                ComplaintFormPage,
                StatisticsPage,
                SurveyPage,
            },
        ),
        (ServiceIndexPage, {ServicePage}),
        (NewsIndexPage, {NewsPage}),
        (CampaignIndexPage, {CampaignPage}),
        (ServicePage, set()),
        (NewsPage, set()),
        (CampaignPage, set()),
        (UnitIndexPage, set()),
        (StatisticsPage, set()),
        (SurveyPage, set()),
    ],
)
def test_page_tree_only_allows_the_intended_children(parent, allowed):
    assert set(parent.creatable_subpage_models()) == allowed


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        (ServicePage, {ServiceIndexPage}),
        (NewsPage, {NewsIndexPage}),
        (CampaignPage, {CampaignIndexPage}),
        (ServiceIndexPage, {HomePage}),
        (UnitIndexPage, {HomePage}),
        (StatisticsPage, {HomePage}),
        (SurveyPage, {HomePage}),
    ],
)
def test_page_types_can_only_live_under_their_section(child, parents):
    assert set(child.allowed_parent_page_models()) == parents


def test_a_section_index_cannot_be_added_twice_under_one_home(public_pages, site_tree):
    assert not ServiceIndexPage.can_create_at(site_tree.home)
    assert not NewsIndexPage.can_create_at(site_tree.home)


def _post(client, model, parent, data):
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    assert client.get(url).status_code == 200
    return client.post(url, {**data, "action-publish": "publish"})


def test_superuser_creates_and_publishes_every_page_type_in_the_admin(
    client, admin_user, site_tree
):
    client.force_login(admin_user)
    home = site_tree.home

    _post(client, ServiceIndexPage, home, {"title": "Layanan", "slug": "layanan", "intro": ""})
    services = ServiceIndexPage.objects.get(slug="layanan")
    _post(
        client,
        ServicePage,
        services,
        nested(
            {
                "title": "SKCK",
                "slug": "skck",
                "category": "Surat dan izin",
                "summary": "Surat keterangan catatan kepolisian.",
                "requirements": rich_text("<ul><li>KTP</li></ul>"),
                "steps": streamfield([("step", {"title": "Daftar", "detail": ""})]),
                "duration": "1 hari kerja",
                "fee": "Rp30.000",
                "fee_basis": "PNBP",
                "product": "SKCK",
                "unit": "",
                "service_hours": "",
                "legal_basis": rich_text(""),
                "downloads": streamfield([]),
                "faq": streamfield([]),
            }
        ),
    )
    _post(client, UnitIndexPage, home, {"title": "Satuan", "slug": "satuan", "intro": ""})
    _post(client, StatisticsPage, home, {"title": "Statistik", "slug": "statistik", "intro": ""})
    _post(client, SurveyPage, home,
          {"title": "Survei", "slug": "survei", "intro": "", "thanks_text": ""})  # fmt: skip
    _post(client, NewsIndexPage, home, {"title": "Berita", "slug": "berita", "intro": ""})
    news = NewsIndexPage.objects.get(slug="berita")
    _post(
        client,
        NewsPage,
        news,
        nested(
            {
                "title": "Berita Baru",
                "slug": "berita-baru",
                "date": "2026-11-27",
                "lead": "Ringkasan.",
                "featured_image": "",
                "featured_image_alt": "",
                "featured_image_caption": "",
                "body": streamfield([("paragraph", rich_text("<p>Isi.</p>"))]),
                "category": "",
                "tags": "helm, operasi",
                "related": streamfield([]),
            }
        ),
    )
    _post(client, CampaignIndexPage, home, {"title": "Kampanye", "slug": "kampanye", "intro": ""})
    campaigns = CampaignIndexPage.objects.get(slug="kampanye")
    _post(
        client,
        CampaignPage,
        campaigns,
        nested(
            {
                "title": "Helm",
                "slug": "helm",
                "theme": "lalu-lintas",
                "start_date": "2026-11-01",
                "end_date": "2026-12-31",
                "summary": "Pakai helm.",
                "image": "",
                "image_alt": "",
                "key_messages": streamfield([("message", "Helm menyelamatkan nyawa.")]),
                "body": streamfield([]),
                "action_text": "Pakai helm",
                "action_phone": "110",
                "action_links": streamfield([]),
            }
        ),
    )

    for model in (ServiceIndexPage, ServicePage, UnitIndexPage, NewsIndexPage, NewsPage,
                  StatisticsPage, SurveyPage):  # fmt: skip
        assert model.objects.live().count() == 1, model
    assert CampaignPage.objects.live().count() == 1
    assert set(NewsPage.objects.get().tags.names()) == {"helm", "operasi"}
    assert Page.objects.get(slug="skck").url == "/layanan/skck/"
