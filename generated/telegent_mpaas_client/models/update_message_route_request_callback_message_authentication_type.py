from typing import Literal

UpdateMessageRouteRequestCallbackMessageAuthenticationType = Literal[
    "Basic", "Bearer", "None"
]

UPDATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_AUTHENTICATION_TYPE_VALUES: set[
    UpdateMessageRouteRequestCallbackMessageAuthenticationType
] = {
    "Basic",
    "Bearer",
    "None",
}


def check_update_message_route_request_callback_message_authentication_type(
    value: str,
) -> UpdateMessageRouteRequestCallbackMessageAuthenticationType:
    if (
        value
        in UPDATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_AUTHENTICATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_AUTHENTICATION_TYPE_VALUES!r}"
    )
