"""Paints one headline row: the title, then a status badge (colour AND text), date, author,
category; search results get a third line with the snippet, its matches in bold."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.core.articles import MARK_END, MARK_START
from desktop_app.core.models import ArticleKind, Headline
from desktop_app.core.status import Status, status_colours
from desktop_app.core.workflow import display_status
from desktop_app.labels import release_mark, status_label
from desktop_app.ui.headline_model import EditingRole, HeadlineRole
from desktop_app.ui.locale_format import short_date
from desktop_app.ui.palette import is_dark

PADDING = 8
# The "being edited by" mark: the presence banner's blue (light and dark lists).
EDITING_COLOUR = "#1f5fa8"
EDITING_COLOUR_DARK = "#8cbcf2"
_TOKENS = re.compile(r"\s+|\S+")


class HeadlineDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, language: str = "id") -> None:
        super().__init__(parent)
        self.language = language
        self.show_snippets = False
        self._date_cache: dict[object, str] = {}

    def set_language(self, language: str) -> None:
        self.language = language
        self._date_cache.clear()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.86))
        return title, small

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, small = self._fonts(option)
        lines = QFontMetrics(title).height() + 4 + QFontMetrics(small).height() + 4
        if self.show_snippets:
            lines += QFontMetrics(small).height() * 2 + 2
        return QSize(200, lines + 2 * PADDING)

    def _date(self, headline: Headline) -> str:
        key = headline.updated_at
        text = self._date_cache.get(key)
        if text is None:
            text = short_date(headline.updated_at, self.language)
            if len(self._date_cache) > 5000:
                self._date_cache.clear()
            self._date_cache[key] = text
        return text

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        headline: Headline | None = index.data(HeadlineRole)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if headline is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        muted.setAlphaF(0.72)
        title_font, small_font = self._fonts(option)
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)

        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_metrics = QFontMetrics(title_font)
        title = headline.title or QCoreApplication.translate("HeadlineModel", "(untitled)")
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )

        y = rect.top() + title_metrics.height() + 4
        painter.setFont(small_font)
        small_metrics = QFontMetrics(small_font)
        status = (
            Status.TRASH
            if headline.deleted_at is not None
            else display_status(headline.status, headline.publish_at)
        )
        badge_width = self._draw_badge(painter, status, rect.left(), y, small_metrics, palette, selected)
        editing = index.data(EditingRole)
        if editing is not None:  # someone else edits it: their name beside the badge, never elided away
            mark = "✎ " + editing.person_name
            mark_width = min(small_metrics.horizontalAdvance(mark) + 4, max(0, rect.width() // 2))
            mark_rect = QRect(rect.left() + badge_width + 8, y, mark_width, small_metrics.height() + 2)
            painter.setPen(
                text_colour
                if selected
                else QColor(
                    EDITING_COLOUR_DARK if is_dark(palette, QPalette.ColorRole.Base) else EDITING_COLOUR
                )
            )
            painter.drawText(
                mark_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(mark, Qt.TextElideMode.ElideRight, mark_rect.width()),
            )
            badge_width += 8 + mark_width
        parts = [self._date(headline)]
        if headline.kind == ArticleKind.PRESS_RELEASE:  # "SP 001/SP/Diskominfo/XII/2026"
            parts.insert(0, release_mark(headline.release_number))
        if headline.change_note:  # sent back: what the editor asked comes first
            parts.append(
                "✎ "
                + QCoreApplication.translate("HeadlineDelegate", "{0}: {1}").format(
                    headline.change_by or "—", " ".join(headline.change_note.split())
                )
            )
        if headline.author:
            parts.append(headline.author)
        if headline.category:
            parts.append(headline.category)
        if headline.open_comments:
            parts.append(
                QCoreApplication.translate("HeadlineDelegate", "%n comment(s)", "", headline.open_comments)
            )
        meta = " · ".join(parts)
        meta_left = rect.left() + badge_width + 8
        meta_rect = QRect(meta_left, y, rect.right() - meta_left, small_metrics.height() + 2)
        painter.setPen(muted)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()),
        )
        if self.show_snippets and headline.snippet:
            top = y + small_metrics.height() + 6
            self._draw_snippet(
                painter,
                headline.snippet,
                QRect(rect.left(), top, rect.width(), small_metrics.height() * 2),
                small_font,
                muted,
                text_colour,
            )
        painter.restore()

    @staticmethod
    def _draw_badge(
        painter: QPainter,
        status: str,
        x: int,
        y: int,
        metrics: QFontMetrics,
        palette: QPalette,
        selected: bool,
    ) -> int:
        label = status_label(status)
        colour = QColor(status_colours(status).badge)
        width = metrics.horizontalAdvance(label) + 12
        height = metrics.height() + 2
        background = QColor(colour)
        background.setAlphaF(0.22 if not selected else 0.45)
        if is_dark(palette, QPalette.ColorRole.Base):  # the badge is drawn on the list's base
            foreground = colour.lighter(165)
        else:
            foreground = colour.darker(135)
        if selected:
            foreground = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(x, y, width, height), height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(QRect(x, y, width, height), Qt.AlignmentFlag.AlignCenter, label)
        return width

    @staticmethod
    def _draw_snippet(
        painter: QPainter, snippet: str, rect: QRect, font: QFont, colour: QColor, strong_colour: QColor
    ) -> None:
        """The snippet in two lines at most; matched words in bold."""
        bold = QFont(font)
        bold.setBold(True)
        normal_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        x, y = rect.left(), rect.top()
        line_height = normal_metrics.height()
        strong = False
        for chunk in _split_marks(snippet):
            if chunk == MARK_START:
                strong = True
                continue
            if chunk == MARK_END:
                strong = False
                continue
            for token in _TOKENS.findall(chunk):
                if token.isspace():
                    x += normal_metrics.horizontalAdvance(" ")
                    continue
                metrics = bold_metrics if strong else normal_metrics
                width = metrics.horizontalAdvance(token)
                if x + width > rect.right() and x > rect.left():
                    x, y = rect.left(), y + line_height
                    if y + line_height > rect.bottom() + 1:
                        return
                painter.setFont(bold if strong else font)
                painter.setPen(strong_colour if strong else colour)
                painter.drawText(x, y + normal_metrics.ascent(), token)
                x += width


def _split_marks(text: str) -> list[str]:
    parts: list[str] = []
    current = ""
    for char in text:
        if char in (MARK_START, MARK_END):
            if current:
                parts.append(current)
            parts.append(char)
            current = ""
        else:
            current += char
    if current:
        parts.append(current)
    return parts
