from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFeatureRequest")


@_attrs_define
class CreateFeatureRequest:
    account_id: None | str | Unset = UNSET
    """ Your Telegent account identifier (`AID-`). Scopes the feature to this account. """
    feature_name: None | str | Unset = UNSET
    """ Human-readable name for this feature. """
    feature_type: None | str | Unset = UNSET
    """ Category of the feature. Examples: `Data`, `Voice`, `SMS`, `Roaming`, `VoIP`. """
    feature_description: None | str | Unset = UNSET
    """ Optional description of what this feature provides. """

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        feature_name: None | str | Unset
        if isinstance(self.feature_name, Unset):
            feature_name = UNSET
        else:
            feature_name = self.feature_name

        feature_type: None | str | Unset
        if isinstance(self.feature_type, Unset):
            feature_type = UNSET
        else:
            feature_type = self.feature_type

        feature_description: None | str | Unset
        if isinstance(self.feature_description, Unset):
            feature_description = UNSET
        else:
            feature_description = self.feature_description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if feature_name is not UNSET:
            field_dict["FeatureName"] = feature_name
        if feature_type is not UNSET:
            field_dict["FeatureType"] = feature_type
        if feature_description is not UNSET:
            field_dict["FeatureDescription"] = feature_description

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

        def _parse_feature_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_name = _parse_feature_name(d.pop("FeatureName", UNSET))

        def _parse_feature_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_type = _parse_feature_type(d.pop("FeatureType", UNSET))

        def _parse_feature_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_description = _parse_feature_description(
            d.pop("FeatureDescription", UNSET)
        )

        create_feature_request = cls(
            account_id=account_id,
            feature_name=feature_name,
            feature_type=feature_type,
            feature_description=feature_description,
        )

        return create_feature_request
