"""``redaksi publish --watch``: a scheduled article goes online when its time comes (export and
upload, nobody at the keyboard); a pass with nothing new does not connect."""

from __future__ import annotations

import datetime as _dt
import threading
from dataclasses import replace

from db.models import Article, utcnow
from desktop_app.core.upload.watch import next_publication, publish_pass, watch
from tests.upload.conftest import PASSWORD
from tests.upload.helpers import TITLE


def _configure(service, upload_settings, admin_session):
    service.save_settings(upload_settings, admin_session)
    service.remember_password(upload_settings, PASSWORD)


def test_a_scheduled_article_goes_online_when_its_time_comes(
    demo_database, service, server, upload_settings, demo_admin
):
    _configure(service, upload_settings, demo_admin)
    article = Article.get(Article.title == TITLE)
    later = utcnow() + _dt.timedelta(hours=2)
    Article.update(publish_at=later).where(Article.id == article.id).execute()
    assert next_publication(demo_database) == later
    public = server.state.root / "public_html"
    first = publish_pass(demo_database, service)
    assert first.upload is not None
    assert not (public / f"berita/{article.slug}.html").exists()  # not yet
    # the embargo ends (the clock moves on: here the time is moved back)
    Article.update(publish_at=utcnow() - _dt.timedelta(minutes=1)).where(Article.id == article.id).execute()
    assert next_publication(demo_database) is None
    second = publish_pass(demo_database, service)
    assert f"berita/{article.slug}.html" in second.export.written
    assert f"berita/{article.slug}.html" in second.upload.sent
    assert (public / f"berita/{article.slug}.html").is_file()
    server.state.reset_counts()
    third = publish_pass(demo_database, service)
    assert third.upload is None  # nothing new: no connection, nothing sent
    assert server.state.opened_for_writing == []


def test_the_loop_wakes_for_the_next_article_and_stops_when_told(
    demo_database, service, server, upload_settings, demo_admin
):
    _configure(service, upload_settings, demo_admin)
    article = Article.get(Article.title == TITLE)
    later = utcnow() + _dt.timedelta(hours=1)
    Article.update(publish_at=later).where(Article.id == article.id).execute()
    stop = threading.Event()
    reports = []

    def report(outcome, problem, upcoming):
        reports.append((outcome, problem, upcoming))
        stop.set()

    watch(demo_database, service, stop=stop, report=report)
    assert len(reports) == 1
    outcome, problem, upcoming = reports[0]
    assert problem is None
    assert outcome.upload is not None
    assert upcoming == later


def test_an_unreachable_host_is_reported_and_the_loop_goes_on(
    demo_database, service, upload_settings, demo_admin
):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    _configure(service, replace(upload_settings, port=free_port), demo_admin)
    stop = threading.Event()
    problems = []

    def report(outcome, problem, upcoming):
        problems.append(problem)
        if len(problems) == 2:
            stop.set()

    watch(demo_database, service, stop=stop, report=report, interval=0.01)
    assert [getattr(p, "code", None) for p in problems] == ["connect_failed", "connect_failed"]
