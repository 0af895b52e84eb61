"""Change the keys of any command; clashes and screen-reader keys are refused before saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.prefs.keymap import (
    DEFAULT_KEYS,
    conflicts,
    is_plain_key,
    is_screen_reader_safe,
    normalise,
)
from reader.ui.common.a11y import announce_from
from reader.ui.widgets.dialog_parts import ok_button, ok_cancel
from reader.ui.window.actions import ActionRegistry, native_key
from reader.ui.window.key_recorder import KeyRecorder


class KeysDialog(QDialog):
    """A list of commands; the chosen one's key can be recorded, cleared or reset."""

    def __init__(
        self, actions: ActionRegistry, letters_on: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard settings – Helder"))
        self._actions = actions
        self._keys = {c: tuple(actions.keys(c)) for c in actions.bound()}

        commands_label = QLabel(self.tr("&Commands"))
        self.commands = QListWidget()
        self.commands.setAccessibleName(self.tr("Commands"))
        commands_label.setBuddy(self.commands)
        for command in self._keys:
            row = QListWidgetItem()
            row.setData(Qt.ItemDataRole.UserRole, command)
            self.commands.addItem(row)
        self._refresh_rows()

        key_label = QLabel(self.tr("&Key for the chosen command"))
        self.key_edit = KeyRecorder()
        self.key_edit.setAccessibleName(self.tr("Key for the chosen command"))
        self.key_edit.setAccessibleDescription(self._hint())
        key_label.setBuddy(self.key_edit)
        self.clear_button = QPushButton(self.tr("C&lear key"))
        self.default_button = QPushButton(self.tr("&Default key"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.clear_button)
        key_row.addWidget(self.default_button)

        # Its text is its accessible name; the key field's description carries it too.
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.letters = QCheckBox(self.tr("Single-letter &navigation (H, K, P, T, N)"))
        self.letters.setChecked(letters_on)

        self.reset_button = QPushButton(self.tr("&Reset all keys"))
        self.buttons = ok_cancel(self, self.tr("OK"), self.tr("Cancel"))
        self.ok_button = ok_button(self.buttons)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)

        layout = QVBoxLayout(self)
        layout.addWidget(commands_label)
        layout.addWidget(self.commands, 1)
        layout.addWidget(key_label)
        layout.addLayout(key_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.letters)
        layout.addWidget(self.buttons)

        self.commands.currentRowChanged.connect(self._show_current)
        self.key_edit.key_recorded.connect(self._key_recorded)
        self.key_edit.key_refused.connect(self._key_refused)
        self.clear_button.clicked.connect(self._clear)
        self.default_button.clicked.connect(self._default)
        self.reset_button.clicked.connect(self._reset_all)
        self.commands.setCurrentRow(0)
        self._check()
        self.resize(620, 560)

    # -- state -----------------------------------------------------------------------------

    def keys(self) -> dict[str, tuple[str, ...]]:
        """Return every bound command's keys as chosen in the dialog."""
        return dict(self._keys)

    def overrides(self) -> dict[str, tuple[str, ...]]:
        """Return only the commands whose keys differ from the defaults."""
        return {c: k for c, k in self._keys.items() if k != DEFAULT_KEYS.get(c)}

    def current_command(self) -> str | None:
        """Return the command chosen in the list."""
        row = self.commands.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def set_key(self, command: str, key: str | None) -> None:
        """Give a command one key (None: no key), then check for problems."""
        self._keys[command] = (key,) if key else ()
        self._refresh_rows()
        self._check()

    def _refresh_rows(self) -> None:
        for i in range(self.commands.count()):
            row = self.commands.item(i)
            command = row.data(Qt.ItemDataRole.UserRole)
            text = self._actions.plain_text(command)
            keys = ", ".join(native_key(k) for k in self._keys[command]) or self.tr("no key")
            row.setText(f"{text}: {keys}")

    @Slot(int)
    def _show_current(self, _row: int) -> None:
        command = self.current_command()
        keys = self._keys.get(command or "", ())
        self.key_edit.set_key(keys[0] if keys else None)

    def _hint(self) -> str:
        return self.tr("Press the new key combination here; Tab leaves the field, "
                       "Escape closes the dialog.")

    @Slot(str)
    def _key_recorded(self, key: str) -> None:
        command = self.current_command()
        if command is None:
            return
        before = self.problems()
        self.set_key(command, key)
        after = self.problems()
        name = self._actions.plain_text(command)
        native = native_key(key)
        if after and after != before:
            announce_from(self.key_edit, "\n".join(after), assertive=True)
        else:
            announce_from(self.key_edit, self.tr("{0}: {1}").format(name, native))

    @Slot(str)
    def _key_refused(self, key: str) -> None:
        announce_from(self.key_edit, self.tr("{0} cannot be the key of a command").format(key),
                      assertive=True)

    def accept(self) -> None:
        """Keep the keys, unless a problem remains: then say it and go to the key field."""
        problems = self.problems()
        if problems:
            self.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            announce_from(self.key_edit, "\n".join(problems), assertive=True)
            return
        super().accept()

    @Slot()
    def _clear(self) -> None:
        command = self.current_command()
        if command:
            self.key_edit.clear()
            self.set_key(command, None)

    @Slot()
    def _default(self) -> None:
        command = self.current_command()
        if command:
            self._keys[command] = DEFAULT_KEYS[command]
            self._show_current(0)
            self._refresh_rows()
            self._check()

    @Slot()
    def _reset_all(self) -> None:
        self._keys = {c: DEFAULT_KEYS[c] for c in self._keys}
        self._show_current(0)
        self._refresh_rows()
        self._check()

    def problems(self) -> list[str]:
        """Return the clashes and screen-reader keys in the current choice, as sentences."""
        found: list[str] = []
        names = {c: self._actions.plain_text(c) for c in self._keys}
        for key, commands in conflicts(self._keys).items():
            found.append(self.tr("{0} is used by: {1}").format(
                key, ", ".join(names[c] for c in commands)))
        for command, keys in self._keys.items():
            for key in keys:
                if is_plain_key(key):
                    found.append(self.tr("{0} moves or types in lists and text: choose a key "
                                         "with Ctrl or Alt for {1}").format(normalise(key),
                                                                            names[command]))
                elif not is_screen_reader_safe(key):
                    found.append(self.tr("{0} belongs to screen readers or the desktop: choose "
                                         "another key for {1}").format(normalise(key),
                                                                       names[command]))
        return found

    def _check(self) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        # OK stays enabled and in the Tab order: pressing it says what is still wrong.
        self.key_edit.setAccessibleDescription(
            "\n".join(problems) if problems else self._hint())
