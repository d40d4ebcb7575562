from typing import Literal

CreateWorkgroupRequestType = Literal["IVR", "round-robin", "simultaneous"]

CREATE_WORKGROUP_REQUEST_TYPE_VALUES: set[CreateWorkgroupRequestType] = {
    "IVR",
    "round-robin",
    "simultaneous",
}


def check_create_workgroup_request_type(value: str) -> CreateWorkgroupRequestType:
    if value in CREATE_WORKGROUP_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WORKGROUP_REQUEST_TYPE_VALUES!r}"
    )
