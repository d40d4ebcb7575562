from typing import Literal

CreateCallFilterRequestFilterMode = Literal[
    "ADOLESCENT", "BLACKLIST", "CHILD", "TEENAGER", "WHITELIST"
]

CREATE_CALL_FILTER_REQUEST_FILTER_MODE_VALUES: set[
    CreateCallFilterRequestFilterMode
] = {
    "ADOLESCENT",
    "BLACKLIST",
    "CHILD",
    "TEENAGER",
    "WHITELIST",
}


def check_create_call_filter_request_filter_mode(
    value: str,
) -> CreateCallFilterRequestFilterMode:
    if value in CREATE_CALL_FILTER_REQUEST_FILTER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CALL_FILTER_REQUEST_FILTER_MODE_VALUES!r}"
    )
