from typing import Literal

ListDistributorProductsFilter = Literal["Active", "All", "Inactive"]

LIST_DISTRIBUTOR_PRODUCTS_FILTER_VALUES: set[ListDistributorProductsFilter] = {
    "Active",
    "All",
    "Inactive",
}


def check_list_distributor_products_filter(value: str) -> ListDistributorProductsFilter:
    if value in LIST_DISTRIBUTOR_PRODUCTS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DISTRIBUTOR_PRODUCTS_FILTER_VALUES!r}"
    )
