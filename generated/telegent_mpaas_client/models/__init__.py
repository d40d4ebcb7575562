"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .activate_voicemail_request import ActivateVoicemailRequest
from .add_allowed_contacts_request import AddAllowedContactsRequest
from .add_allowed_numbers_request import AddAllowedNumbersRequest
from .add_blocked_contacts_request import AddBlockedContactsRequest
from .add_blocked_numbers_request import AddBlockedNumbersRequest
from .add_package_item_request import AddPackageItemRequest
from .add_service_item_request import AddServiceItemRequest
from .address import Address
from .allowed_contacts import AllowedContacts
from .allowed_numbers import AllowedNumbers
from .available_number_area import AvailableNumberArea
from .available_number_search import AvailableNumberSearch
from .bad_request_result import BadRequestResult
from .blocked_contacts import BlockedContacts
from .blocked_numbers import BlockedNumbers
from .call_filter import CallFilter
from .call_filter_deletion import CallFilterDeletion
from .call_filter_keywords import CallFilterKeywords
from .cancel_port_in_request import CancelPortInRequest
from .check_port_in_eligibility_request import CheckPortInEligibilityRequest
from .clear_sim_status_request import ClearSimStatusRequest
from .configure_guardian_features_request import ConfigureGuardianFeaturesRequest
from .create_account_billing_address import CreateAccountBillingAddress
from .create_account_mailing_address import CreateAccountMailingAddress
from .create_account_request import CreateAccountRequest
from .create_call_filter_request import CreateCallFilterRequest
from .create_call_filter_request_filter_mode import CreateCallFilterRequestFilterMode
from .create_call_filter_request_transcription_action import (
    CreateCallFilterRequestTranscriptionAction,
)
from .create_call_filter_time_restrictions import CreateCallFilterTimeRestrictions
from .create_distributor_billing_address import CreateDistributorBillingAddress
from .create_distributor_mailing_address import CreateDistributorMailingAddress
from .create_distributor_request import CreateDistributorRequest
from .create_feature_assignment_request import CreateFeatureAssignmentRequest
from .create_feature_request import CreateFeatureRequest
from .create_guardian_relation_request import CreateGuardianRelationRequest
from .create_message_filter_request import CreateMessageFilterRequest
from .create_message_filter_request_filter_mode import (
    CreateMessageFilterRequestFilterMode,
)
from .create_message_route_request import CreateMessageRouteRequest
from .create_message_route_request_callback_message_authentication_type import (
    CreateMessageRouteRequestCallbackMessageAuthenticationType,
)
from .create_message_route_request_callback_message_url_method import (
    CreateMessageRouteRequestCallbackMessageUrlMethod,
)
from .create_message_route_request_message_authentication_type import (
    CreateMessageRouteRequestMessageAuthenticationType,
)
from .create_message_route_request_message_url_method import (
    CreateMessageRouteRequestMessageUrlMethod,
)
from .create_package_item import CreatePackageItem
from .create_package_request import CreatePackageRequest
from .create_product_request import CreateProductRequest
from .create_product_request_billing_frequency import (
    CreateProductRequestBillingFrequency,
)
from .create_service_request import CreateServiceRequest
from .create_subscriber_request import CreateSubscriberRequest
from .create_subscriber_request_role import CreateSubscriberRequestRole
from .create_subscription_request import CreateSubscriptionRequest
from .create_threshold_assignment_request import CreateThresholdAssignmentRequest
from .create_threshold_request import CreateThresholdRequest
from .create_voice_route_ip_whitelist import CreateVoiceRouteIpWhitelist
from .create_voice_route_request import CreateVoiceRouteRequest
from .create_voice_route_request_callback_voice_url_method import (
    CreateVoiceRouteRequestCallbackVoiceUrlMethod,
)
from .create_voice_route_request_route_type import CreateVoiceRouteRequestRouteType
from .create_voice_route_request_trunk_transport_1 import (
    CreateVoiceRouteRequestTrunkTransport1,
)
from .create_voice_route_request_trunk_transport_2 import (
    CreateVoiceRouteRequestTrunkTransport2,
)
from .create_voice_route_request_voice_authentication_type import (
    CreateVoiceRouteRequestVoiceAuthenticationType,
)
from .create_voice_route_request_voice_url_method import (
    CreateVoiceRouteRequestVoiceUrlMethod,
)
from .create_webhook_request import CreateWebhookRequest
from .create_workgroup_activity_request import CreateWorkgroupActivityRequest
from .create_workgroup_activity_request_type import CreateWorkgroupActivityRequestType
from .create_workgroup_request import CreateWorkgroupRequest
from .create_workgroup_request_type import CreateWorkgroupRequestType
from .data_usage import DataUsage
from .data_usage_limit import DataUsageLimit
from .data_usage_number import DataUsageNumber
from .data_usage_renewal_update import DataUsageRenewalUpdate
from .data_usage_settings import DataUsageSettings
from .delete_call_filter_request import DeleteCallFilterRequest
from .delete_feature_assignment_request import DeleteFeatureAssignmentRequest
from .delete_feature_request import DeleteFeatureRequest
from .delete_guardian_relation_request import DeleteGuardianRelationRequest
from .delete_message_filter_request import DeleteMessageFilterRequest
from .delete_message_route_request import DeleteMessageRouteRequest
from .delete_package_item_request import DeletePackageItemRequest
from .delete_package_request import DeletePackageRequest
from .delete_product_request import DeleteProductRequest
from .delete_service_item_request import DeleteServiceItemRequest
from .delete_service_request import DeleteServiceRequest
from .delete_subscription_request import DeleteSubscriptionRequest
from .delete_threshold_assignment_request import DeleteThresholdAssignmentRequest
from .delete_threshold_request import DeleteThresholdRequest
from .delete_voice_route_request import DeleteVoiceRouteRequest
from .delete_voicemail_request import DeleteVoicemailRequest
from .delete_webhook_request import DeleteWebhookRequest
from .delete_workgroup_activity_request import DeleteWorkgroupActivityRequest
from .device_delivery import DeviceDelivery
from .device_details import DeviceDetails
from .distributor import Distributor
from .feature import Feature
from .feature_assignment import FeatureAssignment
from .feature_assignment_deletion import FeatureAssignmentDeletion
from .feature_deletion import FeatureDeletion
from .forbidden_result import ForbiddenResult
from .gateway_timeout_result import GatewayTimeoutResult
from .get_data_usage_phone_number import GetDataUsagePhoneNumber
from .get_data_usage_request import GetDataUsageRequest
from .get_data_usage_settings_phone_number import GetDataUsageSettingsPhoneNumber
from .get_data_usage_settings_request import GetDataUsageSettingsRequest
from .get_device_details_request import GetDeviceDetailsRequest
from .get_voicemail_request import GetVoicemailRequest
from .guardian_children import GuardianChildren
from .guardian_features import GuardianFeatures
from .guardian_parents import GuardianParents
from .guardian_relation import GuardianRelation
from .guardian_relation_deletion import GuardianRelationDeletion
from .internal_server_error_result import InternalServerErrorResult
from .inventory_page import InventoryPage
from .keyword_severities import KeywordSeverities
from .list_distributor_packages_filter import ListDistributorPackagesFilter
from .list_distributor_products_filter import ListDistributorProductsFilter
from .list_distributor_subscriptions_filter import ListDistributorSubscriptionsFilter
from .message import Message
from .message_attachment import MessageAttachment
from .message_details import MessageDetails
from .message_filter import MessageFilter
from .message_filter_deletion import MessageFilterDeletion
from .message_filter_keywords import MessageFilterKeywords
from .message_list import MessageList
from .message_media import MessageMedia
from .message_page import MessagePage
from .message_recipient import MessageRecipient
from .message_route import MessageRoute
from .message_route_deletion import MessageRouteDeletion
from .message_route_list import MessageRouteList
from .method_not_allowed_result import MethodNotAllowedResult
from .nnid_refresh import NnidRefresh
from .not_found_result import NotFoundResult
from .number_details import NumberDetails
from .number_reactivation import NumberReactivation
from .number_record import NumberRecord
from .number_renewal_info import NumberRenewalInfo
from .number_update_request import NumberUpdateRequest
from .number_update_request_classification import NumberUpdateRequestClassification
from .number_update_request_message_type import NumberUpdateRequestMessageType
from .number_update_request_product_type import NumberUpdateRequestProductType
from .number_update_result import NumberUpdateResult
from .order_details import OrderDetails
from .order_number import OrderNumber
from .ordered_number import OrderedNumber
from .outbound_message import OutboundMessage
from .package import Package
from .package_deletion import PackageDeletion
from .package_item import PackageItem
from .package_item_deletion import PackageItemDeletion
from .package_list import PackageList
from .package_subscriptions import PackageSubscriptions
from .phone_number import PhoneNumber
from .phone_number_with_renewal_info_and_status import (
    PhoneNumberWithRenewalInfoAndStatus,
)
from .port_in_cancellation import PortInCancellation
from .port_in_eligibility import PortInEligibility
from .port_in_number_current_billing_address import PortInNumberCurrentBillingAddress
from .port_in_number_request import PortInNumberRequest
from .port_in_number_request_target_portin_classification import (
    PortInNumberRequestTargetPortinClassification,
)
from .port_in_order import PortInOrder
from .port_in_update import PortInUpdate
from .port_out_order import PortOutOrder
from .product import Product
from .product_deletion import ProductDeletion
from .product_list import ProductList
from .provision_number_request import ProvisionNumberRequest
from .provision_number_request_message_type import ProvisionNumberRequestMessageType
from .provision_number_request_number_type import ProvisionNumberRequestNumberType
from .provision_number_request_product_type import ProvisionNumberRequestProductType
from .provision_order import ProvisionOrder
from .reactivate_number_request import ReactivateNumberRequest
from .refresh_number_nnid_request import RefreshNumberNnidRequest
from .remove_allowed_contacts_request import RemoveAllowedContactsRequest
from .remove_allowed_numbers_request import RemoveAllowedNumbersRequest
from .remove_blocked_contacts_request import RemoveBlockedContactsRequest
from .remove_blocked_numbers_request import RemoveBlockedNumbersRequest
from .report_device_delivery_request import ReportDeviceDeliveryRequest
from .request_timeout_result import RequestTimeoutResult
from .schedule import Schedule
from .schedule_list import ScheduleList
from .search_available_numbers_request import SearchAvailableNumbersRequest
from .search_available_numbers_request_message_type import (
    SearchAvailableNumbersRequestMessageType,
)
from .search_available_numbers_request_number_type import (
    SearchAvailableNumbersRequestNumberType,
)
from .send_message_attachment import SendMessageAttachment
from .send_message_mms_media import SendMessageMmsMedia
from .send_message_recipient import SendMessageRecipient
from .send_message_request import SendMessageRequest
from .service import Service
from .service_item import ServiceItem
from .service_item_deletion import ServiceItemDeletion
from .service_item_list import ServiceItemList
from .service_list import ServiceList
from .service_unavailable_result import ServiceUnavailableResult
from .set_data_usage_limit_phone_number import SetDataUsageLimitPhoneNumber
from .set_data_usage_limit_request import SetDataUsageLimitRequest
from .set_data_usage_limit_request_throttle_speed import (
    SetDataUsageLimitRequestThrottleSpeed,
)
from .set_data_usage_limit_request_value_unit import SetDataUsageLimitRequestValueUnit
from .set_port_out_pin_request import SetPortOutPinRequest
from .sim_status import SimStatus
from .status_change_number import StatusChangeNumber
from .status_change_order import StatusChangeOrder
from .status_change_request import StatusChangeRequest
from .status_change_request_status_change import StatusChangeRequestStatusChange
from .subscriber import Subscriber
from .subscriber_account import SubscriberAccount
from .subscriber_list import SubscriberList
from .subscription import Subscription
from .subscription_deletion import SubscriptionDeletion
from .subscription_list import SubscriptionList
from .system_keywords import SystemKeywords
from .threshold import Threshold
from .threshold_assignment import ThresholdAssignment
from .threshold_assignment_deletion import ThresholdAssignmentDeletion
from .threshold_deletion import ThresholdDeletion
from .token import Token
from .token_request import TokenRequest
from .too_many_requests_result import TooManyRequestsResult
from .transfer_subscriber_request import TransferSubscriberRequest
from .unauthorized_result import UnauthorizedResult
from .update_account_billing_address import UpdateAccountBillingAddress
from .update_account_mailing_address import UpdateAccountMailingAddress
from .update_account_request import UpdateAccountRequest
from .update_call_filter_request import UpdateCallFilterRequest
from .update_call_filter_request_filter_mode import UpdateCallFilterRequestFilterMode
from .update_call_filter_request_transcription_action import (
    UpdateCallFilterRequestTranscriptionAction,
)
from .update_data_usage_renewal_phone_number import UpdateDataUsageRenewalPhoneNumber
from .update_data_usage_renewal_request import UpdateDataUsageRenewalRequest
from .update_data_usage_renewal_request_period_type import (
    UpdateDataUsageRenewalRequestPeriodType,
)
from .update_distributor_billing_address import UpdateDistributorBillingAddress
from .update_distributor_mailing_address import UpdateDistributorMailingAddress
from .update_distributor_request import UpdateDistributorRequest
from .update_feature_assignment_request import UpdateFeatureAssignmentRequest
from .update_feature_request import UpdateFeatureRequest
from .update_message_filter_request import UpdateMessageFilterRequest
from .update_message_filter_request_filter_mode import (
    UpdateMessageFilterRequestFilterMode,
)
from .update_message_route_request import UpdateMessageRouteRequest
from .update_message_route_request_callback_message_authentication_type import (
    UpdateMessageRouteRequestCallbackMessageAuthenticationType,
)
from .update_message_route_request_callback_message_url_method import (
    UpdateMessageRouteRequestCallbackMessageUrlMethod,
)
from .update_message_route_request_message_authentication_type import (
    UpdateMessageRouteRequestMessageAuthenticationType,
)
from .update_message_route_request_message_url_method import (
    UpdateMessageRouteRequestMessageUrlMethod,
)
from .update_package_item_request import UpdatePackageItemRequest
from .update_package_request import UpdatePackageRequest
from .update_port_in_current_billing_address import UpdatePortInCurrentBillingAddress
from .update_port_in_request import UpdatePortInRequest
from .update_product_request import UpdateProductRequest
from .update_product_request_billing_frequency import (
    UpdateProductRequestBillingFrequency,
)
from .update_renewal_info_request import UpdateRenewalInfoRequest
from .update_renewal_info_result import UpdateRenewalInfoResult
from .update_service_item_request import UpdateServiceItemRequest
from .update_service_request import UpdateServiceRequest
from .update_sim_status_request import UpdateSimStatusRequest
from .update_sim_status_request_sim_status import UpdateSimStatusRequestSimStatus
from .update_subscriber_request import UpdateSubscriberRequest
from .update_subscriber_request_role import UpdateSubscriberRequestRole
from .update_subscription_request import UpdateSubscriptionRequest
from .update_threshold_assignment_request import UpdateThresholdAssignmentRequest
from .update_threshold_request import UpdateThresholdRequest
from .update_voice_route_ip_whitelist import UpdateVoiceRouteIpWhitelist
from .update_voice_route_request import UpdateVoiceRouteRequest
from .update_voice_route_request_callback_voice_url_method import (
    UpdateVoiceRouteRequestCallbackVoiceUrlMethod,
)
from .update_voice_route_request_route_type import UpdateVoiceRouteRequestRouteType
from .update_voice_route_request_transfer_caller_id import (
    UpdateVoiceRouteRequestTransferCallerId,
)
from .update_voice_route_request_trunk_transport_1 import (
    UpdateVoiceRouteRequestTrunkTransport1,
)
from .update_voice_route_request_trunk_transport_2 import (
    UpdateVoiceRouteRequestTrunkTransport2,
)
from .update_voice_route_request_voice_authentication_type import (
    UpdateVoiceRouteRequestVoiceAuthenticationType,
)
from .update_voice_route_request_voice_url_method import (
    UpdateVoiceRouteRequestVoiceUrlMethod,
)
from .update_voicemail_request import UpdateVoicemailRequest
from .update_webhook_request import UpdateWebhookRequest
from .update_workgroup_activity_request import UpdateWorkgroupActivityRequest
from .update_workgroup_activity_request_type import UpdateWorkgroupActivityRequestType
from .update_workgroup_request import UpdateWorkgroupRequest
from .update_workgroup_request_type import UpdateWorkgroupRequestType
from .voice_route import VoiceRoute
from .voice_route_deletion import VoiceRouteDeletion
from .voice_route_ip_whitelist import VoiceRouteIpWhitelist
from .voice_route_list import VoiceRouteList
from .voicemail import Voicemail
from .voicemail_activation import VoicemailActivation
from .voicemail_deletion import VoicemailDeletion
from .voicemail_update import VoicemailUpdate
from .webhook import Webhook
from .webhook_deletion import WebhookDeletion
from .workgroup import Workgroup
from .workgroup_activity import WorkgroupActivity
from .workgroup_deletion import WorkgroupDeletion
from .workgroup_list import WorkgroupList

