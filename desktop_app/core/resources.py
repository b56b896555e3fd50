"""Where the data files of ``resources/`` are: a wheel, a bundle, an editable install, a checkout.

In the source tree ``resources/`` sits beside the packages (the client's layout). The wheel
ships it inside the package as ``desktop_app/resources`` (see ``[tool.setuptools]`` in
``pyproject.toml``) and the PyInstaller bundle puts it at the same place, so an installed Redaksi
finds it through :mod:`importlib.resources`; a checkout, run as it is or installed in editable
mode, finds the folder beside the package.

The folder must be a real directory (Qt's translators, hunspell and Jinja2 read files by path):
Redaksi is not run from a zip archive.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

#: The folder's name inside the installed package, and in the source tree.
FOLDER = "resources"


class ResourcesMissingError(RuntimeError):
    """Redaksi's data files are not where an installation puts them (a broken install)."""


@cache
def resources_dir() -> Path:
    """The ``resources`` folder of this installation."""
    package = files("desktop_app")
    candidates: list[Path] = []
    if isinstance(package, Path):  # a wheel, a bundle or a checkout: files on disk
        candidates.append(package / FOLDER)  # installed: inside the package
        candidates.append(package.parent / FOLDER)  # a checkout: beside the package
    for folder in candidates:
        if (folder / "translations").is_dir():
            return folder
    raise ResourcesMissingError(
        f"Redaksi's data files (translations, dictionaries, site templates) were not found; "
        f"looked in: {', '.join(str(c) for c in candidates) or package}. Reinstall Redaksi."
    )


def resource_path(*parts: str) -> Path:
    """A file or folder of ``resources/``, e.g. ``resource_path("demo", "demo.json")``."""
    return resources_dir().joinpath(*parts)
