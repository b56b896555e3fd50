"""Putting spell checking on the article editor (the composition root calls this once the
window has painted)."""

from __future__ import annotations

from desktop_app.core.spelling import OfficeDictionary, SpellChecker
from desktop_app.ui.spelling.controller import SpellCheckController


def install_spell_checking(
    editor,
    office: OfficeDictionary | None,
    *,
    checker: SpellChecker | None = None,
    languages: tuple[str, ...] = ("id", "en"),
) -> SpellCheckController:
    """Spell checking for an :class:`~desktop_app.ui.editor.ArticleEditor` (its ``body_edit``
    and ``highlighter``), with the office dictionary ``office`` (the open database's, from
    :class:`desktop_app.services.Services`; None: without one)."""
    if checker is None:
        checker = office.checker(languages) if office is not None else SpellChecker(languages)
    controller = SpellCheckController(editor.body_edit, editor.highlighter, checker, office)
    editor.spell_controller = controller
    return controller
