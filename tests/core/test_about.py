"""What the About box says about the installation: never a PostgreSQL password."""

from __future__ import annotations

from pathlib import Path

from peewee import PostgresqlDatabase, SqliteDatabase

from desktop_app import __version__
from desktop_app.core.about import installation, licence_text, url_without_password


def test_a_server_url_loses_its_password_in_the_address_and_in_the_query():
    shown = url_without_password(
        "postgresql://sari:rahasia@db.kantor:5432/redaksi?sslmode=require&password=x"
    )
    assert "rahasia" not in shown
    assert "password" not in shown
    assert shown == "postgresql://sari:***@db.kantor:5432/redaksi?sslmode=require"
    assert url_without_password("postgresql://sari@db/redaksi") == "postgresql://sari@db/redaksi"


def test_installation_names_the_sqlite_file_and_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setattr("desktop_app.core.about.default_data_dir", lambda: tmp_path / "data")
    target = tmp_path / "kantor.db"
    info = installation(SqliteDatabase(str(target)), str(target))
    assert info.version == __version__
    assert info.licence == "GPL-3.0-or-later"
    assert info.backend == "sqlite"
    assert Path(info.database) == target.resolve()
    assert info.data_folder == tmp_path / "data"
    assert info.python.split()[-1].count(".") == 2


def test_installation_of_a_server_database_has_no_password():
    url = "postgresql://sari:rahasia@db.kantor/redaksi"
    info = installation(PostgresqlDatabase("redaksi"), url)  # (never connected)
    assert info.backend == "postgresql"
    assert info.database == "postgresql://sari:***@db.kantor/redaksi"


def test_the_licence_text_is_shipped():
    text = licence_text()
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "Version 3, 29 June 2007" in text
