from typing import Literal

UpdateVoiceRouteRequestCallbackVoiceUrlMethod = Literal["GET", "POST"]

UPDATE_VOICE_ROUTE_REQUEST_CALLBACK_VOICE_URL_METHOD_VALUES: set[
    UpdateVoiceRouteRequestCallbackVoiceUrlMethod
] = {
    "GET",
    "POST",
}


def check_update_voice_route_request_callback_voice_url_method(
    value: str,
) -> UpdateVoiceRouteRequestCallbackVoiceUrlMethod:
    if value in UPDATE_VOICE_ROUTE_REQUEST_CALLBACK_VOICE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_CALLBACK_VOICE_URL_METHOD_VALUES!r}"
    )
