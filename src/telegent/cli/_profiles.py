"""Saved credentials: ``telegent login``, a config file only its owner can read, profiles.

As ``gh`` and ``stripe`` do: ``telegent login`` stores an account key and secret (and a
base URL) under a profile name (``default`` unless ``--profile``) in
``$TELEGENT_CONFIG_DIR/config.ini`` (else ``$XDG_CONFIG_HOME/telegent`` or
``~/.config/telegent``), created with mode 0600. A command uses the profile named by
``--profile`` or ``$TELEGENT_PROFILE`` (else ``default``, when saved); flags and the
``TELEGENT_*`` environment variables override what the profile says. A config file
that others can read is refused, not used.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._output import UsageError

if TYPE_CHECKING:
    import configparser

__all__ = ["add_login", "config_path", "load_profile"]

_FIELDS = ("account_key", "account_secret", "base_url")


def config_path() -> Path:
    """Where profiles are kept."""
    base = os.environ.get("TELEGENT_CONFIG_DIR")
    if base:
        return Path(base) / "config.ini"
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "telegent" / "config.ini"


def _read(path: Path) -> configparser.ConfigParser:
    import configparser  # noqa: PLC0415 - only commands that need credentials pay for it

    config = configparser.ConfigParser(interpolation=None)
    if not path.exists():
        return config
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise UsageError(
            f"{path} can be read by others (mode {mode:o}): run `chmod 600 {path}` "
            "(it holds account secrets)"
        )
    try:
        config.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a telegent config file ({type(exc).__name__})") from None
    return config


def load_profile(name: str | None) -> dict[str, str]:
    """The saved fields of profile ``name`` (``None``: ``$TELEGENT_PROFILE`` or
    ``default``); ``{}`` when nothing is saved and no profile was asked for by name."""
    asked = name or os.environ.get("TELEGENT_PROFILE")
    chosen = asked or "default"
    path = config_path()
    config = _read(path)
    if not config.has_section(chosen):
        if asked:
            known = ", ".join(config.sections()) or "none"
            raise UsageError(
                f"--profile {chosen}: no such profile in {path} (saved: {known}); "
                f"create it with `telegent login --profile {chosen}`"
            )
        return {}
    return {k: v for k, v in config[chosen].items() if k in _FIELDS and v}


def _write(path: Path, config: configparser.ConfigParser) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        config.write(fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(temp, 0o600)  # an existing temp file keeps its mode through O_CREAT
    os.replace(temp, path)


def _secret(args: argparse.Namespace) -> str:
    if args.secret_stdin or not sys.stdin.isatty():
        secret = sys.stdin.readline().strip()
    else:
        import getpass  # noqa: PLC0415

        secret = getpass.getpass("Account secret (not shown): ").strip()
    if not secret:
        raise UsageError("no account secret given (typed at the prompt, or on stdin)")
    return secret


def _run_login(args: argparse.Namespace, _settings: Any) -> int:
    key = args.account_key or input("Account key (DID-...): ").strip()
    if not key:
        raise UsageError("--account-key: give the account key (DID-...)")
    secret = _secret(args)
    path = config_path()
    config = _read(path)
    name = args.login_profile or os.environ.get("TELEGENT_PROFILE") or "default"
    config[name] = {"account_key": key, "account_secret": secret}
    if args.login_base_url:
        config[name]["base_url"] = args.login_base_url
    _write(path, config)
    print(f"telegent: saved profile {name!r} in {path} (mode 600)", file=sys.stderr)
    return 0


def add_login(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``telegent login``."""
    login = sub.add_parser(
        "login",
        help="save an account key and secret in a profile (config file, mode 600)",
        description="Save credentials for later commands. The secret is read without echo "
        "(or from stdin: `telegent login --account-key DID-... --secret-stdin < secret.txt`). "
        f"File: {config_path()} (TELEGENT_CONFIG_DIR). Flags and TELEGENT_* environment "
        "variables override a profile.",
    )
    login.add_argument("--account-key", metavar="DID-...", help="the account key")
    login.add_argument(
        "--secret-stdin", action="store_true", help="read the account secret from stdin"
    )
    login.add_argument(
        "--base-url", dest="login_base_url", metavar="URL", help="the API base URL to save"
    )
    login.add_argument(
        "--profile", dest="login_profile", metavar="NAME", help="profile name (default: default)"
    )
    login.set_defaults(handler=_run_login)
