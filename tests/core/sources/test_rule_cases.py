"""Every named parser rule has a unit test of its own that fails when the rule is off.

The cases here are small newsletters made by hand the way senders build them (a cycling
club's e-mail and printed bulletin); the other rules' tests live beside the parser they
belong to and are named in OWN_TEST. A rule whose test still passes with the rule off is
doing nothing: give it a case that needs it, or remove it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.sources import rules
from reader.core.sources.parse import parse_bytes
from tests.core.sources import test_html_parser as html_tests
from tests.core.sources import test_pdf_parser as pdf_tests
from tests.core.sources import test_pdf_tables as pdf_table_tests
from tests.core.sources import test_records as record_tests
from tests.core.sources import test_rules as rule_tests
from tests.core.sources import test_text_parser as text_tests

RIDE = "Forty riders set off at dawn for the coast and were back by tea time, tired and happy."
KIT = "The new jerseys arrived this week; collect yours at the club house on Thursday evening."
LANE = "The council will paint a cycle lane along the river road before the summer holidays."
CLUB = "https://club.example"


def _items(data: bytes, name: str) -> list[tuple[str, str | None, str | None, str]]:
    """What a reader sees of each item: title, category, link and text."""
    return [(it.title, it.category, it.link, it.summary_text)
            for it in parse_bytes(data, name=name).items]


def _mail(body: str) -> bytes:
    return f"<html><body><h1>Club news</h1>{body}</body></html>".encode()


def _story(slug: str, title: str, text: str) -> str:
    return f"<h2><a href='{CLUB}/{slug}'>{title}</a></h2><p>{text}</p>"


RIDE_STORY = _story("ride", "Spring ride to the coast", RIDE)
KIT_STORY = _story("kit", "New club kit is in", KIT)
TWO_STORIES = [("Spring ride to the coast", "Club news", f"{CLUB}/ride", RIDE),
               ("New club kit is in", "Club news", f"{CLUB}/kit", KIT)]


def test_a_social_bar_under_the_stories_is_no_section():
    social = "".join(f"<p><a href='https://{s.lower()}.example/club'>{s}</a></p>"
                     for s in ("Facebook", "Instagram", "Mastodon"))
    html = _mail(RIDE_STORY + KIT_STORY
                 + _story("lane", "A new cycle lane", LANE) + social)
    assert _items(html, "club.html") == [
        *TWO_STORIES, ("A new cycle lane", "Club news", f"{CLUB}/lane", LANE)]


def test_the_senders_address_in_the_footer_is_not_the_last_storys_text():
    footer = ("<p>You are receiving this email because you joined the Riverside Cycling Club.</p>"
              f"<p><a href='{CLUB}/unsubscribe'>Unsubscribe</a> | "
              f"<a href='{CLUB}/prefs'>Update your preferences</a></p>"
              "<p>Riverside Cycling Club, 12 Mill Lane, Riverside</p>")
    html = _mail(RIDE_STORY + KIT_STORY
                 + footer)
    assert _items(html, "club.html") == TWO_STORIES


def test_a_bold_link_with_a_few_words_under_it_is_one_of_the_bold_link_stories():
    def record(slug: str, title: str, text: str) -> str:
        return f"<p><b><a href='{CLUB}/{slug}'>{title}</a></b></p><p>{text}</p>"

    html = _mail(record("ride", "Spring ride to the coast", RIDE)
                 + record("kit", "New club kit is in", KIT)
                 + record("agm", "Annual meeting in May", "Vote for the board.")
                 + record("lane", "A new cycle lane", LANE))
    assert _items(html, "club.html") == [
        *TWO_STORIES, ("Annual meeting in May", "Club news", f"{CLUB}/agm", "Vote for the board."),
        ("A new cycle lane", "Club news", f"{CLUB}/lane", LANE)]


def test_an_unlinked_heading_over_text_among_linked_stories_is_a_story():
    chair = "Members vote on the new board and the budget for next season at the annual meeting."
    html = _mail(RIDE_STORY + KIT_STORY
                 + f"<h3>From the chair</h3><p>{chair}</p>")
    assert _items(html, "club.html") == [
        *TWO_STORIES, ("From the chair", "Club news", None, chair)]


def test_link_cards_with_a_short_description_are_stories():
    cards = [("ride", "Spring ride to the coast", "Forty riders, one puncture, no rain."),
             ("kit", "New club kit is in", "Collect yours on Thursday evening."),
             ("agm", "Annual meeting in May", "Vote on the new board.")]
    html = _mail("<p>Hello riders, here is what happened in the club this month and what is "
                 "coming up next.</p>" + "".join(
                     f"<a href='{CLUB}/{slug}'><div><strong>{title}</strong></div>"
                     f"<div>{text}</div><div>club.example</div></a>"
                     for slug, title, text in cards))
    assert _items(html, "club.html") == [
        (title, None, f"{CLUB}/{slug}", text) for slug, title, text in cards]


def test_an_unlinked_story_heading_with_the_word_issue_is_still_a_story():
    # "issue" also names the newsletter ("Issue 42"); at the linked stories' level it is a story.
    night = "Several members asked for lights and a slower group on the Wednesday evening rides."
    html = _mail(RIDE_STORY
                 + f"<h2>Members raise the issue of night rides</h2><p>{night}</p>"
                 + KIT_STORY)
    assert _items(html, "club.html") == [
        TWO_STORIES[0], ("Members raise the issue of night rides", "Club news", None, night),
        TWO_STORIES[1]]


def test_plain_labels_that_recur_above_stories_are_their_sections():
    sale = "Rain jackets are half price at the club shop until the end of the month."
    html = _mail(f"<p>Rides</p><p><a href='{CLUB}/ride'>Spring ride to the coast</a></p>"
                 f"<p>{RIDE}</p><p>Shop</p><p><a href='{CLUB}/kit'>New club kit is in</a></p>"
                 f"<p>{KIT}</p>"
                 f"<p><a href='{CLUB}/jackets'>Rain jackets on sale</a></p><p>{sale}</p>")
    assert _items(html, "club.html") == [
        ("Spring ride to the coast", "Rides", f"{CLUB}/ride", RIDE),
        ("New club kit is in", "Shop", f"{CLUB}/kit", KIT),
        ("Rain jackets on sale", "Shop", f"{CLUB}/jackets", sale)]


def test_a_story_marked_sponsored_is_left_out():
    ad = _story("sale", "Big spring sale at Wheel Deal",
                "Half price on all helmets and lights this weekend only, in store and online.")
    html = _mail(RIDE_STORY + "<p>Sponsored</p>" + ad
                 + KIT_STORY)
    assert _items(html, "club.html") == TWO_STORIES


BULLETIN_HEAD = [("F2", 24, 60, 800, "Riverside Cycling Club")]
KIT_LINE = "The new jerseys arrived this week and can be collected on Thursday evening."


def test_a_byline_after_a_printed_heading_is_not_part_of_the_title():
    pdf = pdf_tests.make_pdf([[
        *BULLETIN_HEAD,
        ("F2", 14, 60, 760, "Our spring ride to the coast by Jane Doe"),
        ("F1", 10, 60, 744, "Forty riders set off at dawn and were back by tea time, tired."),
        ("F2", 14, 60, 700, "New club kit is in by Tom Baker"),
        ("F1", 10, 60, 684, KIT_LINE),
    ]])
    assert [it.title for it in parse_bytes(pdf, name="club.pdf").items] == [
        "Our spring ride to the coast", "New club kit is in"]


def test_the_month_under_a_printed_masthead_is_no_story():
    pdf = pdf_tests.make_pdf([[
        *BULLETIN_HEAD,
        ("F2", 14, 60, 770, "News and rides in March 2025"),
        ("F1", 10, 60, 754, "Hello riders, spring is here and so is our season of weekend rides."),
        ("F2", 14, 60, 720, "New club kit is in"),
        ("F1", 10, 60, 704, KIT_LINE),
    ]])
    items = parse_bytes(pdf, name="club.pdf").items
    assert [(it.title, it.summary_text) for it in items] == [("New club kit is in", KIT_LINE)]


def test_a_feature_box_of_short_lines_under_a_big_title_is_a_story():
    pdf = pdf_tests.make_pdf([[
        *BULLETIN_HEAD,
        ("F2", 16, 60, 720, "Summer film night"),
        ("F2", 11, 60, 700, "When"),
        ("F1", 10, 60, 688, "Friday 20 June, 21:00"),
        ("F2", 11, 60, 670, "Where"),
        ("F1", 10, 60, 658, "Behind the club house"),
        ("F2", 11, 60, 640, "Bring"),
        ("F1", 10, 60, 628, "A chair and a torch"),
        ("F2", 14, 60, 600, "New club kit is in"),
        ("F1", 10, 60, 584, KIT_LINE),
    ]])
    items = parse_bytes(pdf, name="club.pdf").items
    assert [(it.title, it.summary_text) for it in items] == [
        ("Summer film night",
         "When Friday 20 June, 21:00 Where Behind the club house Bring A chair and a torch"),
        ("New club kit is in", KIT_LINE)]


# The one unit test that shows what each rule is for.
OWN_TEST: dict[str, Callable[[], None]] = {
    "html.menus": test_a_social_bar_under_the_stories_is_no_section,
    "html.footer": test_the_senders_address_in_the_footer_is_not_the_last_storys_text,
    "html.lead_links":
        rule_tests.test_switching_a_rule_off_changes_the_items_and_only_inside_the_block,
    "html.when_where":
        record_tests.test_an_events_place_and_time_line_is_neither_a_title_nor_a_break,
    "html.link_lists":
        record_tests.test_a_headline_digest_without_summaries_lists_each_headline_under_its_section,
    "html.bold_leads":
        record_tests.test_paragraphs_led_by_a_bold_phrase_are_items_under_their_heading,
    "html.repeated_records":
        test_a_bold_link_with_a_few_words_under_it_is_one_of_the_bold_link_stories,
    "html.mixed_layouts": test_an_unlinked_heading_over_text_among_linked_stories_is_a_story,
    "html.cards": test_link_cards_with_a_short_description_are_stories,
    "html.sibling_titles": html_tests.test_h2_stories_without_sections_all_count,
    "html.kicker_titles": html_tests.test_cards_with_a_label_above_an_emphasised_title,
    "html.unlinked_peers": test_an_unlinked_story_heading_with_the_word_issue_is_still_a_story,
    "html.numbered_leads": html_tests.test_numbered_bold_leads_and_section_headings,
    "html.section_heads": html_tests.test_numbered_bold_leads_and_section_headings,
    "html.recurring_labels": test_plain_labels_that_recur_above_stories_are_their_sections,
    "html.tag_lines": html_tests.test_web_listing_page_items_tags_dates_and_base_url,
    "html.sponsor": test_a_story_marked_sponsored_is_left_out,
    "text.bullet_lists":
        record_tests.test_a_plain_text_bullet_digest_gives_one_item_per_second_level_bullet,
    "text.section_lines":
        record_tests.test_underlined_and_capitalised_headings_of_a_text_mail_are_sections,
    "text.read_more": text_tests.test_read_more_glued_to_text_and_links_under_it,
    "text.masthead": text_tests.test_english_newsletter_with_read_more,
    "text.inner_titles": text_tests.test_titles_between_paragraphs_without_blank_lines,
    "text.themes": text_tests.test_english_newsletter_with_read_more,
    "pdf.table_rows": pdf_table_tests.test_each_row_of_an_events_table_is_an_item_with_its_date,
    "pdf.boxed_stories": test_a_feature_box_of_short_lines_under_a_big_title_is_a_story,
    "pdf.dateline": test_the_month_under_a_printed_masthead_is_no_story,
    "pdf.bylines": test_a_byline_after_a_printed_heading_is_not_part_of_the_title,
    "pdf.speaker_names": pdf_tests.test_section_heading_and_byline_under_a_title,
}


@pytest.mark.parametrize("rule", list(rules.RULES))
def test_each_rules_own_test_fails_with_the_rule_off(rule: str):
    assert rule in OWN_TEST, f"{rule} has no unit test of its own"
    own = OWN_TEST[rule]
    own()
    with rules.disabled(rule), pytest.raises(AssertionError):
        own()


def test_every_own_test_names_a_rule():
    assert set(OWN_TEST) <= set(rules.RULES)
