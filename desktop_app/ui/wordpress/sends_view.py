"""History ▸ Website: every send of the article to WordPress (what, its state, tries, the last
problem, when), newest first: the website part of the article's trail."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.core.wordpress import outbox
from desktop_app.labels import when_text
from desktop_app.wordpress_messages import send_state_text, wordpress_error_text


class WordPressSends(QTreeWidget):
    def __init__(self, parent: QWidget | None = None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName("wordpressSends")
        self.setAccessibleName(self.tr("Sends to the website"))
        self.setHeaderLabels([self.tr("Send"), self.tr("Tries"), self.tr("Problem"), self.tr("When")])
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)

    def show_article(self, article_id: int | None) -> int:
        """Fill the list; returns how many sends the article has."""
        self.clear()
        sends = outbox.history(article_id) if article_id is not None else []
        for send in reversed(sends):
            problem = wordpress_error_text(send.error) if send.error is not None else ""
            when = send.finished_at or send.created_at
            item = QTreeWidgetItem(
                [
                    send_state_text(send.state, send.operation),
                    str(send.attempts),
                    problem,
                    when_text(when, self.language),
                ]
            )
            item.setToolTip(2, problem)
            self.addTopLevelItem(item)
        return len(sends)
