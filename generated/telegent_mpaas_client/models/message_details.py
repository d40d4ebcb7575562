from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDetails")


@_attrs_define
class MessageDetails:
    """Inferred from the published examples of GET /v1.0/message/details."""

    message_id: str | Unset = UNSET
    direction: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    type_: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    cost: float | int | str | Unset = UNSET
    """ Money: a number, whatever the examples show. """
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    body: str | Unset = UNSET
    region: str | Unset = UNSET
    created_on: str | Unset = UNSET
    message_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        direction = self.direction

        type_ = self.type_

        campaign_id = self.campaign_id

        cost: float | int | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        to = self.to

        from_ = self.from_

        body = self.body

        region = self.region

        created_on = self.created_on

        message_type = self.message_type

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["MessageId"] = message_id
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if campaign_id is not UNSET:
            field_dict["CampaignId"] = campaign_id
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if to is not UNSET:
            field_dict["To"] = to
        if from_ is not UNSET:
            field_dict["From"] = from_
        if body is not UNSET:
            field_dict["Body"] = body
        if region is not UNSET:
            field_dict["Region"] = region
        if created_on is not UNSET:
            field_dict["CreatedOn"] = created_on
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("MessageId", UNSET)

        direction = d.pop("Direction", UNSET)

        type_ = d.pop("Type", UNSET)

        campaign_id = d.pop("CampaignId", UNSET)

        def _parse_cost(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        cost = _parse_cost(d.pop("Cost", UNSET))

        to = d.pop("To", UNSET)

        from_ = d.pop("From", UNSET)

        body = d.pop("Body", UNSET)

        region = d.pop("Region", UNSET)

        created_on = d.pop("CreatedOn", UNSET)

        message_type = d.pop("MessageType", UNSET)

        status = d.pop("Status", UNSET)

        message_details = cls(
            message_id=message_id,
            direction=direction,
            type_=type_,
            campaign_id=campaign_id,
            cost=cost,
            to=to,
            from_=from_,
            body=body,
            region=region,
            created_on=created_on,
            message_type=message_type,
            status=status,
        )

        message_details.additional_properties = d
        return message_details

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
