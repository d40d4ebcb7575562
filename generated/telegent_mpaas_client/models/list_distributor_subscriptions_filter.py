from typing import Literal

ListDistributorSubscriptionsFilter = Literal["Active", "All", "Inactive"]

LIST_DISTRIBUTOR_SUBSCRIPTIONS_FILTER_VALUES: set[
    ListDistributorSubscriptionsFilter
] = {
    "Active",
    "All",
    "Inactive",
}


def check_list_distributor_subscriptions_filter(
    value: str,
) -> ListDistributorSubscriptionsFilter:
    if value in LIST_DISTRIBUTOR_SUBSCRIPTIONS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DISTRIBUTOR_SUBSCRIPTIONS_FILTER_VALUES!r}"
    )
