from typing import Literal

CreateVoiceRouteRequestTrunkTransport1 = Literal["TCP", "TLS", "UDP"]

CREATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_1_VALUES: set[
    CreateVoiceRouteRequestTrunkTransport1
] = {
    "TCP",
    "TLS",
    "UDP",
}


def check_create_voice_route_request_trunk_transport_1(
    value: str,
) -> CreateVoiceRouteRequestTrunkTransport1:
    if value in CREATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_1_VALUES!r}"
    )
