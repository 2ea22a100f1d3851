"""Text fields of settings and snippets that need a value per language.

The unit profile and the units are one record each for both languages: their names, numbers and
links are the same everywhere, and other records point at them (complaint routing, services).
Only a few free-text fields differ by language, so each such field has a sibling per extra
language (`opening_hours_en` next to `opening_hours`), edited on the same admin form, and
`InLanguage` picks the one for the language being shown. That keeps one form for editors and no
copies to keep in step, where a translatable snippet would duplicate every contact detail.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class InLanguage:
    """A read-only attribute: `<field>_<language>` for the language being shown when it is
    filled in, else `<field>` (the default language, Indonesian)."""

    def __init__(self, field_name):
        self.field_name = field_name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if language != settings.LANGUAGE_CODE:
            value = getattr(obj, f"{self.field_name}_{language}", "")
            if value:
                return value
        return getattr(obj, self.field_name)


class AddressInTwoLanguages(models.Model):
    """The address and telephone of the unit profile and of every unit; the address's notes
    (directions, the building) differ by language, so it has an English sibling."""

    address = models.TextField(_("address"), blank=True)
    address_en = models.TextField(
        _("address (English)"),
        blank=True,
        help_text=_("Shown on the English site. Leave empty to show the address above."),
    )
    phone = models.CharField(_("telephone"), max_length=30, blank=True)

    shown_address = InLanguage("address")

    class Meta:
        abstract = True
