from typing import Literal

CreateMessageFilterRequestFilterMode = Literal["ACTIVE", "INACTIVE", "MONITOR_ONLY"]

CREATE_MESSAGE_FILTER_REQUEST_FILTER_MODE_VALUES: set[
    CreateMessageFilterRequestFilterMode
] = {
    "ACTIVE",
    "INACTIVE",
    "MONITOR_ONLY",
}


def check_create_message_filter_request_filter_mode(
    value: str,
) -> CreateMessageFilterRequestFilterMode:
    if value in CREATE_MESSAGE_FILTER_REQUEST_FILTER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_FILTER_REQUEST_FILTER_MODE_VALUES!r}"
    )
