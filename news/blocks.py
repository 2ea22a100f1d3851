"""Blocks of a safety campaign: the links of its call to action. (Its key messages are plain
text blocks declared on `CampaignPage.key_messages`.)"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ActionLinkBlock(blocks.StructBlock):
    """A link the campaign asks citizens to follow: a page of this site or an outside address."""

    label = blocks.CharBlock(label=_("Link text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": blocks.BlockValidationError(_("Choose a page or an address."))}
            )
        return value
