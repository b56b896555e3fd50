"""Long schema upgrades, as the interface hears of them (``db.migrate``'s progress callback):
the steps a migration names, and the exception that stops one. The interface imports these
from here, never from ``db``."""

from __future__ import annotations

from db.migrate import STEP_COMPACT, STEP_SEARCH_INDEX, MigrationCancelled, ProgressCallback

__all__ = ["STEP_COMPACT", "STEP_SEARCH_INDEX", "MigrationCancelled", "ProgressCallback"]
