from typing import Literal

UpdateVoiceRouteRequestRouteType = Literal["Forward", "Trunk", "URL"]

UPDATE_VOICE_ROUTE_REQUEST_ROUTE_TYPE_VALUES: set[UpdateVoiceRouteRequestRouteType] = {
    "Forward",
    "Trunk",
    "URL",
}


def check_update_voice_route_request_route_type(
    value: str,
) -> UpdateVoiceRouteRequestRouteType:
    if value in UPDATE_VOICE_ROUTE_REQUEST_ROUTE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_ROUTE_TYPE_VALUES!r}"
    )
