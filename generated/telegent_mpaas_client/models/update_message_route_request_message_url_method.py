from typing import Literal

UpdateMessageRouteRequestMessageUrlMethod = Literal["GET", "POST"]

UPDATE_MESSAGE_ROUTE_REQUEST_MESSAGE_URL_METHOD_VALUES: set[
    UpdateMessageRouteRequestMessageUrlMethod
] = {
    "GET",
    "POST",
}


def check_update_message_route_request_message_url_method(
    value: str,
) -> UpdateMessageRouteRequestMessageUrlMethod:
    if value in UPDATE_MESSAGE_ROUTE_REQUEST_MESSAGE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MESSAGE_ROUTE_REQUEST_MESSAGE_URL_METHOD_VALUES!r}"
    )
