"""The issue model keeps its content through its JSON form."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from reader.core.models import JSON_VERSION, Issue, Item

_text = st.text(max_size=40)
_maybe = st.none() | _text

items = st.builds(
    Item,
    title=_text,
    category=_maybe,
    summary=st.lists(st.text(min_size=1, max_size=60), max_size=4).map(tuple),
    link=_maybe,
    date=_maybe,
    language=st.sampled_from([None, "nl", "en"]),
)
issues = st.builds(
    lambda title, found, source, date, language: Issue(
        title=title, source=source, date=date, language=language
    ).with_items(found),
    _text,
    st.lists(items, max_size=5),
    _maybe,
    _maybe,
    st.sampled_from([None, "nl", "en"]),
)


@given(issues)
def test_issue_json_round_trip_is_stable(issue: Issue) -> None:
    text = issue.to_json()
    again = Issue.from_json(text)
    assert again == issue
    assert again.to_json() == text


@given(items)
def test_item_dict_round_trip(item: Item) -> None:
    assert Item.from_dict(json.loads(json.dumps(item.to_dict()))) == item


def test_json_form_of_a_parsed_item() -> None:
    item = Item(
        title="Wetsvoorstel Digitaal vergaderen",
        category="Bestuur",
        summary=("Eerste alinea.", "Tweede alinea."),
        link="https://vng.nl/nieuws/x",
        language="nl",
    )
    issue = Issue(title="VNG Nieuws", source="vng.txt", language="nl").with_items([item, item])
    data = json.loads(issue.to_json())
    assert data["version"] == JSON_VERSION
    assert [it["position"] for it in data["items"]] == [0, 1]
    assert data["items"][0]["summary"] == "Eerste alinea.\n\nTweede alinea."
    assert data["items"][0]["paragraphs"] == ["Eerste alinea.", "Tweede alinea."]
    assert Issue.from_json(issue.to_json()) == issue


def test_item_without_paragraph_list_splits_its_summary() -> None:
    item = Item.from_dict({"title": "T", "summary": "Een.\n\nTwee."})
    assert item.summary == ("Een.", "Twee.")
