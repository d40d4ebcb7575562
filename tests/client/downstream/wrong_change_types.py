"""Change types a type checker must refuse (lines marked ``# refused``): the helpers take
the spec's Literal, not any str. Checked by tests/client/test_downstream_typing.py."""

from __future__ import annotations

from telegent import AsyncTelegent, Telegent


def wrong(client: Telegent, numbers: list[str]) -> None:
    client.numbers.change_status("delete", numbers)  # refused
    client.numbers.bulk_change_status("suspend", numbers)  # refused
    client.numbers.change_status("park", numbers)  # the spec's value: accepted


async def wrong_async(client: AsyncTelegent, numbers: list[str]) -> None:
    await client.numbers.change_status("delete", numbers)  # refused
    await client.numbers.bulk_change_status("suspend", numbers)  # refused
