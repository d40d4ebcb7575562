from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription


T = TypeVar("T", bound="SubscriptionList")


@_attrs_define
class SubscriptionList:
    """Inferred from the published examples of GET /v1.0/account/subscriptions, GET /v1.0/distributor/subscriptions."""

    account_id: str | Unset = UNSET
    total_subscriptions: int | Unset = UNSET
    filter_: str | Unset = UNSET
    results: list[Subscription] | Unset = UNSET
    distributor_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        total_subscriptions = self.total_subscriptions

        filter_ = self.filter_

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        distributor_id: None | str | Unset
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if total_subscriptions is not UNSET:
            field_dict["TotalSubscriptions"] = total_subscriptions
        if filter_ is not UNSET:
            field_dict["Filter"] = filter_
        if results is not UNSET:
            field_dict["Results"] = results
        if distributor_id is not UNSET:
            field_dict["DistributorId"] = distributor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription import Subscription  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountId", UNSET)

        total_subscriptions = d.pop("TotalSubscriptions", UNSET)

        filter_ = d.pop("Filter", UNSET)

        _results = d.pop("Results", UNSET)
        results: list[Subscription] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = Subscription.from_dict(results_item_data)

                results.append(results_item)

        def _parse_distributor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distributor_id = _parse_distributor_id(d.pop("DistributorId", UNSET))

        subscription_list = cls(
            account_id=account_id,
            total_subscriptions=total_subscriptions,
            filter_=filter_,
            results=results,
            distributor_id=distributor_id,
        )

        subscription_list.additional_properties = d
        return subscription_list

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
