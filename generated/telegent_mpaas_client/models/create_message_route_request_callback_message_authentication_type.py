from typing import Literal

CreateMessageRouteRequestCallbackMessageAuthenticationType = Literal[
    "Basic", "Bearer", "None"
]

CREATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_AUTHENTICATION_TYPE_VALUES: set[
    CreateMessageRouteRequestCallbackMessageAuthenticationType
] = {
    "Basic",
    "Bearer",
    "None",
}


def check_create_message_route_request_callback_message_authentication_type(
    value: str,
) -> CreateMessageRouteRequestCallbackMessageAuthenticationType:
    if (
        value
        in CREATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_AUTHENTICATION_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_AUTHENTICATION_TYPE_VALUES!r}"
    )
