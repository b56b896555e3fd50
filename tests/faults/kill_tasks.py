"""Test-only: a restore or a website export in a process of its own, for the kill tests.

``python -m tests.faults.kill_tasks restore BACKUP DB`` restores BACKUP over the database DB as
``redaksi restore`` does (:func:`desktop_app.core.backups.restore_file`: the database is never
opened, so a ``-wal`` left by a crash is still beside it); ``python -m tests.faults.kill_tasks
export DB OUT [--full]`` exports the website of DB into OUT as ``redaksi export`` does. Each
prints ``ready`` once everything is imported and the work is about to start, and ``done`` when
it returned.

With ``KILL_AT_STEP=N`` in the environment the process kills itself with SIGKILL just before
its N-th change of a name in the file system (``os.replace``, ``os.rename``, ``os.link``,
``os.unlink``, ``os.rmdir``, folder exchange): a kill at every step of the work, one run per
step, instead of at a random moment. With ``COUNT_STEPS=1`` it kills nothing and prints
``exchange N`` before its N-th step when that step is a folder exchange, and ``steps N`` (how
many there were) at the end.
"""

from __future__ import annotations

import os
import signal
import sys


def _kill_at_step(step: int) -> list[int]:
    """Make every file-system rename, link and unlink count; SIGKILL before the ``step``-th
    (0: never; the number of steps so far is the returned list's one item)."""
    from desktop_app.core.export import writer

    count = [0]

    def counting(function, exchange=False):
        def wrapper(*args, **kwargs):
            count[0] += 1
            if exchange and not step:
                print(f"exchange {count[0]}", flush=True)
            if count[0] == step:
                sys.stdout.flush()
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)

        return wrapper

    for name in ("replace", "rename", "link", "unlink", "rmdir"):
        setattr(os, name, counting(getattr(os, name)))
    writer.exchange = counting(writer.exchange, exchange=True)
    return count


def main(argv: list[str]) -> int:
    task = argv[0]
    if task == "restore":
        from desktop_app.core.backups import restore_file

        def work() -> None:
            restore_file(argv[1], argv[2])

    elif task == "export":
        from db.database import open_database
        from desktop_app.core.export import export_site

        database = open_database(argv[1])

        def work() -> None:
            export_site(database, argv[2], full="--full" in argv)

    else:
        print(f"unknown task {task}", flush=True)
        return 2
    step = int(os.environ.get("KILL_AT_STEP", "0"))
    counting = bool(os.environ.get("COUNT_STEPS"))
    count = _kill_at_step(step) if step or counting else None
    print("ready", flush=True)
    work()
    if count is not None and counting:
        print(f"steps {count[0]}", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
