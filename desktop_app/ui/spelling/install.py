"""Putting spell checking on the article editor (the composition root calls this once the
window has painted)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.core.house_style import HouseStyleChecker, OfficeStyleRules
from desktop_app.core.spelling import OfficeDictionary, SpellChecker
from desktop_app.ui.spelling.controller import SpellCheckController
from desktop_app.ui.spelling.fields import check_fields


def install_spell_checking(
    editor,
    office: OfficeDictionary | None,
    *,
    checker: SpellChecker | None = None,
    languages: tuple[str, ...] = ("id", "en"),
    style_rules: OfficeStyleRules | None = None,
    skip_uppercase: bool = True,
) -> SpellCheckController:
    """Spell checking and the house style for an :class:`~desktop_app.ui.editor.ArticleEditor`
    (its ``body_edit`` and ``highlighter``, and its title and lead fields too), with the
    office dictionary ``office`` and the
    office's house-style rules ``style_rules`` (the open database's, from
    :class:`desktop_app.services.Services`; None: without them). ``skip_uppercase``: the
    Preference, words in capitals are not checked."""
    if checker is None:
        if office is not None:
            checker = office.checker(languages, skip_uppercase=skip_uppercase)
        else:
            checker = SpellChecker(languages, skip_uppercase=skip_uppercase)
    style = style_rules.checker(checker) if style_rules is not None else HouseStyleChecker(checker)
    controller = SpellCheckController(
        editor.body_edit, editor.highlighter, checker, office, style=style, style_rules=style_rules
    )
    editor.spell_controller = controller
    fields = [getattr(editor, name, None) for name in ("title_edit", "summary_edit")]
    editor.field_spell_controllers = check_fields(
        controller, [f for f in fields if isinstance(f, QPlainTextEdit)]
    )
    return controller
