"""The units directory's reference data: the kecamatan of the jurisdiction and the police units.

`Unit` is a snippet rather than a page because other features point at it: the directory at
`/satuan/` lists units and finds the Polsek for a kecamatan, and complaint categories are routed
to the unit that handles them. Names and addresses are proper nouns, so units are not
translated as a whole: the few free-text fields that differ by language have an English field
beside them (see `home.translated_fields`), and templates show the `shown_*` attributes.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from home.links import whatsapp_url
from home.translated_fields import AddressInTwoLanguages, InLanguage


class District(models.Model):
    """A kecamatan in the unit's jurisdiction: what citizens know their location by."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("district (kecamatan)")
        verbose_name_plural = _("districts (kecamatan)")

    def __str__(self):
        return self.name


class Unit(AddressInTwoLanguages, index.Indexed, ClusterableModel):
    """A police unit citizens can visit or be routed to: a headquarters function or a Polsek."""

    class Kind(models.TextChoices):
        HEADQUARTERS = "headquarters", _("Headquarters function")
        POLSEK = "polsek", _("Polsek (sub-district police)")

    name = models.CharField(_("name"), max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    description = models.TextField(
        _("what it handles"),
        blank=True,
        help_text=_("One or two sentences on the matters this unit handles."),
    )
    description_en = models.TextField(
        _("what it handles (English)"),
        blank=True,
        help_text=_("Shown on the English site. Leave empty to show the text above."),
    )
    districts = ParentalManyToManyField(
        District,
        verbose_name=_("districts served"),
        blank=True,
        related_name="units",
        help_text=_("For a Polsek: the kecamatan it serves."),
    )
    whatsapp = models.CharField(_("WhatsApp"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    opening_hours_en = models.CharField(_("opening hours (English)"), max_length=200, blank=True)
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("A plain link to the location on a map service; no map is embedded."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("description_en"),
        FieldPanel("districts"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("phone"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
                FieldPanel("opening_hours_en"),
                FieldPanel("map_url"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("sort_order"),
    ]
    shown_description = InLanguage("description")
    shown_opening_hours = InLanguage("opening_hours")

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["kind", "sort_order", "name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")

    def __str__(self):
        return self.name

    @property
    def whatsapp_url(self):
        """A wa.me link, which opens a chat on phones without any third-party script."""
        return whatsapp_url(self.whatsapp)
