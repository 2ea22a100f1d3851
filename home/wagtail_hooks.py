"""Admin hooks of the site shell: the 2FA code step, the page-cache rule, the editors' guide
linked from the dashboard, and the joint leave days of the working-day calendar."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import page_cache
from .guides import render_guide
from .models import JointLeaveDay
from .two_factor import LoginView

GUIDE_PATH = settings.BASE_DIR / "docs" / "panduan-redaksi.md"

hooks.register("is_request_cacheable", page_cache.is_request_cacheable)


@hooks.register("register_admin_urls")
def two_factor_code_view():
    """Serve the 2FA code step with our form. This app's hooks load before wagtail-2fa's, so
    this pattern matches first; the URL and its name stay the ones wagtail-2fa uses."""
    return [path("2fa/auth", LoginView.as_view(), name="wagtail_2fa_auth")]


def editors_guide(request):
    """The guide kept in `docs/`, so the repository and the admin show the same text."""
    return TemplateResponse(
        request,
        "home/admin/guide.html",
        {"guide": render_guide(GUIDE_PATH), "page_title": _("Editors' guide")},
    )


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("panduan-redaksi/", editors_guide, name="editors_guide")]


class EditorsGuidePanel(Component):
    name = "editors_guide"
    order = 50
    template_name = "home/admin/editors_guide_panel.html"

    def get_context_data(self, parent_context=None):
        return {"guide_url": reverse("editors_guide")}


@hooks.register("construct_homepage_panels")
def add_editors_guide_panel(request, panels):
    panels.insert(0, EditorsGuidePanel())


class JointLeaveDayViewSet(SnippetViewSet):
    """The joint leave days (cuti bersama) of each year's decree, kept by those permitted to
    (the complaint supervisors, by a data migration): deadlines skip them."""

    model = JointLeaveDay
    icon = "date"
    menu_label = _("Joint leave days")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["date", "description"]
    ordering = ["-date"]
    copy_view_enabled = False


register_snippet(JointLeaveDayViewSet)
