from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_call_filter_request_filter_mode import (
    UpdateCallFilterRequestFilterMode,
    check_update_call_filter_request_filter_mode,
)
from ..models.update_call_filter_request_transcription_action import (
    UpdateCallFilterRequestTranscriptionAction,
    check_update_call_filter_request_transcription_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCallFilterRequest")


@_attrs_define
class UpdateCallFilterRequest:
    filter_id: str
    """ The Call Filter ID you want to update. Format: `CFID-` followed by a UUID. """
    subscriber_id: str | Unset = UNSET
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    phone: str | Unset = UNSET
    """ Phone number this filter applies to. Use E.164 format (e.g., `+15555555555`). Required even when
    `SubscriberId` is provided. """
    filter_mode: UpdateCallFilterRequestFilterMode | Unset = UNSET
    """ Controls how the call filter behaves. `WHITELIST`: only allowed numbers can call — everyone else is blocked.
    `BLACKLIST`: blocked numbers are rejected, all others ring through. """
    allowed_numbers: list[str] | Unset = UNSET
    """ Phone numbers (E.164 format) allowed to call this subscriber. In `WHITELIST` mode, only these numbers can
    ring through. """
    blocked_numbers: list[str] | Unset = UNSET
    """ Phone numbers (E.164 format) blocked from calling this subscriber. Calls are rejected or silently dropped.
    """
    enable_transcription: bool | Unset = UNSET
    """ If `true`, calls are transcribed in real time and analyzed against the keyword rules. Required for any
    keyword-based call filtering or alerts to work. """
    keyword_filter: str | Unset = UNSET
    """ Stringified JSON defining keyword rules. Structure: `{"CustomKeywords":[...],"SystemKeywords":{"Profanity":[
    ...],"Violence":[...]},"SeverityMap":{"keyword":"HIGH|MEDIUM|LOW"}}`. `CustomKeywords` are user-added words;
    `SystemKeywords` are platform-provided categories; `SeverityMap` assigns a risk level to each term. """
    transcription_action: UpdateCallFilterRequestTranscriptionAction | Unset = UNSET
    """ What happens when a flagged keyword is detected during live transcription. `WARNING`: play `WarningMessage`
    to the caller but allow the call to continue. `TERMINATE`: end the call immediately. `NOTIFY`: alert
    `NotificationPhones` without interrupting the call. """
    warning_message: str | Unset = UNSET
    """ Text-to-speech message played to the caller when `TranscriptionAction` is set to `WARNING`. Keep it short
    and clear. """
    notification_phones: list[str] | Unset = UNSET
    """ Phone numbers (E.164 format) that receive an alert when this filter triggers. Typically used for a
    guardian's phone to be notified about activity on a child's account. """
    apply_to_outbound: bool | Unset = UNSET
    """ If `true`, filtering applies to calls the subscriber places. """
    apply_to_inbound: bool | Unset = UNSET
    """ If `true`, filtering applies to calls the subscriber receives. """
    block_unknown_numbers: bool | Unset = UNSET
    """ If `true`, calls from any number not on the allowed list are blocked or sent to voicemail. """
    block_international: bool | Unset = UNSET
    """ If `true`, calls to or from numbers outside the subscriber's country code are blocked. """
    record_flagged_calls: bool | Unset = UNSET
    """ If `true`, any call flagged by keyword detection or other rules is recorded for later review. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        subscriber_id = self.subscriber_id

        phone = self.phone

        filter_mode: str | Unset = UNSET
        if not isinstance(self.filter_mode, Unset):
            filter_mode = self.filter_mode

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        blocked_numbers: list[str] | Unset = UNSET
        if not isinstance(self.blocked_numbers, Unset):
            blocked_numbers = self.blocked_numbers

        enable_transcription = self.enable_transcription

        keyword_filter = self.keyword_filter

        transcription_action: str | Unset = UNSET
        if not isinstance(self.transcription_action, Unset):
            transcription_action = self.transcription_action

        warning_message = self.warning_message

        notification_phones: list[str] | Unset = UNSET
        if not isinstance(self.notification_phones, Unset):
            notification_phones = self.notification_phones

        apply_to_outbound = self.apply_to_outbound

        apply_to_inbound = self.apply_to_inbound

        block_unknown_numbers = self.block_unknown_numbers

        block_international = self.block_international

        record_flagged_calls = self.record_flagged_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FilterId": filter_id,
            }
        )
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
        if keyword_filter is not UNSET:
            field_dict["KeywordFilter"] = keyword_filter
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_id = d.pop("FilterId")

        subscriber_id = d.pop("SubscriberId", UNSET)

        phone = d.pop("Phone", UNSET)

        _filter_mode = d.pop("FilterMode", UNSET)
        filter_mode: UpdateCallFilterRequestFilterMode | Unset
        if isinstance(_filter_mode, Unset):
            filter_mode = UNSET
        else:
            filter_mode = check_update_call_filter_request_filter_mode(_filter_mode)

        allowed_numbers = cast(list[str], d.pop("AllowedNumbers", UNSET))

        blocked_numbers = cast(list[str], d.pop("BlockedNumbers", UNSET))

        enable_transcription = d.pop("EnableTranscription", UNSET)

        keyword_filter = d.pop("KeywordFilter", UNSET)

        _transcription_action = d.pop("TranscriptionAction", UNSET)
        transcription_action: UpdateCallFilterRequestTranscriptionAction | Unset
        if isinstance(_transcription_action, Unset):
            transcription_action = UNSET
        else:
            transcription_action = (
                check_update_call_filter_request_transcription_action(
                    _transcription_action
                )
            )

        warning_message = d.pop("WarningMessage", UNSET)

        notification_phones = cast(list[str], d.pop("NotificationPhones", UNSET))

        apply_to_outbound = d.pop("ApplyToOutbound", UNSET)

        apply_to_inbound = d.pop("ApplyToInbound", UNSET)

        block_unknown_numbers = d.pop("BlockUnknownNumbers", UNSET)

        block_international = d.pop("BlockInternational", UNSET)

        record_flagged_calls = d.pop("RecordFlaggedCalls", UNSET)

        update_call_filter_request = cls(
            filter_id=filter_id,
            subscriber_id=subscriber_id,
            phone=phone,
            filter_mode=filter_mode,
            allowed_numbers=allowed_numbers,
            blocked_numbers=blocked_numbers,
            enable_transcription=enable_transcription,
            keyword_filter=keyword_filter,
            transcription_action=transcription_action,
            warning_message=warning_message,
            notification_phones=notification_phones,
            apply_to_outbound=apply_to_outbound,
            apply_to_inbound=apply_to_inbound,
            block_unknown_numbers=block_unknown_numbers,
            block_international=block_international,
            record_flagged_calls=record_flagged_calls,
        )

        update_call_filter_request.additional_properties = d
        return update_call_filter_request

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
