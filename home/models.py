"""Pages every site has (home, information pages) and the unit's profile in site settings.

Everything that names the police unit (name, logo, contacts, social accounts, the emergency
number) lives in `UnitProfile`, edited in the admin, so another unit can adopt the site without
touching code or templates.
"""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.blocks import PageChooserBlock
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from . import page_cache
from .blocks import BodyBlock
from .links import whatsapp_url
from .sections import home_sections
from .stemming import IndonesianStemsMixin
from .translated_fields import AddressInTwoLanguages, InLanguage


class BasePage(IndonesianStemsMixin, Page):
    """Abstract base of every public page type: the shared behaviour lives here once.

    Concrete pages sit below a locale's HomePage; breadcrumbs therefore start at the home page.
    """

    class Meta:
        abstract = True

    #: Relations a page's template shows, fetched with the page when its parent routes to it.
    route_select_related = ()

    def get_breadcrumbs(self):
        """Ancestors from the home page down to (not including) this page, for the trail."""
        return self.get_ancestors().filter(depth__gt=1).specific(defer=True)

    def route(self, request, path_components):
        """Fetch a child of an index that allows a single page type in one query.

        Wagtail finds a child as a generic page, then fetches it again as its own type, then
        each relation its template shows. Below an index of a thousand articles that cost three
        queries more on every uncached view. Anything else (another type, a missing page, a
        routable sub-path) goes through Wagtail's own routing.
        """
        child_models = self.specific_class.allowed_subpage_models()
        if path_components and len(child_models) == 1:
            child_model = child_models[0]
            child = (
                child_model.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related(*getattr(child_model, "route_select_related", ()))
                .first()
            )
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


class BaseIndexPage(BasePage):
    """Abstract base of a section's index (services, units, news, campaigns): one per language,
    straight below the home page, with an introduction above its listing."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root of each locale's tree (one per language), served at `/` and `/en/`.

    Sections below it (services, news, campaigns, units, complaints) each have their own index.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the page title that say what the site offers."),
    )

    # Featured sections: what editors choose here is shown; an empty choice falls back to a
    # sensible default. The apps that own these page types register the sections (see
    # `home.sections`); the fields name them only by label, so home imports none of them.
    featured_services = StreamField(
        [("service", PageChooserBlock(page_type="services.ServicePage", label=_("Service")))],
        verbose_name=_("top services"),
        blank=True,
        help_text=_("Leave empty to show the first services of the service index."),
    )
    featured_news = StreamField(
        [("article", PageChooserBlock(page_type="news.NewsPage", label=_("Article")))],
        verbose_name=_("featured news"),
        blank=True,
        help_text=_("Leave empty to show the latest news."),
    )
    featured_campaigns = StreamField(
        [("campaign", PageChooserBlock(page_type="news.CampaignPage", label=_("Campaign")))],
        verbose_name=_("featured campaigns"),
        blank=True,
        help_text=_("Leave empty to show the campaigns running today."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured_services"),
        FieldPanel("featured_news"),
        FieldPanel("featured_campaigns"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.InformationPage",
        "services.ServiceIndexPage",
        "services.UnitIndexPage",
        "news.NewsIndexPage",
        "news.CampaignIndexPage",
        "forms.ComplaintFormPage",
        "transparency.StatisticsPage",
        "transparency.SurveyPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_breadcrumbs(self):
        return Page.objects.none()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the template's cached fragment is missing (see home_page.html).
        context["sections"] = SimpleLazyObject(lambda: home_sections(self, request))
        return context


class InformationPage(BasePage):
    """A plain page of text for information that is not a service, news or a campaign:
    the unit's profile, the privacy notice, accessibility statement and the like."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("A short summary shown in listings and search results."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.InformationPage"]
    subpage_types = ["home.InformationPage"]

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")


@register_setting(icon="link")
class ImportantPages(BaseSiteSetting):
    """Pages that pages of other sections link to, chosen by editors rather than found by their
    address, so a renamed or moved page keeps its links (see `home.links`)."""

    complaint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("complaint form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The complaint form in the default language; its translations and its tracking "
            "page are found from it."
        ),
    )

    panels = [PageChooserPanel("complaint_page", "forms.ComplaintFormPage")]

    class Meta:
        verbose_name = _("important pages")


