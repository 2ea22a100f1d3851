"""Listing pages show a picture per item; fetching each picture's rendition one by one would make
the page's query count grow with its content."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

LISTING_RENDITION = "fill-400x225"


def with_renditions(pages, image_field, *filter_specs):
    """`pages` with `image_field` and its renditions of `filter_specs` fetched in bulk."""
    images = get_image_model().objects.prefetch_renditions(*(filter_specs or [LISTING_RENDITION]))
    return pages.prefetch_related(Prefetch(image_field, queryset=images))
