from typing import Literal

CreateSubscriberRequestRole = Literal["Account Admin", "Manager", "Subscriber"]

CREATE_SUBSCRIBER_REQUEST_ROLE_VALUES: set[CreateSubscriberRequestRole] = {
    "Account Admin",
    "Manager",
    "Subscriber",
}


def check_create_subscriber_request_role(value: str) -> CreateSubscriberRequestRole:
    if value in CREATE_SUBSCRIBER_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SUBSCRIBER_REQUEST_ROLE_VALUES!r}"
    )
