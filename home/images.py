"""Pictures on pages: an image always comes with its description (alt text), and listing pages
fetch their pictures' renditions in bulk, as one by one would make the page's query count grow
with its content."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model

LISTING_RENDITION = "fill-400x225"


def with_renditions(pages, image_field, *filter_specs):
    """`pages` with `image_field` and its renditions of `filter_specs` fetched in bulk."""
    images = get_image_model().objects.prefetch_renditions(*(filter_specs or [LISTING_RENDITION]))
    return pages.prefetch_related(Prefetch(image_field, queryset=images))


def image_with_alt_text(name="image", *, verbose_name, heading, caption=False):
    """An abstract model to mix into a page: an image field `name`, its description for people
    who cannot see it (`<name>_alt`, required with an image), optionally a caption
    (`<name>_caption`), and `image_panels`, the panel in which editors fill them in."""
    alt_name = f"{name}_alt"
    fields = {
        name: models.ForeignKey(
            "wagtailimages.Image",
            verbose_name=verbose_name,
            null=True,
            blank=True,
            on_delete=models.SET_NULL,
            related_name="+",
        ),
        alt_name: models.CharField(
            _("image description (alt text)"),
            max_length=250,
            blank=True,
            help_text=_(
                "Describe the picture for people who cannot see it. Required with an image."
            ),
        ),
    }
    if caption:
        fields[f"{name}_caption"] = models.CharField(_("image caption"), max_length=250, blank=True)

    def clean(self):
        super(mixin, self).clean()
        if getattr(self, f"{name}_id") and not getattr(self, alt_name).strip():
            raise ValidationError({alt_name: _("Describe the image for people who cannot see it.")})

    class Meta:
        abstract = True

    mixin = type(
        f"{name.title().replace('_', '')}WithAltText",
        (models.Model,),
        {
            **fields,
            "Meta": Meta,
            "__module__": __name__,
            "__doc__": f"`{name}` with its alt text{' and caption' if caption else ''}.",
            "clean": clean,
            "image_panels": [
                MultiFieldPanel([FieldPanel(field) for field in fields], heading=heading)
            ],
        },
    )
    return mixin
