from typing import Literal

CreateVoiceRouteRequestTrunkTransport2 = Literal["TCP", "TLS", "UDP"]

CREATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_2_VALUES: set[
    CreateVoiceRouteRequestTrunkTransport2
] = {
    "TCP",
    "TLS",
    "UDP",
}


def check_create_voice_route_request_trunk_transport_2(
    value: str,
) -> CreateVoiceRouteRequestTrunkTransport2:
    if value in CREATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_ROUTE_REQUEST_TRUNK_TRANSPORT_2_VALUES!r}"
    )
