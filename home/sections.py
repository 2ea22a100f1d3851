"""The featured sections of the home page, which the apps that own their pages register.

`home` is the foundation the other apps build on, so it knows none of their models. Each app
registers its sections with the Wagtail hook `register_home_section`: a function returning a
list of `HomeSection`, each saying where editors choose its pages (a page-chooser StreamField
on the home page), what to show when they chose none, which template shows it and its place.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from wagtail import hooks

from .links import complaint_form_url

HOOK_NAME = "register_home_section"


def chosen_pages(stream):
    """The live pages an editor chose in a page-chooser StreamField, in their order."""
    return [block.value for block in stream if block.value and block.value.live]


@dataclass(frozen=True)
class HomeSection:
    """One section of the home page, registered by the app whose pages it shows."""

    #: The home page's page-chooser StreamField where editors choose the pages to feature.
    chosen_field: str
    #: `default(home)` gives the pages shown when the editors chose none.
    default: Callable
    #: The include that renders the section; it receives the pages as `pages`.
    template: str
    #: Sections are shown in ascending order.
    order: int

    def pages(self, home):
        return chosen_pages(getattr(home, self.chosen_field)) or list(self.default(home))


class FilledSection(NamedTuple):
    template: str
    pages: list


def registered_sections():
    """Every registered section, in display order."""
    sections = [section for register in hooks.get_hooks(HOOK_NAME) for section in register()]
    return sorted(sections, key=lambda section: section.order)


def home_sections(home, request):
    """What the home page's template shows below the emergency call-out."""
    featured = [FilledSection(s.template, s.pages(home)) for s in registered_sections()]
    return {
        "featured": [section for section in featured if section.pages],
        "complaint_url": complaint_form_url(home, request),
    }
