from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_attachment import SendMessageAttachment
    from ..models.send_message_mms_media import SendMessageMmsMedia
    from ..models.send_message_recipient import SendMessageRecipient


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    to: list[SendMessageRecipient]
    """ Array of recipient phone numbers in E.164 format """
    from_: str
    """ Sender phone number in E.164 format (must be provisioned in your account) """
    body: str
    """ Message text content """
    campaign_id: str | Unset = UNSET
    """ Campaign identifier for tracking """
    owner: str | Unset = UNSET
    """ Owner phone number in E.164 format """
    mms_media: list[SendMessageMmsMedia] | Unset = UNSET
    """ Array of media URLs for MMS attachments """
    mms_base_64: list[SendMessageAttachment] | Unset = UNSET
    """ Array of base64-encoded media for MMS """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = []
        for to_item_data in self.to:
            to_item = to_item_data.to_dict()
            to.append(to_item)

        from_ = self.from_

        body = self.body

        campaign_id = self.campaign_id

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
        field_dict.update(
            {
                "To": to,
                "From": from_,
                "Body": body,
            }
        )
        if campaign_id is not UNSET:
            field_dict["CampaignId"] = campaign_id
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if mms_media is not UNSET:
            field_dict["MmsMedia"] = mms_media
        if mms_base_64 is not UNSET:
            field_dict["MmsBase64"] = mms_base_64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_message_attachment import SendMessageAttachment  # noqa: PLC0415
        from ..models.send_message_mms_media import SendMessageMmsMedia  # noqa: PLC0415
        from ..models.send_message_recipient import SendMessageRecipient  # noqa: PLC0415

        d = dict(src_dict)
        to = []
        _to = d.pop("To")
        for to_item_data in _to:
            to_item = SendMessageRecipient.from_dict(to_item_data)

            to.append(to_item)

        from_ = d.pop("From")

        body = d.pop("Body")

        campaign_id = d.pop("CampaignId", UNSET)

        owner = d.pop("Owner", UNSET)

        _mms_media = d.pop("MmsMedia", UNSET)
        mms_media: list[SendMessageMmsMedia] | Unset = UNSET
        if _mms_media is not UNSET:
            mms_media = []
            for mms_media_item_data in _mms_media:
                mms_media_item = SendMessageMmsMedia.from_dict(mms_media_item_data)

                mms_media.append(mms_media_item)

        _mms_base_64 = d.pop("MmsBase64", UNSET)
        mms_base_64: list[SendMessageAttachment] | Unset = UNSET
        if _mms_base_64 is not UNSET:
            mms_base_64 = []
            for mms_base_64_item_data in _mms_base_64:
                mms_base_64_item = SendMessageAttachment.from_dict(
                    mms_base_64_item_data
                )

                mms_base_64.append(mms_base_64_item)

        send_message_request = cls(
            to=to,
            from_=from_,
            body=body,
            campaign_id=campaign_id,
            owner=owner,
            mms_media=mms_media,
            mms_base_64=mms_base_64,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
