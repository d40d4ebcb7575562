from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_number_area import AvailableNumberArea


T = TypeVar("T", bound="AvailableNumberSearch")


@_attrs_define
class AvailableNumberSearch:
    """Inferred from the published examples of POST /v1.0/numbers/availability."""

    request_id: str | Unset = UNSET
    request_date: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    number_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    voice_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    area_code: int | str | Unset = UNSET
    """ An identifier or code: text, even when sent as digits. """
    zip_code: str | Unset = UNSET
    page_number: int | Unset = UNSET
    results_total: int | Unset = UNSET
    available_number_areas: list[AvailableNumberArea] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        request_date = self.request_date

        number_type = self.number_type

        voice_enabled: bool | str | Unset
        if isinstance(self.voice_enabled, Unset):
            voice_enabled = UNSET
        else:
            voice_enabled = self.voice_enabled

        message_enabled: bool | str | Unset
        if isinstance(self.message_enabled, Unset):
            message_enabled = UNSET
        else:
            message_enabled = self.message_enabled

        area_code: int | str | Unset
        if isinstance(self.area_code, Unset):
            area_code = UNSET
        else:
            area_code = self.area_code

        zip_code = self.zip_code

        page_number = self.page_number

        results_total = self.results_total

        available_number_areas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_number_areas, Unset):
            available_number_areas = []
            for available_number_areas_item_data in self.available_number_areas:
                available_number_areas_item = available_number_areas_item_data.to_dict()
                available_number_areas.append(available_number_areas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if request_date is not UNSET:
            field_dict["RequestDate"] = request_date
        if number_type is not UNSET:
            field_dict["NumberType"] = number_type
        if voice_enabled is not UNSET:
            field_dict["VoiceEnabled"] = voice_enabled
        if message_enabled is not UNSET:
            field_dict["MessageEnabled"] = message_enabled
        if area_code is not UNSET:
            field_dict["AreaCode"] = area_code
        if zip_code is not UNSET:
            field_dict["ZipCode"] = zip_code
        if page_number is not UNSET:
            field_dict["PageNumber"] = page_number
        if results_total is not UNSET:
            field_dict["ResultsTotal"] = results_total
        if available_number_areas is not UNSET:
            field_dict["AvailableNumberAreas"] = available_number_areas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_number_area import AvailableNumberArea  # noqa: PLC0415

        d = dict(src_dict)
        request_id = d.pop("RequestId", UNSET)

        request_date = d.pop("RequestDate", UNSET)

        number_type = d.pop("NumberType", UNSET)

        def _parse_voice_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        voice_enabled = _parse_voice_enabled(d.pop("VoiceEnabled", UNSET))

        def _parse_message_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        message_enabled = _parse_message_enabled(d.pop("MessageEnabled", UNSET))

        def _parse_area_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        area_code = _parse_area_code(d.pop("AreaCode", UNSET))

        zip_code = d.pop("ZipCode", UNSET)

        page_number = d.pop("PageNumber", UNSET)

        results_total = d.pop("ResultsTotal", UNSET)

        _available_number_areas = d.pop("AvailableNumberAreas", UNSET)
        available_number_areas: list[AvailableNumberArea] | Unset = UNSET
        if _available_number_areas is not UNSET:
            available_number_areas = []
            for available_number_areas_item_data in _available_number_areas:
                available_number_areas_item = AvailableNumberArea.from_dict(
                    available_number_areas_item_data
                )

                available_number_areas.append(available_number_areas_item)

        available_number_search = cls(
            request_id=request_id,
            request_date=request_date,
            number_type=number_type,
            voice_enabled=voice_enabled,
            message_enabled=message_enabled,
            area_code=area_code,
            zip_code=zip_code,
            page_number=page_number,
            results_total=results_total,
            available_number_areas=available_number_areas,
        )

        available_number_search.additional_properties = d
        return available_number_search

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
