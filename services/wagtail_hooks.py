"""Wagtail hooks of the services section: districts and units are edited as snippets under one
"Units" menu, and the home page lists the top services."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.sections import HomeSection

from .models import District, ServicePage, Unit

TOP_SERVICES = 6
SERVICES_TEMPLATE = "services/includes/home_top_services.html"


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "site"
    list_display = ["name", "kind", "phone"]
    list_filter = ["kind"]
    search_fields = ["name"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "globe"
    list_display = ["name", "sort_order"]


class UnitsGroup(SnippetViewSetGroup):
    menu_label = _("Units")
    menu_icon = "site"
    menu_order = 250
    items = [UnitViewSet, DistrictViewSet]


register_snippet(UnitsGroup)


def first_services(home):
    """The first services of the service index, in the editors' tree order."""
    services = ServicePage.objects.descendant_of(home).live().public().defer_streamfields()
    return services.order_by("path")[:TOP_SERVICES]


@hooks.register("register_home_section")
def home_sections():
    return [HomeSection("featured_services", first_services, SERVICES_TEMPLATE, order=100)]
