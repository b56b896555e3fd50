"""Start Redaksi from a checkout: ``python main.py`` (same as the installed ``redaksi``)."""

import sys

from desktop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
