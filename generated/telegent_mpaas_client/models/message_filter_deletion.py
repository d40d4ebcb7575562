from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFilterDeletion")


@_attrs_define
class MessageFilterDeletion:
    """Inferred from the published examples of POST /v1.0/subscribers/message-filter/delete."""

    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    filter_id: str | Unset = UNSET
    date_deleted: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        filter_id = self.filter_id

        date_deleted = self.date_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if date_deleted is not UNSET:
            field_dict["DateDeleted"] = date_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("Status", UNSET)

        filter_id = d.pop("FilterId", UNSET)

        date_deleted = d.pop("DateDeleted", UNSET)

        message_filter_deletion = cls(
            status=status,
            filter_id=filter_id,
            date_deleted=date_deleted,
        )

        message_filter_deletion.additional_properties = d
        return message_filter_deletion

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
