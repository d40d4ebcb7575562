from typing import Literal

UpdateMessageRouteRequestCallbackMessageUrlMethod = Literal["GET", "POST"]

UPDATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_URL_METHOD_VALUES: set[
    UpdateMessageRouteRequestCallbackMessageUrlMethod
] = {
    "GET",
    "POST",
}


def check_update_message_route_request_callback_message_url_method(
    value: str,
) -> UpdateMessageRouteRequestCallbackMessageUrlMethod:
    if value in UPDATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MESSAGE_ROUTE_REQUEST_CALLBACK_MESSAGE_URL_METHOD_VALUES!r}"
    )
