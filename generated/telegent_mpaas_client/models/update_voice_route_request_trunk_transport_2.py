from typing import Literal

UpdateVoiceRouteRequestTrunkTransport2 = Literal["TCP", "TLS", "UDP"]

UPDATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_2_VALUES: set[
    UpdateVoiceRouteRequestTrunkTransport2
] = {
    "TCP",
    "TLS",
    "UDP",
}


def check_update_voice_route_request_trunk_transport_2(
    value: str,
) -> UpdateVoiceRouteRequestTrunkTransport2:
    if value in UPDATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_2_VALUES!r}"
    )
