from typing import Literal

UpdateWorkgroupActivityRequestType = Literal["User", "Workgroup"]

UPDATE_WORKGROUP_ACTIVITY_REQUEST_TYPE_VALUES: set[
    UpdateWorkgroupActivityRequestType
] = {
    "User",
    "Workgroup",
}


def check_update_workgroup_activity_request_type(
    value: str,
) -> UpdateWorkgroupActivityRequestType:
    if value in UPDATE_WORKGROUP_ACTIVITY_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_WORKGROUP_ACTIVITY_REQUEST_TYPE_VALUES!r}"
    )
