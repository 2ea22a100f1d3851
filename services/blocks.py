"""StreamField blocks of a service procedure: numbered steps, FAQ entries and forms to download.

Structured blocks rather than free HTML, so every procedure reads the same way and the FAQ can be
published as FAQPage structured data.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class StepBlock(blocks.StructBlock):
    """One step of the procedure; the page numbers the steps in order."""

    title = blocks.CharBlock(label=_("Step"), max_length=160)
    detail = blocks.TextBlock(label=_("Detail"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")


class QuestionBlock(blocks.StructBlock):
    """A question citizens often ask, with its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Question")


class DownloadBlock(blocks.StructBlock):
    """A form or guide citizens can download (a Wagtail document)."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        max_length=120,
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Download")