@register_setting(icon="group")
class UnitProfile(AddressInTwoLanguages, BaseSiteSetting):
    """Who runs this site and how to reach them: shown in the header, footer and structured data.

    One record serves both languages. The free text that differs by language (the address's
    notes, the opening hours) has an English field beside the Indonesian one, edited on the same
    form; templates show `shown_address` and `shown_opening_hours`, which pick the language being
    read and fall back to Indonesian (see `home.translated_fields`).
    """

    unit_name = models.CharField(
        _("unit name"),
        max_length=120,
        help_text=_("The police unit's full name as the public knows it, shown in the header."),
    )
    parent_unit_name = models.CharField(
        _("parent unit"),
        max_length=120,
        blank=True,
        help_text=_("The regional police (Polda) this unit belongs to."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    emergency_number = models.CharField(
        _("emergency number"),
        max_length=20,
        default="110",
        help_text=_("Shown on every page. 110 is the national police emergency number."),
    )
    whatsapp = models.CharField(
        _("WhatsApp"),
        max_length=30,
        blank=True,
        help_text=_("A number in international form, e.g. +62 812 0000 0000."),
    )
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("One line per day range, e.g. 'Senin–Jumat 08.00–15.00 WIB'."),
    )
    opening_hours_en = models.TextField(
        _("opening hours (English)"),
        blank=True,
        help_text=_("Shown on the English site, e.g. 'Monday–Friday 08.00–15.00 WIB'."),
    )
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    tiktok_url = models.URLField(_("TikTok"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [FieldPanel("unit_name"), FieldPanel("parent_unit_name"), FieldPanel("logo")],
                heading=_("Identity"),
            ),
            ObjectList(
                [
                    FieldPanel("emergency_number"),
                    MultiFieldPanel(
                        [FieldPanel("phone"), FieldPanel("whatsapp"), FieldPanel("email")],
                        heading=_("Telephone and email"),
                    ),
                    FieldPanel("address"),
                    FieldPanel("address_en"),
                    FieldPanel("opening_hours"),
                    FieldPanel("opening_hours_en"),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    FieldPanel("instagram_url"),
                    FieldPanel("facebook_url"),
                    FieldPanel("x_url"),
                    FieldPanel("tiktok_url"),
                    FieldPanel("youtube_url"),
                ],
                heading=_("Social media"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("unit profile")

    shown_opening_hours = InLanguage("opening_hours")

    def __str__(self):
        return self.unit_name

    @classmethod
    def for_request(cls, request):
        """The profile appears on every page, so it is kept with the cached pages rather than
        read from the database on each view; saving any setting empties that cache (see
        home.page_cache), so an edit shows at once on every app server."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        key = f"unit-profile:{site.pk if site else None}"
        profile = page_cache.cache().get(key)
        if profile is None:
            profile = super().for_request(request)
            page_cache.cache().set(key, profile)
        profile._request = request
        setattr(request, attr_name, profile)
        return profile

    @property
    def whatsapp_url(self):
        """A wa.me link, which opens a chat on phones without any third-party script."""
        return whatsapp_url(self.whatsapp)

    @property
    def social_links(self):
        """The configured social accounts as (label, url) pairs, in display order."""
        accounts = [
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("TikTok", self.tiktok_url),
            ("YouTube", self.youtube_url),
        ]
        return [(label, url) for label, url in accounts if url]


class JointLeaveDay(models.Model):
    """A joint leave day (*cuti bersama*) announced by the government for a year: not a working
    day for complaint deadlines, on top of the national holidays `home.working_days` knows."""

    date = models.DateField(_("date"), unique=True)
    description = models.CharField(_("description"), max_length=120)

    panels = [FieldPanel("date"), FieldPanel("description")]

    class Meta:
        ordering = ["date"]
        verbose_name = _("joint leave day")
        verbose_name_plural = _("joint leave days")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.description}"
