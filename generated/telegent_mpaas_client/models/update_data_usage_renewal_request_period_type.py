from typing import Literal

UpdateDataUsageRenewalRequestPeriodType = Literal["M", "W"]

UPDATE_DATA_USAGE_RENEWAL_REQUEST_PERIOD_TYPE_VALUES: set[
    UpdateDataUsageRenewalRequestPeriodType
] = {
    "M",
    "W",
}


def check_update_data_usage_renewal_request_period_type(
    value: str,
) -> UpdateDataUsageRenewalRequestPeriodType:
    if value in UPDATE_DATA_USAGE_RENEWAL_REQUEST_PERIOD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DATA_USAGE_RENEWAL_REQUEST_PERIOD_TYPE_VALUES!r}"
    )
