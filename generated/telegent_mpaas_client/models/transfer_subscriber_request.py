from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TransferSubscriberRequest")


@_attrs_define
class TransferSubscriberRequest:
    subscriber_id: str
    """ Subscriber ID to transfer """
    from_account_id: str
    """ Origin account ID """
    to_account_id: str
    """ Destination account ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        from_account_id = self.from_account_id

        to_account_id = self.to_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
                "FromAccountId": from_account_id,
                "ToAccountId": to_account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId")

        from_account_id = d.pop("FromAccountId")

        to_account_id = d.pop("ToAccountId")

        transfer_subscriber_request = cls(
            subscriber_id=subscriber_id,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
        )

        transfer_subscriber_request.additional_properties = d
        return transfer_subscriber_request

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
