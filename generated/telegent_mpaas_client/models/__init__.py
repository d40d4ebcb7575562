"""Contains all the data models used in inputs/outputs"""

# Each model loads on first use (a module __getattr__): an operation module imports the few
# models it needs, not all of them (the full spec has hundreds).
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .call_filter_time_restrictions_type_0 import CallFilterTimeRestrictionsType0
    from .cancel_port_in_request import CancelPortInRequest
    from .check_port_in_eligibility_request import CheckPortInEligibilityRequest
    from .clear_sim_status_request import ClearSimStatusRequest
    from .configure_guardian_features_request import ConfigureGuardianFeaturesRequest
    from .create_account_billing_address import CreateAccountBillingAddress
    from .create_account_mailing_address import CreateAccountMailingAddress
    from .create_account_request import CreateAccountRequest
    from .create_call_filter_request import CreateCallFilterRequest
    from .create_call_filter_request_filter_mode import (
        CreateCallFilterRequestFilterMode,
    )
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
    from .create_workgroup_activity_request_type import (
        CreateWorkgroupActivityRequestType,
    )
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
    from .list_distributor_subscriptions_filter import (
        ListDistributorSubscriptionsFilter,
    )
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
    from .port_in_number_current_billing_address import (
        PortInNumberCurrentBillingAddress,
    )
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
    from .set_data_usage_limit_request_value_unit import (
        SetDataUsageLimitRequestValueUnit,
    )
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
    from .system_keywords_by_category import SystemKeywordsByCategory
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
    from .update_call_filter_request_filter_mode import (
        UpdateCallFilterRequestFilterMode,
    )
    from .update_call_filter_request_transcription_action import (
        UpdateCallFilterRequestTranscriptionAction,
    )
    from .update_data_usage_renewal_phone_number import (
        UpdateDataUsageRenewalPhoneNumber,
    )
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
    from .update_port_in_current_billing_address import (
        UpdatePortInCurrentBillingAddress,
    )
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
    from .update_workgroup_activity_request_type import (
        UpdateWorkgroupActivityRequestType,
    )
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

    pass

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
    "CallFilterTimeRestrictionsType0",
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
    "SystemKeywordsByCategory",
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

