from typing import Literal

ProvisionNumberRequestNumberType = Literal["iot", "mvno"]

PROVISION_NUMBER_REQUEST_NUMBER_TYPE_VALUES: set[ProvisionNumberRequestNumberType] = {
    "iot",
    "mvno",
}


def check_provision_number_request_number_type(
    value: str,
) -> ProvisionNumberRequestNumberType:
    if value in PROVISION_NUMBER_REQUEST_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVISION_NUMBER_REQUEST_NUMBER_TYPE_VALUES!r}"
    )
