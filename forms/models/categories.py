"""Complaint categories: what a citizen picks, and where that complaint is routed.

A category is a translatable snippet, so the English form lists English names. Routing data
(the handling unit, the inbox addresses, the deadlines, the active flag and the order) is the
same in every translation: it is synchronised by wagtail-localize, copied from the source on
every save, and routing always reads it from the source (default-language) category.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Permenpan RB 62/2018: a first response within 3 working days; resolution within 5, 14 or
# 60 working days depending on how complex the complaint is.
FIRST_RESPONSE_DAYS = 3


class Complexity(models.IntegerChoices):
    SIMPLE = 5, _("Simple: resolved within 5 working days")
    MEDIUM = 14, _("Medium: resolved within 14 working days")
    COMPLEX = 60, _("Complex: resolved within 60 working days")


def split_addresses(value):
    return [
        address.strip()
        for address in (value or "").replace("\n", ",").split(",")
        if address.strip()
    ]


def validate_addresses(value):
    addresses = split_addresses(value)
    if not addresses:
        raise ValidationError(_("Enter at least one email address."))
    for address in addresses:
        validate_email(address)


class ComplaintCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Shown to citizens under the category choice: what belongs here."),
    )
    handling_unit = models.ForeignKey(
        "services.Unit",
        verbose_name=_("handling unit"),
        on_delete=models.PROTECT,
        related_name="complaint_categories",
    )
    inbox_emails = models.TextField(
        _("inbox email addresses"),
        validators=[validate_addresses],
        help_text=_(
            "Every new complaint in this category is emailed to these addresses, separated by "
            "commas. The same in every language; only administrators can change them."
        ),
    )
    first_response_days = models.PositiveSmallIntegerField(
        _("first response within (working days)"), default=FIRST_RESPONSE_DAYS
    )
    resolution_days = models.PositiveSmallIntegerField(
        _("resolution within (working days)"),
        choices=Complexity.choices,
        default=Complexity.MEDIUM,
    )
    active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("handling_unit"),
                FieldPanel("inbox_emails"),
                FieldPanel("first_response_days"),
                FieldPanel("resolution_days"),
            ],
            heading=_("Routing and deadlines"),
        ),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("handling_unit"),
        SynchronizedField("inbox_emails"),
        SynchronizedField("first_response_days"),
        SynchronizedField("resolution_days"),
        SynchronizedField("active"),
        SynchronizedField("sort_order"),
    ]
    ROUTING_FIELDS = [
        "handling_unit_id",
        "inbox_emails",
        "first_response_days",
        "resolution_days",
        "active",
        "sort_order",
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("complaint category")
        verbose_name_plural = _("complaint categories")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.locale_id:
            self.locale = self.get_default_locale()
        source = self.source
        if source is not self:
            for field in self.ROUTING_FIELDS:
                setattr(self, field, getattr(source, field))
        super().save(*args, **kwargs)
        if source is self:
            ComplaintCategory.objects.filter(translation_key=self.translation_key).exclude(
                pk=self.pk
            ).update(**{field: getattr(self, field) for field in self.ROUTING_FIELDS})

    @property
    def recipients(self):
        return split_addresses(self.source.inbox_emails)

    @property
    def source(self):
        """The default-language category: the one complaints point at and routing reads."""
        default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        if self.locale.language_code == default_language:
            return self
        return (
            ComplaintCategory.objects.filter(
                translation_key=self.translation_key, locale=Locale.get_default()
            ).first()
            or self
        )
