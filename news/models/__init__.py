"""What the police publish: news articles (with categories and tags) and safety campaigns."""

from .articles import NewsCategory, NewsIndexPage, NewsPage, NewsPageTag
from .campaigns import CampaignIndexPage, CampaignPage

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
]
