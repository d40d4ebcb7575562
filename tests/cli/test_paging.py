"""Every pager the spec declares pages on the command line, like ``numbers list``.

Before: ``distributors list-subscribers``, ``message search`` and ``message filter`` had the
SDK's pagers (``iter_subscribers``, ``iter_search``, ``iter_filter``) but no ``--limit`` or
``--all``: one page at a time, by hand.
"""

from __future__ import annotations

import json

import pytest

from telegent.cli import main
from telegent.cli._generic import command_name
from telegent.cli._ops import operations

from .conftest import Mock, lines, run_cli

PAGED = [op for op in operations() if "x-telegent-paginate" in op.extensions]


def test_the_spec_declares_pagers() -> None:
    assert {op.id for op in PAGED} >= {
        "searchMessages",
        "filterMessages",
        "listDistributorSubscribers",
    }


@pytest.mark.parametrize("op", PAGED, ids=lambda op: op.id)
def test_every_declared_pager_has_limit_and_all(op, capsys) -> None:
    where = ["internal"] if op.internal else []
    with pytest.raises(SystemExit):
        main([*where, command_name(op.resource), command_name(op.method), "--help"])
    text = capsys.readouterr().out
    assert "--limit N" in text and "--all" in text
    assert op.extensions["x-telegent-paginate"]["method"] in text


def test_limit_and_all_page_through_the_sdk_pager(mock: Mock) -> None:
    two = run_cli(mock, "message", "search", "--phone-number", "+18015737111", "--limit", "2",
                  "--jsonl")  # fmt: skip
    assert two.returncode == 0, two.stderr
    assert len(lines(two.stdout)) == 2
    assert all("body" in json.loads(line) for line in lines(two.stdout))
    every = run_cli(mock, "distributors", "list-subscribers", "--all")
    assert every.returncode == 0, every.stderr
    assert isinstance(json.loads(every.stdout), list)
    both = run_cli(mock, "message", "filter", "--all", "--page", "2")
    assert both.returncode == 2 and "--page" in both.stderr
