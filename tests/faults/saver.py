"""A separate Redaksi process that saves one article (for the racing-saves tests).

``python -m tests.faults.saver TARGET ARTICLE_ID`` reads JSON commands on stdin, one per line:
``{"text": ..., "refresh": bool}``; answers one JSON line per command: ``{"result": "landed",
"version": n}`` or ``{"result": "conflict", "revision": n}`` or ``{"result": "error", "error":
"..."}``.

``python -m tests.faults.saver TARGET ARTICLE_ID --race COUNT LABEL SEED`` prints ``ready``, waits
for one line on stdin (the starting shot, written to every racer at once), then saves COUNT times
in a tight loop and prints one JSON line: the list of ``[text, expected_version, answer]``.

``python -m tests.faults.saver TARGET 0 --create COUNT LABEL SEED`` likewise waits for the shot,
then creates COUNT articles, all with one title, the i-th with the new category "Kategori i"
and tag "tag i" (what every racer creates at the same moment), and prints the list of
``[title, answer]``.

Like an editor, a saver remembers the version it last saw; after a conflict it takes the
current version (as "take theirs" would).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: SQLite only: a save that waited the whole busy timeout for the write lock (racers in tight
#: loops on a loaded machine can keep it from one for that long) is tried again, as the editor's
#: autosave tries a failed save again with the text kept; the test counts these retries.
BUSY_ATTEMPTS = 3


def _saver(target: str, article_id: int) -> tuple[Callable[[str, bool], tuple[int, dict[str, Any]]], Any]:
    from db.database import open_database
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.errors import ConflictError
    from desktop_app.core.models import ArticleChanges

    database = open_database(target)
    service = ArticleService(database)
    seen = service.get(article_id)

    def save(text: str, refresh: bool) -> tuple[int, dict[str, Any]]:
        nonlocal seen
        if refresh:
            seen = service.get(article_id)
        expected = seen.version
        changes = ArticleChanges(title=seen.title, body=text, summary=seen.summary)
        for attempt in range(BUSY_ATTEMPTS):
            try:
                seen = service.save(article_id, changes, expected, reason="save")
                answer: dict[str, Any] = {"result": "landed", "version": seen.version}
            except ConflictError as exc:
                answer = {"result": "conflict", "revision": exc.conflict_revision}
                seen = service.get(article_id)
            except Exception as exc:  # noqa: BLE001 - reported, counted as failed by the test
                answer = {"result": "error", "error": f"{type(exc).__name__}: {exc}"}
                if "database is locked" in str(exc) and attempt + 1 < BUSY_ATTEMPTS:
                    continue  # as the editor's autosave does: the text kept, saved again
            if attempt:
                answer["busy_retries"] = attempt
            return expected, answer
        raise AssertionError("unreachable")

    return save, database


def _commands() -> Iterator[dict[str, Any]]:
    for line in sys.stdin:
        yield json.loads(line)


def _create(target: str, count: int) -> list[list[Any]]:
    from db.database import open_database
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.models import ArticleChanges

    database = open_database(target)
    service = ArticleService(database)
    print(json.dumps({"result": "ready"}), flush=True)
    sys.stdin.readline()  # the starting shot
    results: list[list[Any]] = []
    for i in range(count):
        changes = ArticleChanges(
            title="Rapat koordinasi", body=f"isi {i}", category=f"Kategori {i}", tags=[f"tag {i}"]
        )
        try:
            answer: dict[str, Any] = {"result": "created", "id": service.create(changes).id}
        except Exception as exc:  # noqa: BLE001 - reported, counted as failed by the test
            answer = {"result": "error", "error": f"{type(exc).__name__}: {exc}"}
        results.append([changes.title, answer])
    database.close()
    return results


def main(argv: list[str]) -> int:
    target, article_id = argv[0], int(argv[1])
    if argv[2:3] == ["--create"]:
        print(json.dumps(_create(target, int(argv[3]))), flush=True)
        return 0
    save, database = _saver(target, article_id)
    if argv[2:3] == ["--race"]:
        count, label, seed = int(argv[3]), argv[4], int(argv[5])
        rng = random.Random(seed)
        print(json.dumps({"result": "ready"}), flush=True)
        sys.stdin.readline()  # the starting shot
        results = []
        for i in range(count):
            text = f"{label} simpanan {i} {rng.getrandbits(64):016x}"
            expected, answer = save(text, rng.random() < 0.3)
            results.append([text, expected, answer])
        print(json.dumps(results), flush=True)
    else:
        print(json.dumps({"result": "ready"}), flush=True)
        for command in _commands():
            _, answer = save(command["text"], bool(command.get("refresh")))
            print(json.dumps(answer), flush=True)
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
