"""``python -m telegent``: the ``telegent`` command line."""

from __future__ import annotations

import sys

from telegent.cli import main

if __name__ == "__main__":
    sys.exit(main())
