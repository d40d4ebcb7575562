from typing import Literal

CreateMessageRouteRequestMessageAuthenticationType = Literal["Basic", "Bearer", "None"]

CREATE_MESSAGE_ROUTE_REQUEST_MESSAGE_AUTHENTICATION_TYPE_VALUES: set[
    CreateMessageRouteRequestMessageAuthenticationType
] = {
    "Basic",
    "Bearer",
    "None",
}


def check_create_message_route_request_message_authentication_type(
    value: str,
) -> CreateMessageRouteRequestMessageAuthenticationType:
    if value in CREATE_MESSAGE_ROUTE_REQUEST_MESSAGE_AUTHENTICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_ROUTE_REQUEST_MESSAGE_AUTHENTICATION_TYPE_VALUES!r}"
    )
