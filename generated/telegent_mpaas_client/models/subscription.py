from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """Inferred from the published examples of GET /v1.0/account/subscriptions, GET /v1.0/distributor/subscriptions, GET
    /v1.0/packages/subscriptions and 3 more.

    """

    subscription_id: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    tnid: str | Unset = UNSET
    iccid: str | Unset = UNSET
    package_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        subscriber_id = self.subscriber_id

        tnid = self.tnid

        iccid = self.iccid

        package_id = self.package_id

        type_ = self.type_

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["SubscriptionId"] = subscription_id
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
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("SubscriptionId", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        tnid = d.pop("TNID", UNSET)

        iccid = d.pop("ICCID", UNSET)

        package_id = d.pop("PackageId", UNSET)

        type_ = d.pop("Type", UNSET)

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        subscription = cls(
            subscription_id=subscription_id,
            subscriber_id=subscriber_id,
            tnid=tnid,
            iccid=iccid,
            package_id=package_id,
            type_=type_,
            active=active,
        )

        subscription.additional_properties = d
        return subscription

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
