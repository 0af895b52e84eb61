"""Language-independent text cues shared by the HTML, e-mail and PDF parsers.

Word lists here are general evidence (what footers, sponsor blocks and bylines say in the
languages our users read), never rules for one sender.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Zero-width and invisible characters that pad pre-headers and split words.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]"
)
_SPACES = re.compile(r"\s+")


def ignore_case(pattern: str) -> re.Pattern[str]:
    """Compile a pattern that matches in any letter case: newsletters write SUBSCRIBE too."""
    return re.compile(pattern, re.IGNORECASE)


def clean_text(text: str) -> str:
    """Remove invisible characters and collapse white space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


BOILERPLATE = ignore_case(
    r"unsubscribe|subscribe|opt[- ]?out|manage (your )?(preferences|subscription)|"
    r"update your preferences|(view|open|read) (this )?(email |e-mail )?in (your |a )?browser|"
    r"ouvrir dans (le|votre) navigateur|voir (la version|dans le navigateur)|"
    r"webversie|online versie|(bekijk|open) (deze (e-?mail|nieuwsbrief) )?online|"
    r"view (it )?online|web version|forwarded this|were forwarded|received this (email|e-mail)|"
    r"receiving this (email|e-mail)|mailing list|all rights reserved|copyright|©|"
    r"privacy policy|photo credits?|crédits? photos?|"
    r"afmelden|uitschrijven|aanmelden nieuwsbrief|bekijk (deze e-?mail )?in (je|uw) browser|"
    r"af te melden|afmelding|(je|uw) aanmelding|this e-?mail (has been|was) sent to|"
    r"inschrijven|abonneer|"
    r"désabonner|desabonner|désinscri|abonnez|s'abonner|inscrivez|gérer (vos|les) préférences|"
    r"version (en ligne|web)|vous a été transférée|"
    r"abbestellen|abmelden|im browser (ansehen|anzeigen)",
)

# The same without IGNORECASE, searched in lower-cased text: three times faster on long pages.
_BOILERPLATE_LOWER = re.compile(BOILERPLATE.pattern)

SPONSOR = ignore_case(
    r"\b(sponsored|sponsor|sponsors|sponsoring|presented by|brought to you by|advertisement|"
    r"advertorial|partner content|in partnership with|paid (post|partnership)|"
    r"gesponsord|advertentie|publicité|sponsorisé|anzeige|werbung)\b",
)

# "Read more" links start with a verb ("Lees meer", "Learn more about X", "Voir tous les
# outils"). "Meer", "more" and "mehr" open many headlines too ("Meer woningen voor starters",
# "More layoffs at X"), so on their own they only count with a read-more word after them.
READ_MORE = ignore_case(
    r"^\W*((read|lees|lire|weiterlesen|continue reading|learn|bekijk|"
    r"en savoir|verder lezen|view|see|voir|lees verder|lire la suite|read the|read full)\b.{0,25}"
    # "Alle vacatures", "All stories", "Archief": buttons to a list, two words at most after
    r"|(alle|all|tous|toutes|alles|archief|archive|archives|archiv|donate|doneer|doneren|"
    r"spenden|faire un don|"
    # call-to-action buttons that lead to the item's page: sign up, book, tickets
    r"sign up|signup|register|rsvp|book now|book|buy tickets|get tickets|tickets|join|"
    r"aanmelden|meld je aan|inschrijven|schrijf je in|reserveer|reserveren|kaarten|"
    r"s'inscrire|inscrivez-vous|réserver|billets|anmelden|jetzt anmelden|buchen|karten)"
    r"\b(\s+\S+){0,2}\W*"
    r"|(meer|more|mehr|la suite|full story|plus)(\s+(lezen|lesen|info|informatie|information|"
    r"infos|details|erfahren|weten|stories|articles|artikelen|nieuws|news|hier|here)\b"
    r"|\s+(over|about|sur|über)\b.{0,20})?\W*)$",
)

