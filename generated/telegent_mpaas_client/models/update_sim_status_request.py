from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_sim_status_request_sim_status import (
    UpdateSimStatusRequestSimStatus,
    check_update_sim_status_request_sim_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSimStatusRequest")


@_attrs_define
class UpdateSimStatusRequest:
    iccid: str
    """ The ICCID of the SIM card to update """
    msisdn: str | Unset = UNSET
    """ The phone number (MSISDN) associated with the SIM """
    sim_status: UpdateSimStatusRequestSimStatus | Unset = UNSET
    """ The new status to set for the SIM card """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iccid = self.iccid

        msisdn = self.msisdn

        sim_status: str | Unset = UNSET
        if not isinstance(self.sim_status, Unset):
            sim_status = self.sim_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ICCID": iccid,
            }
        )
        if msisdn is not UNSET:
            field_dict["MSISDN"] = msisdn
        if sim_status is not UNSET:
            field_dict["SimStatus"] = sim_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iccid = d.pop("ICCID")

        msisdn = d.pop("MSISDN", UNSET)

        _sim_status = d.pop("SimStatus", UNSET)
        sim_status: UpdateSimStatusRequestSimStatus | Unset
        if isinstance(_sim_status, Unset):
            sim_status = UNSET
        else:
            sim_status = check_update_sim_status_request_sim_status(_sim_status)

        update_sim_status_request = cls(
            iccid=iccid,
            msisdn=msisdn,
            sim_status=sim_status,
        )

        update_sim_status_request.additional_properties = d
        return update_sim_status_request

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
