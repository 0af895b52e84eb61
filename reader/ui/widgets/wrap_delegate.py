"""Tree rows that wrap long names onto more lines instead of cutting them short.

At 200 % the library showed every Guardian issue as "The Guardian …": Qt's delegate asks
for one line whatever the width. This one measures the wrapped text at the width the row
really gets (the pane minus the tree's indentation), and the tree re-measures on resize.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

_PAD = 8  # px around the text: the style's item margins


class WrappingDelegate(QStyledItemDelegate):
    """A styled delegate whose rows are as tall as their wrapped text."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tree.header().setMinimumSectionSize(0)  # at 400 % its default outgrew a narrow pane
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(tree.doItemsLayout)
        tree.viewport().installEventFilter(self)

    def _depth(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return depth

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return the height of the text wrapped at the row's width (Qt override)."""
        hint = super().sizeHint(option, index)
        tree = self._tree
        indent = tree.indentation() * (self._depth(index) + (1 if tree.rootIsDecorated() else 0))
        width = max(tree.viewport().width() - indent - 2 * _PAD, 20)
        icon = option.decorationSize.width() + _PAD if index.data(
            Qt.ItemDataRole.DecorationRole) is not None else 0
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap.value | Qt.TextFlag.TextWrapAnywhere.value)
        rect = QFontMetrics(option.font).boundingRect(QRect(0, 0, width - icon, 1 << 20),
                                                      flags, text)
        return QSize(min(hint.width(), width), max(hint.height(), rect.height() + _PAD))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-measure the rows when the pane's width changes (Qt override)."""
        if event.type() == QEvent.Type.Resize and watched is self._tree.viewport():
            self._relayout.start()  # once, after the resize (a scroll bar may come or go)
        return False


def wrap_rows(tree: QAbstractItemView) -> WrappingDelegate | None:
    """Give a tree rows that wrap; return the delegate (None for other views)."""
    if not isinstance(tree, QTreeView):
        return None
    delegate = WrappingDelegate(tree)
    tree.setItemDelegate(delegate)
    return delegate
