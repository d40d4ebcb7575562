from typing import Literal

ProvisionNumberRequestMessageType = Literal["a2p", "p2p"]

PROVISION_NUMBER_REQUEST_MESSAGE_TYPE_VALUES: set[ProvisionNumberRequestMessageType] = {
    "a2p",
    "p2p",
}


def check_provision_number_request_message_type(
    value: str,
) -> ProvisionNumberRequestMessageType:
    if value in PROVISION_NUMBER_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVISION_NUMBER_REQUEST_MESSAGE_TYPE_VALUES!r}"
    )
