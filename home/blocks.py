"""StreamField blocks shared by every page type.

Designed for public-relations staff: structured blocks with a small rich-text toolbar and no raw
HTML, so pages stay accessible and consistent whoever edits them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Headings inside the body start at h2: the page title is the only h1.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class CalloutBlock(blocks.StructBlock):
    """A highlighted notice, for the one thing a reader must not miss (a deadline, a warning)."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Notice")
        template = "blocks/callout_block.html"


class BodyBlock(blocks.StreamBlock):
    """The body of an information page: text, images with required alt text, and notices."""

    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"))
    callout = CalloutBlock()
