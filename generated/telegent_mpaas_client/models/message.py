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


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """Inferred from the published examples of GET /v1.0/message/filter, GET /v1.0/message/search."""

    message_id: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: list[MessageRecipient] | str | Unset = UNSET
    body: str | Unset = UNSET
    direction: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    type_: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    cost: float | int | str | Unset = UNSET
    """ Money: a number, whatever the examples show. """
    owner: str | Unset = UNSET
    mms_media: list[MessageMedia] | Unset = UNSET
    mms_base_64: list[MessageAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        from_ = self.from_

        to: list[dict[str, Any]] | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, list):
            to = []
            for to_type_0_item_data in self.to:
                to_type_0_item = to_type_0_item_data.to_dict()
                to.append(to_type_0_item)

        else:
            to = self.to

        body = self.body

        direction = self.direction

        status = self.status

        created_at = self.created_at

        type_ = self.type_

        campaign_id = self.campaign_id

        cost: float | int | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        owner = self.owner

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
        if from_ is not UNSET:
            field_dict["From"] = from_
        if to is not UNSET:
            field_dict["To"] = to
        if body is not UNSET:
            field_dict["Body"] = body
        if direction is not UNSET:
            field_dict["Direction"] = direction
        if status is not UNSET:
            field_dict["Status"] = status
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if campaign_id is not UNSET:
            field_dict["CampaignID"] = campaign_id
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if owner is not UNSET:
            field_dict["Owner"] = owner
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

        from_ = d.pop("From", UNSET)

        def _parse_to(data: object) -> list[MessageRecipient] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_0 = []
                _to_type_0 = data
                for to_type_0_item_data in _to_type_0:
                    to_type_0_item = MessageRecipient.from_dict(to_type_0_item_data)

                    to_type_0.append(to_type_0_item)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageRecipient] | str | Unset, data)

        to = _parse_to(d.pop("To", UNSET))

        body = d.pop("Body", UNSET)

        direction = d.pop("Direction", UNSET)

        status = d.pop("Status", UNSET)

        created_at = d.pop("CreatedAt", UNSET)

        type_ = d.pop("Type", UNSET)

        campaign_id = d.pop("CampaignID", UNSET)

        def _parse_cost(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        cost = _parse_cost(d.pop("Cost", UNSET))

        owner = d.pop("Owner", UNSET)

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

        message = cls(
            message_id=message_id,
            from_=from_,
            to=to,
            body=body,
            direction=direction,
            status=status,
            created_at=created_at,
            type_=type_,
            campaign_id=campaign_id,
            cost=cost,
            owner=owner,
            mms_media=mms_media,
            mms_base_64=mms_base_64,
        )

        message.additional_properties = d
        return message

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
