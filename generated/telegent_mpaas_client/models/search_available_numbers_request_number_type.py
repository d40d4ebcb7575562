from typing import Literal

SearchAvailableNumbersRequestNumberType = Literal["mobile"]

SEARCH_AVAILABLE_NUMBERS_REQUEST_NUMBER_TYPE_VALUES: set[
    SearchAvailableNumbersRequestNumberType
] = {
    "mobile",
}


def check_search_available_numbers_request_number_type(
    value: str,
) -> SearchAvailableNumbersRequestNumberType:
    if value in SEARCH_AVAILABLE_NUMBERS_REQUEST_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_AVAILABLE_NUMBERS_REQUEST_NUMBER_TYPE_VALUES!r}"
    )
