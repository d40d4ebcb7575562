from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateThresholdRequest")


@_attrs_define
class UpdateThresholdRequest:
    threshold_id: str
    """ ID of the threshold to update (`THID-`). """
    threshold_name: None | str | Unset = UNSET
    """ Updated threshold name. """
    threshold_type: None | str | Unset = UNSET
    """ Updated resource type: `Data`, `SMS`, or `Voice`. """
    threshold_amount: int | None | Unset = UNSET
    """ Updated trigger amount. """
    threshold_unit: None | str | Unset = UNSET
    """ Updated unit: `MB`, `GB`, or `Count`. """
    threshold_action: None | str | Unset = UNSET
    """ Updated action: `Alert`, `Pause`, or `Restrict`. """

    def to_dict(self) -> dict[str, Any]:
        threshold_id = self.threshold_id

        threshold_name: None | str | Unset
        if isinstance(self.threshold_name, Unset):
            threshold_name = UNSET
        else:
            threshold_name = self.threshold_name

        threshold_type: None | str | Unset
        if isinstance(self.threshold_type, Unset):
            threshold_type = UNSET
        else:
            threshold_type = self.threshold_type

        threshold_amount: int | None | Unset
        if isinstance(self.threshold_amount, Unset):
            threshold_amount = UNSET
        else:
            threshold_amount = self.threshold_amount

        threshold_unit: None | str | Unset
        if isinstance(self.threshold_unit, Unset):
            threshold_unit = UNSET
        else:
            threshold_unit = self.threshold_unit

        threshold_action: None | str | Unset
        if isinstance(self.threshold_action, Unset):
            threshold_action = UNSET
        else:
            threshold_action = self.threshold_action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ThresholdId": threshold_id,
            }
        )
        if threshold_name is not UNSET:
            field_dict["ThresholdName"] = threshold_name
        if threshold_type is not UNSET:
            field_dict["ThresholdType"] = threshold_type
        if threshold_amount is not UNSET:
            field_dict["ThresholdAmount"] = threshold_amount
        if threshold_unit is not UNSET:
            field_dict["ThresholdUnit"] = threshold_unit
        if threshold_action is not UNSET:
            field_dict["ThresholdAction"] = threshold_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold_id = d.pop("ThresholdId")

        def _parse_threshold_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_name = _parse_threshold_name(d.pop("ThresholdName", UNSET))

        def _parse_threshold_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_type = _parse_threshold_type(d.pop("ThresholdType", UNSET))

        def _parse_threshold_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_amount = _parse_threshold_amount(d.pop("ThresholdAmount", UNSET))

        def _parse_threshold_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_unit = _parse_threshold_unit(d.pop("ThresholdUnit", UNSET))

        def _parse_threshold_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_action = _parse_threshold_action(d.pop("ThresholdAction", UNSET))

        update_threshold_request = cls(
            threshold_id=threshold_id,
            threshold_name=threshold_name,
            threshold_type=threshold_type,
            threshold_amount=threshold_amount,
            threshold_unit=threshold_unit,
            threshold_action=threshold_action,
        )

        return update_threshold_request
