""""Lees meer" in the reading view: an article shown as an item, or an offer of the browser."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.errors import ReaderError
from reader.core.library.rows import Article
from reader.core.models import Item
from reader.ui.common.messages import Messages


def article_item(item: Item, article: Article) -> Item:
    """Return the item with the article's paragraphs as its text, for the reading view."""
    paragraphs = tuple(p for p in article.text.split("\n\n") if p.strip())
    return Item(
        title=article.title or item.title,
        category=item.category,
        summary=paragraphs or item.summary,
        link=item.link,
        position=item.position,
        date=item.date,
        language=item.language,
    )


class BrowserOffer(QMessageBox):
    """Says the article could not be read and offers the browser (the default button).

    Window-modal and non-blocking (`open()`); `open_in_browser` runs when the user agrees.
    """

    def __init__(
        self, parent: QWidget, error: ReaderError, open_in_browser: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self._open = open_in_browser
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Read more – Helder"))
        self.setText(Messages(self).error_text(error))
        self.open_button = self.addButton(self.tr("Open in browser"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.close_button = self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.close_button)
        self.finished.connect(self._done)

    def _done(self, _result: int) -> None:
        if self.clickedButton() is self.open_button:
            self._open()
        self.deleteLater()


def offer_browser(
    parent: QWidget, error: ReaderError, open_in_browser: Callable[[], None]
) -> BrowserOffer:
    """Show a `BrowserOffer` without blocking and return it."""
    box = BrowserOffer(parent, error, open_in_browser)
    box.open()
    return box
