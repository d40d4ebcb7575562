from typing import Literal

UpdateProductRequestBillingFrequency = Literal["MRC", "NRC"]

UPDATE_PRODUCT_REQUEST_BILLING_FREQUENCY_VALUES: set[
    UpdateProductRequestBillingFrequency
] = {
    "MRC",
    "NRC",
}


def check_update_product_request_billing_frequency(
    value: str,
) -> UpdateProductRequestBillingFrequency:
    if value in UPDATE_PRODUCT_REQUEST_BILLING_FREQUENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PRODUCT_REQUEST_BILLING_FREQUENCY_VALUES!r}"
    )
