"""``telegent``: the command line, its command tree and exit statuses.

Exit statuses: 0 ok; 1 the API refused or failed (the typed error's status and message
on stderr), or an order ended in Error, or a bulk change left numbers failed/unknown;
2 bad input (the SDK's own message; nothing was sent); 3 ``orders wait`` reached its
deadline first.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from . import _bulk, _listing, _orders
from ._generic import command_name, configure, describe
from ._ops import OperationLike, operations_in, resource_modules
from ._output import UsageError, printable
from ._profiles import add_login
from ._session import COMMON_DESTS, add_common_options, settings_from
from ._spec import run_spec
from ._tools import add_tools, optional, run_mock, version_text
from ._words import in_operator_words

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_API, EXIT_USAGE = 0, 1, 2

_EPILOG = """\
Credentials: TELEGENT_ACCOUNT_KEY and TELEGENT_ACCOUNT_SECRET (or TELEGENT_TOKEN / --token);
base URL: TELEGENT_BASE_URL or --base-url. Try `telegent mock` for a local fake API.
Exit status: 0 ok, 1 API error, 2 bad input (nothing sent), 3 orders wait timed out.
"""


_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)")


def _did_you_mean(word: str, known: list[str]) -> str:
    import difflib  # noqa: PLC0415 - only a mistyped word pays for it

    close = difflib.get_close_matches(word, known, n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(close)}?" if close else ""


class _Parser(argparse.ArgumentParser):
    """argparse, with "did you mean" for a mistyped command or choice."""

    def error(self, message: str) -> NoReturn:
        m = _INVALID_CHOICE.search(message)
        if m:
            message += _did_you_mean(m.group(1), re.findall(r"'([^']*)'", m.group(2)))
        super().error(message)


def _unknown_flags(
    parser: argparse.ArgumentParser, ns: argparse.Namespace, extra: list[str]
) -> None:
    """Refuse words the command does not take, suggesting the flag meant."""
    leaf: argparse.ArgumentParser = getattr(ns, "leaf_parser", parser)
    flags = [f for f in leaf._option_string_actions if f.startswith("--")]
    hints = "".join(_did_you_mean(w.split("=", 1)[0], flags) for w in extra if w.startswith("-"))
    leaf.error(f"unrecognized arguments: {' '.join(extra)}{hints}")


class _Tree:
    """Builds ``telegent <resource> <command>``, refusing a name given twice."""

    def __init__(
        self,
        top: argparse._SubParsersAction[argparse.ArgumentParser],
        only: frozenset[str] | None = None,
    ) -> None:
        self._top = top
        self._only = only  # words of the command line: commands not named stay bare
        self._resources: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
        self._names: dict[str, set[str]] = {}

    def resource(self, name: str, text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in self._resources:
            parser = self._top.add_parser(
                command_name(name), help=text.replace("%", "%%"), description=text
            )
            self._resources[name] = parser.add_subparsers(
                dest="subcommand", metavar="<command>", title="commands"
            )
            self._names[name] = set()
            parser.set_defaults(resource_parser=parser)
        return self._resources[name]

    def wants(self, command: str) -> bool:
        """Whether ``command`` is built in full (named on the command line, or all are)."""
        return self._only is None or command in self._only

    def leaf(
        self,
        resource: str,
        name: str,
        text: str,
        description: str | None = None,
        *,
        default_format: str = "json",
        progress: bool = False,
        reveal: bool = True,
        options: Callable[[argparse.ArgumentParser], None],
    ) -> argparse.ArgumentParser:
        """Add a command: its own ``options`` first, then the shared ones."""
        if name in self._names[resource]:
            raise RuntimeError(f"two commands named 'telegent {resource} {name}'")
        self._names[resource].add(name)
        if not self.wants(name):
            # Listed in its resource's help; its options are built when it is named.
            return self._resources[resource].add_parser(name, help=text.replace("%", "%%"))
        parser = self._resources[resource].add_parser(
            name,
            help=text.replace("%", "%%"),  # argparse %-formats help strings
            description=description or text,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        options(parser)
        add_common_options(parser, default_format=default_format, progress=progress, reveal=reveal)
        parser.set_defaults(
            default_format=default_format,
            has_progress=progress,
            has_reveal=reveal,
            api=True,
            leaf_parser=parser,
        )
        return parser


def _summary(op: OperationLike) -> str:
    text = op.summary or op.id
    return f"{text} [internal]" if op.internal else text


def _add_leaves(tree: _Tree, resource: str, group: list[OperationLike]) -> None:
    names = ", ".join(command_name(op.method) for op in group)
    where = "client.internal" if group[0].internal else "client"  # as the SDK has them
    tree.resource(resource, f"{where}.{resource}: {names}")
    for op in group:
        tree.leaf(
            resource,
            command_name(op.method),
            _summary(op),
            describe(op) if tree.wants(command_name(op.method)) else None,
            options=functools.partial(configure, op=op),
        )


def _add_operations(tree: _Tree, internal: _Tree | None, only: frozenset[str] | None) -> None:
    """A command for every operation of the resources in ``only`` (``None``: all); the
    other resources get their entry only (their commands are built when named)."""
    public: dict[str, list[OperationLike]] = {}
    hidden: dict[str, list[OperationLike]] = {}
    for module in resource_modules():
        built = only is None or command_name(module) in only or internal is not None
        if not built:
            tree.resource(module, f"client.{module} (telegent {command_name(module)} --help)")
            continue
        for op in operations_in(module):
            (hidden if op.internal else public).setdefault(op.resource, []).append(op)
    for resource, group in public.items():
        if only is None or command_name(resource) in only:
            _add_leaves(tree, resource, group)
        else:
            tree.resource(resource, f"client.{resource} (telegent {command_name(resource)} --help)")
    if internal is not None:
        for resource, group in hidden.items():
            _add_leaves(internal, resource, group)


def _add_conveniences(tree: _Tree, only: frozenset[str] | None) -> None:
    if only is None or "numbers" in only:
        _add_number_conveniences(tree)
    if only is None or "orders" in only:
        tree.resource("orders", "client.orders")
        tree.leaf(
            "orders",
            "wait",
            "wait for an order: exit 0 Complete, 1 Error, 3 deadline passed",
            progress=True,
            options=_orders.configure,
        )


def _add_number_conveniences(tree: _Tree) -> None:
    tree.resource("numbers", "client.numbers")
    for action in _bulk.ACTIONS:
        tree.leaf(
            "numbers",
            action,
            f"{action} numbers: any number, in batches, one outcome line a number",
            default_format="jsonl",
            progress=True,
            reveal=False,
            options=functools.partial(_bulk.configure, action=action),
        )
    tree.leaf(
        "numbers",
        "bulk-change-status",
        "change the status of any number of numbers (--action), resumable",
        default_format="jsonl",
        progress=True,
        reveal=False,
        options=functools.partial(_bulk.configure, action=None),
    )
    tree.leaf(
        "numbers",
        "list",
        "the whole inventory, page by page, a JSON line a number",
        default_format="jsonl",
        progress=True,
        options=_listing.configure,
    )


def _internal(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], only: frozenset[str] | None
) -> _Tree:
    text = "client.internal: the operations the vendor marks internal"
    parser = sub.add_parser("internal", help=text, description=text)
    parser.set_defaults(resource_parser=parser)
    return _Tree(
        parser.add_subparsers(dest="internal_resource", metavar="<resource>", title="resources"),
        only,
    )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command tree (generated commands from the operation registry).

    ``argv``: build the commands of the resources it names only (the others are listed,
    built when named): start-up and completion stay fast. ``None``: everything.
    """
    only = None if argv is None else frozenset(argv)
    top = _Parser(
        prog="telegent",
        description="Telegent mPaaS from the command line: every API operation, bulk "
        "status changes, order waiting, a local mock.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=version_text())
    add_common_options(top)
    # Typed as plain ArgumentParser: the subparsers are _Parser too (argparse uses the
    # parent's class), which the tree needs no more than.
    sub: argparse._SubParsersAction[argparse.ArgumentParser] = top.add_subparsers(  # type: ignore[assignment]
        dest="command", metavar="<command>", title="commands"
    )
    tree = _Tree(sub, only)
    internal = _internal(sub, only) if only is None or "internal" in only else None
    _add_operations(tree, internal, only)
    _add_conveniences(tree, only)
    if internal is None:
        sub.add_parser("internal", help="client.internal: the operations the vendor marks internal")
    add_tools(sub)
    add_login(sub)
    return top


def _api_error(exc: BaseException) -> str:
    status = getattr(exc, "status_code", None)
    message = getattr(exc, "message", None) or str(exc)
    where = f" (HTTP {status})" if status is not None else ""
    return f"telegent: {type(exc).__name__}{where}: {printable(in_operator_words(message))}"


def _check_scope(ns: argparse.Namespace) -> None:
    """Refuse a shared option given where it would do nothing (before `version`, say)."""
    given = [d for d in COMMON_DESTS if hasattr(ns, d)]
    if given and not getattr(ns, "api", False):
        shown = ", ".join("--" + d.replace("_", "-") for d in given).replace("--fmt", "--format")
        raise UsageError(f"{shown}: for API commands only, not for `telegent {ns.command}`")
    if hasattr(ns, "reveal") and not getattr(ns, "has_reveal", False):
        raise UsageError("--reveal: bulk outcomes hold no secrets")
    if hasattr(ns, "progress") and not getattr(ns, "has_progress", False):
        raise UsageError(
            "--no-progress: only numbers list, the bulk commands and orders wait show progress"
        )


def _dispatch(parser: argparse.ArgumentParser, ns: argparse.Namespace) -> int:
    handler = getattr(ns, "handler", None)
    if handler is None:
        shown = getattr(ns, "resource_parser", None) or parser
        if shown is parser:
            parser.print_help()
            return EXIT_OK
        shown.print_help(sys.stderr)
        print(f"{shown.prog}: error: a command is required", file=sys.stderr)
        return EXIT_USAGE
    _check_scope(ns)
    settings = settings_from(ns, default_format=getattr(ns, "default_format", "json"))
    result: int = handler(ns, settings)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["mock"]:
        return run_mock(args[1:])
    if args[:1] == ["spec"]:
        return run_spec(args[1:])
    completing = "_ARGCOMPLETE" in os.environ
    words = os.environ.get("COMP_LINE", "").split() if completing else args
    parser = build_parser(words)
    if completing:  # the shell asks for completions (cli extra)
        argcomplete = optional("argcomplete")
        if argcomplete is not None:
            argcomplete.autocomplete(parser)
    ns, extra = parser.parse_known_args(args)
    if extra:
        _unknown_flags(parser, ns, extra)
    # Only now: a Tab completion and --help (both exit above) load neither httpx nor the client.
    from telegent import TelegentError  # noqa: PLC0415

    try:
        return _dispatch(parser, ns)
    except UsageError as exc:
        print(f"telegent: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except TelegentError as exc:
        print(_api_error(exc), file=sys.stderr)
        return EXIT_API
    except RuntimeError as exc:
        print(f"telegent: {exc}", file=sys.stderr)
        return EXIT_API
    except KeyboardInterrupt:
        print("telegent: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as a SIGPIPE'd tool would.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
