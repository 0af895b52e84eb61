"""The named layout rules of the item finders, each documented with what it serves.

A rule is a piece of evidence about how newsletters are built (a linked headline over text,
a bold lead-in, a bullet list of links ...). Every rule the parsers apply beyond the plain
"heading or link over text" core has a name here, so that `helder eval --ablate` can switch
each one off in turn and show which labelled files it earns its place on. A rule that helps
one sender only is a sign of tuning, and this table is where that shows.

The parsers ask `on(name)` before applying a rule; `disabled(...)` switches rules off for the
current thread or task (a context variable, so parallel parses do not see each other's).
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    """One named piece of layout evidence."""

    name: str  # "<parser>.<rule>": the parser ("html", "text", "pdf") is the name's prefix
    serves: str  # the kinds of newsletter it is for (template families, layouts)
    doc: str  # what it does, in one sentence

    @property
    def formats(self) -> str:
        """The parser that applies it: "html", "text" or "pdf"."""
        return self.name.split(".", 1)[0]


_RULES = (
    Rule("html.menus", "every web page and most e-mail templates (top and social bars)",
         "Runs of three or more short links in a row are menus, never stories."),
    Rule("html.footer", "every commercial e-mail (CAN-SPAM/AVG footers)",
         "The first subscribe/unsubscribe line in the second half starts the footer."),
    Rule("html.lead_links", "link digests (Pointer, Kotlin Weekly, awesome-lists)",
         "Repeated lines that open with a short link followed by ': text' are items."),
    Rule("html.when_where", "event listings in any template (meetups, parties, "
         "churches)", "A short line with a clock time ('Barcade | 6:30 pm') is an event's "
         "place and time: never a title, and no break between a title and its text."),
    Rule("html.link_lists", "headline digests (news dailies, Times/ET, Morning Brew "
         "link sections)", "Three or more headline links in a row, with only bullets or images "
         "between them, are items even without text under them."),
    Rule("html.bold_leads", "Ghost, Substack and Mailjet notes: paragraphs led by a "
         "bold phrase", "A paragraph that opens with a bold lead-in is an item titled by the "
         "lead, when two or more paragraphs do so."),
    Rule("html.repeated_records", "Mailchimp/Campaign Monitor digests with one-line "
         "blurbs", "A link line shaped like the linked items found (emphasis, size, nesting) "
         "is one of them even when the text under it is a few words."),
    Rule("html.mixed_layouts", "issues mixing linked stories with plain sections "
         "(party and club newsletters, Mailjet feature + news)", "A heading over text that "
         "holds none of the items found is an item itself."),
    Rule("html.cards", "Ghost bookmark cards, Substack embeds, beehiiv link cards",
         "A run of lines that all lead to one link is one card; its emphasised line is the "
         "title."),
    Rule("html.sibling_titles", "listing pages and e-mails with one heading level per "
         "story", "A linked heading at the level the other stories use, with text under it, is "
         "a story even when it opens like a 'read more' link."),
    Rule("html.kicker_titles", "magazine-style e-mails (Mailjet/Sendinblue card grids)",
         "An emphasised linked title under a short label, repeated three or more times: the "
         "label is the item's tag."),
    Rule("html.unlinked_peers", "issues mixing linked and unlinked story headings",
         "An unlinked heading at the level of the linked stories, with text under it, is a "
         "story too."),
    Rule("html.numbered_leads", "'five things to know' briefings (MIT, Axios-style)",
         "Bold lines numbered 1, 2, 3 ... with text under them are a numbered list of stories."),
    Rule("html.section_heads", "issues whose sections hold sub-headed stories",
         "A heading straight above a deeper story heading, or with no text of its own, names a "
         "section and is no story."),
    Rule("html.recurring_labels", "digests with plain section labels (News, Tools ...)",
         "Short plain labels right above stories name sections when two or more recur."),
    Rule("html.tag_lines", "blog-style listings ('Posted in A, B')",
         "A line of short links after a story ('Posted in A, B') gives its tags."),
    Rule("html.sponsor", "ad-supported e-mails (Mailchimp, beehiiv, Substack)",
         "Stories under or marked by sponsor words are left out."),
    Rule("text.bullet_lists", "mailing-list digests, link roundups and event lists in "
         "plain text (nested '- ' or '1.' lists)", "When most lines are list lines, top bullets "
         "ending in ':' are sections, the bullets under them items, deeper bullets their text."),
    Rule("text.section_lines", "plain-text mailings with separator lines and "
         "underlined or upper-case headings", "Separator lines break blocks; an underlined or "
         "capitalised heading over two or more items is their section, over text its title."),
    Rule("text.read_more", "plain-text mailings and PDF text with 'Lees meer' lines",
         "A 'read more' line closes the item above it and gives its link."),
    Rule("text.masthead", "plain-text issues that open with the newsletter's name",
         "A first block naming a newsletter, issue or date is the issue title, not an item."),
    Rule("text.inner_titles", "text where a title sits inside a paragraph block",
         "A short title-case line followed by full lines inside a block opens a new item."),
    Rule("text.themes", "bulletins with a theme line under each title (VNG-style)",
         "A short line under a title that recurs as a theme elsewhere is the item's category."),
    Rule("pdf.table_rows", "parish letters, club bulletins and agendas with an events "
         "table", "Rows that start with a date or time cell, four or more in one column, are "
         "items: the text beside the date is the title, the lines under it the text."),
    Rule("pdf.boxed_stories", "bulletins and parish letters with feature boxes",
         "A heading 3 pt or more above the body size over a dozen words of text is a story, "
         "and the smaller headings inside it are its parts."),
    Rule("pdf.dateline", "printed newsletters with a masthead ('News and events in "
         "February 2023')", "A heading with a month and year above the first text on page 1 "
         "is the issue's dateline, not a story."),
    Rule("pdf.bylines", "club and congregation bulletins ('... by Jane Doe')",
         "A trailing 'by Name' on a PDF heading is a byline, not part of the title."),
    Rule("pdf.speaker_names", "bulletins whose columns are signed by a person",
         "A heading that is only a person's name is the speaker; the line with it is the "
         "title."),
)

RULES: dict[str, Rule] = {r.name: r for r in _RULES}

_disabled: ContextVar[frozenset[str]] = ContextVar("disabled_rules", default=frozenset())


def on(name: str) -> bool:
    """Tell whether the named rule is switched on (they all are, unless ablated)."""
    if name not in RULES:
        raise KeyError(f"unknown parser rule {name!r}")
    return name not in _disabled.get()


@contextmanager
def disabled(*names: str) -> Generator[None, None, None]:
    """Switch the named rules off inside the with-block (for ablation)."""
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise KeyError(f"unknown parser rules {unknown}")
    token = _disabled.set(_disabled.get() | frozenset(names))
    try:
        yield
    finally:
        _disabled.reset(token)
