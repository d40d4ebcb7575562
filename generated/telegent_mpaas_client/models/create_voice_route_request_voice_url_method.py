from typing import Literal

CreateVoiceRouteRequestVoiceUrlMethod = Literal["GET", "POST"]

CREATE_VOICE_ROUTE_REQUEST_VOICE_URL_METHOD_VALUES: set[
    CreateVoiceRouteRequestVoiceUrlMethod
] = {
    "GET",
    "POST",
}


def check_create_voice_route_request_voice_url_method(
    value: str,
) -> CreateVoiceRouteRequestVoiceUrlMethod:
    if value in CREATE_VOICE_ROUTE_REQUEST_VOICE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_ROUTE_REQUEST_VOICE_URL_METHOD_VALUES!r}"
    )
