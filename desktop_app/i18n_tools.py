"""Rebuild the translation files: ``python -m desktop_app.i18n_tools update|release|check``.

- ``update``  runs Qt's lupdate over ``desktop_app/**/*.py`` into
  ``resources/translations/redaksi_<lang>.ts`` (new strings arrive "unfinished"; translations
  already made are kept; strings that left the code are kept as "vanished" unless
  ``--no-obsolete``). Source locations are not stored, so the file does not churn when code moves.
- ``release`` compiles every ``.ts`` in ``resources/translations`` (ours and ``qtbase_id.ts``,
  the Indonesian translation of Qt's own dialogs) into the ``.qm`` files that Redaksi loads.
- ``check``   lists the live strings that lack a finished translation; exit code 1 if any.

Translate with Qt Linguist (``pyside6-linguist resources/translations/redaksi_id.ts``) or any
editor; follow ``resources/translations/GLOSSARY.md``.
"""

from __future__ import annotations

import argparse
import ast
import functools
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "desktop_app"
TRANSLATIONS_DIR = resource_path("translations")
LANGUAGES = ("id",)
# ``window.tr("...")`` is translated in the context of the object's class; by convention a
# variable named ``window`` is the main window (composition root, safety flows).
RECEIVER_CONTEXTS = {"window": "MainWindow"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translation)


def qt_tool(name: str) -> Path:
    """Qt's ``lupdate``/``lrelease`` binary shipped inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{name} not found in {folder}")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"redaksi_{language}.ts"


def run_lupdate(ts_file: Path, *, no_obsolete: bool = False) -> None:
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in source_files()) + "\n")
    try:
        args = [str(qt_tool("lupdate")), "-silent", "-locations", "none", f"@{lst.name}", "-ts", str(ts_file)]
        if no_obsolete:
            args.insert(1, "-no-obsolete")
        subprocess.run(args, check=True, cwd=ROOT)
    finally:
        os.unlink(lst.name)


def run_lrelease(ts_file: Path) -> Path:
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, cwd=ROOT
    )
    return qm_file


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file (numerus forms joined with "|")."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = translation.findall("numerusform") if translation is not None else []
            text = (
                "|".join(f.text or "" for f in forms)
                if forms
                else (translation.text or "" if translation is not None else "")
            )
            messages.append(
                Message(name, message.findtext("source") or "", message.findtext("comment") or "", text, kind)
            )
    return messages


def merge_code_strings(ts_file: Path, strings: list[CodeString] | None = None) -> int:
    """Complete what lupdate wrote with the strings only Python sees (calls through a wrapper
    such as ``_tr(text)`` or an alias ``tr = QCoreApplication.translate``): they are added as
    unfinished, or made live again if lupdate marked them vanished; entries lupdate invented
    for an aliased call (empty context) are dropped. Returns how many were added or revived."""
    strings = code_strings() if strings is None else strings
    wanted = {s.key: s for s in strings}
    tree = ET.parse(ts_file)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    seen: set[tuple[str, str, str]] = set()
    changed = 0
    for name, context in contexts.items():
        for message in list(context.iter("message")):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if key in wanted:
                seen.add(key)
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    if translation.text or len(translation):
                        del translation.attrib["type"]
                    else:
                        translation.set("type", "unfinished")
                    changed += 1
            elif name == "" or name in RECEIVER_CONTEXTS:  # lupdate's misreadings of aliased
                context.remove(message)  # translate() and of window.tr(): not real keys
    for key in wanted:
        if key in seen:
            continue
        context = contexts.get(key[0])
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = key[0]
            contexts[key[0]] = context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = key[1]
        if key[2]:
            ET.SubElement(message, "comment").text = key[2]
        ET.SubElement(message, "translation", type="unfinished")
        changed += 1
    for context in list(contexts.values()):
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return changed


def update(ts_file: Path, *, no_obsolete: bool = False) -> None:
    """lupdate, then :func:`merge_code_strings`: the .ts holds every string the code uses."""
    run_lupdate(ts_file, no_obsolete=no_obsolete)
    merge_code_strings(ts_file)


def live_messages() -> list[Message]:
    """The strings the code uses now (an update into a temporary file)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "live.ts"
        update(target, no_obsolete=True)
        return [m for m in read_ts(target) if m.kind not in ("vanished", "obsolete")]


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(node: ast.AST) -> bool:
    """``QCoreApplication.translate`` or ``QT_TRANSLATE_NOOP`` (as attribute or name)."""
    if isinstance(node, ast.Attribute):
        return node.attr == "translate" and getattr(node.value, "id", "").endswith("Application")
    return isinstance(node, ast.Name) and node.id == "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class CodeString:
    """A string the code translates at run time, as Python sees it (file, line, key)."""

    path: str
    line: int
    context: str
    source: str
    comment: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def _constants(tree: ast.Module) -> dict[str, str | None]:
    """The module-level string constants (``NAME = "text"``)."""
    return {
        t.id: _literal(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name) and _literal(node.value)
    }


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


