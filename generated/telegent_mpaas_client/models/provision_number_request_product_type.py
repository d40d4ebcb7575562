from typing import Literal

ProvisionNumberRequestProductType = Literal[
    "Data-Only", "Sms+Data", "Sms+Data+Voice", "Sms-Only"
]

PROVISION_NUMBER_REQUEST_PRODUCT_TYPE_VALUES: set[ProvisionNumberRequestProductType] = {
    "Data-Only",
    "Sms+Data",
    "Sms+Data+Voice",
    "Sms-Only",
}


def check_provision_number_request_product_type(
    value: str,
) -> ProvisionNumberRequestProductType:
    if value in PROVISION_NUMBER_REQUEST_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVISION_NUMBER_REQUEST_PRODUCT_TYPE_VALUES!r}"
    )
