from typing import Literal

CreateProductRequestBillingFrequency = Literal["MRC", "NRC"]

CREATE_PRODUCT_REQUEST_BILLING_FREQUENCY_VALUES: set[
    CreateProductRequestBillingFrequency
] = {
    "MRC",
    "NRC",
}


def check_create_product_request_billing_frequency(
    value: str,
) -> CreateProductRequestBillingFrequency:
    if value in CREATE_PRODUCT_REQUEST_BILLING_FREQUENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_PRODUCT_REQUEST_BILLING_FREQUENCY_VALUES!r}"
    )
