from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_number import OrderNumber


T = TypeVar("T", bound="StatusChangeOrder")


@_attrs_define
class StatusChangeOrder:
    """The order a status change creates; poll it with GET /v1.0/numbers/order."""

    order_id: str
    """ Order id, e.g. `JNUOID-...`. """
    order_status: str
    """ Order status. Known values listed in x-known-values; new ones may appear. """
    order_date: None | str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    change_type: None | str | Unset = UNSET
    """ The status change performed. Known values in x-known-values; new ones may appear. """
    effective_date: None | str | Unset = UNSET
    """ The day the change takes effect; sent as a zone-less midnight timestamp, read as a date. """
    numbers: list[OrderNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status = self.order_status

        order_date: None | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        else:
            order_date = self.order_date

        change_type: None | str | Unset
        if isinstance(self.change_type, Unset):
            change_type = UNSET
        else:
            change_type = self.change_type

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = self.effective_date

        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = []
            for numbers_item_data in self.numbers:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

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
        if change_type is not UNSET:
            field_dict["ChangeType"] = change_type
        if effective_date is not UNSET:
            field_dict["EffectiveDate"] = effective_date
        if numbers is not UNSET:
            field_dict["Numbers"] = numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_number import OrderNumber  # noqa: PLC0415

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

        def _parse_change_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change_type = _parse_change_type(d.pop("ChangeType", UNSET))

        def _parse_effective_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effective_date = _parse_effective_date(d.pop("EffectiveDate", UNSET))

        _numbers = d.pop("Numbers", UNSET)
        numbers: list[OrderNumber] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = OrderNumber.from_dict(numbers_item_data)

                numbers.append(numbers_item)

        status_change_order = cls(
            order_id=order_id,
            order_status=order_status,
            order_date=order_date,
            change_type=change_type,
            effective_date=effective_date,
            numbers=numbers,
        )

        status_change_order.additional_properties = d
        return status_change_order

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
