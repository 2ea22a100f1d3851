"""The featured sections of the home page: the editors' choice, or a default when none is made.

Kept apart from the model so the home page does not import the section apps' models at import
time (they import `home.models` themselves).
"""

from django.utils import timezone

from .images import with_renditions
from .links import complaint_form_url

TOP_SERVICES = 6
LATEST_NEWS = 3
ACTIVE_CAMPAIGNS = 3


def chosen_pages(stream):
    """The live pages an editor chose in a page-chooser StreamField, in their order."""
    return [block.value for block in stream if block.value and block.value.live]


def home_sections(home, request):
    from news.models import CampaignPage, NewsPage
    from services.models import ServicePage

    sections = {"complaint_url": complaint_form_url(home, request)}

    services = chosen_pages(home.featured_services)
    if not services:
        services = list(
            ServicePage.objects.descendant_of(home)
            .live()
            .public()
            .defer_streamfields()
            .order_by("path")[:TOP_SERVICES]
        )
    sections["top_services"] = services

    news = chosen_pages(home.featured_news)
    if not news:
        latest = (
            NewsPage.objects.descendant_of(home)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-pk")
        )
        news = list(with_renditions(latest, "featured_image")[:LATEST_NEWS])
    sections["latest_news"] = news

    campaigns = chosen_pages(home.featured_campaigns)
    if not campaigns:
        today = timezone.localdate()
        campaigns = list(
            CampaignPage.objects.descendant_of(home)
            .live()
            .public()
            .defer_streamfields()
            .filter(start_date__lte=today, end_date__gte=today)
            .order_by("end_date")[:ACTIVE_CAMPAIGNS]
        )
    sections["active_campaigns"] = campaigns
    return sections
