"""Exceptions raised by the core; the UI decides how to show them (translated)."""

from __future__ import annotations


class RedaksiError(Exception):
    """Base class of every error the core raises on purpose."""


class NotFound(RedaksiError):
    def __init__(self, kind: str, key: object) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"{kind} not found: {key}")


class ValidationError(RedaksiError):
    """Bad input; ``code`` names the problem (the UI translates it), ``field`` where it is."""

    def __init__(self, code: str, field: str = "", detail: str = "") -> None:
        self.code = code
        self.field = field
        self.detail = detail
        super().__init__(f"{code}" + (f" [{field}]" if field else "") + (f": {detail}" if detail else ""))


class ConflictError(RedaksiError):
    """A save based on an old version: someone else saved in between.

    Nothing was overwritten. The text that could not be saved is kept as a revision
    (``conflict_revision``) so it is never lost.
    """

    def __init__(
        self,
        article_id: int,
        expected_version: int,
        current_version: int,
        conflict_revision: int | None = None,
    ) -> None:
        self.article_id = article_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.conflict_revision = conflict_revision
        super().__init__(f"article {article_id} is at version {current_version}, not {expected_version}")


class PermissionDenied(RedaksiError):
    def __init__(self, role: str, action: str) -> None:
        self.role = role
        self.action = action
        super().__init__(f"a {role} may not {action}")


class InvalidTransition(RedaksiError):
    def __init__(self, action: str, status: str, reason: str = "", detail: str = "") -> None:
        self.action = action
        self.status = status
        self.reason = reason
        self.detail = detail
        super().__init__(f"cannot {action} an article that is {status}" + (f": {reason}" if reason else ""))
