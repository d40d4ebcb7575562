from typing import Literal

UpdateWorkgroupRequestType = Literal["IVR", "round-robin", "simultaneous"]

UPDATE_WORKGROUP_REQUEST_TYPE_VALUES: set[UpdateWorkgroupRequestType] = {
    "IVR",
    "round-robin",
    "simultaneous",
}


def check_update_workgroup_request_type(value: str) -> UpdateWorkgroupRequestType:
    if value in UPDATE_WORKGROUP_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_WORKGROUP_REQUEST_TYPE_VALUES!r}"
    )
