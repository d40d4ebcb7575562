from typing import Literal

CreateMessageRouteRequestCallbackMessageUrlMethod = Literal["GET", "POST"]

CREATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_URL_METHOD_VALUES: set[
    CreateMessageRouteRequestCallbackMessageUrlMethod
] = {
    "GET",
    "POST",
}


def check_create_message_route_request_callback_message_url_method(
    value: str,
) -> CreateMessageRouteRequestCallbackMessageUrlMethod:
    if value in CREATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_URL_METHOD_VALUES!r}"
    )
