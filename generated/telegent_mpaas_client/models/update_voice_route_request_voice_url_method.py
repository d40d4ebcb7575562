from typing import Literal

UpdateVoiceRouteRequestVoiceUrlMethod = Literal["GET", "POST"]

UPDATE_VOICE_ROUTE_REQUEST_VOICE_URL_METHOD_VALUES: set[
    UpdateVoiceRouteRequestVoiceUrlMethod
] = {
    "GET",
    "POST",
}


def check_update_voice_route_request_voice_url_method(
    value: str,
) -> UpdateVoiceRouteRequestVoiceUrlMethod:
    if value in UPDATE_VOICE_ROUTE_REQUEST_VOICE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_VOICE_URL_METHOD_VALUES!r}"
    )
