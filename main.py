"""Start Redaksi from a checkout: ``python main.py`` (same as the installed ``redaksi``).

This is also the entry script of the frozen (PyInstaller) bundle, so its order matters:

1. ``multiprocessing.freeze_support()`` first: in a bundle, a worker process of the website
   export is the bundle started again with ``--multiprocessing-fork``; it must run the worker
   and exit before anything of the application happens.
2. Then Redaksi's own helper processes (``--render-worker``, see
   :mod:`desktop_app.child_entry`), before any argument parsing or Qt.
3. Then the ``redaksi`` command (the window by default).

Nothing runs at import: the "spawn" start method imports this file again in every worker
process (as ``__mp_main__``), where it must stay without effect.
"""

import sys

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()

    from desktop_app.child_entry import run_child

    code = run_child(sys.argv[1:])
    if code is None:
        from desktop_app.cli import main

        code = main()
    sys.exit(code)
