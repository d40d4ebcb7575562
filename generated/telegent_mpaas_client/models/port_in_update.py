from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortInUpdate")


@_attrs_define
class PortInUpdate:
    """Inferred from the published examples of POST /v1.0/numbers/portin/update."""

    order_id: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if status is not UNSET:
            field_dict["Status"] = status
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("OrderId", UNSET)

        status = d.pop("Status", UNSET)

        message = d.pop("Message", UNSET)

        port_in_update = cls(
            order_id=order_id,
            status=status,
            message=message,
        )

        port_in_update.additional_properties = d
        return port_in_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
