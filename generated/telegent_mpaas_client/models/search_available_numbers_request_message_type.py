from typing import Literal

SearchAvailableNumbersRequestMessageType = Literal["a2p", "p2p"]

SEARCH_AVAILABLE_NUMBERS_REQUEST_MESSAGE_TYPE_VALUES: set[
    SearchAvailableNumbersRequestMessageType
] = {
    "a2p",
    "p2p",
}


def check_search_available_numbers_request_message_type(
    value: str,
) -> SearchAvailableNumbersRequestMessageType:
    if value in SEARCH_AVAILABLE_NUMBERS_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_AVAILABLE_NUMBERS_REQUEST_MESSAGE_TYPE_VALUES!r}"
    )
