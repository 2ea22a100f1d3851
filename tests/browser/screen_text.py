"""What a member of staff reads or hears on an admin screen, and which of it is the English of
the admin's package catalogues (`home.admin_translations.CATALOGUES`).

`visible_text(page)` collects the screen's text: the rendered text by line, each text node of a
visible element on its own (so that "Pages" is found in "Pages <span>3</span>"), the options of
visible drop-downs, the tab title, and the attributes a user reads or hears (placeholder,
aria-label, aria-description, title, alt, Wagtail's tooltips, the value of submit and button
inputs).

A line is English when it is a msgid (or matches one with placeholders), or when it is an
Indonesian translation whose placeholders were filled with English: "Approve with comment dan
Publikasikan" is "%(label)s dan Publikasikan" around an untranslated label, and the label is
what is reported.

Chromium's own widget texts are left out by how they arise, not by a list: the "Choose file" /
"No file chosen" of a file input and the native date picker live in the browser's closed
user-agent shadow DOM, which neither `innerText` nor a tree walk of the document reaches.

`english_strings()` builds the matcher once per test session from the catalogues' English
msgids. Set ADMIN_SCREEN_TEXT_DIR to a folder to also write each screen's text there, one file
a screen, for translators to see which strings a screen shows.
"""

import html
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.utils.text import capfirst

from home.admin_translations import CATALOGUES, served_catalogue, source_entries

VISIBLE_TEXT = """
() => {
  const pieces = [document.title];
  const shown = (element) =>
    element.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true });
  // innerText puts block elements on lines of their own and table cells between tabs.
  pieces.push(...document.body.innerText.split(/[\\n\\t]/));
  const skipped = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !skipped.has(parent.tagName) && shown(parent)) {
      pieces.push(...node.data.split("\\n"));
    }
  }
  for (const select of document.querySelectorAll("select")) {
    if (!shown(select)) continue;
    for (const option of select.options) pieces.push(option.label);
    for (const group of select.querySelectorAll("optgroup")) pieces.push(group.label);
  }
  // Wagtail's tooltips show data-w-tooltip-content-value on hover, as a browser shows title.
  const attributes = [
    "placeholder", "aria-label", "aria-description", "title", "alt", "data-w-tooltip-content-value",
  ];
  for (const element of document.body.querySelectorAll("*")) {
    if (!shown(element)) continue;
    for (const name of attributes) {
      if (element.hasAttribute(name)) pieces.push(element.getAttribute(name));
    }
    if (element.matches("input[type=submit], input[type=button], input[type=reset]")) {
      pieces.push(element.value);
    }
  }
  return pieces;
}
"""

#: English no catalogue can translate: upstream writes it into its code as literal text, not as a
#: msgid. {text: [(package, file inside it, the literal)]}. `test_hard_coded_upstream_english`
#: fails once an upgrade changes the literal, so each exception ends with the fix upstream.
HARD_CODED_UPSTREAM = {
    # The visually hidden submit button of the admin's search fields.
    "Search": [
        ("wagtail", "admin/templates/wagtailadmin/shared/header.html", 'value="Search"'),
        ("wagtail", "admin/templates/wagtailadmin/home.html", 'value="Search"'),
    ],
    # The translation editor's menu button, in wagtail-localize's compiled React code.
    "More actions": [
        (
            "wagtail_localize",
            "static/wagtail_localize/js/wagtail-localize.js",
            '"w-sr-only"},"More actions")',
        )
    ],
}

