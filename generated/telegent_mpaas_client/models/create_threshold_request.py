from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateThresholdRequest")


@_attrs_define
class CreateThresholdRequest:
    account_id: None | str | Unset = UNSET
    """ Your Telegent account identifier (`AID-`). Scopes the threshold to this account. """
    threshold_name: None | str | Unset = UNSET
    """ Human-readable name for this threshold. """
    threshold_type: None | str | Unset = UNSET
    """ Resource the threshold applies to. Supported values: `Data`, `SMS`, `Voice`. """
    threshold_amount: int | Unset = UNSET
    """ Numeric limit at which the threshold triggers (e.g. `80` for 80 MB). """
    threshold_unit: None | str | Unset = UNSET
    """ Unit of measurement for `ThresholdAmount`. Supported values: `MB`, `GB`, `Count`. """
    threshold_action: None | str | Unset = UNSET
    """ Action taken when the threshold is reached. Supported values: `Alert`, `Pause`, `Restrict`. """

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

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

        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
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

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("AccountId", UNSET))

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

        threshold_amount = d.pop("ThresholdAmount", UNSET)

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

        create_threshold_request = cls(
            account_id=account_id,
            threshold_name=threshold_name,
            threshold_type=threshold_type,
            threshold_amount=threshold_amount,
            threshold_unit=threshold_unit,
            threshold_action=threshold_action,
        )

        return create_threshold_request
