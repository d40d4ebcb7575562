from typing import Literal

NumberUpdateRequestClassification = Literal["IoT", "MVNO"]

NUMBER_UPDATE_REQUEST_CLASSIFICATION_VALUES: set[NumberUpdateRequestClassification] = {
    "IoT",
    "MVNO",
}


def check_number_update_request_classification(
    value: str,
) -> NumberUpdateRequestClassification:
    if value in NUMBER_UPDATE_REQUEST_CLASSIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NUMBER_UPDATE_REQUEST_CLASSIFICATION_VALUES!r}"
    )
