from typing import Literal

NumberUpdateRequestProductType = Literal[
    "Data-Only", "Sms+Data", "Sms+Data+Voice", "Sms-Only"
]

NUMBER_UPDATE_REQUEST_PRODUCT_TYPE_VALUES: set[NumberUpdateRequestProductType] = {
    "Data-Only",
    "Sms+Data",
    "Sms+Data+Voice",
    "Sms-Only",
}


def check_number_update_request_product_type(
    value: str,
) -> NumberUpdateRequestProductType:
    if value in NUMBER_UPDATE_REQUEST_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_UPDATE_REQUEST_PRODUCT_TYPE_VALUES!r}"
    )
