from typing import Literal

UpdateVoiceRouteRequestTransferCallerId = Literal[
    "Transferee", "Transferee/Transferor", "Transferor"
]

UPDATE_VOICE_ROUTE_REQUEST_TRANSFER_CALLER_ID_VALUES: set[
    UpdateVoiceRouteRequestTransferCallerId
] = {
    "Transferee",
    "Transferee/Transferor",
    "Transferor",
}


def check_update_voice_route_request_transfer_caller_id(
    value: str,
) -> UpdateVoiceRouteRequestTransferCallerId:
    if value in UPDATE_VOICE_ROUTE_REQUEST_TRANSFER_CALLER_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_TRANSFER_CALLER_ID_VALUES!r}"
    )
