"""Renders Markdown in a child process, so the GUI thread never waits for markdown2.

A Python thread would not do: markdown2 holds the GIL in long regular-expression calls (stalls
of ~18 ms were measured while typing). The worker is a plain child started lazily through
QProcess (not multiprocessing, which re-imports the ``__main__`` script in the child) and
reused: ``python -m desktop_app.child_entry --render-worker``, or in a frozen bundle the bundle
itself with ``--render-worker`` (see :mod:`desktop_app.child_entry`). Requests and answers are
length-prefixed frames on its stdin/stdout, a JSON header and a text as raw UTF-8 (see
:func:`desktop_app.core.incremental_render.serve`),
and answers arrive on the GUI thread through QProcess's signals. The child ends when its stdin
closes, so it never outlives Redaksi.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QProcess, QProcessEnvironment, Signal

from desktop_app.child_entry import PACKAGE_ROOT, child_command, is_frozen
from desktop_app.core.incremental_render import answer_result, decode_message, request_frame


def worker_environment(environment: QProcessEnvironment) -> QProcessEnvironment:
    """The worker's environment: Redaksi's packages importable from a checkout (PYTHONPATH,
    joined the platform's way); a frozen bundle carries them itself and is left as it is."""
    if not is_frozen():
        python_path = environment.value("PYTHONPATH", "")
        environment.insert(
            "PYTHONPATH", os.pathsep.join([str(PACKAGE_ROOT)] + ([python_path] if python_path else []))
        )
    return environment


class RenderProcess(QObject):
    """One lazily started worker process; :attr:`finished` carries ``(token, result, error)``."""

    finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._pending: dict[int, object] = {}
        self._next_id = 0
        #: The program and arguments of the last worker started.
        self.command: list[str] = []
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def started(self) -> bool:
        return self._process is not None

    def start(self) -> None:
        """Start the worker now (it is otherwise started by the first :meth:`submit`)."""
        self._ensure_process()

    def submit(self, token: object, kind: str, payload: Any) -> None:
        process = self._ensure_process()
        if process is None:
            self.finished.emit(token, None, RuntimeError("the render process did not start"))
            return
        self._next_id += 1
        self._pending[self._next_id] = token
        process.write(QByteArray(request_frame(self._next_id, kind, payload)))

    def _ensure_process(self) -> QProcess | None:
        if self._process is not None and self._process.state() == QProcess.ProcessState.Running:
            return self._process
        self._drop_process()
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.setStandardErrorFile(QProcess.nullDevice())
        process.setProcessEnvironment(worker_environment(QProcessEnvironment.systemEnvironment()))
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_exit)
        program, arguments = child_command()
        self.command = [program, *arguments]
        process.start(program, arguments)
        if not process.waitForStarted(5000):
            process.deleteLater()
            return None
        self._process = process
        return process

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer.extend(bytes(self._process.readAllStandardOutput().data()))
        while len(self._buffer) >= 4:
            size = int.from_bytes(self._buffer[:4], "big")
            if len(self._buffer) < 4 + size:
                break
            with memoryview(self._buffer) as view:
                answer, text = decode_message(view[4 : 4 + size])
            del self._buffer[: 4 + size]
            token = self._pending.pop(answer["id"], None)
            if token is None:
                continue
            if "error" in answer:
                self.finished.emit(token, None, RuntimeError(answer["error"]))
            else:
                self.finished.emit(token, answer_result(answer, text), None)

    def _on_exit(self, *_args) -> None:
        """The worker died: fail what was in flight (the pane then renders by itself)."""
        pending, self._pending = self._pending, {}
        self._drop_process()
        for token in pending.values():
            self.finished.emit(token, None, RuntimeError("the render process ended"))

    def _drop_process(self) -> None:
        process, self._process = self._process, None
        self._buffer.clear()
        if process is not None:
            process.readyReadStandardOutput.disconnect(self._read)
            process.finished.disconnect(self._on_exit)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.closeWriteChannel()
                if not process.waitForFinished(500):
                    process.kill()
                    process.waitForFinished(500)
            process.deleteLater()

    def shutdown(self) -> None:
        self._pending.clear()
        self._drop_process()
