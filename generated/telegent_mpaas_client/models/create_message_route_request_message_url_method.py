from typing import Literal

CreateMessageRouteRequestMessageUrlMethod = Literal["GET", "POST"]

CREATE_MESSAGE_ROUTE_REQUEST_MESSAGE_URL_METHOD_VALUES: set[
    CreateMessageRouteRequestMessageUrlMethod
] = {
    "GET",
    "POST",
}


def check_create_message_route_request_message_url_method(
    value: str,
) -> CreateMessageRouteRequestMessageUrlMethod:
    if value in CREATE_MESSAGE_ROUTE_REQUEST_MESSAGE_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_ROUTE_REQUEST_MESSAGE_URL_METHOD_VALUES!r}"
    )
