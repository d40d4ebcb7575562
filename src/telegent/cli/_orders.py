"""``telegent orders wait ID``: poll an order until it is Complete, fails, or time is up."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._output import UsageError, as_plain, printable, render
from ._progress import progress
from ._session import DryRunStop, Settings, make_client, print_dry_run
from ._shape import check_fields, shape_of_call
from ._words import in_operator_words

_WAIT_FLAGS = {
    "order_id": "ORDER_ID",
    "timeout": "--deadline",
    "poll_interval": "--poll-interval",
    "max_interval": "--max-interval",
}

__all__ = ["EXIT_FAILED", "EXIT_TIMED_OUT", "configure", "run_wait"]

EXIT_FAILED = 1  # the order ended in Error
EXIT_TIMED_OUT = 3  # still not finished at the deadline: it may yet complete


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    """Options of ``orders wait``."""
    parser.add_argument("order_id", metavar="ORDER_ID", help="e.g. JNUOID-...")
    parser.add_argument(
        "--deadline",
        type=_seconds,
        default=300.0,
        metavar="SECONDS",
        help="give up after this long (default 300); exit status 3",
    )
    parser.add_argument(
        "--poll-interval",
        type=_seconds,
        default=2.0,
        metavar="SECONDS",
        help="first delay between polls (default 2; grows by 1.5x)",
    )
    parser.add_argument(
        "--max-interval",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help="longest delay between polls (default 30)",
    )
    parser.set_defaults(handler=run_wait)


def run_wait(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 on Complete, 1 on Error, 3 when the deadline passes first."""
    from telegent import OrderFailedError, OrderTimeoutError  # noqa: PLC0415

    shape = shape_of_call("orders", "wait")
    check_fields(shape, settings.fields)  # before the first poll
    with (
        make_client(settings, capture=settings.dry_run) as client,
        progress(f"order {args.order_id}", None, enabled=settings.progress) as bar,
    ):

        def seen(details: Any) -> None:
            bar.set_status(str(getattr(details, "order_status", "") or "?"))

        try:
            details = client.orders.wait(
                args.order_id,
                timeout=args.deadline,
                poll_interval=args.poll_interval,
                max_interval=args.max_interval,
                on_progress=seen,
            )
        except DryRunStop as stop:
            return print_dry_run(stop, "the first poll's request; nothing sent")
        except (ValueError, TypeError) as exc:
            raise UsageError(in_operator_words(str(exc), _WAIT_FLAGS)) from None
        except OrderFailedError as exc:
            render(
                as_plain(exc.details, reveal=settings.reveal),
                settings.fmt,
                settings.fields,
                shape=shape,
            )
            print(f"telegent: {printable(in_operator_words(str(exc)))}", file=sys.stderr)
            return EXIT_FAILED
        except OrderTimeoutError as exc:
            if exc.last is not None:
                render(
                    as_plain(exc.last, reveal=settings.reveal),
                    settings.fmt,
                    settings.fields,
                    shape=shape,
                )
            print(f"telegent: {printable(in_operator_words(str(exc)))}", file=sys.stderr)
            return EXIT_TIMED_OUT
    render(as_plain(details, reveal=settings.reveal), settings.fmt, settings.fields, shape=shape)
    return 0
