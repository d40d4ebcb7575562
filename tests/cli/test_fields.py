"""``--fields`` has one meaning in every format: the fields of the rows the command lists.

Before: ``--format json`` picked the fields of the answer as a whole (an inventory page's
``total_results``) and the other formats the fields of its rows (its numbers), so
``--fields number,status`` worked in CSV and failed in JSON; an unknown name was only
refused once the answer had arrived.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from telegent.cli import main
from telegent.cli._output import UsageError, render
from telegent.cli._shape import Shape, check_fields, shape_of, shape_of_call

from .conftest import Mock, inventory, run_cli

PAGE = {
    "total_results": 2,
    "page_number": 1,
    "phone_numbers": [
        {"number": "+12016093801", "status": "Active", "iccid": "1"},
        {"number": "+12016093802", "status": "Parked", "iccid": None},
    ],
}
LONE = {"number": "+12016093801", "status": "Active", "iccid": "1", "cnam": "X"}
PICKED = [
    {"status": "Active", "number": "+12016093801"},
    {"status": "Parked", "number": "+12016093802"},
]


def _out(plain: Any, fmt: str, fields: tuple[str, ...], shape: Shape | None = None) -> str:
    stream = io.StringIO()
    render(plain, fmt, fields, stream, shape=shape)
    return stream.getvalue()


def _parsed(text: str, fmt: str) -> list[dict[str, str | None]]:
    """The rows a format wrote, as dicts of text (None: empty), whatever the format."""

    def text_of(value: Any) -> str | None:
        return None if value in (None, "") else str(value)

    if fmt == "json":
        data = json.loads(text)
        rows = data if isinstance(data, list) else [data]
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
    else:  # table: a header line, then one line a row, columns split on blanks
        header, *lines = text.splitlines()
        names = header.split()
        rows = [dict(zip(names, line.split(), strict=False)) for line in lines]
    return [{k: text_of(v) for k, v in row.items()} for row in rows]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
@pytest.mark.parametrize("shape", [None, Shape("NumberRecord", "phone_numbers", ())])
def test_every_format_picks_the_same_row_fields(fmt: str, shape: Shape | None) -> None:
    """A page's rows (its numbers), in the order asked, whatever the format."""
    out = _out(PAGE, fmt, ("status", "number"), shape)
    assert _parsed(out, fmt) == PICKED
    assert list(_parsed(out, fmt)[0]) == ["status", "number"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_a_lone_object_is_its_own_row(fmt: str) -> None:
    out = _out(LONE, fmt, ("status", "number"))
    assert _parsed(out, fmt) == [PICKED[0]]
    if fmt == "json":
        assert json.loads(out) == PICKED[0]  # one object stays one object


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_an_unknown_row_field_is_refused_in_every_format(fmt: str) -> None:
    with pytest.raises(UsageError, match="colour"):
        _out(PAGE, fmt, ("number", "colour"))
    with pytest.raises(UsageError, match="total_results"):
        _out(PAGE, fmt, ("total_results",))  # the page's own field is not a row field


def test_the_declared_list_decides_the_rows_not_which_lists_were_sent() -> None:
    """A message with three lists of which the server filled one is still one row."""
    message = {"message_id": "m1", "to": [{"number": "+1"}], "mms_media": None}
    shape = shape_of("OutboundMessage")
    assert shape is not None and shape.items is None
    assert _parsed(_out(message, "csv", ("message_id",), shape), "csv") == [{"message_id": "m1"}]


def test_rows_come_from_the_generated_records() -> None:
    page = shape_of("InventoryPage")
    assert page is not None and page.items == "phone_numbers" and page.row == "NumberRecord"
    assert {"number", "status", "iccid"} <= set(page.fields)
    assert shape_of_call("numbers", "list") == page  # the pager numbers.list pages through
    lone = shape_of("NumberDetails")
    assert lone is not None and lone.items is None and "number" in lone.fields
    listed = shape_of("list[Account]")
    assert listed is not None and listed.items is None and "account_id" in listed.fields
    assert shape_of("None") is None


def test_check_fields_names_the_bad_one_and_every_valid_one() -> None:
    page = shape_of("InventoryPage")
    with pytest.raises(UsageError) as refused:
        check_fields(page, ("number", "numbr_type"))
    text = str(refused.value)
    assert "numbr_type" in text and "did you mean number_type" in text
    assert page is not None and all(f in text for f in page.fields)
    check_fields(page, ("number", "status"))  # known: no error
    with pytest.raises(UsageError, match="plain values"):
        check_fields(shape_of("list[str]"), ("number",))


@pytest.mark.parametrize(
    "argv",
    [
        ["numbers", "list-page", "--fields", "number,colour"],
        ["numbers", "list", "--fields", "number,colour", "--format", "csv"],
        ["orders", "wait", "JNUOID-1", "--fields", "colour"],
        ["numbers", "get", "--number", "+12016093801", "--fields", "colour"],
    ],
)
def test_unknown_fields_are_refused_before_any_request(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing listens on port 9: a request would end in a connection error (exit 1)."""
    monkeypatch.setenv("TELEGENT_TOKEN", "t")
    assert main(["--base-url", "http://127.0.0.1:9", "--max-retries", "0", *argv]) == 2
    err = capsys.readouterr().err
    assert "unknown field(s) colour" in err and "fields: " in err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_against_the_mock_every_format_prints_the_same_rows(mock: Mock, fmt: str) -> None:
    """As an operator runs it: a page, the pager and one number, each format alike."""
    first_two = inventory()[:2]
    for argv, numbers in (
        (["numbers", "list-page", "--page-size", "2"], first_two),
        (["numbers", "list", "--limit", "2"], first_two),
        (["numbers", "get", "--number", first_two[0]], first_two[:1]),
    ):
        result = run_cli(mock, *argv, "--fields", "number,status", "--format", fmt)
        assert result.returncode == 0, result.stderr
        rows = _parsed(result.stdout, fmt)
        assert [list(r) for r in rows] == [["number", "status"]] * len(numbers)
        assert [r["number"] for r in rows] == numbers
    before = len(mock.requests())
    refused = run_cli(mock, "numbers", "list-page", "--fields", "total_results", "--format", fmt)
    assert refused.returncode == 2 and "unknown field(s) total_results" in refused.stderr
    assert len(mock.requests()) == before  # refused before the token request even


def test_no_rows_still_give_the_columns(capsys: pytest.CaptureFixture[str]) -> None:
    """Before: an empty page as CSV was a lone `value` header (or nothing, streamed)."""
    from telegent.cli._listing import stream_rows

    shape = shape_of("SubscriberList")
    assert shape is not None and shape.items == "subscribers"
    empty = {"page_number": 1, "total_subscribers": 0, "subscribers": []}
    assert _out(empty, "csv", (), shape).splitlines() == [",".join(shape.fields)]
    assert _out(empty, "csv", ("name", "email"), shape) == "name,email\n"
    assert json.loads(_out(empty, "json", ("name",), shape)) == []
    stream_rows(iter([]), "csv", None, shape.fields)
    stream_rows(iter([]), "csv", ("name",), shape.fields)
    stream_rows(iter([]), "jsonl", ("name",), shape.fields)
    assert capsys.readouterr().out.splitlines() == [",".join(shape.fields), "name"]
