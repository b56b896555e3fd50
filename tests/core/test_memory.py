"""Memory that a large piece of work freed goes back to the system (``core/memory.py``)."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.core import memory


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator: Linux")
def test_freed_memory_goes_back_to_the_system():
    """160 MB in 4 KB pieces, nine in ten freed (scattered: glibc keeps them), then released."""
    blocks = [bytes(4000) + bytes([i % 256]) for i in range(40_000)]
    kept = blocks[::10]
    del blocks
    before = _rss_mb()
    assert memory.release_free_memory()
    assert before - _rss_mb() > 80
    assert len(kept) == 4000


def test_an_export_of_the_window_gives_its_memory_back(demo_database, tmp_path, monkeypatch):
    from desktop_app.core.export.service import SiteExportService
    from desktop_app.core.export.writer import ExportError

    calls = []
    monkeypatch.setattr(memory, "release_free_memory", lambda: calls.append("released"))
    SiteExportService(demo_database).export(tmp_path / "situs")
    assert calls == ["released"]
    with pytest.raises(ExportError):  # (a file, not a folder: stopped; the memory still given back)
        SiteExportService(demo_database).export(tmp_path / "situs" / "index.html")
    assert calls == ["released", "released"]
