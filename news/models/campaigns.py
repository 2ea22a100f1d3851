"""Safety campaigns: the index at `/kampanye/` and the campaign page.

A campaign runs for a period; while it runs it is featured on the home page unless the editors
chose other campaigns there.
"""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.images import image_with_alt_text, with_renditions
from home.models import BaseIndexPage, BasePage

from ..blocks import ActionLinkBlock


class CampaignIndexPage(BaseIndexPage):
    """`/kampanye/`: running campaigns first, then past ones."""

    subpage_types = ["news.CampaignPage"]

    class Meta:
        verbose_name = _("campaign index")
        verbose_name_plural = _("campaign indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = (
            CampaignPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-start_date", "-pk")
        )
        campaigns = list(with_renditions(campaigns, "image"))
        today = timezone.localdate()
        context["active_campaigns"] = [c for c in campaigns if c.is_active_on(today)]
        context["other_campaigns"] = [c for c in campaigns if not c.is_active_on(today)]
        return context


CampaignImage = image_with_alt_text(verbose_name=_("image"), heading=_("Image"))


class CampaignPage(CampaignImage, BasePage):
    """One safety campaign: theme, period, key messages, a call to action and share links."""

    class Theme(models.TextChoices):
        DRUGS = "anti-narkoba", _("Anti-drugs")
        TRAFFIC = "lalu-lintas", _("Road safety")
        HOAXES = "anti-hoaks", _("Anti-hoax")
        ONLINE_FRAUD = "penipuan-online", _("Online fraud")
        OTHER = "lainnya", _("Other")

    theme = models.CharField(_("theme"), max_length=30, choices=Theme.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), help_text=_("The last day of the campaign."))
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences; shown in lists and when shared.")
    )
    key_messages = StreamField(
        [("message", blocks.CharBlock(label=_("Message"), max_length=200))],
        verbose_name=_("key messages"),
        help_text=_("Short sentences citizens should remember."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    action_text = models.CharField(
        _("call to action"),
        max_length=200,
        help_text=_("What citizens should do, e.g. 'Laporkan peredaran narkoba'."),
    )
    action_phone = models.CharField(
        _("telephone for the call to action"), max_length=30, blank=True
    )
    action_links = StreamField(
        [("link", ActionLinkBlock())], verbose_name=_("call to action links"), blank=True
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("theme"),
        MultiFieldPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("summary"),
        *CampaignImage.image_panels,
        FieldPanel("key_messages"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("action_text"), FieldPanel("action_phone"), FieldPanel("action_links")],
            heading=_("Call to action"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("key_messages"),
        index.SearchField("body"),
    ]

    parent_page_types = ["news.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @property
    def listing_summary(self):
        return self.summary

    def clean(self):
        """Reports a wrong period together with a missing image description."""
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def is_active_on(self, day):
        return self.start_date <= day <= self.end_date

    def share_links(self, request):
        """Plain share links (no third-party script): WhatsApp, Facebook and X."""
        url = self.get_full_url(request)
        text = quote(f"{self.title}: {self.summary}")
        encoded_url = quote(url, safe="")
        return [
            ("WhatsApp", f"https://wa.me/?text={text}%20{encoded_url}"),
            ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={encoded_url}"),
            ("X", f"https://x.com/intent/post?text={quote(self.title)}&url={encoded_url}"),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["share_links"] = self.share_links(request)
        return context
