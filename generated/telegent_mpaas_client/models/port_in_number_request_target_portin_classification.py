from typing import Literal

PortInNumberRequestTargetPortinClassification = Literal["iot", "mvno"]

PORT_IN_NUMBER_REQUEST_TARGET_PORTIN_CLASSIFICATION_VALUES: set[
    PortInNumberRequestTargetPortinClassification
] = {
    "iot",
    "mvno",
}


def check_port_in_number_request_target_portin_classification(
    value: str,
) -> PortInNumberRequestTargetPortinClassification:
    if value in PORT_IN_NUMBER_REQUEST_TARGET_PORTIN_CLASSIFICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORT_IN_NUMBER_REQUEST_TARGET_PORTIN_CLASSIFICATION_VALUES!r}"
    )
