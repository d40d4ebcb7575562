from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachment import MessageAttachment
    from ..models.message_media import MessageMedia
    from ..models.message_recipient import MessageRecipient


T = TypeVar("T", bound="OutboundMessage")


@_attrs_define
class OutboundMessage:
    """Inferred from the published examples of POST /v1.0/message/outbound."""

    message_id: str | Unset = UNSET
    direction: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    type_: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    cost: float | int | str | Unset = UNSET
    """ Money: a number, whatever the examples show. """
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    to: list[MessageRecipient] | Unset = UNSET
    from_: str | Unset = UNSET
    owner: str | Unset = UNSET
    body: str | Unset = UNSET
    created_on: str | Unset = UNSET
    message_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    mms_media: list[MessageMedia] | Unset = UNSET
    mms_base_64: list[MessageAttachment] | Unset = UNSET
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

        status = self.status

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        from_ = self.from_

        owner = self.owner

        body = self.body

        created_on = self.created_on

        message_type = self.message_type

        mms_media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mms_media, Unset):
            mms_media = []
            for mms_media_item_data in self.mms_media:
                mms_media_item = mms_media_item_data.to_dict()
                mms_media.append(mms_media_item)

        mms_base_64: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mms_base_64, Unset):
            mms_base_64 = []
            for mms_base_64_item_data in self.mms_base_64:
                mms_base_64_item = mms_base_64_item_data.to_dict()
                mms_base_64.append(mms_base_64_item)

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
        if status is not UNSET:
            field_dict["Status"] = status
        if to is not UNSET:
            field_dict["To"] = to
        if from_ is not UNSET:
            field_dict["From"] = from_
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if body is not UNSET:
            field_dict["Body"] = body
        if created_on is not UNSET:
            field_dict["CreatedOn"] = created_on
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
        if mms_media is not UNSET:
            field_dict["MmsMedia"] = mms_media
        if mms_base_64 is not UNSET:
            field_dict["MmsBase64"] = mms_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_attachment import MessageAttachment  # noqa: PLC0415
        from ..models.message_media import MessageMedia  # noqa: PLC0415
        from ..models.message_recipient import MessageRecipient  # noqa: PLC0415

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

        status = d.pop("Status", UNSET)

        _to = d.pop("To", UNSET)
        to: list[MessageRecipient] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = MessageRecipient.from_dict(to_item_data)

                to.append(to_item)

        from_ = d.pop("From", UNSET)

        owner = d.pop("Owner", UNSET)

        body = d.pop("Body", UNSET)

        created_on = d.pop("CreatedOn", UNSET)

        message_type = d.pop("MessageType", UNSET)

        _mms_media = d.pop("MmsMedia", UNSET)
        mms_media: list[MessageMedia] | Unset = UNSET
        if _mms_media is not UNSET:
            mms_media = []
            for mms_media_item_data in _mms_media:
                mms_media_item = MessageMedia.from_dict(mms_media_item_data)

                mms_media.append(mms_media_item)

        _mms_base_64 = d.pop("MmsBase64", UNSET)
        mms_base_64: list[MessageAttachment] | Unset = UNSET
        if _mms_base_64 is not UNSET:
            mms_base_64 = []
            for mms_base_64_item_data in _mms_base_64:
                mms_base_64_item = MessageAttachment.from_dict(mms_base_64_item_data)

                mms_base_64.append(mms_base_64_item)

        outbound_message = cls(
            message_id=message_id,
            direction=direction,
            type_=type_,
            campaign_id=campaign_id,
            cost=cost,
            status=status,
            to=to,
            from_=from_,
            owner=owner,
            body=body,
            created_on=created_on,
            message_type=message_type,
            mms_media=mms_media,
            mms_base_64=mms_base_64,
        )

        outbound_message.additional_properties = d
        return outbound_message

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
