"""Wagtail hooks of the news section: news categories are snippets the public-relations staff
edit themselves, and the home page features running campaigns and the latest news."""

from django.utils import timezone
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.images import with_renditions
from home.sections import HomeSection

from .models import CampaignPage, NewsCategory, NewsPage

LATEST_NEWS = 3
ACTIVE_CAMPAIGNS = 3
CAMPAIGNS_TEMPLATE = "news/includes/home_active_campaigns.html"
NEWS_TEMPLATE = "news/includes/home_latest_news.html"


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(NewsCategoryViewSet)


def campaigns_running_today(home):
    """The campaigns running today, the one ending soonest first."""
    today = timezone.localdate()
    campaigns = CampaignPage.objects.descendant_of(home).live().public().defer_streamfields()
    running = campaigns.filter(start_date__lte=today, end_date__gte=today)
    return running.order_by("end_date")[:ACTIVE_CAMPAIGNS]


def latest_news(home):
    """The newest articles, with the pictures their cards show."""
    articles = NewsPage.objects.descendant_of(home).live().public().defer_streamfields()
    return with_renditions(articles.order_by("-date", "-pk"), "featured_image")[:LATEST_NEWS]


@hooks.register("register_home_section")
def home_sections():
    return [
        HomeSection("featured_campaigns", campaigns_running_today, CAMPAIGNS_TEMPLATE, order=200),
        HomeSection("featured_news", latest_news, NEWS_TEMPLATE, order=300),
    ]
