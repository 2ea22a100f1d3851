"""Test data for every page type and for complaints (factory_boy is a test-only extra, so the
factories live with the tests, not in the installed apps)."""

from .complaints import ComplaintCategoryFactory, ComplaintFactory, ComplaintFormPageFactory
from .pages import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    DistrictFactory,
    HomePageFactory,
    InformationPageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
    UnitFactory,
    UnitIndexPageFactory,
)

__all__ = [
    "CampaignIndexPageFactory",
    "CampaignPageFactory",
    "ComplaintCategoryFactory",
    "ComplaintFactory",
    "ComplaintFormPageFactory",
    "DistrictFactory",
    "HomePageFactory",
    "InformationPageFactory",
    "NewsCategoryFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "ServiceIndexPageFactory",
    "ServicePageFactory",
    "UnitFactory",
    "UnitIndexPageFactory",
]
