"""A small Dutch issue and briefing, built directly, for the briefing and export tests."""

from __future__ import annotations

from reader.core.briefing.model import Briefing
from reader.core.models import Issue, Item


def sample_issue() -> Issue:
    """Return a newsletter issue of four items, one of them in English."""
    items = [
        Item(
            title="Woningbouw versnelt",
            category="Wonen",
            summary=(
                "De minister wil ‘sneller’ bouwen in middelgrote gemeenten.",
                "Gemeenten krijgen daarvoor een eenmalige bijdrage.",
            ),
            link="https://example.org/wonen",
        ),
        Item(
            title="Jeugdzorg krijgt meer geld",
            category="Zorg",
            summary=("Het kabinet trekt extra geld uit voor de jeugdzorg in 2027.",),
            link="https://example.org/jeugdzorg",
        ),
        Item(
            title="Climate agreement signed",
            category="Klimaat",
            summary=("Twelve regions signed an agreement on heat networks.",),
            link="https://example.org/climate",
            language="en",
        ),
        Item(
            title="Privacy bij camera’s",
            category="Veiligheid",
            summary=("De Autoriteit Persoonsgegevens geeft gemeenten een handreiking.",),
            link="https://example.org/camera",
        ),
    ]
    return Issue(
        title="VNG Nieuwsbrief week 12",
        date="2026-03-20",
        language="nl",
        source="vng-week-12.txt",
    ).with_items(items)


def sample_briefing() -> Briefing:
    """Return a briefing of items 2, 1 and 3 with notes, a recipient and an introduction."""
    issue = sample_issue()
    briefing = Briefing(
        title="Briefing wethouder week 12",
        date="2026-03-23",
        recipient="Wethouder Één de Vries",
        introduction="Drie onderwerpen voor het overleg van maandag.\n\nDe eerste is het "
        "belangrijkst.",
        language="nl",
    )
    for index in (1, 0, 2):
        briefing = briefing.add_item(issue.items[index], issue)
    briefing = briefing.set_note(0, "Vraag naar de verdeling over de regio.")
    return briefing.set_note(2, "Alleen ter informatie.")


ENTRY_TITLES = ["Jeugdzorg krijgt meer geld", "Woningbouw versnelt", "Climate agreement signed"]


def noted_briefing() -> Briefing:
    """Return the three-item briefing with a note on every item (one of two paragraphs).

    Its title holds a long Dutch compound, the kind that overflows a narrow window.
    """
    briefing = sample_briefing().with_details(
        title="Briefing raadsvergadering modelhuisvestingsverordening week 12"
    )
    briefing = briefing.set_note(1, "Bespreken met de griffier vóór donderdag.\n\n"
                                    "Zie ook de brief van 12 mei.")
    return briefing
