"""Dates as people say them, in the interface language: "12 juni 2026", not "2026-06-12"."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt


class DateTexts(QObject):
    """Formats ISO dates with month names of the interface language (not the system's)."""

    def locale(self) -> QLocale:
        """Return the locale whose month names the interface uses."""
        # The translation gives the locale, so dates follow the chosen interface language.
        return QLocale(self.tr("en_GB"))

    def long(self, iso: str | None) -> str:
        """Return "12 June 2026" for "2026-06-12" or a feed's "Wed, 12 Jun 2026 08:00:00
        +0200"; other text is returned as it is."""
        if not iso:
            return ""
        date = _date(iso)
        if not date.isValid():
            return iso
        return self.locale().toString(date, "d MMMM yyyy")

    def in_title(self, iso: str | None, title: str) -> bool:
        """Return whether a title already names this date (then it need not be said twice)."""
        if not iso:
            return True
        date = _date(iso)
        if not date.isValid():
            return iso[:10] in title
        day_month = self.locale().toString(date, "d MMMM").lower()
        return iso[:10] in title or day_month in title.lower()


def _date(text: str) -> QDate:
    """The day of an ISO date or of an RFC 2822 one (as feeds and e-mail write them)."""
    date = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        # The day as the sender wrote it: no time-zone shift to another day.
        moment = QDateTime.fromString(text.strip(), Qt.DateFormat.RFC2822Date)
        date = moment.date() if moment.isValid() else QDate()
    return date
