"""A separate Redaksi process that saves one article when told to (for the racing-saves test).

Reads JSON commands on stdin, one per line: ``{"text": ..., "refresh": bool}``; answers one JSON
line per command: ``{"result": "landed", "version": n}`` or ``{"result": "conflict",
"revision": n}`` or ``{"result": "error", "error": "..."}``. Like an editor, it remembers the
version it last saw; after a conflict it takes the current version (as "take theirs" would).
"""

from __future__ import annotations

import json
import sys


def main(target: str, article_id: int) -> int:
    from db.database import open_database
    from desktop_app.core.articles import ArticleService
    from desktop_app.core.errors import ConflictError
    from desktop_app.core.models import ArticleChanges

    database = open_database(target)
    service = ArticleService(database)
    seen = service.get(article_id)
    print(json.dumps({"result": "ready", "version": seen.version}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        if command.get("refresh"):
            seen = service.get(article_id)
        changes = ArticleChanges(title=seen.title, body=command["text"], summary=seen.summary)
        try:
            seen = service.save(article_id, changes, seen.version, reason="save")
            answer = {"result": "landed", "version": seen.version}
        except ConflictError as exc:
            answer = {"result": "conflict", "revision": exc.conflict_revision}
            seen = service.get(article_id)
        except Exception as exc:  # noqa: BLE001 - reported, counted as lost by the test
            answer = {"result": "error", "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
