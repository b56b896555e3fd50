"""The editorial workflow in the window: status header, review comments, history, people."""

from __future__ import annotations

from desktop_app.ui.workflow.controller import WorkflowController
from desktop_app.ui.workflow.header import PersonButton, WorkflowHeader
from desktop_app.ui.workflow.history import HistoryPanel
from desktop_app.ui.workflow.review import ReviewPanel

__all__ = ["HistoryPanel", "PersonButton", "ReviewPanel", "WorkflowController",
           "WorkflowHeader"]
