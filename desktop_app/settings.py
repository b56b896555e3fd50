"""Every setting key and default in one place, typed.

Two INI files in the settings folder the caller names (tests pass a temporary one):
``preferences.ini`` holds what the user chooses in the Preferences dialog; ``state.ini`` holds
what Redaksi remembers by itself (window geometry, splitter sizes, recent databases);
``session.json`` the open article and its cursor per database. Nothing is read at import time.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core import json_text

if TYPE_CHECKING:  # Qt loads with the first Settings (a command reads its language without it)
    from PySide6.QtCore import QByteArray

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
RECENT_DATABASES_MAX = 8
SESSION_FILE = "session.json"


@dataclass
class Preferences:
    """What the Preferences dialog edits."""

    editor_font_family: str = ""  # empty: the default font (proportional, or fixed-pitch below)
    editor_font_size: int = 12
    editor_monospace: bool = False  # write in a monospace font (the default: a proportional one)
    preview_visible: bool = True
    language: str = DEFAULT_LANGUAGE
    autosave_delay_ms: int = 2000
    lock_after_minutes: int = 0  # lock the window after this many idle minutes; 0: never
    spell_skip_uppercase: bool = True  # spell checking skips words in capitals ("PPKM", "BUMDES")


def default_config_dir() -> Path:
    """Where Redaksi keeps its settings for this user (``~/.config/Redaksi`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("Redaksi", appauthor=False))


def saved_preferences(config_dir: str | Path | None = None) -> Preferences | None:
    """The Preferences saved in the window, or None when none were saved (reads without
    creating anything)."""
    folder = Path(config_dir) if config_dir is not None else default_config_dir()
    if not (folder / "preferences.ini").is_file():
        return None
    return Settings(folder).preferences()


def saved_language(config_dir: str | Path | None = None) -> str | None:
    """The interface language chosen in Preferences, or None when none was saved (reads
    without creating anything). A plain value, as Preferences saves one, is read without Qt
    (a command needs nothing else of Qt); anything else is read by ``QSettings``."""
    folder = Path(config_dir) if config_dir is not None else default_config_dir()
    path = folder / "preferences.ini"
    if not path.is_file():
        return None
    plain = _plain_ini_value(path, "preferences", "language")
    if plain is not None:
        return plain if plain in LANGUAGES else DEFAULT_LANGUAGE
    return Settings(folder).preferences().language


def _plain_ini_value(path: Path, section: str, key: str) -> str | None:
    """``key`` of ``[section]`` of a QSettings INI file when it is one plain word there
    (letters, digits, ``_``, ``-``; the key absent: ``""``), else None (quoted, escaped, given
    twice, a file that is not UTF-8: QSettings reads it)."""
    import re

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    current, found = "", []
    for line in lines:
        text = line.strip()
        if text.startswith("[") and text.endswith("]"):
            current = text[1:-1]
        elif current == section and text.partition("=")[0].strip() == key:
            found.append(text.partition("=")[2].strip())
        elif current == section and key in text:
            return None  # (an escaped spelling of the key, say)
    if not found:
        return "" if "%" not in "".join(lines) else None
    if len(found) > 1 or not re.fullmatch(r"[A-Za-z0-9_-]+", found[0]):
        return None
    return found[0]


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    return bool(value)


class Settings:
    """Typed access to ``preferences.ini`` and ``state.ini`` in ``config_dir``."""

    def __init__(self, config_dir: str | Path) -> None:
        self.config_dir = Path(config_dir)
        self.config_dir.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QSettings

        fmt = QSettings.Format.IniFormat
        self._prefs = QSettings(str(self.config_dir / "preferences.ini"), fmt)
        self._state = QSettings(str(self.config_dir / "state.ini"), fmt)
        self._last_session_entry: dict[str, dict] = {}

    # -- preferences -----------------------------------------------------------------------

    def preferences(self) -> Preferences:
        defaults = Preferences()
        values = {}
        for f in fields(Preferences):
            default = getattr(defaults, f.name)
            raw = self._prefs.value(f"preferences/{f.name}", default)
            if isinstance(default, bool):
                values[f.name] = _as_bool(raw)
            elif isinstance(default, int):
                try:
                    values[f.name] = int(raw)
                except (TypeError, ValueError):
                    values[f.name] = default
            else:
                values[f.name] = str(raw) if raw is not None else default
        prefs = Preferences(**values)
        if not self._prefs.contains("preferences/editor_monospace"):
            # Saved by a version whose dialog always saved the font it showed (the fixed-pitch
            # default, mostly): no choice, so the new default (proportional) applies.
            prefs.editor_font_family = ""
        if prefs.language not in LANGUAGES:
            prefs.language = DEFAULT_LANGUAGE
        prefs.autosave_delay_ms = max(250, min(prefs.autosave_delay_ms, 60_000))
        prefs.editor_font_size = max(6, min(prefs.editor_font_size, 72))
        prefs.lock_after_minutes = max(0, min(prefs.lock_after_minutes, 24 * 60))
        return prefs

    def set_preferences(self, prefs: Preferences) -> None:
        for f in fields(Preferences):
            self._prefs.setValue(f"preferences/{f.name}", getattr(prefs, f.name))
        self._prefs.sync()

    # -- window state ----------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        from PySide6.QtCore import QByteArray

        value = self._state.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._state.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._state.setValue("window/state", value)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def set_splitter_state(self, value: QByteArray) -> None:
        self._state.setValue("window/splitter", value)

    def details_shown(self) -> bool:
        """Whether the article details above the body are shown (or folded)."""
        return _as_bool(self._state.value("editor/details_shown", True))

    def set_details_shown(self, shown: bool) -> None:
        self._state.setValue("editor/details_shown", shown)

    def sort_key(self) -> str:
        value = str(self._state.value("sidebar/sort", "updated"))
        return value if value in ("updated", "created", "title") else "updated"

    def set_sort_key(self, value: str) -> None:
        self._state.setValue("sidebar/sort", value)

    # The open article and its cursor change with every autosave: they live in a small JSON
    # file written without fsync (a QSettings sync costs 3-17 ms on the GUI thread). The page
    # cache survives a crash of Redaksi, which is what this has to survive.

    @staticmethod
    def _open_key(database_key: str) -> str:
        return hashlib.sha1(database_key.encode("utf-8")).hexdigest()[:16]

    def _session(self) -> dict:
        try:
            data = json_text.loads((self.config_dir / SESSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def open_article(self, database_key: str) -> tuple[int | None, int]:
        """The article open at the last run on this database, and its cursor position."""
        entry = self._session().get(self._open_key(database_key))
        try:
            article_id, cursor = int(entry["article"]), int(entry["cursor"])
        except (TypeError, KeyError, ValueError):
            return None, 0
        return (article_id or None), max(0, cursor)

    def set_open_article(self, database_key: str, article_id: int | None, cursor: int) -> None:
        """Remembered at once, so that it survives a crash."""
        key = self._open_key(database_key)
        entry = {"article": article_id or 0, "cursor": cursor}
        if self._last_session_entry.get(key) == entry:
            return
        session = self._session()
        session[key] = entry
        path = self.config_dir / SESSION_FILE
        tmp = path.with_name(f".{SESSION_FILE}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(session), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            return  # not worth an error: the text itself is in the database
        self._last_session_entry[key] = entry

    @staticmethod
    def _person_key(database_key: str) -> str:
        return "people/" + hashlib.sha1(database_key.encode("utf-8")).hexdigest()[:16]

    def current_person(self, database_key: str) -> int | None:
        """Who works at this workstation on this database (chosen at the first start;
        used by desktop_app/ui/workflow)."""
        try:
            return int(self._state.value(self._person_key(database_key), 0)) or None
        except (TypeError, ValueError):
            return None

    def set_current_person(self, database_key: str, person_id: int | None) -> None:
        self._state.setValue(self._person_key(database_key), person_id or 0)
        self._state.sync()

    def recent_databases(self) -> list[str]:
        value = self._state.value("recent/databases", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value if v]

    def add_recent_database(self, target: str) -> list[str]:
        recent = [target] + [r for r in self.recent_databases() if r != target]
        recent = recent[:RECENT_DATABASES_MAX]
        self._state.setValue("recent/databases", recent)
        self._state.sync()
        return recent

    def clear_recent_databases(self) -> None:
        self._state.remove("recent/databases")
        self._state.sync()

    def sync(self) -> None:
        self._prefs.sync()
        self._state.sync()
