from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_route import VoiceRoute


T = TypeVar("T", bound="VoiceRouteList")


@_attrs_define
class VoiceRouteList:
    """Inferred from the published examples of GET /v1.0/account/voice/routes."""

    account_id: str | Unset = UNSET
    total_routes: int | Unset = UNSET
    results: list[VoiceRoute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        total_routes = self.total_routes

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountID"] = account_id
        if total_routes is not UNSET:
            field_dict["TotalRoutes"] = total_routes
        if results is not UNSET:
            field_dict["Results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_route import VoiceRoute  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID", UNSET)

        total_routes = d.pop("TotalRoutes", UNSET)

        _results = d.pop("Results", UNSET)
        results: list[VoiceRoute] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = VoiceRoute.from_dict(results_item_data)

                results.append(results_item)

        voice_route_list = cls(
            account_id=account_id,
            total_routes=total_routes,
            results=results,
        )

        voice_route_list.additional_properties = d
        return voice_route_list

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
