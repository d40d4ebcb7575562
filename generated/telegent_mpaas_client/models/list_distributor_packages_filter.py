from typing import Literal

ListDistributorPackagesFilter = Literal["Active", "All", "Inactive"]

LIST_DISTRIBUTOR_PACKAGES_FILTER_VALUES: set[ListDistributorPackagesFilter] = {
    "Active",
    "All",
    "Inactive",
}


def check_list_distributor_packages_filter(value: str) -> ListDistributorPackagesFilter:
    if value in LIST_DISTRIBUTOR_PACKAGES_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DISTRIBUTOR_PACKAGES_FILTER_VALUES!r}"
    )