Wrappers = dict[str, tuple[str, int | None]]


def _wrappers(tree: ast.Module, seen: frozenset[str] = frozenset()) -> Wrappers:
    """The module's translating wrappers: name -> (context, index of the comment parameter)."""
    return _with_imported(_defined_wrappers(tree), tree, seen)


def _with_imported(own: Wrappers, tree: ast.Module, seen: frozenset[str]) -> Wrappers:
    """``own`` and the wrappers ``tree`` takes from another module of ours:
    ``from desktop_app.cli_tools import tr as _tr``."""
    wrappers = dict(own)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop_app"):
            module = node.module or ""
            source = ROOT.joinpath(*module.split(".")).with_suffix(".py")
            if module in seen or not source.is_file():
                continue
            their_tree, their_own = _module_facts(source)
            theirs = _with_imported(their_own, their_tree, seen | {module})
            for alias in node.names:
                if alias.name in theirs:
                    wrappers.setdefault(alias.asname or alias.name, theirs[alias.name])
    return wrappers


@functools.cache
def _module_facts(source: Path) -> tuple[ast.Module, Wrappers]:
    """An imported module's tree and the wrappers it defines, once per run: modules are imported
    from many others, and parsing and walking them again for each made a scan take ~30 s."""
    tree = _parse(source)
    return tree, _defined_wrappers(tree)


def _defined_wrappers(tree: ast.Module) -> Wrappers:
    """The wrappers ``tree`` defines itself."""
    constants = _constants(tree)

    def text(node: ast.AST | None) -> str | None:  # a literal or a module-level string constant
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return _literal(node)

    # def _tr(text, disambiguation=None): return QCoreApplication.translate(CONTEXT, text, ...)
    wrappers: dict[str, tuple[str, int | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.args.args:
            params = [a.arg for a in node.args.args]
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and _is_translate(inner.func)
                    and len(inner.args) >= 2
                    and text(inner.args[0]) is not None
                    and isinstance(inner.args[1], ast.Name)
                    and inner.args[1].id == params[0]
                ):
                    third = inner.args[2] if len(inner.args) > 2 else None
                    comment = (
                        params.index(third.id) if isinstance(third, ast.Name) and third.id in params else None
                    )
                    wrappers[node.name] = (text(inner.args[0]) or "", comment)
    # a module whose _tr (or tr) hands its text to another module's translator names the
    # context: TR_CONTEXT = "Cli"
    if isinstance(constants.get("TR_CONTEXT"), str):
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "tr"):
                wrappers.setdefault(node.name, (constants["TR_CONTEXT"] or "", None))
    return wrappers


