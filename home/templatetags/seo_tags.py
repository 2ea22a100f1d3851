"""What search engines and link previews read: description, canonical and alternate URLs,
Open Graph and Twitter tags, and schema.org structured data as JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Page

register = template.Library()

# JSON inside <script> must not be able to close the element or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def page_description(page):
    """The editor's search description, else the page's own summary, lead or introduction."""
    for text in (
        page.search_description,
        getattr(page, "listing_summary", ""),
        getattr(page, "intro", ""),
    ):
        if text:
            return strip_tags(str(text)).strip()
    return ""


def _share_image(page):
    for field in ("featured_image", "image"):
        image = getattr(page, field, None)
        if image:
            return image, getattr(page, f"{field}_alt", "")
    return None, ""


@register.inclusion_tag("includes/seo_head.html", takes_context=True)
def seo_head(context):
    request = context["request"]
    page = context.get("page")
    profile = context["settings"]["home"]["UnitProfile"]
    if not isinstance(page, Page):
        return {"page": None}
    canonical = page.get_full_url(request)
    alternates = [
        (translated.locale.language_code, translated.get_full_url(request))
        for translated in page.get_translations(inclusive=True).live().select_related("locale")
    ]
    image, image_alt = _share_image(page)
    if image is None and profile.logo_id:
        image, image_alt = profile.logo, profile.unit_name
    image_url = ""
    if image is not None:
        rendition = image.get_rendition("fill-1200x630" if image != profile.logo else "max-400x400")
        image_url = request.build_absolute_uri(rendition.url)
    structured = []
    if page.depth <= 2:
        structured.append(_organisation(profile, canonical, request))
    else:
        structured.append(_breadcrumb_list(page, request))
    return {
        "page": page,
        "description": page_description(page),
        "canonical": canonical,
        "alternates": alternates if len(alternates) > 1 else [],
        "og_type": "article" if hasattr(page, "lead") else "website",
        "image_url": image_url,
        "image_alt": image_alt,
        "site_name": profile.unit_name,
        "structured_data": [json_ld(item) for item in structured],
    }


def _organisation(profile, url, request):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": profile.unit_name,
        "url": url,
    }
    if profile.parent_unit_name:
        data["parentOrganization"] = {
            "@type": "GovernmentOrganization",
            "name": profile.parent_unit_name,
        }
    if profile.logo_id:
        data["logo"] = request.build_absolute_uri(profile.logo.get_rendition("max-400x400").url)
    if profile.phone:
        data["telephone"] = profile.phone
    if profile.email:
        data["email"] = profile.email
    if profile.address:
        data["address"] = " ".join(profile.address.split())
    sameas = [url for _label, url in profile.social_links]
    if sameas:
        data["sameAs"] = sameas
    return data


def _breadcrumb_list(page, request):
    trail = [*page.get_breadcrumbs(), page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


@register.simple_tag(takes_context=True)
def faq_json_ld(context, page):
    """FAQPage structured data from a service page's questions and answers."""
    if not page.faq:
        return ""
    return json_ld(
        {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.value["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": strip_tags(str(item.value["answer"])).strip(),
                    },
                }
                for item in page.faq
            ],
        }
    )


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, page):
    """NewsArticle structured data for a news page."""
    request = context["request"]
    profile = context["settings"]["home"]["UnitProfile"]
    publisher = {"@type": "GovernmentOrganization", "name": profile.unit_name}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.lead,
        "datePublished": page.first_published_at or page.date,
        "dateModified": page.last_published_at or page.date,
        "mainEntityOfPage": page.get_full_url(request),
        "author": publisher,
        "publisher": publisher,
    }
    if page.featured_image_id:
        rendition = page.featured_image.get_rendition("fill-1200x630")
        data["image"] = [request.build_absolute_uri(rendition.url)]
    return json_ld(data)
