"""Newsletter layouts found by repetition: bullet digests, headline runs, bold lead-ins, events."""

from __future__ import annotations

from reader.core.sources import rules
from reader.core.sources.parse import parse_bytes

DIGEST = """Een korte inleiding van de redactie over deze week.

- Wonen:
  - [Meer woningen voor starters] (<https://a.example/1>) ([Reddit] (<https://r.example/1>))
  - [Huurbevriezing verlengd] (<https://a.example/2>) - kort nieuws
- Evenementen ([iCal] (<https://a.example/cal.ics>)):
  - Raad: Informatieavond wonen <https://a.example/3> do 2 juli 19:30
  - buurtapp <https://a.example/4>: een app voor buren
    - [Een video erover] (<https://v.example/5>)

Links uit de gemeenteraad en de krant.
"""


def _items(data: str | bytes, name: str):
    raw = data.encode() if isinstance(data, str) else data
    return parse_bytes(raw, name=name).items


def test_a_plain_text_bullet_digest_gives_one_item_per_second_level_bullet():
    items = _items(DIGEST, "digest.txt")
    assert [(it.title, it.category, it.link) for it in items] == [
        ("Meer woningen voor starters", "Wonen", "https://a.example/1"),
        ("Huurbevriezing verlengd", "Wonen", "https://a.example/2"),
        ("Raad: Informatieavond wonen", "Evenementen", "https://a.example/3"),
        ("buurtapp", "Evenementen", "https://a.example/4"),
    ]
    assert items[1].summary == ("kort nieuws",)
    assert items[3].summary[0] == "een app voor buren"
    assert "Een video erover" in items[3].summary_text  # a deeper bullet stays with its item
    with rules.disabled("text.bullet_lists"):
        assert len(_items(DIGEST, "digest.txt")) != 4


HEADLINES = "<html><body><p>Daily digest, 3 February</p><p><b>Top Stories</b></p><table>" + "".join(
    f"<tr><td>•</td><td><a href='https://t.example/{n}'> Headline number {n} about the energy "
    f"market </a> Business Standard</td></tr>" for n in range(5)) + "</table>" + (
    "<p><b>Power</b></p><table>" + "".join(
        f"<tr><td>•</td><td><a href='https://t.example/p{n}'>Power story {n} about the grid</a>"
        "</td></tr>" for n in range(3)) + "</table><p>Unsubscribe</p></body></html>")


def test_a_headline_digest_without_summaries_lists_each_headline_under_its_section():
    items = _items(HEADLINES, "daily.html")
    assert [it.title for it in items] == [
        *(f"Headline number {n} about the energy market" for n in range(5)),
        *(f"Power story {n} about the grid" for n in range(3))]
    assert {it.category for it in items[:5]} == {"Top Stories"}
    assert items[-1].category == "Power"
    assert items[0].link == "https://t.example/0"


LEADS = """<html><body><h1>Weekly notes</h1>
<h2>Ease of entry</h2>
<p><strong>Renting tools:</strong> this readme starts with a clear step-by-step guide on how to
rent hardware, see <a href="https://l.example/1">the guide</a> for more.</p>
<p><strong>Nvidia still dominant:</strong> an analysis of published papers shows one vendor in
almost all of them, which says a lot about the field.</p>
<h2>Governance</h2>
<p><strong>New licence drafts</strong> were published this week by two foundations; both ask
for comments before the end of the month.</p>
<p>That's all this week, thanks for reading and see you next time around.</p>
</body></html>"""


def test_paragraphs_led_by_a_bold_phrase_are_items_under_their_heading():
    items = _items(LEADS, "notes.html")
    assert [(it.title, it.category) for it in items] == [
        ("Renting tools", "Ease of entry"),
        ("Nvidia still dominant", "Ease of entry"),
        ("New licence drafts", "Governance"),
    ]
    assert items[0].link == "https://l.example/1"
    assert items[0].summary[0].startswith("this readme starts")


RUN_IN = """<html><body><h1>Apple fined in France over its advertising tracking rules</h1>
<p>Apple does not seem inclined to change its practices, even after the competition authority
handed down its decision this morning after a long investigation into the matter.</p>
<p><b>Unique identifier</b> – the new rules, known as App Tracking Transparency, require every
app to ask for permission before it follows users across other apps and sites.</p>
<p><b>Not the same rules</b> – the authority says Apple applied stricter rules to others than
to itself, which is what the fine of 150 million euros is for in the end.</p>
</body></html>"""


def test_bold_run_in_heads_inside_one_story_are_not_items():
    items = _items(RUN_IN, "story.html")
    assert [it.title for it in items] == [
        "Apple fined in France over its advertising tracking rules"]


EVENTS = """<html><body><h1>Upcoming events</h1>
<p><b>Monday, December 1</b></p>
<p><a href="https://e.example/1">Citywide social hour</a></p>
<p><a href="https://e.example/old">Barcade, 1326 Chestnut St | 6:30 pm - 8 pm</a></p>
<p>Join us for a casual meet-up with food and drinks, everyone is welcome to come along.</p>
<p><b>Wednesday, December 3</b></p>
<p><a href="https://e.example/2">Public meeting on the trail</a></p>
<p>Centennial Village, 1702 N. 52 Street | 6 pm - 7:30 pm</p>
<p>Attend this meeting to support a new protected rail-trail corridor in the park.</p>
</body></html>"""


def test_an_events_place_and_time_line_is_neither_a_title_nor_a_break():
    items = _items(EVENTS, "events.html")
    assert [(it.title, it.link) for it in items] == [
        ("Citywide social hour", "https://e.example/1"),
        ("Public meeting on the trail", "https://e.example/2"),
    ]
    with rules.disabled("html.when_where"):
        titles = [it.title for it in _items(EVENTS, "events.html")]
    assert "Barcade, 1326 Chestnut St | 6:30 pm - 8 pm" in titles


