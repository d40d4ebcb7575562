from typing import Literal

CreateVoiceRouteRequestCallbackVoiceUrlMethod = Literal["GET", "POST"]

CREATE_VOICE_ROUTE_REQUEST_CALLBACK_VOICE_URL_METHOD_VALUES: set[
    CreateVoiceRouteRequestCallbackVoiceUrlMethod
] = {
    "GET",
    "POST",
}


def check_create_voice_route_request_callback_voice_url_method(
    value: str,
) -> CreateVoiceRouteRequestCallbackVoiceUrlMethod:
    if value in CREATE_VOICE_ROUTE_REQUEST_CALLBACK_VOICE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_ROUTE_REQUEST_CALLBACK_VOICE_URL_METHOD_VALUES!r}"
    )
