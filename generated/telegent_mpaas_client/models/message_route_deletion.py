from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageRouteDeletion")


@_attrs_define
class MessageRouteDeletion:
    """Inferred from the published examples of POST /v1.0/message/routes/delete."""

    message_route_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    mrid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_route_status = self.message_route_status

        mrid = self.mrid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_route_status is not UNSET:
            field_dict["MessageRouteStatus"] = message_route_status
        if mrid is not UNSET:
            field_dict["MRID"] = mrid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_route_status = d.pop("MessageRouteStatus", UNSET)

        mrid = d.pop("MRID", UNSET)

        message_route_deletion = cls(
            message_route_status=message_route_status,
            mrid=mrid,
        )

        message_route_deletion.additional_properties = d
        return message_route_deletion

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
