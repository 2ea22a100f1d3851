"""Admin registration: districts and units are edited as snippets under one "Units" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import District, Unit


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
