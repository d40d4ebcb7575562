from typing import Literal

UpdateMessageFilterRequestFilterMode = Literal["ACTIVE", "INACTIVE", "MONITOR_ONLY"]

UPDATE_MESSAGE_FILTER_REQUEST_FILTER_MODE_VALUES: set[
    UpdateMessageFilterRequestFilterMode
] = {
    "ACTIVE",
    "INACTIVE",
    "MONITOR_ONLY",
}


def check_update_message_filter_request_filter_mode(
    value: str,
) -> UpdateMessageFilterRequestFilterMode:
    if value in UPDATE_MESSAGE_FILTER_REQUEST_FILTER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MESSAGE_FILTER_REQUEST_FILTER_MODE_VALUES!r}"
    )
