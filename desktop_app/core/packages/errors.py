"""Why a review package is refused: one code each (``desktop_app/package_messages.py`` says it
in words)."""

from __future__ import annotations

import enum

from desktop_app.core.errors import RedaksiError


class Problem(enum.StrEnum):
    UNREADABLE = "unreadable"  # the file cannot be read (detail: the system's words)
    NOT_A_PACKAGE = "not_a_package"  # not a zip, truncated, or no manifest
    DAMAGED = "damaged"  # a part cannot be read or is not the JSON it should be
    TOO_BIG = "too_big"  # the file, a part or all parts past the limits (a zip bomb?)
    TOO_MANY_PARTS = "too_many_parts"
    BAD_NAME = "bad_name"  # a name that could point outside a folder
    DUPLICATE_NAME = "duplicate_name"
    NEWER_FORMAT = "newer_format"  # detail: the package's format number
    PART_MISSING = "part_missing"  # listed in the manifest, not in the file
    PART_ADDED = "part_added"  # in the file, not in the manifest
    PART_CHANGED = "part_changed"  # its bytes do not match the manifest's hash
    BAD_SIGNATURE = "bad_signature"  # the manifest is not signed by the key it names
    UNKNOWN_KEY = "unknown_key"  # the key is not one this database knows for the sender
    WRONG_DATABASE = "wrong_database"  # made for another database
    OWN_PACKAGE = "own_package"  # made from this very database
    NO_ARTICLES = "no_articles"  # nothing chosen to pack
    NOT_SIGNED_IN = "not_signed_in"


class PackageError(RedaksiError):
    """A package refused (or one that could not be made); nothing was written."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        self.problem = problem
        self.detail = detail
        super().__init__(f"{problem.value}" + (f": {detail}" if detail else ""))
