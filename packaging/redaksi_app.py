"""Entry script of the bundle's ``redaksi-app``: the window without a console (Windows).

Like ``main.py`` (the console ``redaksi``): the export's worker processes and the preview's
render process are this same executable started again, so they are recognised first.
"""

import sys

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()

    from desktop_app.child_entry import run_child

    code = run_child(sys.argv[1:])
    if code is None:
        from desktop_app.cli import main_window

        code = main_window()
    sys.exit(code)
