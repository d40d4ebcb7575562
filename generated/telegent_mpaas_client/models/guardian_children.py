from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardian_relation import GuardianRelation


T = TypeVar("T", bound="GuardianChildren")


@_attrs_define
class GuardianChildren:
    """Inferred from the published examples of GET /v1.0/subscribers/guardians/relation/parent."""

    parent_subscriber_id: str | Unset = UNSET
    children: list[GuardianRelation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_subscriber_id = self.parent_subscriber_id

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_subscriber_id is not UNSET:
            field_dict["ParentSubscriberId"] = parent_subscriber_id
        if children is not UNSET:
            field_dict["Children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardian_relation import GuardianRelation  # noqa: PLC0415

        d = dict(src_dict)
        parent_subscriber_id = d.pop("ParentSubscriberId", UNSET)

        _children = d.pop("Children", UNSET)
        children: list[GuardianRelation] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = GuardianRelation.from_dict(children_item_data)

                children.append(children_item)

        guardian_children = cls(
            parent_subscriber_id=parent_subscriber_id,
            children=children,
        )

        guardian_children.additional_properties = d
        return guardian_children

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
