"""The page types of the services section: the service index, a service procedure and the units
directory.

A service page follows the public-service standard of UU 25/2009 (standar pelayanan): what to
bring, the steps, how long it takes, what it costs and why, what the citizen gets, where and when,
the legal basis, forms, frequent questions and how to complain.
"""

from itertools import groupby

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.links import complaint_form_url
from home.models import BaseIndexPage, BasePage

from ..blocks import DownloadBlock, QuestionBlock, StepBlock
from .reference import District, Unit

LIST_FEATURES = ["bold", "italic", "ul", "ol", "link", "document-link"]


class ServiceIndexPage(BaseIndexPage):
    """`/layanan/`: every service procedure of one language, grouped by category."""

    subpage_types = ["services.ServicePage"]

    class Meta:
        verbose_name = _("service index")
        verbose_name_plural = _("service indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = (
            ServicePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("category", "path")
        )
        context["groups"] = [
            (category, list(items)) for category, items in groupby(services, lambda s: s.category)
        ]
        return context


class ServicePage(BasePage):
    """One service procedure (SKCK, SIM, a lost-item letter...), following UU 25/2009."""

    category = models.CharField(
        _("category"),
        max_length=80,
        help_text=_("Services with the same category are listed together, e.g. 'Surat dan izin'."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences: what this service is and who needs it."),
    )
    requirements = RichTextField(
        _("requirements"),
        features=LIST_FEATURES,
        help_text=_("What the citizen must bring, as a bulleted list."),
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("procedure"),
        help_text=_("The steps in order; they are numbered on the page."),
    )
    duration = models.CharField(
        _("time to completion"), max_length=120, help_text=_("e.g. '1 hari kerja'.")
    )
    fee = models.CharField(
        _("fee"), max_length=120, help_text=_("e.g. 'Rp30.000' or 'Gratis' when it is free.")
    )
    fee_basis = models.CharField(
        _("legal basis of the fee"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 'PNBP, PP Nomor 76 Tahun 2021'."),
    )
    product = models.CharField(
        _("service product"), max_length=200, help_text=_("What the citizen receives.")
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the service is given; its address and contacts are shown."),
    )
    service_hours = models.CharField(
        _("service hours"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to show the unit's opening hours."),
    )
    legal_basis = RichTextField(_("legal basis"), features=LIST_FEATURES, blank=True)
    downloads = StreamField(
        [("download", DownloadBlock())], verbose_name=_("forms to download"), blank=True
    )
    faq = StreamField(
        [("question", QuestionBlock())], verbose_name=_("frequently asked questions"), blank=True
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("category"),
        FieldPanel("summary"),
        FieldPanel("requirements"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldPanel("duration"),
                FieldPanel("fee"),
                FieldPanel("fee_basis"),
                FieldPanel("product"),
            ],
            heading=_("Time, fee and product"),
        ),
        MultiFieldPanel(
            [FieldPanel("unit"), FieldPanel("service_hours")], heading=_("Where and when")
        ),
        FieldPanel("legal_basis"),
        FieldPanel("downloads"),
        FieldPanel("faq"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("requirements"),
        index.SearchField("steps"),
        index.SearchField("faq"),
        index.FilterField("category"),
    ]

    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []
    route_select_related = ("unit",)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    @property
    def listing_summary(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["complaint_url"] = complaint_form_url(self, request)
        unit_hours = self.unit.shown_opening_hours if self.unit else ""
        context["hours"] = self.service_hours or unit_hours
        return context


class UnitIndexPage(BaseIndexPage):
    """`/satuan/`: the headquarters functions and every Polsek, and which Polsek serves a
    kecamatan. The units themselves are snippets (see `Unit`), shared with complaint routing."""

    subpage_types = []

    class Meta:
        verbose_name = _("units directory")
        verbose_name_plural = _("units directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = list(Unit.objects.prefetch_related("districts"))
        context["headquarters"] = [u for u in units if u.kind == Unit.Kind.HEADQUARTERS]
        context["polsek"] = [u for u in units if u.kind == Unit.Kind.POLSEK]
        districts = list(District.objects.all())
        context["districts"] = districts
        chosen = request.GET.get("kecamatan", "")
        district = next((d for d in districts if str(d.pk) == chosen), None)
        context["chosen_district"] = district
        context["lookup_done"] = bool(chosen)
        if district:
            context["serving_units"] = [
                u for u in context["polsek"] if district in list(u.districts.all())
            ]
        return context
