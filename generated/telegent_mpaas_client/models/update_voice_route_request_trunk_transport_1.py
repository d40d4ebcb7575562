from typing import Literal

UpdateVoiceRouteRequestTrunkTransport1 = Literal["TCP", "TLS", "UDP"]

UPDATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_1_VALUES: set[
    UpdateVoiceRouteRequestTrunkTransport1
] = {
    "TCP",
    "TLS",
    "UDP",
}


def check_update_voice_route_request_trunk_transport_1(
    value: str,
) -> UpdateVoiceRouteRequestTrunkTransport1:
    if value in UPDATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_1_VALUES!r}"
    )