__all__ = (
    "Account",
    "ActivateVoicemailRequest",
    "AddAllowedContactsRequest",
    "AddAllowedNumbersRequest",
    "AddBlockedContactsRequest",
    "AddBlockedNumbersRequest",
    "AddPackageItemRequest",
    "Address",
    "AddServiceItemRequest",
    "AllowedContacts",
    "AllowedNumbers",
    "AvailableNumberArea",
    "AvailableNumberSearch",
    "BadRequestResult",
    "BlockedContacts",
    "BlockedNumbers",
    "CallFilter",
    "CallFilterDeletion",
    "CallFilterKeywords",
    "CancelPortInRequest",
    "CheckPortInEligibilityRequest",
    "ClearSimStatusRequest",
    "ConfigureGuardianFeaturesRequest",
    "CreateAccountBillingAddress",
    "CreateAccountMailingAddress",
    "CreateAccountRequest",
    "CreateCallFilterRequest",
    "CreateCallFilterRequestFilterMode",
    "CreateCallFilterRequestTranscriptionAction",
    "CreateCallFilterTimeRestrictions",
    "CreateDistributorBillingAddress",
    "CreateDistributorMailingAddress",
    "CreateDistributorRequest",
    "CreateFeatureAssignmentRequest",
    "CreateFeatureRequest",
    "CreateGuardianRelationRequest",
    "CreateMessageFilterRequest",
    "CreateMessageFilterRequestFilterMode",
    "CreateMessageRouteRequest",
    "CreateMessageRouteRequestCallbackMessageAuthenticationType",
    "CreateMessageRouteRequestCallbackMessageUrlMethod",
    "CreateMessageRouteRequestMessageAuthenticationType",
    "CreateMessageRouteRequestMessageUrlMethod",
    "CreatePackageItem",
    "CreatePackageRequest",
    "CreateProductRequest",
    "CreateProductRequestBillingFrequency",
    "CreateServiceRequest",
    "CreateSubscriberRequest",
    "CreateSubscriberRequestRole",
    "CreateSubscriptionRequest",
    "CreateThresholdAssignmentRequest",
    "CreateThresholdRequest",
    "CreateVoiceRouteIpWhitelist",
    "CreateVoiceRouteRequest",
    "CreateVoiceRouteRequestCallbackVoiceUrlMethod",
    "CreateVoiceRouteRequestRouteType",
    "CreateVoiceRouteRequestTrunkTransport1",
    "CreateVoiceRouteRequestTrunkTransport2",
    "CreateVoiceRouteRequestVoiceAuthenticationType",
    "CreateVoiceRouteRequestVoiceUrlMethod",
    "CreateWebhookRequest",
    "CreateWorkgroupActivityRequest",
    "CreateWorkgroupActivityRequestType",
    "CreateWorkgroupRequest",
    "CreateWorkgroupRequestType",
    "DataUsage",
    "DataUsageLimit",
    "DataUsageNumber",
    "DataUsageRenewalUpdate",
    "DataUsageSettings",
    "DeleteCallFilterRequest",
    "DeleteFeatureAssignmentRequest",
    "DeleteFeatureRequest",
    "DeleteGuardianRelationRequest",
    "DeleteMessageFilterRequest",
    "DeleteMessageRouteRequest",
    "DeletePackageItemRequest",
    "DeletePackageRequest",
    "DeleteProductRequest",
    "DeleteServiceItemRequest",
    "DeleteServiceRequest",
    "DeleteSubscriptionRequest",
    "DeleteThresholdAssignmentRequest",
    "DeleteThresholdRequest",
    "DeleteVoicemailRequest",
    "DeleteVoiceRouteRequest",
    "DeleteWebhookRequest",
    "DeleteWorkgroupActivityRequest",
    "DeviceDelivery",
    "DeviceDetails",
    "Distributor",
    "Feature",
    "FeatureAssignment",
    "FeatureAssignmentDeletion",
    "FeatureDeletion",
    "ForbiddenResult",
    "GatewayTimeoutResult",
    "GetDataUsagePhoneNumber",
    "GetDataUsageRequest",
    "GetDataUsageSettingsPhoneNumber",
    "GetDataUsageSettingsRequest",
    "GetDeviceDetailsRequest",
    "GetVoicemailRequest",
    "GuardianChildren",
    "GuardianFeatures",
    "GuardianParents",
    "GuardianRelation",
    "GuardianRelationDeletion",
    "InternalServerErrorResult",
    "InventoryPage",
    "KeywordSeverities",
    "ListDistributorPackagesFilter",
    "ListDistributorProductsFilter",
    "ListDistributorSubscriptionsFilter",
    "Message",
    "MessageAttachment",
    "MessageDetails",
    "MessageFilter",
    "MessageFilterDeletion",
    "MessageFilterKeywords",
    "MessageList",
    "MessageMedia",
    "MessagePage",
    "MessageRecipient",
    "MessageRoute",
    "MessageRouteDeletion",
    "MessageRouteList",
    "MethodNotAllowedResult",
    "NnidRefresh",
    "NotFoundResult",
    "NumberDetails",
    "NumberReactivation",
    "NumberRecord",
    "NumberRenewalInfo",
    "NumberUpdateRequest",
    "NumberUpdateRequestClassification",
    "NumberUpdateRequestMessageType",
    "NumberUpdateRequestProductType",
    "NumberUpdateResult",
    "OrderDetails",
    "OrderedNumber",
    "OrderNumber",
    "OutboundMessage",
    "Package",
    "PackageDeletion",
    "PackageItem",
    "PackageItemDeletion",
    "PackageList",
    "PackageSubscriptions",
    "PhoneNumber",
    "PhoneNumberWithRenewalInfoAndStatus",
    "PortInCancellation",
    "PortInEligibility",
    "PortInNumberCurrentBillingAddress",
    "PortInNumberRequest",
    "PortInNumberRequestTargetPortinClassification",
    "PortInOrder",
    "PortInUpdate",
    "PortOutOrder",
    "Product",
    "ProductDeletion",
    "ProductList",
    "ProvisionNumberRequest",
    "ProvisionNumberRequestMessageType",
    "ProvisionNumberRequestNumberType",
    "ProvisionNumberRequestProductType",
    "ProvisionOrder",
    "ReactivateNumberRequest",
    "RefreshNumberNnidRequest",
    "RemoveAllowedContactsRequest",
    "RemoveAllowedNumbersRequest",
    "RemoveBlockedContactsRequest",
    "RemoveBlockedNumbersRequest",
    "ReportDeviceDeliveryRequest",
    "RequestTimeoutResult",
    "Schedule",
    "ScheduleList",
    "SearchAvailableNumbersRequest",
    "SearchAvailableNumbersRequestMessageType",
    "SearchAvailableNumbersRequestNumberType",
    "SendMessageAttachment",
    "SendMessageMmsMedia",
    "SendMessageRecipient",
    "SendMessageRequest",
    "Service",
    "ServiceItem",
    "ServiceItemDeletion",
    "ServiceItemList",
    "ServiceList",
    "ServiceUnavailableResult",
    "SetDataUsageLimitPhoneNumber",
    "SetDataUsageLimitRequest",
    "SetDataUsageLimitRequestThrottleSpeed",
    "SetDataUsageLimitRequestValueUnit",
    "SetPortOutPinRequest",
    "SimStatus",
    "StatusChangeNumber",
    "StatusChangeOrder",
    "StatusChangeRequest",
    "StatusChangeRequestStatusChange",
    "Subscriber",
    "SubscriberAccount",
    "SubscriberList",
    "Subscription",
    "SubscriptionDeletion",
    "SubscriptionList",
    "SystemKeywords",
    "Threshold",
    "ThresholdAssignment",
    "ThresholdAssignmentDeletion",
    "ThresholdDeletion",
    "Token",
    "TokenRequest",
    "TooManyRequestsResult",
    "TransferSubscriberRequest",
    "UnauthorizedResult",
    "UpdateAccountBillingAddress",
    "UpdateAccountMailingAddress",
    "UpdateAccountRequest",
    "UpdateCallFilterRequest",
    "UpdateCallFilterRequestFilterMode",
    "UpdateCallFilterRequestTranscriptionAction",
    "UpdateDataUsageRenewalPhoneNumber",
    "UpdateDataUsageRenewalRequest",
    "UpdateDataUsageRenewalRequestPeriodType",
    "UpdateDistributorBillingAddress",
    "UpdateDistributorMailingAddress",
    "UpdateDistributorRequest",
    "UpdateFeatureAssignmentRequest",
    "UpdateFeatureRequest",
    "UpdateMessageFilterRequest",
    "UpdateMessageFilterRequestFilterMode",
    "UpdateMessageRouteRequest",
    "UpdateMessageRouteRequestCallbackMessageAuthenticationType",
    "UpdateMessageRouteRequestCallbackMessageUrlMethod",
    "UpdateMessageRouteRequestMessageAuthenticationType",
    "UpdateMessageRouteRequestMessageUrlMethod",
    "UpdatePackageItemRequest",
    "UpdatePackageRequest",
    "UpdatePortInCurrentBillingAddress",
    "UpdatePortInRequest",
    "UpdateProductRequest",
    "UpdateProductRequestBillingFrequency",
    "UpdateRenewalInfoRequest",
    "UpdateRenewalInfoResult",
    "UpdateServiceItemRequest",
    "UpdateServiceRequest",
    "UpdateSimStatusRequest",
    "UpdateSimStatusRequestSimStatus",
    "UpdateSubscriberRequest",
    "UpdateSubscriberRequestRole",
    "UpdateSubscriptionRequest",
    "UpdateThresholdAssignmentRequest",
    "UpdateThresholdRequest",
    "UpdateVoicemailRequest",
    "UpdateVoiceRouteIpWhitelist",
    "UpdateVoiceRouteRequest",
    "UpdateVoiceRouteRequestCallbackVoiceUrlMethod",
    "UpdateVoiceRouteRequestRouteType",
    "UpdateVoiceRouteRequestTransferCallerId",
    "UpdateVoiceRouteRequestTrunkTransport1",
    "UpdateVoiceRouteRequestTrunkTransport2",
    "UpdateVoiceRouteRequestVoiceAuthenticationType",
    "UpdateVoiceRouteRequestVoiceUrlMethod",
    "UpdateWebhookRequest",
    "UpdateWorkgroupActivityRequest",
    "UpdateWorkgroupActivityRequestType",
    "UpdateWorkgroupRequest",
    "UpdateWorkgroupRequestType",
    "Voicemail",
    "VoicemailActivation",
    "VoicemailDeletion",
    "VoicemailUpdate",
    "VoiceRoute",
    "VoiceRouteDeletion",
    "VoiceRouteIpWhitelist",
    "VoiceRouteList",
    "Webhook",
    "WebhookDeletion",
    "Workgroup",
    "WorkgroupActivity",
    "WorkgroupDeletion",
    "WorkgroupList",
)
