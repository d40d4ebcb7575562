from typing import Literal

CreateVoiceRouteRequestRouteType = Literal["Forward", "Trunk", "URL"]

CREATE_VOICE_ROUTE_REQUEST_ROUTE_TYPE_VALUES: set[CreateVoiceRouteRequestRouteType] = {
    "Forward",
    "Trunk",
    "URL",
}


def check_create_voice_route_request_route_type(
    value: str,
) -> CreateVoiceRouteRequestRouteType:
    if value in CREATE_VOICE_ROUTE_REQUEST_ROUTE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_ROUTE_REQUEST_ROUTE_TYPE_VALUES!r}"
    )
