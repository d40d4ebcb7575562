from typing import Literal

SetDataUsageLimitRequestThrottleSpeed = Literal[
    "1-mbps", "100-mbps", "20-mbps", "5-mbps", "50-mbps"
]

SET_DATA_USAGE_LIMIT_REQUEST_THROTTLE_SPEED_VALUES: set[
    SetDataUsageLimitRequestThrottleSpeed
] = {
    "1-mbps",
    "100-mbps",
    "20-mbps",
    "5-mbps",
    "50-mbps",
}


def check_set_data_usage_limit_request_throttle_speed(
    value: str,
) -> SetDataUsageLimitRequestThrottleSpeed:
    if value in SET_DATA_USAGE_LIMIT_REQUEST_THROTTLE_SPEED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_DATA_USAGE_LIMIT_REQUEST_THROTTLE_SPEED_VALUES!r}"
    )
