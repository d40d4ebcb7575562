from typing import Literal

UpdateSimStatusRequestSimStatus = Literal["Active", "Empty", "Suspended"]

UPDATE_SIM_STATUS_REQUEST_SIM_STATUS_VALUES: set[UpdateSimStatusRequestSimStatus] = {
    "Active",
    "Empty",
    "Suspended",
}


def check_update_sim_status_request_sim_status(
    value: str,
) -> UpdateSimStatusRequestSimStatus:
    if value in UPDATE_SIM_STATUS_REQUEST_SIM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_SIM_STATUS_REQUEST_SIM_STATUS_VALUES!r}"
    )
