"""Accessible HTML export: semantic HTML5, lang, one h1, an h2 per item, notes in an aside.

No scripts and no remote resources; the reader's theme is inlined as CSS. The same markup
feeds the GUI's print preview (QTextDocument ignores what it does not know, keeps the text).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from reader.core.briefing.model import Briefing
from reader.core.export import common
from reader.core.export.common import ExportStyle


def _css(style: ExportStyle) -> str:
    s = style.checked()
    c = s.colours()
    font = f'"{s.font_family}", "Atkinson Hyperlegible", Verdana, sans-serif'
    # Sizes are relative to the browser's own default (12 pt = 1rem), so a reader who set a
    # larger default keeps it; the pt before each is for Qt's print preview, which knows no
    # rem. A word longer than the line wraps (headings hyphenate, lang is set), so the page
    # reflows to 320 CSS px (400 % zoom) without sideways scrolling (WCAG 1.4.10); body text
    # is not hyphenated, since split words slow dyslexic readers.
    return f"""
html {{ color-scheme: {"dark" if s.dark else "light"}; }}
body {{ font-family: {font};
  font-size: {s.font_size_pt:g}pt; font-size: {s.font_size_pt / 12:.4g}rem;
  line-height: {s.line_height:g}; color: {c.foreground}; background: {c.background};
  max-width: 40em; margin: 1em auto;
  padding: 0 0.75em; overflow-wrap: anywhere; }}
h1, h2 {{ hyphens: auto; -webkit-hyphens: auto; }}
h1 {{ font-size: {s.font_size_pt * 1.6:.3g}pt; font-size: 1.6em; line-height: 1.25; }}
h2 {{ font-size: {s.font_size_pt * 1.3:.3g}pt; font-size: 1.3em; line-height: 1.3;
  margin-top: 1.5em; }}
a {{ color: {c.link}; text-decoration: underline; }}
a:focus {{ outline: 3px solid {c.link}; outline-offset: 2px; }}
.meta {{ font-style: italic; }}
.note {{ background: {c.note_background}; color: {c.note_foreground};
  border-left: 0.4em solid {c.note_border}; padding: 0.5em 1em; margin: 1em 0; }}
.note-label {{ font-weight: bold; }}
@media print {{ body {{ max-width: none; }} a::after {{ content: " (" attr(href) ")"; }} }}
""".strip()


def _lang_attr(lang: str | None, document_lang: str) -> str:
    if not lang:
        return ""
    tag = common.full_language_tag(lang)
    return "" if tag == document_lang else f' lang="{escape(tag)}"'


def _safe_href(link: str) -> str | None:
    # Only web and mail links: a file: or javascript: target has no place in a shared briefing.
    lowered = link.strip().lower()
    if lowered.startswith(("http://", "https://", "mailto:")):
        return link.strip()
    return None


def render_html(briefing: Briefing, style: ExportStyle | None = None) -> str:
    """Return the briefing as a complete, self-contained HTML5 document."""
    style = style or ExportStyle()
    briefing = common.document_ready(briefing)
    labels = common.labels_for(briefing)
    lang = common.full_language_tag(briefing.language)
    title = common.heading_text(briefing)
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{_css(style)}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
    ]
    details = common.details_line(briefing)
    if details:
        out.append(f'<p class="meta">{escape(details)}</p>')
    out.append("</header>")
    out.append("<main>")
    intro = common.paragraphs(briefing.introduction)
    if intro:
        out.append(f'<section class="introduction" aria-label="{escape(labels.introduction)}">')
        out.extend(f"<p>{escape(p)}</p>" for p in intro)
        out.append("</section>")
    for number, entry in enumerate(briefing.entries, start=1):
        anchor = f"item-{number}"
        # The item's own language goes on its title and summary only: labels stay the document's.
        item_lang = _lang_attr(entry.language, lang)
        out.append(f'<article aria-labelledby="{anchor}">')
        out.append(f'<h2 id="{anchor}"{item_lang}>{number}. {escape(entry.title)}</h2>')
        origin = common.source_line(entry, labels)
        if origin:
            out.append(f'<p class="meta">{escape(origin)}</p>')
        out.extend(f"<p{item_lang}>{escape(p)}</p>" for p in entry.summary if p.strip())
        note = common.paragraphs(entry.note)
        if note:
            # The note is the assistant's, in the briefing's language even if the item is not.
            out.append(f'<aside class="note" aria-label="{escape(labels.note)} {number}">')
            out.append(
                f'<p><span class="note-label">{escape(labels.note)}:</span> {escape(note[0])}</p>'
            )
            out.extend(f"<p>{escape(p)}</p>" for p in note[1:])
            out.append("</aside>")
        href = _safe_href(entry.link or "")
        if href:
            text = escape(common.link_text(entry, labels))
            out.append(f'<p><a href="{escape(href)}">{text}</a></p>')
        out.append("</article>")
    out.extend(["</main>", "</body>", "</html>", ""])
    return "\n".join(out)


def write(briefing: Briefing, path: Path, *, style: ExportStyle) -> None:
    """Write the briefing as an HTML file."""
    path.write_text(render_html(briefing, style), encoding="utf-8", newline="\n")