# %(name)s, %s, %d, %(count)d, %.1f as Python formats them; {name}, {0} and {} for str.format
# and Wagtail's JavaScript. "%%" is a literal percent sign.
PLACEHOLDER = re.compile(r"%%|%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxX]|\{[^{}]*\}")
#: Placeholder names that stand for a number ("%(count)s", "{total}", "%(items_count)s"); with
#: "%d", they match digits only, so that "%(count)s image" is not matched by a title "An image".
NUMERIC_NAME = re.compile(r"(?:^|_)(?:count|counter|num|number|total|index)(?:_|$)")
TAG = re.compile(r"<[^>]+>")
#: Separators an admin template puts between two strings of its own ("Exploring: Berita",
#: "Go-live: 3 Des. 2026", "Collection » Title").
SEPARATOR = re.compile(r"(?<=:)\s+|\s+(?:·|»|\||-|–|—)\s+")
# A run of two letters: the least that makes a word of English.
WORD = re.compile(r"[^\W\d_]{2,}")


def normalise(text):
    return " ".join(text.split())


def visible_text(page):
    """The screen's text, each piece trimmed and whitespace-normalised, without duplicates."""
    seen = {}
    for piece in page.evaluate(VISIBLE_TEXT):
        for line in (piece or "").split("\n"):
            if line := normalise(line):
                seen.setdefault(line, None)
    return list(seen)


def as_shown(msgid):
    """A msgid as it reads on screen: markup removed, entities decoded, whitespace collapsed."""
    return normalise(html.unescape(TAG.sub("", msgid)))


@dataclass(frozen=True)
class Pattern:
    """A msgid with placeholders: a regular expression a whole line must match."""

    msgid: str
    regex: re.Pattern
    #: Its longest literal part, looked for before the regular expression is tried.
    anchor: str


def is_numeric(placeholder):
    name = re.sub(r"^%\(|\).*$|^\{|\}$", "", placeholder)
    return placeholder[-1] in "dif" or bool(NUMERIC_NAME.search(name))


def pattern_for(text):
    parts = []
    literals = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        literal = text[position : match.start()]
        literals.append(literal)
        parts.append(re.escape(literal))
        if match.group() == "%%":
            parts.append("%")
        elif is_numeric(match.group()):
            parts.append(r"([\d.,]+)")
        else:
            parts.append("(.+?)")
        position = match.end()
    literals.append(text[position:])
    parts.append(re.escape(text[position:]))
    regex = re.compile(r"\s+".join("".join(parts).split(r"\ ")))
    return regex, max(literals, key=len).strip()


@dataclass
class EnglishStrings:
    exact: set
    patterns: list
    #: Every string Django serves in Indonesian: a line that is one of them is Indonesian.
    indonesian: set
    #: The served Indonesian translations with placeholders, to look inside filled ones.
    templates: list

    def is_english(self, text):
        if text in self.indonesian or text in HARD_CODED_UPSTREAM:
            return False
        if text in self.exact:
            return True
        return any(
            pattern.anchor in text and pattern.regex.fullmatch(text) for pattern in self.patterns
        )

    def english_in(self, line):
        """The English of a line: the line itself (a field label without its required mark
        "*"), what fills an Indonesian template, or the parts a template joined with ":", "·",
        "»" or "-"."""
        if line.endswith("*") and len(line) > 1:
            line = line[:-1].rstrip()
        if self.is_english(line):
            return [line]
        if line in self.indonesian:
            return []
        for template in self.templates:
            if template.anchor in line and (match := template.regex.fullmatch(line)):
                filled = [normalise(value) for value in match.groups()]
                return [value for value in filled if self.is_english(value)]
        parts = [part for part in SEPARATOR.split(line) if part]
        if len(parts) < 2:
            return []
        return [
            text for part in parts for text in (part, part[:-1]) if text and self.is_english(text)
        ]

    def find(self, lines):
        found = []
        for line in lines:
            for text in self.english_in(line):
                if text not in found:
                    found.append(text)
        return found


def served_strings(catalogue):
    """The effective translations of a served catalogue (a later catalogue's entry for a msgid
    that an earlier one translates is never served, so it is left out)."""
    served = served_catalogue(catalogue)
    return {key: served[key] for key in set(served.keys())}


def entry_key(entry):
    key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
    return (key, 0) if entry.msgid_plural else key


