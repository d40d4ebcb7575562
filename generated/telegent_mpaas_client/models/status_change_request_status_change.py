from typing import Literal

StatusChangeRequestStatusChange = Literal[
    "activate", "cancel", "park", "replace", "swap", "swap-sim"
]

STATUS_CHANGE_REQUEST_STATUS_CHANGE_VALUES: set[StatusChangeRequestStatusChange] = {
    "activate",
    "cancel",
    "park",
    "replace",
    "swap",
    "swap-sim",
}


def check_status_change_request_status_change(
    value: str,
) -> StatusChangeRequestStatusChange:
    if value in STATUS_CHANGE_REQUEST_STATUS_CHANGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATUS_CHANGE_REQUEST_STATUS_CHANGE_VALUES!r}"
    )
