from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubscriptionRequest")


@_attrs_define
class UpdateSubscriptionRequest:
    subscription_id: str
    """ Subscription ID to update """
    subscriber_id: str | Unset = UNSET
    tnid: str | Unset = UNSET
    iccid: str | Unset = UNSET
    package_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        subscriber_id = self.subscriber_id

        tnid = self.tnid

        iccid = self.iccid

        package_id = self.package_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriptionId": subscription_id,
            }
        )
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if tnid is not UNSET:
            field_dict["TNID"] = tnid
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid
        if package_id is not UNSET:
            field_dict["PackageId"] = package_id
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("SubscriptionId")

        subscriber_id = d.pop("SubscriberId", UNSET)

        tnid = d.pop("TNID", UNSET)

        iccid = d.pop("ICCID", UNSET)

        package_id = d.pop("PackageId", UNSET)

        type_ = d.pop("Type", UNSET)

        update_subscription_request = cls(
            subscription_id=subscription_id,
            subscriber_id=subscriber_id,
            tnid=tnid,
            iccid=iccid,
            package_id=package_id,
            type_=type_,
        )

        update_subscription_request.additional_properties = d
        return update_subscription_request

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
