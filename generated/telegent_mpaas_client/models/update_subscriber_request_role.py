from typing import Literal

UpdateSubscriberRequestRole = Literal["Account Admin", "Manager", "Subscriber"]

UPDATE_SUBSCRIBER_REQUEST_ROLE_VALUES: set[UpdateSubscriberRequestRole] = {
    "Account Admin",
    "Manager",
    "Subscriber",
}


def check_update_subscriber_request_role(value: str) -> UpdateSubscriberRequestRole:
    if value in UPDATE_SUBSCRIBER_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SUBSCRIBER_REQUEST_ROLE_VALUES!r}"
    )