_MONTHS = (
    r"jan(uary|uari|vier|uar)?|feb(ruary|ruari|ruar)?|févr(ier)?|mar(ch|s)?|maart|mrt|märz|"
    r"apr(il)?|avr(il)?|"
    r"ma[iy]|mei|jun[ei]?|juin|jul[iy]?|juil(let)?|aug(ust|ustus)?|ao[uû]t|sep(t|tember|tembre)?|"
    r"o[ck]t(ober|obre)?|nov(ember|embre)?|d[eé]c(ember|embre)?|dez(ember)?"
)
DATE = ignore_case(
    rf"^\W*((\w+,? )?(\d{{1,2}}(st|nd|rd|th|er|e)? (of )?({_MONTHS})\.?,? \d{{2,4}}|"
    rf"({_MONTHS})\.? \d{{1,2}}(st|nd|rd|th)?,? \d{{2,4}}|({_MONTHS})\.? \d{{1,2}}|"
    rf"\d{{1,2}} ({_MONTHS})\.?|({_MONTHS})\.? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}))\W*$",
)
# A clock time in the forms newsletters print them: 6:30 pm, 9 am, 20:30, 18.00 uur, 14h.
WHEN = ignore_case(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|uur|h)(?!\w)|\b\d{1,2}:\d{2}\b",
)
# "im Februar 2023", "December 2025 Newsletter": the issue's own dateline.
DATELINE = ignore_case(rf"\b({_MONTHS})\.?\s+\d{{4}}\b")
MASTHEAD = ignore_case(r"\b(newsletter|nieuwsbrief|bulletin|infolettre|rundbrief|edition|editie"
                       r"|issue|numéro|ausgabe)\b|#\s?\d")
DOMAIN = ignore_case(
    r"^\W*(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,12}(/\S*)?\W*$"
)
TAG_PREFIX = ignore_case(
    r"^\s*(posted in|filed under|tags?|tagged|categories|category|topics?|"
    r"geplaatst in|categorie(ën)?|trefwoorden|onderwerpen?|thema'?s?|"
    r"publié dans|catégories?|étiquettes?|schlagworte|kategorien?)\s*:?\s*",
)
TAG_JOINERS = ignore_case(r"\s*(?:,|;|\||/|•|·|\band\b|\ben\b|\bet\b|\bund\b)\s*")


SOCIAL = ignore_case(
    r"^\W*(twitter|x|facebook|linkedin|instagram|youtube|mastodon|bluesky|threads|tiktok|"
    r"whatsapp|telegram|pinterest|flipboard|rss|e-?mail|github|discord|reddit|website|"
    r"site web|share|partager|delen|teilen|tweet|follow us|suivez-nous|volg ons)\W*$",
)


def is_social(text: str) -> bool:
    """Tell whether a link text only names a social network or a share action."""
    return len(text) <= 30 and bool(SOCIAL.match(text))


def word_count(text: str) -> int:
    """Count the words of a text."""
    return len(text.split())


@lru_cache(maxsize=4096)
def is_boilerplate(text: str) -> bool:
    """Tell whether a line is subscribe, footer or view-in-browser text."""
    return bool(_BOILERPLATE_LOWER.search(text.lower()))


@lru_cache(maxsize=4096)
def is_date(text: str) -> bool:
    """Tell whether a short line is just a date."""
    return len(text) <= 40 and bool(DATE.match(text))


@lru_cache(maxsize=4096)
def is_domain(text: str) -> bool:
    """Tell whether a line is only a web address or domain name, as sources are shown."""
    return len(text) <= 80 and " " not in text.strip() and bool(DOMAIN.match(text))


@lru_cache(maxsize=4096)
def is_when_where(text: str) -> bool:
    """Tell whether a short line gives a time or a place-and-time ("Barcade | 6:30 pm - 8 pm")."""
    return len(text.split()) <= 16 and bool(WHEN.search(text))


@lru_cache(maxsize=4096)
def is_masthead(text: str) -> bool:
    """Tell whether a short heading names the newsletter itself ("Issue 705")."""
    return len(text.split()) <= 4 and bool(MASTHEAD.search(text))


@lru_cache(maxsize=4096)
def is_read_more(text: str) -> bool:
    """Tell whether a link text is a 'read more' link."""
    return len(text) <= 40 and bool(READ_MORE.match(text))

