"""Admin registration: news categories are snippets the public-relations staff edit themselves."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(NewsCategoryViewSet)
