"""`redaksi check-article ID` and `redaksi submit/approve/publish ID --user NAME`: the same
checklist as the window, on both backends."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.core import checklist
from desktop_app.core.models import ArticleChanges
from tests.people_helpers import TEST_PASSWORD, add_person, as_person

pytestmark = pytest.mark.checklist

BODY = " ".join(["Pemerintah daerah membangun jalan baru di kecamatan itu."] * 25)


@pytest.fixture(autouse=True)
def _quick_spelling(monkeypatch):
    monkeypatch.setattr(checklist, "misspelled_words", lambda _database, _article: [])
    monkeypatch.setenv("REDAKSI_PASSWORD", TEST_PASSWORD)


def _run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def people(database):
    writer = add_person(database, "Sari Penulis", "writer")
    editor = add_person(database, "Budi Redaktur", "editor")
    as_person(writer), as_person(editor)  # (they get the tests' password)
    return {"writer": writer, "editor": editor}


def test_check_article_prints_each_rule(database, db_target, articles, people, capsys):
    article = articles.create(
        ArticleChanges(title="Rapat Staf", body="Rapat singkat."), actor=as_person(people["writer"])
    )
    code, out, _ = _run(capsys, "check-article", str(article.id), "--db", db_target)
    assert code == 1
    assert "MISSING  The lead (summary) is missing" in out
    assert "MISSING  No category chosen" in out
    assert "MISSING  The dateline place is missing" in out
    assert "warning  2 words; the office asks for at least 150" in out
    assert "ok       Author: named" in out
    assert "result: 3 required item(s) missing" in out

    code, out, _ = _run(capsys, "check-article", str(article.id), "--json", "--db", db_target)
    report = json.loads(out)
    assert code == 1
    assert report["blocking"] == ["summary", "category", "dateline"]
    assert report["warnings"] == ["word_count"]
    assert {item["check"] for item in report["items"]} == {c.value for c in checklist.Check}


def test_workflow_commands_apply_the_same_gate(database, db_target, articles, people, capsys):
    writer, editor = people["writer"].name, people["editor"].name
    fields = dict(summary="Jalan baru.", dateline="Arosuka")
    no_category = articles.create(
        ArticleChanges(title="Jalan Baru Diresmikan", body=BODY, **fields), actor=as_person(people["writer"])
    )
    short = articles.create(
        ArticleChanges(title="Jalan Baru", body="Terlalu pendek.", category="Pembangunan", **fields),
        actor=as_person(people["writer"]),
    )
    # (from here on only the commands write to the database)
    code, _, err = _run(capsys, "submit", str(no_category.id), "--user", writer, "--db", db_target)
    assert code == 1
    assert "No category chosen" in err
    assert articles.get(no_category.id).status == "draft"

    code, _, err = _run(capsys, "submit", str(short.id), "--user", writer, "--db", db_target)
    assert code == 3
    assert "2 words; the office asks for at least 150" in err
    assert "--accept-warnings" in err
    assert articles.get(short.id).status == "draft"
    code, out, _ = _run(
        capsys, "submit", str(short.id), "--user", writer, "--accept-warnings", "--db", db_target
    )
    assert code == 0, out
    assert articles.get(short.id).status == "in_review"

    code, _, err = _run(capsys, "approve", str(short.id), "--user", writer, "--db", db_target)
    assert code == 1  # a writer may not approve
    code, _, _ = _run(
        capsys, "approve", str(short.id), "--user", editor, "--accept-warnings", "--db", db_target
    )
    assert code == 0
    code, out, _ = _run(
        capsys, "publish", str(short.id), "--user", editor, "--accept-warnings", "--db", db_target
    )
    assert code == 0
    assert "is now Published" in out
    assert articles.get(short.id).status == "published"


def test_workflow_commands_need_a_user(database, db_target, articles, people, capsys):
    article = articles.create(ArticleChanges(title="Rapat"), actor=as_person(people["writer"]))
    code, _, err = _run(capsys, "submit", str(article.id), "--db", db_target)
    assert code == 1
    assert "--user NAME" in err