def shown_forms(entry):
    """How an entry's msgid and plural read on screen: whole, and, when markup splits it into
    elements of their own ("<span>%(total)s</span> Pages <span>created in %(site)s</span>"),
    each part between tags as well; each also with a capital first letter."""
    for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
        yield from with_capital(as_shown(msgid))
        if TAG.search(msgid):
            for part in TAG.split(msgid):
                yield from with_capital(as_shown(part))


def with_capital(text):
    """A text, and as Django shows a model field's verbose name in a form label or a column
    heading: with a capital first letter ("admin theme" reads "Admin theme")."""
    if text:
        yield text
        if text[0].islower():
            yield capfirst(text)


@cache
def english_strings():
    """The English of every catalogue's msgids, as it reads on screen.

    Left out:
    - a msgid whose served Indonesian is the msgid itself ("Status", "Alias", "URL"): the
      translators kept it, so it is also the Indonesian;
    - a msgid that is the served Indonesian of another msgid ("Tag" translates "Tags"): on
      screen it cannot be told from the Indonesian;
    - a msgid without a word of two letters outside its placeholders ("%(field_label)s:",
      "%(range_start)s - %(range_end)s"): it only arranges other strings, which are matched on
      their own, and as a pattern it would match almost any line.
    """
    served = {catalogue: served_strings(catalogue) for catalogue in CATALOGUES}
    # A served translation's parts between tags are Indonesian too, names included: a product
    # name such as "Microsoft Authenticator" in a translated list stays as it is.
    indonesian = {
        shown
        for strings in served.values()
        for text in strings.values()
        if text
        for part in [text, *TAG.split(text)]
        for shown in with_capital(as_shown(part))
    }
    templates = {}
    for text in indonesian:
        if PLACEHOLDER.search(text.replace("%%", "")) and WORD.search(PLACEHOLDER.sub(" ", text)):
            regex, anchor = pattern_for(text)
            templates.setdefault(text, Pattern(text, regex, anchor))
    exact, patterns = set(), {}
    for catalogue in CATALOGUES:
        for entry in source_entries(catalogue):
            if served[catalogue].get(entry_key(entry)) == entry.msgid:
                continue
            for text in shown_forms(entry):
                if not WORD.search(PLACEHOLDER.sub(" ", text).replace("%", " ")):
                    continue
                if PLACEHOLDER.search(text.replace("%%", "")):
                    regex, anchor = pattern_for(text)
                    patterns.setdefault(text, Pattern(text, regex, anchor))
                else:
                    exact.add(text.replace("%%", "%"))
    return EnglishStrings(
        exact=exact,
        patterns=list(patterns.values()),
        indonesian=indonesian,
        templates=list(templates.values()),
    )


@dataclass
class ScreenWalk:
    """A role's walk through the admin: the English strings seen on each screen, in order."""

    page: object
    role: str
    found: dict = field(default_factory=dict)
    screens: int = 0

    def read(self, screen):
        """Collect the English strings of what the page shows now, as `screen`, once it has
        loaded (a read straight after a redirect would see half a page)."""
        self.page.wait_for_load_state()
        lines = visible_text(self.page)
        self.screens += 1
        if folder := os.environ.get("ADMIN_SCREEN_TEXT_DIR"):
            name = re.sub(r"\W+", "-", f"{self.role} {self.screens:02d} {screen}").strip("-")
            path = Path(folder) / f"{name}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n")
        strings = self.found.setdefault(screen, [])
        for line in english_strings().find(lines):
            if line not in strings:
                strings.append(line)

    def report(self):
        distinct = {line for strings in self.found.values() for line in strings}
        lines = [f"{self.role}: {len(distinct)} English strings on {self.screens} screens"]
        for screen, strings in self.found.items():
            if strings:
                lines.append(f"  {screen}:")
                lines.extend(f"    {line!r}" for line in strings)
        return "\n".join(lines)

    def english_found(self):
        return any(self.found.values())
