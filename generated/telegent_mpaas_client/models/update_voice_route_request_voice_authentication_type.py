from typing import Literal

UpdateVoiceRouteRequestVoiceAuthenticationType = Literal["Basic", "Bearer"]

UPDATE_VOICE_ROUTE_REQUEST_VOICE_AUTHENTICATION_TYPE_VALUES: set[
    UpdateVoiceRouteRequestVoiceAuthenticationType
] = {
    "Basic",
    "Bearer",
}


def check_update_voice_route_request_voice_authentication_type(
    value: str,
) -> UpdateVoiceRouteRequestVoiceAuthenticationType:
    if value in UPDATE_VOICE_ROUTE_REQUEST_VOICE_AUTHENTICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_VOICE_ROUTE_REQUEST_VOICE_AUTHENTICATION_TYPE_VALUES!r}"
    )
