from typing import Literal

UpdateCallFilterRequestFilterMode = Literal["BLACKLIST", "WHITELIST"]

UPDATE_CALL_FILTER_REQUEST_FILTER_MODE_VALUES: set[
    UpdateCallFilterRequestFilterMode
] = {
    "BLACKLIST",
    "WHITELIST",
}


def check_update_call_filter_request_filter_mode(
    value: str,
) -> UpdateCallFilterRequestFilterMode:
    if value in UPDATE_CALL_FILTER_REQUEST_FILTER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CALL_FILTER_REQUEST_FILTER_MODE_VALUES!r}"
    )
