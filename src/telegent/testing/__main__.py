"""``python -m telegent.testing --port 4010``: run the fake API as a local server."""

from __future__ import annotations

import sys

from ._server import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
