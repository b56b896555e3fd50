"""The words of the publishing checklist (``desktop_app/core/checklist.py``), translated: one
place for the editor's panel, the questions and refusals, and ``redaksi check-article``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.checklist import Check, CheckResult, Level, Outcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


def check_label(check: Check | str) -> str:
    """The item's name, as the settings and the panel list it."""
    labels = {
        Check.TITLE: _tr("Title (at most 70 characters)"),
        Check.SUMMARY: _tr("Lead (summary)"),
        Check.SUMMARY_LENGTH: _tr("Lead fits a search result (at most 160 characters)"),
        Check.CATEGORY: _tr("Category"),
        Check.AUTHOR: _tr("Author"),
        Check.WORD_COUNT: _tr("Minimum length"),
        Check.FEATURED_IMAGE: _tr("Featured image: alt text and credit"),
        Check.OPEN_COMMENTS: _tr("No open review comments"),
        Check.SPELLING: _tr("No spelling errors"),
        Check.DATELINE: _tr("Dateline place"),
        Check.OFFICIALS: _tr("Officials' titles as on the article's date"),
        Check.RELEASE_OFFICIAL: _tr("Press release: responsible official"),
        Check.RELEASE_CONTACT: _tr("Press release: contact person"),
    }
    return labels.get(Check(check), str(check))


def level_label(level: Level | str) -> str:
    return {
        Level.REQUIRED: _tr("Required"),
        Level.WARNING: _tr("Warning"),
        Level.OFF: _tr("Off"),
    }[Level(level)]


def result_text(result: CheckResult) -> str:
    """One line: what is wrong (or that the item is fine)."""
    check, problem = result.check, result.problem
    if result.outcome == Outcome.SKIPPED:
        return _tr("{0}: not checked").format(check_label(check))
    if not problem:
        texts = {
            Check.TITLE: QCoreApplication.translate("Checklist", "Title: %n character(s)", "", result.count),
            Check.SUMMARY: _tr("Lead: present"),
            Check.SUMMARY_LENGTH: QCoreApplication.translate(
                "Checklist", "Lead: %n character(s)", "", result.count
            ),
            Check.CATEGORY: _tr("Category: chosen"),
            Check.AUTHOR: _tr("Author: named"),
            Check.WORD_COUNT: QCoreApplication.translate("Checklist", "Length: %n word(s)", "", result.count),
            Check.FEATURED_IMAGE: _tr("Featured image: none, or described and credited"),
            Check.OPEN_COMMENTS: _tr("Review comments: none open"),
            Check.SPELLING: _tr("Spelling: no errors found"),
            Check.DATELINE: _tr("Dateline place: given"),
            Check.OFFICIALS: _tr("Officials' titles: as in the directory"),
            Check.RELEASE_OFFICIAL: _tr("Responsible official: named"),
            Check.RELEASE_CONTACT: _tr("Contact person: named, with a telephone or an e-mail"),
        }
        return texts[check]
    if check == Check.TITLE:
        if problem == "missing":
            return _tr("The title is missing")
        if problem == "too_long":
            return QCoreApplication.translate(
                "Checklist", "The title has %n character(s); at most 70", "", result.count
            )
        return QCoreApplication.translate(
            "Checklist", "The title has %n character(s); past 60 a search result cuts it", "", result.count
        )
    if check == Check.SUMMARY:
        return _tr("The lead (summary) is missing")
    if check == Check.SUMMARY_LENGTH:
        return QCoreApplication.translate(
            "Checklist", "The lead has %n character(s); a search result shows 160", "", result.count
        )
    if check == Check.CATEGORY:
        return _tr("No category chosen")
    if check == Check.AUTHOR:
        return _tr("No author named")
    if check == Check.WORD_COUNT:
        return QCoreApplication.translate(
            "Checklist", "%n word(s); the office asks for at least {0}", "", result.count
        ).format(result.limit)
    if check == Check.FEATURED_IMAGE:
        return {
            "no_alt_text": _tr("The featured image has no alt text"),
            "no_credit": _tr("The featured image has no credit"),
        }.get(problem, _tr("The featured image has no alt text and no credit"))
    if check == Check.OPEN_COMMENTS:
        return QCoreApplication.translate("Checklist", "%n review comment(s) still open", "", result.count)
    if check == Check.SPELLING:
        return QCoreApplication.translate("Checklist", "%n word(s) to check: {0}", "", result.count).format(
            ", ".join(result.words)
        )
    if check == Check.OFFICIALS:
        from desktop_app.officials_messages import mismatch_text

        text = mismatch_text(result.findings[0]) if result.findings else ""
        if result.count > 1:
            text += " " + _tr("(and {0} more)").format(result.count - 1)
        return text
    if check == Check.RELEASE_OFFICIAL:
        return _tr("The press release names no responsible official (name and title)")
    if check == Check.RELEASE_CONTACT:
        return _tr("The press release needs a contact person with a telephone or an e-mail")
    return _tr("The dateline place is missing")


def results_text(results: list[CheckResult] | tuple[CheckResult, ...]) -> str:
    return "; ".join(result_text(r) for r in results)


def refusal_text(action_label: str, results: tuple[CheckResult, ...], warnings: bool) -> str:
    """The message of a ``ChecklistFailed`` / ``ChecklistWarnings``."""
    if warnings:
        return _tr("“{0}” needs the warnings accepted first: {1}.").format(
            action_label, results_text(results)
        )
    return _tr("“{0}” is not possible yet: {1}.").format(action_label, results_text(results))


def warnings_question(action_label: str, title: str, results: list[CheckResult]) -> str:
    """What the window asks before an action with warnings."""
    lines = "\n".join("• " + result_text(r) for r in results)
    return QCoreApplication.translate(
        "Checklist", "“{0}” has %n warning(s):\n\n{1}\n\n{2} anyway?", "", len(results)
    ).format(title, lines, action_label)
