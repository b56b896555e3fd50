"""`redaksi log ID` and `redaksi history ID`."""

from __future__ import annotations

import json

from desktop_app.cli import main
from desktop_app.core.models import ArticleChanges
from desktop_app.core.workflow import WorkflowService
from tests.people_helpers import add_person, as_person


def test_log_and_history(database, db_target, articles, capsys):
    writer = add_person(database, "Sari Penulis", "writer")
    editor = add_person(database, "Budi Redaktur", "editor")
    article = articles.create(
        ArticleChanges(title="Rapat Staf", body="Rapat staf perdana."), actor=as_person(writer)
    )
    articles.save(
        article.id,
        ArticleChanges(title="Rapat Staf", body="Rapat staf kedua."),
        article.version,
        actor=as_person(writer),
        reason="save",
    )
    flow = WorkflowService(database)
    flow.perform(article.id, "submit", as_person(writer))
    flow.perform(article.id, "request_changes", as_person(editor), note="Tambah kutipan")
    capsys.readouterr()

    assert main(["log", str(article.id), "--db", db_target]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "Sari Penulis" in lines[0]
    assert "draft -> in_review" in lines[0]
    assert "in_review -> changes_requested" in lines[1]
    assert "Tambah kutipan" in lines[1]

    assert main(["log", str(article.id), "--json", "--db", db_target]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert [e["to"] for e in entries] == ["in_review", "changes_requested"]
    assert entries[1]["actor"] == "Budi Redaktur"

    assert main(["history", str(article.id), "--db", db_target]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == ["4", "3", "2", "1"]
    assert "request_changes" in out[0]
    assert "create" in out[3]

    assert main(["history", str(article.id), "--diff", "1", "2", "--db", db_target]) == 0
    assert "Rapat staf [-perdana-]{+kedua+}." in capsys.readouterr().out

    assert main(["log", "999", "--db", db_target]) == 1
    assert "999" in capsys.readouterr().err
