"""Data-safety dialogs: restoring backups, a database that will not open, save conflicts."""

from __future__ import annotations

from desktop_app.ui.safety.conflict_dialog import ConflictChoice, ConflictDialog
from desktop_app.ui.safety.restore_dialog import RestoreBackupDialog
from desktop_app.ui.safety.startup_dialog import StartupChoice, StartupFailureDialog

__all__ = [
    "ConflictChoice",
    "ConflictDialog",
    "RestoreBackupDialog",
    "StartupChoice",
    "StartupFailureDialog",
]
