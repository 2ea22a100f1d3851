"""The guides in `docs/`, shown in the admin as they read in the repository.

They are rendered with markdown-it-py (CommonMark): numbered and nested lists, emphasis and
code come out as they do on any Markdown viewer. Raw HTML in a guide is shown as text, never
run. Headings move one level down, as the admin page's own title is the `<h1>`.
"""

from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

_markdown = MarkdownIt("commonmark", {"html": False})


def markdown_to_html(text):
    tokens = _markdown.parse(text)
    for token in tokens:
        if token.type in {"heading_open", "heading_close"}:
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
    # markdown-it escapes all text and drops raw HTML (html=False)
    return mark_safe(_markdown.renderer.render(tokens, _markdown.options, {}))  # noqa: S308


def render_guide(path):
    """The guide at `path` as HTML, or nothing when the file is missing."""
    return markdown_to_html(path.read_text(encoding="utf-8")) if path.exists() else ""