def _strings_in(path: Path) -> list[CodeString]:
    tree = _parse(path)
    constants = _constants(tree)

    def text(node: ast.AST | None) -> str | None:  # a literal or a module-level string constant
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        return _literal(node)

    aliases: set[str] = set()  # tr = QCoreApplication.translate
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_translate(node.value):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
    wrappers = _wrappers(tree)
    found: list[CodeString] = []
    rel = str(path.relative_to(ROOT))

    def visit(node: ast.AST, class_name: str) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else class_name)
        if not isinstance(node, ast.Call):
            return
        func, args = node.func, node.args
        key: tuple[str, str | None, str | None] | None = None
        if isinstance(func, ast.Attribute) and func.attr == "tr" and args:
            receiver = func.value.id if isinstance(func.value, ast.Name) else ""
            if receiver == "self" and class_name:
                context = class_name
            elif receiver in RECEIVER_CONTEXTS:
                context = RECEIVER_CONTEXTS[receiver]
            else:
                return  # other_object.tr(): the context is that object's class, unknown here
            key = (context, _literal(args[0]), _literal(args[1]) if len(args) > 1 else "")
        elif (
            (_is_translate(func) or (isinstance(func, ast.Name) and func.id in aliases))
            and len(args) >= 2
            and text(args[0]) is not None
        ):
            key = (text(args[0]) or "", _literal(args[1]), _literal(args[2]) if len(args) > 2 else "")
        elif isinstance(func, ast.Name) and func.id in wrappers and args:
            context, comment_at = wrappers[func.id]
            comment = _literal(args[comment_at]) if comment_at is not None and comment_at < len(args) else ""
            key = (context, _literal(args[0]), comment)
        if key is not None and key[1] is not None:
            found.append(CodeString(rel, node.lineno, key[0], key[1], key[2] or ""))

    visit(tree, "")
    return found


def code_strings() -> list[CodeString]:
    """Every literal string the code translates, with the context Qt uses at run time
    (including calls through aliases and one-argument wrappers that lupdate cannot see)."""
    return [s for path in source_files() for s in _strings_in(path)]


def missing_translations(language: str = "id") -> list[Message]:
    """Live strings that have no finished translation in the shipped ``redaksi_<language>.ts``."""
    shipped = {m.key: m for m in read_ts(ts_path(language))} if ts_path(language).is_file() else {}
    missing = []
    for live in live_messages():
        found = shipped.get(live.key)
        if found is None or not found.finished:
            missing.append(live)
    return missing


def _is_plural(message: ET.Element) -> bool:
    """Marked numerus by lupdate, or a "%n ...(s)" string found behind a wrapper."""
    source = message.find("source").text or ""
    return message.get("numerus") == "yes" or (
        "(s)" in source and "%" in source and ("%n" in source or "%Ln" in source)
    )


def write_english_plurals(source_ts: Path, target_ts: Path) -> int:
    """English needs a catalogue only for plurals: "%Ln word(s)" -> "1 word" / "2 words".

    Writes ``target_ts`` with every live numerus message of ``source_ts``; returns their count.
    """
    root = ET.Element("TS", version="2.1", language="en_GB")
    count = 0
    for ctx in ET.parse(source_ts).getroot().iter("context"):
        live = [
            m
            for m in ctx.iter("message")
            if _is_plural(m) and m.find("translation").get("type") not in ("vanished", "obsolete")
        ]
        if not live:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx.find("name").text
        for message in live:
            source = message.find("source").text or ""
            out = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(out, "source").text = source
            translation = ET.SubElement(out, "translation")
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", "")
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", "s")
            count += 1
    ET.indent(root)
    target_ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.i18n_tools", description="Rebuild Redaksi's translation files."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    update_parser = sub.add_parser("update", help="extract strings into redaksi_<lang>.ts")
    update_parser.add_argument("--no-obsolete", action="store_true", help="drop vanished strings")
    sub.add_parser("release", help="compile every .ts into .qm")
    sub.add_parser("check", help="list strings without a finished translation")
    args = parser.parse_args(argv)
    if args.command == "update":
        for language in LANGUAGES:
            update(ts_path(language), no_obsolete=args.no_obsolete)
            messages = read_ts(ts_path(language))
            todo = sum(1 for m in messages if m.kind == "unfinished")
            print(f"{ts_path(language).name}: {len(messages)} messages, {todo} unfinished")
        plurals = write_english_plurals(ts_path("id"), ts_path("en"))
        print(f"{ts_path('en').name}: {plurals} plural forms")
        return 0
    if args.command == "release":
        for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
            print(f"{run_lrelease(ts_file).name}")
        return 0
    missing = [m for language in LANGUAGES for m in missing_translations(language)]
    for m in missing:
        print(f"{m.context}: {m.source!r}")
    print(f"{len(missing)} strings without a finished translation")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
