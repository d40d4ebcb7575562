from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubscriptionRequest")


@_attrs_define
class CreateSubscriptionRequest:
    subscriber_id: str
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    package_id: str
    """ Package ID to subscribe to """
    type_: str
    """ Subscription type """
    tnid: str | Unset = UNSET
    """ Telephone Number ID """
    iccid: str | Unset = UNSET
    """ SIM Card ICCID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        package_id = self.package_id

        type_ = self.type_

        tnid = self.tnid

        iccid = self.iccid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
                "PackageId": package_id,
                "Type": type_,
            }
        )
        if tnid is not UNSET:
            field_dict["TNID"] = tnid
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId")

        package_id = d.pop("PackageId")

        type_ = d.pop("Type")

        tnid = d.pop("TNID", UNSET)

        iccid = d.pop("ICCID", UNSET)

        create_subscription_request = cls(
            subscriber_id=subscriber_id,
            package_id=package_id,
            type_=type_,
            tnid=tnid,
            iccid=iccid,
        )

        create_subscription_request.additional_properties = d
        return create_subscription_request

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
