"""Spell checking and the house style in the article's title and lead (summary) fields, the way
the body has them: the same red and blue underlines, the same context menu with the fix and the
reason, one checker shared with the body (:meth:`SpellCheckController.add_companion`)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.ui.markdown_highlighter import NORMAL_STATE, MarkdownHighlighter
from desktop_app.ui.spelling.controller import SpellCheckController


class FieldHighlighter(MarkdownHighlighter):
    """Only the spelling and house-style underlines: a title or a lead is plain text, no
    Markdown is drawn in it."""

    def __init__(self, document: QTextDocument, palette=None) -> None:
        super().__init__(document, palette)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        self.setCurrentBlockState(NORMAL_STATE)
        self._highlight_spelling(text)


def check_fields(body: SpellCheckController, fields: list[QPlainTextEdit]) -> list[SpellCheckController]:
    """Put ``body``'s checking on each of ``fields`` (the title, the lead). Returns their
    controllers (companions of ``body``)."""
    controllers = []
    for field in fields:
        highlighter = FieldHighlighter(field.document(), field.palette())
        controller = SpellCheckController(
            field,
            highlighter,
            body.checker,
            body.office,
            run_background=body._run_background,
            style=body.style,
            style_rules=body.style_rules,
        )
        controller.setObjectName(f"{field.objectName() or 'field'}SpellCheck")
        body.add_companion(controller)
        controllers.append(controller)
    return controllers
