from typing import Literal

CreateVoiceRouteRequestVoiceAuthenticationType = Literal["Basic", "Bearer", "None"]

CREATE_VOICE_ROUTE_REQUEST_VOICE_AUTHENTICATION_TYPE_VALUES: set[
    CreateVoiceRouteRequestVoiceAuthenticationType
] = {
    "Basic",
    "Bearer",
    "None",
}


def check_create_voice_route_request_voice_authentication_type(
    value: str,
) -> CreateVoiceRouteRequestVoiceAuthenticationType:
    if value in CREATE_VOICE_ROUTE_REQUEST_VOICE_AUTHENTICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_ROUTE_REQUEST_VOICE_AUTHENTICATION_TYPE_VALUES!r}"
    )
