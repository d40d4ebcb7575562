from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ordered_number import OrderedNumber


T = TypeVar("T", bound="OrderDetails")


@_attrs_define
class OrderDetails:
    """An order's status; `OrderStatusMessage` is `CODE-TEXT` when it failed."""

    order_id: str
    order_status: str
    """ Order status. Known values listed in x-known-values; new ones may appear. """
    order_date: None | str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    order_status_message: None | str | Unset = UNSET
    """ Carrier status, `CODE-TEXT`, e.g. `8A-ACCOUNT_NUM_REQ_OR_INCORRECT`. """
    order_type: None | str | Unset = UNSET
    phone_numbers_ordered: list[OrderedNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status = self.order_status

        order_date: None | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        else:
            order_date = self.order_date

        order_status_message: None | str | Unset
        if isinstance(self.order_status_message, Unset):
            order_status_message = UNSET
        else:
            order_status_message = self.order_status_message

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        phone_numbers_ordered: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers_ordered, Unset):
            phone_numbers_ordered = []
            for phone_numbers_ordered_item_data in self.phone_numbers_ordered:
                phone_numbers_ordered_item = phone_numbers_ordered_item_data.to_dict()
                phone_numbers_ordered.append(phone_numbers_ordered_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderId": order_id,
                "OrderStatus": order_status,
            }
        )
        if order_date is not UNSET:
            field_dict["OrderDate"] = order_date
        if order_status_message is not UNSET:
            field_dict["OrderStatusMessage"] = order_status_message
        if order_type is not UNSET:
            field_dict["OrderType"] = order_type
        if phone_numbers_ordered is not UNSET:
            field_dict["PhoneNumbersOrdered"] = phone_numbers_ordered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ordered_number import OrderedNumber  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("OrderId")

        order_status = d.pop("OrderStatus")

        def _parse_order_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_date = _parse_order_date(d.pop("OrderDate", UNSET))

        def _parse_order_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_status_message = _parse_order_status_message(
            d.pop("OrderStatusMessage", UNSET)
        )

        def _parse_order_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_type = _parse_order_type(d.pop("OrderType", UNSET))

        _phone_numbers_ordered = d.pop("PhoneNumbersOrdered", UNSET)
        phone_numbers_ordered: list[OrderedNumber] | Unset = UNSET
        if _phone_numbers_ordered is not UNSET:
            phone_numbers_ordered = []
            for phone_numbers_ordered_item_data in _phone_numbers_ordered:
                phone_numbers_ordered_item = OrderedNumber.from_dict(
                    phone_numbers_ordered_item_data
                )

                phone_numbers_ordered.append(phone_numbers_ordered_item)

        order_details = cls(
            order_id=order_id,
            order_status=order_status,
            order_date=order_date,
            order_status_message=order_status_message,
            order_type=order_type,
            phone_numbers_ordered=phone_numbers_ordered,
        )

        order_details.additional_properties = d
        return order_details

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
