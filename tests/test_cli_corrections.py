"""`redaksi correct / approve-correction / reject-correction / takedown / corrections`, on both
backends and in both languages: the same core calls as the window, bad input refused."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.core.models import ArticleChanges
from desktop_app.core.workflow import WorkflowService
from tests.people_helpers import TEST_PASSWORD, add_person, as_person

NOTE = "Nama kecamatan diperbaiki."


@pytest.fixture(autouse=True)
def _password(monkeypatch):
    monkeypatch.setenv("REDAKSI_PASSWORD", TEST_PASSWORD)


def _run(capsys, language, *argv):
    code = main(["--lang", language, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def people(database):
    writer = add_person(database, "Sari Penulis", "writer")
    editor = add_person(database, "Budi Redaktur", "editor")
    as_person(writer), as_person(editor)  # (they get the tests' password)
    return {"writer": writer.name, "editor": editor.name, "_editor": editor}


@pytest.fixture
def live(database, articles, people):
    article = articles.create(
        ArticleChanges(title="Jalan Baru", body="Di kecamatan Lembah.", category="Berita")
    )
    workflow = WorkflowService(database)
    for action in ("submit", "approve", "publish"):
        workflow.perform(article.id, action, as_person(people["_editor"]))
    return articles.get(article.id)


def _edit(articles, article):
    articles.save(
        article.id,
        ArticleChanges(title=article.title, body="Di kecamatan Lembah Gumanti.", category="Berita"),
        article.version,
    )


def test_a_correction_from_the_command_line(db_target, articles, people, live, capsys):
    _edit(articles, live)
    code, out, _ = _run(
        capsys, "en", "correct", str(live.id), "--user", people["writer"], "--note", NOTE, "--db", db_target
    )
    assert code == 0
    assert out.strip() == "Propose correction: “Jalan Baru” is now Published."
    code, out, _ = _run(
        capsys, "id", "approve-correction", str(live.id), "--user", people["editor"], "--db", db_target
    )
    assert code == 0
    assert out.strip() == "Setujui ralat: “Jalan Baru” kini Terbit."
    assert articles.get(live.id).published_revision > live.published_revision
    code, out, _ = _run(capsys, "en", "corrections", str(live.id), "--json", "--db", db_target)
    [correction] = json.loads(out)["corrections"]
    assert (correction["state"], correction["note"], correction["decided_by"]) == (
        "approved",
        NOTE,
        people["editor"],
    )
    code, out, _ = _run(capsys, "id", "corrections", str(live.id), "--db", db_target)
    assert "ralat, disetujui" in out
    assert NOTE in out


def test_reject_and_takedown_from_the_command_line(db_target, articles, people, live, capsys):
    _edit(articles, live)
    _run(capsys, "en", "correct", str(live.id), "--user", people["writer"], "--note", NOTE, "--db", db_target)
    code, _, err = _run(
        capsys,
        "en",
        "reject-correction",
        str(live.id),
        "--user",
        people["editor"],
        "--note",
        " ",
        "--db",
        db_target,
    )
    assert code == 1
    assert "needs a note" in err
    code, _, _ = _run(
        capsys,
        "en",
        "reject-correction",
        str(live.id),
        "--user",
        people["editor"],
        "--note",
        "Belum tepat.",
        "--db",
        db_target,
    )
    assert code == 0
    code, out, _ = _run(
        capsys,
        "en",
        "takedown",
        str(live.id),
        "--user",
        people["editor"],
        "--note",
        "Data keliru.",
        "--db",
        db_target,
    )
    assert code == 0
    assert out.strip() == "Take down: “Jalan Baru” is now Withdrawn."
    assert articles.get(live.id).status == "withdrawn"
    code, out, _ = _run(capsys, "en", "corrections", str(live.id), "--db", db_target)
    assert "correction, rejected" in out
    assert "why: Belum tepat." in out
    assert "taken down" in out
    assert "Data keliru." in out


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "needs a public note"), ("id", "catatan publik")],
)
def test_bad_input_is_refused_in_both_languages(db_target, articles, people, live, capsys, language, words):
    _edit(articles, live)
    draft = articles.create(ArticleChanges(title="Draf", body="x", category="Berita"))
    code, _, err = _run(
        capsys,
        language,
        "correct",
        str(live.id),
        "--user",
        people["writer"],
        "--note",
        "  ",
        "--db",
        db_target,
    )
    assert code == 1
    assert words in err
    code, _, err = _run(
        capsys,
        language,
        "takedown",
        str(draft.id),
        "--user",
        people["editor"],
        "--note",
        "x",
        "--db",
        db_target,
    )
    assert code == 1
    assert ("on the website" if language == "en" else "di situs web") in err
    assert articles.get(draft.id).status == "draft"
    assert articles.get(live.id).status == "published"
