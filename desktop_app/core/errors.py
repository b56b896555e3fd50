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


#: :attr:`PermissionDenied.action` when the person acting is deactivated (whatever they tried).
ACTING_WHILE_INACTIVE = "act while deactivated"
#: :attr:`PermissionDenied.action` for what only an admin may do (people, roles, passwords).
ADMIN_ONLY = "admin_only"
#: :attr:`PermissionDenied.action` when the signed-in person no longer exists in the database
#: (deleted, or a ``SignedIn`` of another database).
SESSION_ENDED = "session_ended"
#: The person's password (and so their signing key) was replaced since they signed in.
KEY_REPLACED = "key_replaced"


class PermissionDenied(RedaksiError):
    """The person may not do this. ``role`` is theirs (as the database says now); ``action``
    is a workflow action or one of :data:`ADMIN_ONLY`, :data:`ACTING_WHILE_INACTIVE`,
    :data:`SESSION_ENDED`, :data:`KEY_REPLACED`."""

    def __init__(self, role: str, action: str) -> None:
        self.role = role
        self.action = action
        super().__init__(f"a {role} may not {action}")


class SignInFailed(RedaksiError):
    """A sign-in that failed. It never says whether the name or the password was wrong (nor
    whether the person has a password or is deactivated)."""

    def __init__(self) -> None:
        super().__init__("the name or the password is not right")


class WrongPassword(SignInFailed):
    """The signed-in person's own password was wrong (unlocking, changing one's password)."""

    def __init__(self) -> None:
        RedaksiError.__init__(self, "the password is not right")


class SignInWait(RedaksiError):
    """Too many failures in a row for this name: nothing is checked, not even a right password,
    for ``seconds`` more."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__(f"too many failed sign-ins in a row: wait {seconds} s")


class InvalidTransition(RedaksiError):
    def __init__(self, action: str, status: str, reason: str = "", detail: str = "") -> None:
        self.action = action
        self.status = status
        self.reason = reason
        self.detail = detail
        super().__init__(f"cannot {action} an article that is {status}" + (f": {reason}" if reason else ""))
