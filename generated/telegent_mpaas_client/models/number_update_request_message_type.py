from typing import Literal

NumberUpdateRequestMessageType = Literal["a2p", "p2p"]

NUMBER_UPDATE_REQUEST_MESSAGE_TYPE_VALUES: set[NumberUpdateRequestMessageType] = {
    "a2p",
    "p2p",
}


def check_number_update_request_message_type(
    value: str,
) -> NumberUpdateRequestMessageType:
    if value in NUMBER_UPDATE_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_UPDATE_REQUEST_MESSAGE_TYPE_VALUES!r}"
    )