LABELLED = """<html><body><h2>Listen</h2>
<p><strong>Most popular episode:</strong> <a href="https://p.example/1">AWS guide with a
guest</a>--the guest has written a living document about the cloud, and tells us why.</p>
<p><strong>Old favourite:</strong> <a href="https://p.example/2">Replacing Hadoop with
containers</a>--a project that swaps the file system for something simpler to run.</p>
<h2>Notes</h2>
<p>"<a href="https://p.example/3">How open source is eating AI</a>" is a great essay that
sums up many of the themes of the last weeks in one long read.</p>
<p><strong>Renting tools:</strong> this readme starts with a clear step-by-step guide on how
to rent the hardware you need for an afternoon.</p>
</body></html>"""


def test_a_bold_label_before_a_link_makes_the_link_the_title():
    items = _items(LABELLED, "podcast.html")
    assert [(it.title, it.link) for it in items[:2]] == [
        ("AWS guide with a guest", "https://p.example/1"),
        ("Replacing Hadoop with containers", "https://p.example/2"),
    ]
    assert items[0].category == "Listen"
    assert items[0].summary[0].startswith("the guest has written")


def test_a_paragraph_opening_with_its_link_is_an_item_beside_bold_lead_ins():
    items = _items(LABELLED, "podcast.html")
    assert [it.title for it in items[2:]] == ["How open source is eating AI", "Renting tools"]
    assert items[2].summary[0].startswith('"How open source is eating AI" is a great essay')


SECTIONED_TEXT = """WEEKLY TECH DIGEST
Issue 42 - March 3, 2025

Hello readers, here is what happened this week in the world of open source.

==============================================================

TOP STORIES
-----------

Linux 6.8 released with new scheduler
The new kernel brings a rewritten scheduler and better power management for laptops.
https://example.org/linux-6-8

Python 3.13 beta adds free-threading
Free-threaded builds are now available for testing, the release notes explain how.
https://example.org/python-313

TOOLS

Ruff 0.3 is twice as fast
The linter now formats code as well, and the rules were reorganised.
https://example.org/ruff

--------------------------------------------------------------
You are receiving this email because you subscribed. Unsubscribe: https://example.org/u
"""


def test_underlined_and_capitalised_headings_of_a_text_mail_are_sections():
    issue = parse_bytes(SECTIONED_TEXT.encode(), name="digest.txt")
    assert issue.title == "WEEKLY TECH DIGEST Issue 42 - March 3, 2025"
    assert [(it.title, it.category, it.link) for it in issue.items] == [
        ("Linux 6.8 released with new scheduler", "TOP STORIES", "https://example.org/linux-6-8"),
        ("Python 3.13 beta adds free-threading", "TOP STORIES", "https://example.org/python-313"),
        ("Ruff 0.3 is twice as fast", "TOOLS", "https://example.org/ruff"),
    ]
    with rules.disabled("text.section_lines"):
        titles = [it.title for it in parse_bytes(SECTIONED_TEXT.encode(), name="d.txt").items]
    assert "TOP STORIES" in titles


NUMBERED_TEXT = """Nieuwsbrief Gemeente Voorbeeld - maart 2025

1. Nieuwe speeltuin in het park
   De speeltuin in het Stadspark is vernieuwd. Kinderen kunnen er vanaf zaterdag weer spelen.
   Lees meer: https://voorbeeld.nl/speeltuin

2. Afvalkalender 2025 verschenen
   De nieuwe afvalkalender staat online. U kunt hem ook ophalen bij het gemeentehuis.
   https://voorbeeld.nl/afval

3. Inloopavond over de nieuwe wijk
   Op 12 maart is er een inloopavond over de plannen voor de nieuwe wijk aan de rand van het dorp.

Afmelden voor deze nieuwsbrief: https://voorbeeld.nl/afmelden
"""


def test_a_numbered_list_with_indented_text_gives_titles_texts_and_links():
    items = _items(NUMBERED_TEXT, "nieuwsbrief.txt")
    assert [(it.title, it.link) for it in items] == [
        ("Nieuwe speeltuin in het park", "https://voorbeeld.nl/speeltuin"),
        ("Afvalkalender 2025 verschenen", "https://voorbeeld.nl/afval"),
        ("Inloopavond over de nieuwe wijk", None),
    ]
    assert items[0].summary == ("De speeltuin in het Stadspark is vernieuwd. Kinderen kunnen er "
                                "vanaf zaterdag weer spelen.",)
    assert {it.language for it in items} == {"nl"}


CTA = """<html lang="en"><body><h1>City Council Newsletter</h1>
<h2 style="font-size:22px">Events</h2>
<h3>Spring clean-up day</h3><p>Saturday 12 April, meet at the town hall square with gloves and
good shoes; coffee and tools are there for everyone.</p>
<a href="https://city.example/events/cleanup">Sign up</a>
<h3>Open day at the library</h3><p>The renovated library opens its doors for a day of readings,
music and tours for all ages, from ten in the morning.</p>
<a href="https://city.example/events/library">Read more</a>
</body></html>"""


def test_a_call_to_action_button_is_the_items_link_not_its_tag():
    items = _items(CTA, "events.html")
    assert [(it.title, it.category, it.link) for it in items] == [
        ("Spring clean-up day", "Events", "https://city.example/events/cleanup"),
        ("Open day at the library", "Events", "https://city.example/events/library"),
    ]
