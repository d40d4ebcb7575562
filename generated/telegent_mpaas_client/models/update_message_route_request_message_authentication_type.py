from typing import Literal

UpdateMessageRouteRequestMessageAuthenticationType = Literal["Basic", "Bearer", "None"]

UPDATE_MESSAGE_ROUTE_REQUEST_MESSAGE_AUTHENTICATION_TYPE_VALUES: set[
    UpdateMessageRouteRequestMessageAuthenticationType
] = {
    "Basic",
    "Bearer",
    "None",
}


def check_update_message_route_request_message_authentication_type(
    value: str,
) -> UpdateMessageRouteRequestMessageAuthenticationType:
    if value in UPDATE_MESSAGE_ROUTE_REQUEST_MESSAGE_AUTHENTICATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MESSAGE_ROUTE_REQUEST_MESSAGE_AUTHENTICATION_TYPE_VALUES!r}"
    )
