from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_filter_time_restrictions_type_0 import (
        CallFilterTimeRestrictionsType0,
    )


T = TypeVar("T", bound="CallFilter")


@_attrs_define
class CallFilter:
    """Inferred from the published examples of GET /v1.0/subscribers/call-filter, POST /v1.0/subscribers/call-filter, POST
    /v1.0/subscribers/call-filter/update.

    """

    filter_id: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    filter_mode: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    allowed_numbers: list[str] | Unset = UNSET
    blocked_numbers: list[str] | Unset = UNSET
    enable_transcription: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    transcription_action: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    warning_message: str | Unset = UNSET
    notification_phones: list[str] | Unset = UNSET
    apply_to_outbound: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    apply_to_inbound: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    block_unknown_numbers: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    block_international: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    record_flagged_calls: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    keyword_filter: str | Unset = UNSET
    time_restrictions: CallFilterTimeRestrictionsType0 | None | Unset = UNSET
    """ Typed as the request field of the same name (the examples show none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_filter_time_restrictions_type_0 import (
            CallFilterTimeRestrictionsType0,  # noqa: PLC0415
        )

        filter_id = self.filter_id

        subscriber_id = self.subscriber_id

        phone = self.phone

        filter_mode = self.filter_mode

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        blocked_numbers: list[str] | Unset = UNSET
        if not isinstance(self.blocked_numbers, Unset):
            blocked_numbers = self.blocked_numbers

        enable_transcription: bool | str | Unset
        if isinstance(self.enable_transcription, Unset):
            enable_transcription = UNSET
        else:
            enable_transcription = self.enable_transcription

        transcription_action = self.transcription_action

        warning_message = self.warning_message

        notification_phones: list[str] | Unset = UNSET
        if not isinstance(self.notification_phones, Unset):
            notification_phones = self.notification_phones

        apply_to_outbound: bool | str | Unset
        if isinstance(self.apply_to_outbound, Unset):
            apply_to_outbound = UNSET
        else:
            apply_to_outbound = self.apply_to_outbound

        apply_to_inbound: bool | str | Unset
        if isinstance(self.apply_to_inbound, Unset):
            apply_to_inbound = UNSET
        else:
            apply_to_inbound = self.apply_to_inbound

        block_unknown_numbers: bool | str | Unset
        if isinstance(self.block_unknown_numbers, Unset):
            block_unknown_numbers = UNSET
        else:
            block_unknown_numbers = self.block_unknown_numbers

        block_international: bool | str | Unset
        if isinstance(self.block_international, Unset):
            block_international = UNSET
        else:
            block_international = self.block_international

        record_flagged_calls: bool | str | Unset
        if isinstance(self.record_flagged_calls, Unset):
            record_flagged_calls = UNSET
        else:
            record_flagged_calls = self.record_flagged_calls

        keyword_filter = self.keyword_filter

        time_restrictions: dict[str, Any] | None | Unset
        if isinstance(self.time_restrictions, Unset):
            time_restrictions = UNSET
        elif isinstance(self.time_restrictions, CallFilterTimeRestrictionsType0):
            time_restrictions = self.time_restrictions.to_dict()
        else:
            time_restrictions = self.time_restrictions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if filter_mode is not UNSET:
            field_dict["FilterMode"] = filter_mode
        if allowed_numbers is not UNSET:
            field_dict["AllowedNumbers"] = allowed_numbers
        if blocked_numbers is not UNSET:
            field_dict["BlockedNumbers"] = blocked_numbers
        if enable_transcription is not UNSET:
            field_dict["EnableTranscription"] = enable_transcription
        if transcription_action is not UNSET:
            field_dict["TranscriptionAction"] = transcription_action
        if warning_message is not UNSET:
            field_dict["WarningMessage"] = warning_message
        if notification_phones is not UNSET:
            field_dict["NotificationPhones"] = notification_phones
        if apply_to_outbound is not UNSET:
            field_dict["ApplyToOutbound"] = apply_to_outbound
        if apply_to_inbound is not UNSET:
            field_dict["ApplyToInbound"] = apply_to_inbound
        if block_unknown_numbers is not UNSET:
            field_dict["BlockUnknownNumbers"] = block_unknown_numbers
        if block_international is not UNSET:
            field_dict["BlockInternational"] = block_international
        if record_flagged_calls is not UNSET:
            field_dict["RecordFlaggedCalls"] = record_flagged_calls
        if keyword_filter is not UNSET:
            field_dict["KeywordFilter"] = keyword_filter
        if time_restrictions is not UNSET:
            field_dict["TimeRestrictions"] = time_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_filter_time_restrictions_type_0 import (
            CallFilterTimeRestrictionsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        filter_id = d.pop("FilterId", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        phone = d.pop("Phone", UNSET)

        filter_mode = d.pop("FilterMode", UNSET)

        allowed_numbers = cast(list[str], d.pop("AllowedNumbers", UNSET))

        blocked_numbers = cast(list[str], d.pop("BlockedNumbers", UNSET))

        def _parse_enable_transcription(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_transcription = _parse_enable_transcription(
            d.pop("EnableTranscription", UNSET)
        )

        transcription_action = d.pop("TranscriptionAction", UNSET)

        warning_message = d.pop("WarningMessage", UNSET)

        notification_phones = cast(list[str], d.pop("NotificationPhones", UNSET))

        def _parse_apply_to_outbound(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        apply_to_outbound = _parse_apply_to_outbound(d.pop("ApplyToOutbound", UNSET))

        def _parse_apply_to_inbound(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        apply_to_inbound = _parse_apply_to_inbound(d.pop("ApplyToInbound", UNSET))

        def _parse_block_unknown_numbers(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        block_unknown_numbers = _parse_block_unknown_numbers(
            d.pop("BlockUnknownNumbers", UNSET)
        )

        def _parse_block_international(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        block_international = _parse_block_international(
            d.pop("BlockInternational", UNSET)
        )

        def _parse_record_flagged_calls(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        record_flagged_calls = _parse_record_flagged_calls(
            d.pop("RecordFlaggedCalls", UNSET)
        )

        keyword_filter = d.pop("KeywordFilter", UNSET)

        def _parse_time_restrictions(
            data: object,
        ) -> CallFilterTimeRestrictionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_restrictions_type_0 = CallFilterTimeRestrictionsType0.from_dict(
                    data
                )

                return time_restrictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallFilterTimeRestrictionsType0 | None | Unset, data)

        time_restrictions = _parse_time_restrictions(d.pop("TimeRestrictions", UNSET))

        call_filter = cls(
            filter_id=filter_id,
            subscriber_id=subscriber_id,
            phone=phone,
            filter_mode=filter_mode,
            allowed_numbers=allowed_numbers,
            blocked_numbers=blocked_numbers,
            enable_transcription=enable_transcription,
            transcription_action=transcription_action,
            warning_message=warning_message,
            notification_phones=notification_phones,
            apply_to_outbound=apply_to_outbound,
            apply_to_inbound=apply_to_inbound,
            block_unknown_numbers=block_unknown_numbers,
            block_international=block_international,
            record_flagged_calls=record_flagged_calls,
            keyword_filter=keyword_filter,
            time_restrictions=time_restrictions,
        )

        call_filter.additional_properties = d
        return call_filter

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
