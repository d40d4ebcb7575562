"""Contains all the data models used in inputs/outputs"""

from .bad_request_result import BadRequestResult
from .forbidden_result import ForbiddenResult
from .gateway_timeout_result import GatewayTimeoutResult
from .internal_server_error_result import InternalServerErrorResult
from .inventory_page import InventoryPage
from .method_not_allowed_result import MethodNotAllowedResult
from .not_found_result import NotFoundResult
from .number_record import NumberRecord
from .number_update_request import NumberUpdateRequest
from .number_update_request_classification import NumberUpdateRequestClassification
from .number_update_request_message_type import NumberUpdateRequestMessageType
from .number_update_request_product_type import NumberUpdateRequestProductType
from .number_update_result import NumberUpdateResult
from .order_details import OrderDetails
from .order_number import OrderNumber
from .ordered_number import OrderedNumber
from .request_timeout_result import RequestTimeoutResult
from .service_unavailable_result import ServiceUnavailableResult
from .status_change_number import StatusChangeNumber
from .status_change_order import StatusChangeOrder
from .status_change_request import StatusChangeRequest
from .status_change_request_status_change import StatusChangeRequestStatusChange
from .token import Token
from .token_request import TokenRequest
from .too_many_requests_result import TooManyRequestsResult
from .unauthorized_result import UnauthorizedResult

__all__ = (
    "BadRequestResult",
    "ForbiddenResult",
    "GatewayTimeoutResult",
    "InternalServerErrorResult",
    "InventoryPage",
    "MethodNotAllowedResult",
    "NotFoundResult",
    "NumberRecord",
    "NumberUpdateRequest",
    "NumberUpdateRequestClassification",
    "NumberUpdateRequestMessageType",
    "NumberUpdateRequestProductType",
    "NumberUpdateResult",
    "OrderDetails",
    "OrderedNumber",
    "OrderNumber",
    "RequestTimeoutResult",
    "ServiceUnavailableResult",
    "StatusChangeNumber",
    "StatusChangeOrder",
    "StatusChangeRequest",
    "StatusChangeRequestStatusChange",
    "Token",
    "TokenRequest",
    "TooManyRequestsResult",
    "UnauthorizedResult",
)
