from typing import Literal

CreateWorkgroupActivityRequestType = Literal["User", "Workgroup"]

CREATE_WORKGROUP_ACTIVITY_REQUEST_TYPE_VALUES: set[
    CreateWorkgroupActivityRequestType
] = {
    "User",
    "Workgroup",
}


def check_create_workgroup_activity_request_type(
    value: str,
) -> CreateWorkgroupActivityRequestType:
    if value in CREATE_WORKGROUP_ACTIVITY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WORKGROUP_ACTIVITY_REQUEST_TYPE_VALUES!r}"
    )