_MODULES = {
    "Account": ".account",
    "ActivateVoicemailRequest": ".activate_voicemail_request",
    "AddAllowedContactsRequest": ".add_allowed_contacts_request",
    "AddAllowedNumbersRequest": ".add_allowed_numbers_request",
    "AddBlockedContactsRequest": ".add_blocked_contacts_request",
    "AddBlockedNumbersRequest": ".add_blocked_numbers_request",
    "AddPackageItemRequest": ".add_package_item_request",
    "AddServiceItemRequest": ".add_service_item_request",
    "Address": ".address",
    "AllowedContacts": ".allowed_contacts",
    "AllowedNumbers": ".allowed_numbers",
    "AvailableNumberArea": ".available_number_area",
    "AvailableNumberSearch": ".available_number_search",
    "BadRequestResult": ".bad_request_result",
    "BlockedContacts": ".blocked_contacts",
    "BlockedNumbers": ".blocked_numbers",
    "CallFilter": ".call_filter",
    "CallFilterDeletion": ".call_filter_deletion",
    "CallFilterKeywords": ".call_filter_keywords",
    "CallFilterTimeRestrictionsType0": ".call_filter_time_restrictions_type_0",
    "CancelPortInRequest": ".cancel_port_in_request",
    "CheckPortInEligibilityRequest": ".check_port_in_eligibility_request",
    "ClearSimStatusRequest": ".clear_sim_status_request",
    "ConfigureGuardianFeaturesRequest": ".configure_guardian_features_request",
    "CreateAccountBillingAddress": ".create_account_billing_address",
    "CreateAccountMailingAddress": ".create_account_mailing_address",
    "CreateAccountRequest": ".create_account_request",
    "CreateCallFilterRequest": ".create_call_filter_request",
    "CreateCallFilterRequestFilterMode": ".create_call_filter_request_filter_mode",
    "CreateCallFilterRequestTranscriptionAction": ".create_call_filter_request_transcription_action",
    "CreateCallFilterTimeRestrictions": ".create_call_filter_time_restrictions",
    "CreateDistributorBillingAddress": ".create_distributor_billing_address",
    "CreateDistributorMailingAddress": ".create_distributor_mailing_address",
    "CreateDistributorRequest": ".create_distributor_request",
    "CreateFeatureAssignmentRequest": ".create_feature_assignment_request",
    "CreateFeatureRequest": ".create_feature_request",
    "CreateGuardianRelationRequest": ".create_guardian_relation_request",
    "CreateMessageFilterRequest": ".create_message_filter_request",
    "CreateMessageFilterRequestFilterMode": ".create_message_filter_request_filter_mode",
    "CreateMessageRouteRequest": ".create_message_route_request",
    "CreateMessageRouteRequestCallbackMessageAuthenticationType": ".create_message_route_request_callback_message_authentication_type",
    "CreateMessageRouteRequestCallbackMessageUrlMethod": ".create_message_route_request_callback_message_url_method",
    "CreateMessageRouteRequestMessageAuthenticationType": ".create_message_route_request_message_authentication_type",
    "CreateMessageRouteRequestMessageUrlMethod": ".create_message_route_request_message_url_method",
    "CreatePackageItem": ".create_package_item",
    "CreatePackageRequest": ".create_package_request",
    "CreateProductRequest": ".create_product_request",
    "CreateProductRequestBillingFrequency": ".create_product_request_billing_frequency",
    "CreateServiceRequest": ".create_service_request",
    "CreateSubscriberRequest": ".create_subscriber_request",
    "CreateSubscriberRequestRole": ".create_subscriber_request_role",
    "CreateSubscriptionRequest": ".create_subscription_request",
    "CreateThresholdAssignmentRequest": ".create_threshold_assignment_request",
    "CreateThresholdRequest": ".create_threshold_request",
    "CreateVoiceRouteIpWhitelist": ".create_voice_route_ip_whitelist",
    "CreateVoiceRouteRequest": ".create_voice_route_request",
    "CreateVoiceRouteRequestCallbackVoiceUrlMethod": ".create_voice_route_request_callback_voice_url_method",
    "CreateVoiceRouteRequestRouteType": ".create_voice_route_request_route_type",
    "CreateVoiceRouteRequestTrunkTransport1": ".create_voice_route_request_trunk_transport_1",
    "CreateVoiceRouteRequestTrunkTransport2": ".create_voice_route_request_trunk_transport_2",
    "CreateVoiceRouteRequestVoiceAuthenticationType": ".create_voice_route_request_voice_authentication_type",
    "CreateVoiceRouteRequestVoiceUrlMethod": ".create_voice_route_request_voice_url_method",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWorkgroupActivityRequest": ".create_workgroup_activity_request",
    "CreateWorkgroupActivityRequestType": ".create_workgroup_activity_request_type",
    "CreateWorkgroupRequest": ".create_workgroup_request",
    "CreateWorkgroupRequestType": ".create_workgroup_request_type",
    "DataUsage": ".data_usage",
    "DataUsageLimit": ".data_usage_limit",
    "DataUsageNumber": ".data_usage_number",
    "DataUsageRenewalUpdate": ".data_usage_renewal_update",
    "DataUsageSettings": ".data_usage_settings",
    "DeleteCallFilterRequest": ".delete_call_filter_request",
    "DeleteFeatureAssignmentRequest": ".delete_feature_assignment_request",
    "DeleteFeatureRequest": ".delete_feature_request",
    "DeleteGuardianRelationRequest": ".delete_guardian_relation_request",
    "DeleteMessageFilterRequest": ".delete_message_filter_request",
    "DeleteMessageRouteRequest": ".delete_message_route_request",
    "DeletePackageItemRequest": ".delete_package_item_request",
    "DeletePackageRequest": ".delete_package_request",
    "DeleteProductRequest": ".delete_product_request",
    "DeleteServiceItemRequest": ".delete_service_item_request",
    "DeleteServiceRequest": ".delete_service_request",
    "DeleteSubscriptionRequest": ".delete_subscription_request",
    "DeleteThresholdAssignmentRequest": ".delete_threshold_assignment_request",
    "DeleteThresholdRequest": ".delete_threshold_request",
    "DeleteVoiceRouteRequest": ".delete_voice_route_request",
    "DeleteVoicemailRequest": ".delete_voicemail_request",
    "DeleteWebhookRequest": ".delete_webhook_request",
    "DeleteWorkgroupActivityRequest": ".delete_workgroup_activity_request",
    "DeviceDelivery": ".device_delivery",
    "DeviceDetails": ".device_details",
    "Distributor": ".distributor",
    "Feature": ".feature",
    "FeatureAssignment": ".feature_assignment",
    "FeatureAssignmentDeletion": ".feature_assignment_deletion",
    "FeatureDeletion": ".feature_deletion",
    "ForbiddenResult": ".forbidden_result",
    "GatewayTimeoutResult": ".gateway_timeout_result",
    "GetDataUsagePhoneNumber": ".get_data_usage_phone_number",
    "GetDataUsageRequest": ".get_data_usage_request",
    "GetDataUsageSettingsPhoneNumber": ".get_data_usage_settings_phone_number",
    "GetDataUsageSettingsRequest": ".get_data_usage_settings_request",
    "GetDeviceDetailsRequest": ".get_device_details_request",
    "GetVoicemailRequest": ".get_voicemail_request",
    "GuardianChildren": ".guardian_children",
    "GuardianFeatures": ".guardian_features",
    "GuardianParents": ".guardian_parents",
    "GuardianRelation": ".guardian_relation",
    "GuardianRelationDeletion": ".guardian_relation_deletion",
    "InternalServerErrorResult": ".internal_server_error_result",
    "InventoryPage": ".inventory_page",
    "KeywordSeverities": ".keyword_severities",
    "ListDistributorPackagesFilter": ".list_distributor_packages_filter",
    "ListDistributorProductsFilter": ".list_distributor_products_filter",
    "ListDistributorSubscriptionsFilter": ".list_distributor_subscriptions_filter",
    "Message": ".message",
    "MessageAttachment": ".message_attachment",
    "MessageDetails": ".message_details",
    "MessageFilter": ".message_filter",
    "MessageFilterDeletion": ".message_filter_deletion",
    "MessageFilterKeywords": ".message_filter_keywords",
    "MessageList": ".message_list",
    "MessageMedia": ".message_media",
    "MessagePage": ".message_page",
    "MessageRecipient": ".message_recipient",
    "MessageRoute": ".message_route",
    "MessageRouteDeletion": ".message_route_deletion",
    "MessageRouteList": ".message_route_list",
    "MethodNotAllowedResult": ".method_not_allowed_result",
    "NnidRefresh": ".nnid_refresh",
    "NotFoundResult": ".not_found_result",
    "NumberDetails": ".number_details",
    "NumberReactivation": ".number_reactivation",
    "NumberRecord": ".number_record",
    "NumberRenewalInfo": ".number_renewal_info",
    "NumberUpdateRequest": ".number_update_request",
    "NumberUpdateRequestClassification": ".number_update_request_classification",
    "NumberUpdateRequestMessageType": ".number_update_request_message_type",
    "NumberUpdateRequestProductType": ".number_update_request_product_type",
    "NumberUpdateResult": ".number_update_result",
    "OrderDetails": ".order_details",
    "OrderNumber": ".order_number",
    "OrderedNumber": ".ordered_number",
    "OutboundMessage": ".outbound_message",
    "Package": ".package",
    "PackageDeletion": ".package_deletion",
    "PackageItem": ".package_item",
    "PackageItemDeletion": ".package_item_deletion",
    "PackageList": ".package_list",
    "PackageSubscriptions": ".package_subscriptions",
    "PhoneNumber": ".phone_number",
    "PhoneNumberWithRenewalInfoAndStatus": ".phone_number_with_renewal_info_and_status",
    "PortInCancellation": ".port_in_cancellation",
    "PortInEligibility": ".port_in_eligibility",
    "PortInNumberCurrentBillingAddress": ".port_in_number_current_billing_address",
    "PortInNumberRequest": ".port_in_number_request",
    "PortInNumberRequestTargetPortinClassification": ".port_in_number_request_target_portin_classification",
    "PortInOrder": ".port_in_order",
    "PortInUpdate": ".port_in_update",
    "PortOutOrder": ".port_out_order",
    "Product": ".product",
    "ProductDeletion": ".product_deletion",
    "ProductList": ".product_list",
    "ProvisionNumberRequest": ".provision_number_request",
    "ProvisionNumberRequestMessageType": ".provision_number_request_message_type",
    "ProvisionNumberRequestNumberType": ".provision_number_request_number_type",
    "ProvisionNumberRequestProductType": ".provision_number_request_product_type",
    "ProvisionOrder": ".provision_order",
    "ReactivateNumberRequest": ".reactivate_number_request",
    "RefreshNumberNnidRequest": ".refresh_number_nnid_request",
    "RemoveAllowedContactsRequest": ".remove_allowed_contacts_request",
    "RemoveAllowedNumbersRequest": ".remove_allowed_numbers_request",
    "RemoveBlockedContactsRequest": ".remove_blocked_contacts_request",
    "RemoveBlockedNumbersRequest": ".remove_blocked_numbers_request",
    "ReportDeviceDeliveryRequest": ".report_device_delivery_request",
    "RequestTimeoutResult": ".request_timeout_result",
    "Schedule": ".schedule",
    "ScheduleList": ".schedule_list",
    "SearchAvailableNumbersRequest": ".search_available_numbers_request",
    "SearchAvailableNumbersRequestMessageType": ".search_available_numbers_request_message_type",
    "SearchAvailableNumbersRequestNumberType": ".search_available_numbers_request_number_type",
    "SendMessageAttachment": ".send_message_attachment",
    "SendMessageMmsMedia": ".send_message_mms_media",
    "SendMessageRecipient": ".send_message_recipient",
    "SendMessageRequest": ".send_message_request",
    "Service": ".service",
    "ServiceItem": ".service_item",
    "ServiceItemDeletion": ".service_item_deletion",
    "ServiceItemList": ".service_item_list",
    "ServiceList": ".service_list",
    "ServiceUnavailableResult": ".service_unavailable_result",
    "SetDataUsageLimitPhoneNumber": ".set_data_usage_limit_phone_number",
    "SetDataUsageLimitRequest": ".set_data_usage_limit_request",
    "SetDataUsageLimitRequestThrottleSpeed": ".set_data_usage_limit_request_throttle_speed",
    "SetDataUsageLimitRequestValueUnit": ".set_data_usage_limit_request_value_unit",
    "SetPortOutPinRequest": ".set_port_out_pin_request",
    "SimStatus": ".sim_status",
    "StatusChangeNumber": ".status_change_number",
    "StatusChangeOrder": ".status_change_order",
    "StatusChangeRequest": ".status_change_request",
    "StatusChangeRequestStatusChange": ".status_change_request_status_change",
    "Subscriber": ".subscriber",
    "SubscriberAccount": ".subscriber_account",
    "SubscriberList": ".subscriber_list",
    "Subscription": ".subscription",
    "SubscriptionDeletion": ".subscription_deletion",
    "SubscriptionList": ".subscription_list",
    "SystemKeywordsByCategory": ".system_keywords_by_category",
    "Threshold": ".threshold",
    "ThresholdAssignment": ".threshold_assignment",
    "ThresholdAssignmentDeletion": ".threshold_assignment_deletion",
    "ThresholdDeletion": ".threshold_deletion",
    "Token": ".token",
    "TokenRequest": ".token_request",
    "TooManyRequestsResult": ".too_many_requests_result",
    "TransferSubscriberRequest": ".transfer_subscriber_request",
    "UnauthorizedResult": ".unauthorized_result",
    "UpdateAccountBillingAddress": ".update_account_billing_address",
    "UpdateAccountMailingAddress": ".update_account_mailing_address",
    "UpdateAccountRequest": ".update_account_request",
    "UpdateCallFilterRequest": ".update_call_filter_request",
    "UpdateCallFilterRequestFilterMode": ".update_call_filter_request_filter_mode",
    "UpdateCallFilterRequestTranscriptionAction": ".update_call_filter_request_transcription_action",
    "UpdateDataUsageRenewalPhoneNumber": ".update_data_usage_renewal_phone_number",
    "UpdateDataUsageRenewalRequest": ".update_data_usage_renewal_request",
    "UpdateDataUsageRenewalRequestPeriodType": ".update_data_usage_renewal_request_period_type",
    "UpdateDistributorBillingAddress": ".update_distributor_billing_address",
    "UpdateDistributorMailingAddress": ".update_distributor_mailing_address",
    "UpdateDistributorRequest": ".update_distributor_request",
    "UpdateFeatureAssignmentRequest": ".update_feature_assignment_request",
    "UpdateFeatureRequest": ".update_feature_request",
    "UpdateMessageFilterRequest": ".update_message_filter_request",
    "UpdateMessageFilterRequestFilterMode": ".update_message_filter_request_filter_mode",
    "UpdateMessageRouteRequest": ".update_message_route_request",
    "UpdateMessageRouteRequestCallbackMessageAuthenticationType": ".update_message_route_request_callback_message_authentication_type",
    "UpdateMessageRouteRequestCallbackMessageUrlMethod": ".update_message_route_request_callback_message_url_method",
    "UpdateMessageRouteRequestMessageAuthenticationType": ".update_message_route_request_message_authentication_type",
    "UpdateMessageRouteRequestMessageUrlMethod": ".update_message_route_request_message_url_method",
    "UpdatePackageItemRequest": ".update_package_item_request",
    "UpdatePackageRequest": ".update_package_request",
    "UpdatePortInCurrentBillingAddress": ".update_port_in_current_billing_address",
    "UpdatePortInRequest": ".update_port_in_request",
    "UpdateProductRequest": ".update_product_request",
    "UpdateProductRequestBillingFrequency": ".update_product_request_billing_frequency",
    "UpdateRenewalInfoRequest": ".update_renewal_info_request",
    "UpdateRenewalInfoResult": ".update_renewal_info_result",
    "UpdateServiceItemRequest": ".update_service_item_request",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateSimStatusRequest": ".update_sim_status_request",
    "UpdateSimStatusRequestSimStatus": ".update_sim_status_request_sim_status",
    "UpdateSubscriberRequest": ".update_subscriber_request",
    "UpdateSubscriberRequestRole": ".update_subscriber_request_role",
    "UpdateSubscriptionRequest": ".update_subscription_request",
    "UpdateThresholdAssignmentRequest": ".update_threshold_assignment_request",
    "UpdateThresholdRequest": ".update_threshold_request",
    "UpdateVoiceRouteIpWhitelist": ".update_voice_route_ip_whitelist",
    "UpdateVoiceRouteRequest": ".update_voice_route_request",
    "UpdateVoiceRouteRequestCallbackVoiceUrlMethod": ".update_voice_route_request_callback_voice_url_method",
    "UpdateVoiceRouteRequestRouteType": ".update_voice_route_request_route_type",
    "UpdateVoiceRouteRequestTransferCallerId": ".update_voice_route_request_transfer_caller_id",
    "UpdateVoiceRouteRequestTrunkTransport1": ".update_voice_route_request_trunk_transport_1",
    "UpdateVoiceRouteRequestTrunkTransport2": ".update_voice_route_request_trunk_transport_2",
    "UpdateVoiceRouteRequestVoiceAuthenticationType": ".update_voice_route_request_voice_authentication_type",
    "UpdateVoiceRouteRequestVoiceUrlMethod": ".update_voice_route_request_voice_url_method",
    "UpdateVoicemailRequest": ".update_voicemail_request",
    "UpdateWebhookRequest": ".update_webhook_request",
    "UpdateWorkgroupActivityRequest": ".update_workgroup_activity_request",
    "UpdateWorkgroupActivityRequestType": ".update_workgroup_activity_request_type",
    "UpdateWorkgroupRequest": ".update_workgroup_request",
    "UpdateWorkgroupRequestType": ".update_workgroup_request_type",
    "VoiceRoute": ".voice_route",
    "VoiceRouteDeletion": ".voice_route_deletion",
    "VoiceRouteIpWhitelist": ".voice_route_ip_whitelist",
    "VoiceRouteList": ".voice_route_list",
    "Voicemail": ".voicemail",
    "VoicemailActivation": ".voicemail_activation",
    "VoicemailDeletion": ".voicemail_deletion",
    "VoicemailUpdate": ".voicemail_update",
    "Webhook": ".webhook",
    "WebhookDeletion": ".webhook_deletion",
    "Workgroup": ".workgroup",
    "WorkgroupActivity": ".workgroup_activity",
    "WorkgroupDeletion": ".workgroup_deletion",
    "WorkgroupList": ".workgroup_list",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
