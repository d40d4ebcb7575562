"""The package version.

Written out rather than read from the installed metadata at import time
(``importlib.metadata.version`` scans the installed distributions: several ms of every
``import telegent``). A test checks it against the installed distribution's metadata,
so it cannot drift from pyproject.toml unnoticed.
"""

from __future__ import annotations

__title__ = "telegent-mpaas"
__version__ = "0.1.0"
