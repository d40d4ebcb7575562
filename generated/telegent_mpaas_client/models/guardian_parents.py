from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardian_relation import GuardianRelation


T = TypeVar("T", bound="GuardianParents")


@_attrs_define
class GuardianParents:
    """Inferred from the published examples of GET /v1.0/subscribers/guardians/relation/child."""

    child_subscriber_id: str | Unset = UNSET
    guardians: list[GuardianRelation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_subscriber_id = self.child_subscriber_id

        guardians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guardians, Unset):
            guardians = []
            for guardians_item_data in self.guardians:
                guardians_item = guardians_item_data.to_dict()
                guardians.append(guardians_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_subscriber_id is not UNSET:
            field_dict["ChildSubscriberId"] = child_subscriber_id
        if guardians is not UNSET:
            field_dict["Guardians"] = guardians

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardian_relation import GuardianRelation  # noqa: PLC0415

        d = dict(src_dict)
        child_subscriber_id = d.pop("ChildSubscriberId", UNSET)

        _guardians = d.pop("Guardians", UNSET)
        guardians: list[GuardianRelation] | Unset = UNSET
        if _guardians is not UNSET:
            guardians = []
            for guardians_item_data in _guardians:
                guardians_item = GuardianRelation.from_dict(guardians_item_data)

                guardians.append(guardians_item)

        guardian_parents = cls(
            child_subscriber_id=child_subscriber_id,
            guardians=guardians,
        )

        guardian_parents.additional_properties = d
        return guardian_parents

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
