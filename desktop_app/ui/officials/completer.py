"""A completer for a text field that names an official or their title (a press release's
responsible official): it offers, as one types, the titles (or names) the officials directory
has for the article's day. Any field may use it::

    completer = OfficialFieldCompleter(edit, "title")  # or "name"
    completer.set_holdings(services.officials.titles_on(day))
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop_app.core.officials import Holding

FIELDS = ("title", "name")


class OfficialFieldCompleter(QCompleter):
    """Installed on ``edit``; ``field``: what it completes ("title": "Plt. Kepala Dinas ...",
    "name": the official's name). Matches anywhere in the text, in any case."""

    def __init__(self, edit: QLineEdit, field: str) -> None:
        if field not in FIELDS:
            raise ValueError(field)
        super().__init__(edit)
        self.field = field
        self.words = QStringListModel(self)
        self.setModel(self.words)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)

    def set_holdings(self, holdings: Iterable[Holding]) -> None:
        """The directory's holders on the article's day (``OfficialsService.titles_on``)."""
        texts = [h.display_title if self.field == "title" else h.name for h in holdings]
        self.words.setStringList(list(dict.fromkeys(texts)))
