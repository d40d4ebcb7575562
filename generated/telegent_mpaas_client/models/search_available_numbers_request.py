from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_available_numbers_request_message_type import (
    SearchAvailableNumbersRequestMessageType,
    check_search_available_numbers_request_message_type,
)
from ..models.search_available_numbers_request_number_type import (
    SearchAvailableNumbersRequestNumberType,
    check_search_available_numbers_request_number_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAvailableNumbersRequest")


@_attrs_define
class SearchAvailableNumbersRequest:
    number_type: SearchAvailableNumbersRequestNumberType
    """ Type of number to search for """
    message_enabled: bool
    """ Enable SMS/MMS capabilities """
    voice_enabled: bool
    """ Enable voice call capabilities """
    message_type: SearchAvailableNumbersRequestMessageType | Unset = UNSET
    """ Message type: a2p (Application-to-Person) or p2p (Person-to-Person) """
    page_number: int | Unset = 1
    """ Page number for pagination (10,000 results per page) """
    area_code: str | Unset = UNSET
    """ 3-digit area code to search (leave empty for all area codes) """
    zip_code: str | Unset = UNSET
    """ Zip code to search if area code is unavailable """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_type: str = self.number_type

        message_enabled = self.message_enabled

        voice_enabled = self.voice_enabled

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type

        page_number = self.page_number

        area_code = self.area_code

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NumberType": number_type,
                "MessageEnabled": message_enabled,
                "VoiceEnabled": voice_enabled,
            }
        )
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
        if page_number is not UNSET:
            field_dict["PageNumber"] = page_number
        if area_code is not UNSET:
            field_dict["AreaCode"] = area_code
        if zip_code is not UNSET:
            field_dict["ZipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_type = check_search_available_numbers_request_number_type(
            d.pop("NumberType")
        )

        message_enabled = d.pop("MessageEnabled")

        voice_enabled = d.pop("VoiceEnabled")

        _message_type = d.pop("MessageType", UNSET)
        message_type: SearchAvailableNumbersRequestMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = check_search_available_numbers_request_message_type(
                _message_type
            )

        page_number = d.pop("PageNumber", UNSET)

        area_code = d.pop("AreaCode", UNSET)

        zip_code = d.pop("ZipCode", UNSET)

        search_available_numbers_request = cls(
            number_type=number_type,
            message_enabled=message_enabled,
            voice_enabled=voice_enabled,
            message_type=message_type,
            page_number=page_number,
            area_code=area_code,
            zip_code=zip_code,
        )

        search_available_numbers_request.additional_properties = d
        return search_available_numbers_request

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
