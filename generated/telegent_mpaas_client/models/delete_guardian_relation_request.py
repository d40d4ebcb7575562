from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteGuardianRelationRequest")


@_attrs_define
class DeleteGuardianRelationRequest:
    parent_subscriber_id: str
    """ Subscriber ID of the parent (guardian). Format: `TSUID-` followed by a UUID. Both parent and child must
    already exist as subscribers and have AI Guardian enabled. """
    child_subscriber_id: str
    """ Subscriber ID of the child (the subscriber being supervised). Format: `TSUID-` followed by a UUID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_subscriber_id = self.parent_subscriber_id

        child_subscriber_id = self.child_subscriber_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ParentSubscriberId": parent_subscriber_id,
                "ChildSubscriberId": child_subscriber_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_subscriber_id = d.pop("ParentSubscriberId")

        child_subscriber_id = d.pop("ChildSubscriberId")

        delete_guardian_relation_request = cls(
            parent_subscriber_id=parent_subscriber_id,
            child_subscriber_id=child_subscriber_id,
        )

        delete_guardian_relation_request.additional_properties = d
        return delete_guardian_relation_request

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
