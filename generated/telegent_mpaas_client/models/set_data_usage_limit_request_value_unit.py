from typing import Literal

SetDataUsageLimitRequestValueUnit = Literal["MB"]

SET_DATA_USAGE_LIMIT_REQUEST_VALUE_UNIT_VALUES: set[
    SetDataUsageLimitRequestValueUnit
] = {
    "MB",
}


def check_set_data_usage_limit_request_value_unit(
    value: str,
) -> SetDataUsageLimitRequestValueUnit:
    if value in SET_DATA_USAGE_LIMIT_REQUEST_VALUE_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_DATA_USAGE_LIMIT_REQUEST_VALUE_UNIT_VALUES!r}"
    )
