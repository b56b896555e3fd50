"""The layers of DESIGN.md hold, for every module at any depth:

- ``db/`` and ``desktop_app/core/`` never load PySide6 (imported in a fresh interpreter);
- imports point one way: ``db`` imports nothing of ``desktop_app``; ``desktop_app.core``
  nothing above it (no ui, app, cli, messages, settings, workers); ``desktop_app.ui`` no ``db``
  (the UI speaks to the core only) and never the composition root ``desktop_app.app``;
- no two modules import each other, directly or through others (no circles);
- importing has no side effects.

The import graph is read from the source (``ast``), including imports inside functions and
under ``TYPE_CHECKING``, so a lazy import cannot hide an arrow.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("db", "desktop_app")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found[_module_name(path)] = path
    return found


SOURCES = _sources()


def _resolve(name: str) -> str | None:
    """The module of ours that ``name`` (a module, or a name inside one) lives in."""
    while name:
        if name in SOURCES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str, path: Path) -> set[str]:
    """Our modules that ``module`` imports anywhere in its source, type-checking imports too
    (an annotation that needs a module is a tie to it all the same)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(filter(None, (_resolve(alias.name) for alias in node.names)))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                target = _resolve(f"{base}.{alias.name}") or _resolve(base)
                if target:
                    found.add(target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    found.discard(module)
    return found


GRAPH = {module: _imports(module, path) for module, path in SOURCES.items()}


def _within(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _arrows(source: tuple[str, ...], target: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{a} -> {b}"
        for a, targets in GRAPH.items()
        if _within(a, *source)
        for b in targets
        if _within(b, *target)
    )


def test_the_graph_sees_every_module_at_any_depth():
    assert "desktop_app.core.export.service" in GRAPH
    assert "desktop_app.core.export.parallel" in GRAPH
    assert "db.migrations" in GRAPH
    assert GRAPH["desktop_app.core.export.service"], "its imports are read"


def test_db_imports_nothing_of_the_application():
    assert _arrows(("db",), ("desktop_app",)) == []


def test_core_imports_nothing_above_it():
    above = [m for m in SOURCES if _within(m, "desktop_app") and not _within(m, "desktop_app.core")]
    # the package's own __init__ only hands db on (see desktop_app/__init__.py)
    above.remove("desktop_app")
    assert _arrows(("desktop_app.core",), tuple(above)) == []


def test_ui_speaks_to_the_core_not_to_the_database_nor_the_composition_root():
    assert _arrows(("desktop_app.ui",), ("db", "desktop_app.app", "desktop_app.cli")) == []


def test_no_module_imports_itself_through_others():
    """No circles: Tarjan's strongly connected components of the import graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for module in GRAPH:
        if module not in index:
            connect(module)
    assert circles == []


@pytest.mark.parametrize("layer", ["db", "desktop_app.core"])
def test_db_and_core_do_not_load_qt(layer):
    modules = sorted(m for m in SOURCES if _within(m, layer))
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_importing_has_no_side_effects(tmp_path):
    code = "import desktop_app.app, desktop_app.cli, db.database; print('ok')"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "ok"
    assert not any(tmp_path.iterdir()), "importing must not create files"
