from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceRouteDeletion")


@_attrs_define
class VoiceRouteDeletion:
    """Inferred from the published examples of POST /v1.0/voice/routes/delete."""

    call_route_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    call_route_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_route_status = self.call_route_status

        call_route_id = self.call_route_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_route_status is not UNSET:
            field_dict["CallRouteStatus"] = call_route_status
        if call_route_id is not UNSET:
            field_dict["CallRouteId"] = call_route_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_route_status = d.pop("CallRouteStatus", UNSET)

        call_route_id = d.pop("CallRouteId", UNSET)

        voice_route_deletion = cls(
            call_route_status=call_route_status,
            call_route_id=call_route_id,
        )

        voice_route_deletion.additional_properties = d
        return voice_route_deletion

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
