#!/usr/bin/env python3
# ruff: noqa: E501 - the names table reads best one operation per line
"""Write overlay/published-names.overlay.yaml: readable names for the vendor's full spec.

    python3 -m uv run scripts/draft_names.py [--spec PATH] [-o PATH] [--check]

The names are the reviewed table below (one row per operation, in the user's words); the
script only turns it into Overlay actions, deterministically, and adds what follows from the
spec mechanically:

- every operation gets its ``operationId``, and ``x-telegent-resource`` /
  ``x-telegent-method`` where the default (first tag, snake_case operationId) reads badly;
  ``x-telegent-record`` / ``x-telegent-nested-records`` name the records that
  ``telegent spec infer`` drafts for the 200 response;
- the vendor's ``x-internal`` operations get ``x-telegent-internal: true`` (generated, kept
  off the public surface, reachable explicitly);
- every inline request body object gets a ``title`` (``CreateSubscriberRequest``, nested
  ``CreateAccountBillingAddress``), so no model is named after its path;
- request bodies are offered as ``application/json`` only, and every response too (the
  spec lists ``text/plain`` first, which makes the generator parse JSON errors as text);
- query parameters whose snake_case names clash (``phoneNumber``/``PhoneNumber``) get an
  ``x-telegent-name`` apart.

The four seed operations (named by the hand-written overlay) and the token operation
(replaced there) are left out: their rows are in SEED_NAMES for the uniqueness check only.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from telegent.spec._infer import render_yaml  # noqa: E402
from telegent.spec._naming import iter_operations, snake, unsafe_reason  # noqa: E402

# The pinned spec is the vendor's published one, byte for byte (never hand-patched).
DEFAULT_SPEC = ROOT / "openapi.json"
DEFAULT_OUT = ROOT / "overlay" / "published-names.overlay.yaml"

# (METHOD path) -> operationId, resource, method, record, nested records.
# resource/method None: the default (first tag / snake_case operationId) reads well.
Row = tuple[str, str | None, str | None, str | None, dict[str, str] | None]
N = None
# fmt: off
NAMES: dict[str, Row] = {
    # ------------------------------------------------------------------ numbers
    "POST /v1.0/numbers/availability": ("searchAvailableNumbers", N, "search_available", "AvailableNumberSearch", {"AvailableNumberAreas": "AvailableNumberArea"}),
    "POST /v1.0/numbers/provision": ("provisionNumber", N, "provision", "ProvisionOrder", N),
    "POST /v1.0/numbers/portin": ("portInNumber", N, "port_in", "PortInOrder", N),
    "POST /v1.0/numbers/portin/eligibility": ("checkPortInEligibility", N, N, "PortInEligibility", N),
    "POST /v1.0/numbers/portin/update": ("updatePortIn", N, N, "PortInUpdate", N),
    "POST /v1.0/numbers/portin/cancel": ("cancelPortIn", N, N, "PortInCancellation", N),
    "POST /v1.0/numbers/refresh-nnid": ("refreshNumberNnid", N, "refresh_nnid", "NnidRefresh", N),
    "POST /v1.0/numbers/voicemail/info": ("getVoicemail", N, N, "Voicemail", N),
    "POST /v1.0/numbers/voicemail/activate": ("activateVoicemail", N, N, "VoicemailActivation", N),
    "POST /v1.0/numbers/voicemail/update": ("updateVoicemail", N, N, "VoicemailUpdate", N),
    "POST /v1.0/numbers/voicemail/delete": ("deleteVoicemail", N, N, "VoicemailDeletion", N),
    "POST /v1.0/numbers/portout": ("setPortOutPin", N, N, "PortOutOrder", N),
    "GET /v1.0/numbers": ("getNumber", N, "get", "NumberDetails", N),
    "POST /v1.0/numbers/data-usage": ("setDataUsageLimit", N, N, "DataUsageLimit", {"PhoneNumbers": "DataUsageNumber"}),
    "POST /v1.0/numbers/data-usage/settings": ("getDataUsageSettings", N, N, "DataUsageSettings", {"PhoneNumbers": "DataUsageNumber"}),
    "POST /v1.0/numbers/data-usage/info": ("getDataUsage", N, N, "DataUsage", {"PhoneNumbers": "DataUsageNumber"}),
    "POST /v1.0/numbers/data-usage/update-renewal-info": ("updateDataUsageRenewal", N, N, "DataUsageRenewalUpdate", {"PhoneNumbers": "DataUsageNumber"}),
    "POST /v1.0/numbers/device-details": ("getDeviceDetails", N, N, "DeviceDetails", N),
    "POST /v1.0/numbers/reactivate": ("reactivateNumber", N, "reactivate", N, N),
    # ------------------------------------------------------------------ message
    "POST /v1.0/message/routes": ("createMessageRoute", N, "create_route", "MessageRoute", N),
    "GET /v1.0/message/routes": ("getMessageRoute", N, "get_route", "MessageRoute", N),
    "POST /v1.0/message/routes/update": ("updateMessageRoute", N, "update_route", "MessageRoute", N),
    "POST /v1.0/message/routes/delete": ("deleteMessageRoute", N, "delete_route", "MessageRouteDeletion", N),
    "GET /v1.0/account/message/routes": ("listMessageRoutes", "message", "list_routes", "MessageRouteList", N),
    "POST /v1.0/message/outbound": ("sendMessage", N, "send", "OutboundMessage", {"To": "MessageRecipient", "MmsMedia": "MessageMedia", "MmsBase64": "MessageAttachment"}),
    "GET /v1.0/message/details": ("getMessage", N, "get", "MessageDetails", {"To": "MessageRecipient", "MmsMedia": "MessageMedia", "MmsBase64": "MessageAttachment"}),
    "GET /v1.0/message/search": ("searchMessages", N, "search", "MessageList", {"Results": "Message", "To": "MessageRecipient", "MmsMedia": "MessageMedia", "MmsBase64": "MessageAttachment"}),
    "GET /v1.0/message/filter": ("filterMessages", N, "filter", "MessagePage", {"Messages": "Message"}),
    "POST /v1.0/message/device-delivery": ("reportDeviceDelivery", N, N, "DeviceDelivery", N),
    # ------------------------------------------------------------------ voice
    "POST /v1.0/voice/routes": ("createVoiceRoute", N, "create_route", "VoiceRoute", N),
    "GET /v1.0/voice/routes": ("getVoiceRoute", N, "get_route", "VoiceRoute", N),
    "POST /v1.0/voice/routes/update": ("updateVoiceRoute", N, "update_route", "VoiceRoute", N),
    "POST /v1.0/voice/routes/delete": ("deleteVoiceRoute", N, "delete_route", "VoiceRouteDeletion", N),
    "GET /v1.0/account/voice/routes": ("listVoiceRoutes", "voice", "list_routes", "VoiceRouteList", N),
    # ------------------------------------------------------------------ accounts
    "GET /v1.0/account": ("getAccount", N, "get", "Account", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    "POST /v1.0/account/create": ("createAccount", N, "create", "Account", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    "POST /v1.0/account/update": ("updateAccount", N, "update", "Account", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    "GET /v1.0/account/schedules": ("listSchedules", N, N, "ScheduleList", N),
    # An account's lists of other resources live on those resources: client.packages.list().
    "GET /v1.0/account/services": ("listServices", "services", "list", "ServiceList", N),
    "GET /v1.0/account/products": ("listProducts", "products", "list", "ProductList", N),
    "GET /v1.0/account/packages": ("listPackages", "packages", "list", "PackageList", N),
    "GET /v1.0/account/subscriptions": ("listSubscriptions", "subscriptions", "list", "SubscriptionList", N),
    "GET /v1.0/account/workgroups": ("listWorkgroups", "workgroups", "list", "WorkgroupList", N),
    "GET /v1.0/account/webhooks": ("listWebhooks", "webhooks", "list", N, N),
    # ------------------------------------------------------------------ services
    "GET /v1.0/services": ("getService", N, "get", "Service", N),
    "POST /v1.0/services": ("createService", N, "create", "Service", N),
    "POST /v1.0/services/update": ("updateService", N, "update", N, N),  # no example
    "POST /v1.0/services/delete": ("deleteService", N, "delete", N, N),  # no example
    "GET /v1.0/services/items": ("listServiceItems", N, "list_items", "ServiceItemList", N),
    "POST /v1.0/services/items/add": ("addServiceItem", N, "add_item", "ServiceItem", N),
    "POST /v1.0/services/items/update": ("updateServiceItem", N, "update_item", "ServiceItem", N),
    "POST /v1.0/services/items/delete": ("deleteServiceItem", N, "delete_item", "ServiceItemDeletion", N),
    # ------------------------------------------------------------------ sims
    "POST /v1.0/sims/update-status": ("updateSimStatus", N, "update_status", "SimStatus", N),
    "POST /v1.0/sims/clear-status": ("clearSimStatus", N, "clear_status", "SimStatus", N),
    # ------------------------------------------------------------------ products
    "GET /v1.0/products": ("getProduct", N, "get", "Product", N),
    "POST /v1.0/products": ("createProduct", N, "create", "Product", N),
    "POST /v1.0/products/update": ("updateProduct", N, "update", "Product", N),
    "POST /v1.0/products/delete": ("deleteProduct", N, "delete", "ProductDeletion", N),
    # ------------------------------------------------------------------ packages
    "GET /v1.0/packages": ("getPackage", N, "get", "Package", N),
    "POST /v1.0/packages": ("createPackage", N, "create", "Package", N),
    "POST /v1.0/packages/update": ("updatePackage", N, "update", "Package", N),
    "POST /v1.0/packages/delete": ("deletePackage", N, "delete", "PackageDeletion", N),
    "GET /v1.0/packages/subscriptions": ("listPackageSubscriptions", N, "list_subscriptions", "PackageSubscriptions", N),
    "GET /v1.0/packages/items": ("listPackageItems", N, "list_items", "PackageItemList", N),
    "POST /v1.0/packages/items/add": ("addPackageItem", N, "add_item", "PackageItem", N),
    "POST /v1.0/packages/items/update": ("updatePackageItem", N, "update_item", "PackageItem", N),
    "POST /v1.0/packages/items/delete": ("deletePackageItem", N, "delete_item", "PackageItemDeletion", N),
    # ------------------------------------------------------------------ subscriptions (x-internal)
    "GET /v1.0/subscriptions": ("getSubscription", N, "get", "Subscription", N),
    "POST /v1.0/subscriptions": ("createSubscription", N, "create", "Subscription", N),
    "POST /v1.0/subscriptions/update": ("updateSubscription", N, "update", "Subscription", N),
    "POST /v1.0/subscriptions/delete": ("deleteSubscription", N, "delete", "SubscriptionDeletion", N),
    "GET /v1.0/subscriptions/thresholds": ("getThreshold", N, N, "Threshold", N),
    "POST /v1.0/subscriptions/thresholds/add": ("createThreshold", N, N, "Threshold", N),
    "POST /v1.0/subscriptions/thresholds/update": ("updateThreshold", N, N, "Threshold", N),
    "POST /v1.0/subscriptions/thresholds/delete": ("deleteThreshold", N, N, "ThresholdDeletion", N),
    "GET /v1.0/subscriptions/thresholds/assignments": ("listThresholdAssignments", N, N, "ThresholdAssignmentList", N),
    "POST /v1.0/subscriptions/thresholds/assignments/add": ("createThresholdAssignment", N, N, "ThresholdAssignment", N),
    "POST /v1.0/subscriptions/thresholds/assignments/update": ("updateThresholdAssignment", N, N, "ThresholdAssignment", N),
    "POST /v1.0/subscriptions/thresholds/assignments/delete": ("deleteThresholdAssignment", N, N, "ThresholdAssignmentDeletion", N),
    "GET /v1.0/subscriptions/features": ("getFeature", N, N, "Feature", N),
    "POST /v1.0/subscriptions/features/add": ("createFeature", N, N, "Feature", N),
    "POST /v1.0/subscriptions/features/update": ("updateFeature", N, N, "Feature", N),
    "POST /v1.0/subscriptions/features/delete": ("deleteFeature", N, N, "FeatureDeletion", N),
    "GET /v1.0/subscriptions/features/assignments": ("listFeatureAssignments", N, N, "FeatureAssignmentList", N),
    "POST /v1.0/subscriptions/features/assignments/add": ("createFeatureAssignment", N, N, "FeatureAssignment", N),
    "POST /v1.0/subscriptions/features/assignments/update": ("updateFeatureAssignment", N, N, "FeatureAssignment", N),
    "POST /v1.0/subscriptions/features/assignments/delete": ("deleteFeatureAssignment", N, N, "FeatureAssignmentDeletion", N),
    # ------------------------------------------------------------------ distributors
    "GET /v1.0/distributor": ("getDistributor", N, "get", "Distributor", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    "POST /v1.0/distributor/create": ("createDistributor", N, "create", "Distributor", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    "POST /v1.0/distributor/update": ("updateDistributor", N, "update", "Distributor", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    # The vendor's example shows one account, not a list: typed as what it shows.
    "GET /v1.0/distributor/accounts": ("listDistributorAccounts", N, "list_accounts", "Account", {"BillingAddress": "Address", "MailingAddress": "Address"}),
    "GET /v1.0/distributor/subscribers": ("listDistributorSubscribers", N, "list_subscribers", "SubscriberList", {"Account": "SubscriberAccount"}),
    "GET /v1.0/distributor/products": ("listDistributorProducts", N, "list_products", "ProductList", N),
    "GET /v1.0/distributor/packages": ("listDistributorPackages", N, "list_packages", "PackageList", N),
    "GET /v1.0/distributor/subscriptions": ("listDistributorSubscriptions", N, "list_subscriptions", "SubscriptionList", N),
    # ------------------------------------------------------------------ subscribers
    "GET /v1.0/subscribers/get": ("getSubscriber", N, "get", "Subscriber", {"Account": "SubscriberAccount"}),
    "POST /v1.0/subscribers/create": ("createSubscriber", N, "create", "Subscriber", {"Account": "SubscriberAccount"}),
    "POST /v1.0/subscribers/update": ("updateSubscriber", N, "update", "Subscriber", {"Account": "SubscriberAccount"}),
    "POST /v1.0/subscribers/transfer": ("transferSubscriber", N, "transfer", "Subscriber", {"Account": "SubscriberAccount"}),
    "POST /v1.0/subscribers/message-filter": ("createMessageFilter", N, N, "MessageFilter", N),
    "GET /v1.0/subscribers/message-filter": ("listMessageFilters", N, N, "MessageFilterList", N),
    "POST /v1.0/subscribers/message-filter/update": ("updateMessageFilter", N, N, "MessageFilter", N),
    "POST /v1.0/subscribers/message-filter/delete": ("deleteMessageFilter", N, N, "MessageFilterDeletion", N),
    "GET /v1.0/subscribers/message-filter/allowed-contacts": ("listAllowedContacts", N, N, N, N),
    "POST /v1.0/subscribers/message-filter/allowed-contacts/add": ("addAllowedContacts", N, N, "AllowedContacts", N),
    "POST /v1.0/subscribers/message-filter/allowed-contacts/remove": ("removeAllowedContacts", N, N, "AllowedContacts", N),
    "GET /v1.0/subscribers/message-filter/blocked-contacts": ("listBlockedContacts", N, N, N, N),
    "POST /v1.0/subscribers/message-filter/blocked-contacts/add": ("addBlockedContacts", N, N, "BlockedContacts", N),
    "POST /v1.0/subscribers/message-filter/blocked-contacts/remove": ("removeBlockedContacts", N, N, "BlockedContacts", N),
    "GET /v1.0/subscribers/message-filter/keywords": ("getMessageFilterKeywords", N, N, "MessageFilterKeywords", {"SystemKeywords": "SystemKeywordsByCategory", "SeverityMap": "KeywordSeverities"}),
    "POST /v1.0/subscribers/guardian-features": ("configureGuardianFeatures", N, N, "GuardianFeatures", N),
    "GET /v1.0/subscribers/guardian-features": ("getGuardianFeatures", N, N, "GuardianFeatures", N),
    "POST /v1.0/subscribers/guardians/relation": ("createGuardianRelation", N, N, "GuardianRelation", N),
    "GET /v1.0/subscribers/guardians/relation/parent": ("listGuardianChildren", N, N, "GuardianChildren", {"Children": "GuardianRelation"}),
    "GET /v1.0/subscribers/guardians/relation/child": ("listGuardianParents", N, N, "GuardianParents", {"Guardians": "GuardianRelation"}),
    "POST /v1.0/subscribers/guardians/relation/delete": ("deleteGuardianRelation", N, N, "GuardianRelationDeletion", N),
    "POST /v1.0/subscribers/call-filter": ("createCallFilter", N, N, "CallFilter", N),
    "GET /v1.0/subscribers/call-filter": ("listCallFilters", N, N, "CallFilterList", N),
    "POST /v1.0/subscribers/call-filter/update": ("updateCallFilter", N, N, "CallFilter", N),
    "POST /v1.0/subscribers/call-filter/delete": ("deleteCallFilter", N, N, "CallFilterDeletion", N),
    "GET /v1.0/subscribers/call-filter/allowed-numbers": ("listAllowedNumbers", N, N, N, N),
    "POST /v1.0/subscribers/call-filter/allowed-numbers/add": ("addAllowedNumbers", N, N, "AllowedNumbers", N),
    "POST /v1.0/subscribers/call-filter/allowed-numbers/remove": ("removeAllowedNumbers", N, N, "AllowedNumbers", N),
    "GET /v1.0/subscribers/call-filter/blocked-numbers": ("listBlockedNumbers", N, N, N, N),
    "POST /v1.0/subscribers/call-filter/blocked-numbers/add": ("addBlockedNumbers", N, N, "BlockedNumbers", N),
    "POST /v1.0/subscribers/call-filter/blocked-numbers/remove": ("removeBlockedNumbers", N, N, "BlockedNumbers", N),
    "GET /v1.0/subscribers/call-filter/keywords": ("getCallFilterKeywords", N, N, "CallFilterKeywords", {"SystemKeywords": "SystemKeywordsByCategory", "SeverityMap": "KeywordSeverities"}),
    # ------------------------------------------------------------------ workgroups
    "POST /v1.0/workgroups": ("createWorkgroup", N, "create", "Workgroup", N),
    "GET /v1.0/workgroups": ("getWorkgroup", N, "get", "Workgroup", N),
    "POST /v1.0/workgroups/update": ("updateWorkgroup", N, "update", "Workgroup", N),
    "POST /v1.0/workgroups/delete": ("deleteWorkgroup", N, "delete", "WorkgroupDeletion", N),
    "POST /v1.0/workgroups/activity": ("createWorkgroupActivity", N, "create_activity", "WorkgroupActivity", N),
    "POST /v1.0/workgroups/activity/update": ("updateWorkgroupActivity", N, "update_activity", "WorkgroupActivity", N),
    "POST /v1.0/workgroups/activity/delete": ("deleteWorkgroupActivity", N, "delete_activity", "WorkgroupActivity", N),
    # ------------------------------------------------------------------ webhooks
    "GET /v1.0/webhook": ("getWebhook", N, "get", N, N),
    "POST /v1.0/webhook/create": ("createWebhook", N, "create", N, N),
    "POST /v1.0/webhook/update": ("updateWebhook", N, "update", N, N),
    "POST /v1.0/webhook/delete": ("deleteWebhook", N, "delete", N, N),
}
# fmt: on

# Named by the hand-written overlay (kept here to check that no two methods clash).
SEED_NAMES: dict[str, tuple[str, str]] = {
    "POST /v1.0/numbers/status": ("numbers", "change_status"),
    "GET /v1.0/numbers/inventory": ("numbers", "list_page"),
    "POST /v1.0/numbers/update": ("numbers", "update"),
    "GET /v1.0/numbers/order": ("orders", "get"),
    "POST /v1.0/OAuth2/tokens": ("oauth2", "create_token"),
}
# Hand-written convenience methods that generated ones must not shadow.
RESERVED: frozenset[tuple[str, str]] = frozenset(
    {
        ("numbers", m)
        for m in (
            "list",
            "activate",
            "cancel",
            "park",
            "swap",
            "replace",
            "swap_sim",
            "bulk_change_status",
        )
    }
    | {("orders", "wait")}
)

# Query parameters spelled twice by the vendor: the second spelling gets its own name, from
# its meaning where the spec gives one (search's `PhoneNumber` is described "string MessageId").
PARAMETER_NAMES: dict[tuple[str, str], str] = {
    ("GET /v1.0/message/search", "PhoneNumber"): "message_id",
    ("GET /v1.0/message/routes", "MessageRouteID"): "message_route_id_alt",
}
# Nested request models whose default title (<OperationId><Property>) reads badly.
TITLES: dict[str, str] = {
    "SendMessageTo": "SendMessageRecipient",
    "SendMessageMmsBase64": "SendMessageAttachment",
    "CreatePackagePackageItem": "CreatePackageItem",
}
MEDIA_TYPES = (
    (
        "$.paths.*.*.requestBody.content['text/json']",
        "Request bodies offered as text/json too: the generator warns on it, and the API reads "
        "JSON. Removed; application/json only.",
    ),
    (
        "$.paths.*.*.requestBody.content['application/*+json']",
        "Request bodies offered as application/*+json too (a wildcard, not a type a client can "
        "send). Removed; application/json only.",
    ),
    (
        "$.paths.*.*.responses.*.content['text/plain']",
        "Responses listed as text/plain before application/json: the generator reads the first "
        "media type and would parse JSON error bodies as text (ValueError). Removed.",
    ),
    (
        "$.paths.*.*.responses.*.content['text/json']",
        "Responses offered as text/json too: the same JSON as application/json. Removed.",
    ),
)


def quote(name: str) -> str:
    return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'"


def op_target(path: str, method: str) -> str:
    return f"$.paths[{quote(path)}].{method}"


def pascal(op_id: str) -> str:
    return op_id[:1].upper() + op_id[1:]


def singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith(("sses", "xes")):
        return name[:-2]
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def titles(schema: Mapping[str, Any], title: str) -> Iterator[tuple[list[str], str]]:
    """(JSON path parts below the body schema, title) for every inline object in it."""
    if "$ref" in schema:
        return
    if schema.get("type") == "object" or "properties" in schema:
        yield [], title
        stem = title.removesuffix("Request")
        for key, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, Mapping):
                continue
            child = stem + key[:1].upper() + key[1:]
            for parts, name in titles(prop, child):
                yield ["properties", key, *parts], name
            items = prop.get("items")
            if isinstance(items, Mapping):
                for parts, name in titles(items, singular(child)):
                    yield ["properties", key, "items", *parts], name


def body_actions(
    spec: Mapping[str, Any], label: str, path: str, method: str, op_id: str
) -> list[dict[str, Any]]:
    body = (spec["paths"][path][method].get("requestBody") or {}).get("content") or {}
    schema = (body.get("application/json") or {}).get("schema")
    if not isinstance(schema, Mapping):
        return []
    title = pascal(op_id) + "Request"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        key = ref.rsplit("/", 1)[-1]
        return [
            {
                "target": f"$.components.schemas[{quote(key)}]",
                "description": f"{label}: readable request model name (not {key}).",
                "update": {"title": title},
            }
        ]
    base = op_target(path, method) + ".requestBody.content['application/json'].schema"
    actions = []
    for parts, name in titles(schema, title):
        target = base + "".join(f"[{quote(p)}]" if not p.isidentifier() else f".{p}" for p in parts)
        actions.append(
            {
                "target": target,
                "description": f"{label}: readable request model name.",
                "update": {"title": TITLES.get(name, name)},
            }
        )
    return actions


def operation_action(
    label: str, path: str, method: str, op: Mapping[str, Any], row: Row
) -> dict[str, Any]:
    op_id, resource, method_name, record, nested = row
    update: dict[str, Any] = {"operationId": op_id}
    if resource:
        update["x-telegent-resource"] = resource
    if method_name and method_name != snake(op_id):
        update["x-telegent-method"] = method_name
    if record:
        update["x-telegent-record"] = record
    if nested:
        update["x-telegent-nested-records"] = dict(sorted(nested.items()))
    if op.get("x-internal") is True:
        update["x-telegent-internal"] = True
    return {
        "target": op_target(path, method),
        "description": f"{label} ({op.get('summary', '')}): readable operation name.",
        "update": update,
    }


# A summary's first word, when it is one of these, is the method's verb ("Get E911 Address"
# -> get_e911_address). Anything else needs a reviewed row: a guessed verb is worse than none.
_VERBS = "get list search create add update set delete remove cancel activate deactivate check"
RULE_VERBS = frozenset(
    f"{_VERBS} send refresh transfer configure clear provision port reactivate filter".split()
)
_FILLER = frozenset({"a", "an", "the", "of", "for", "to", "by", "in", "on", "and"})


class NoRule(SystemExit):
    """New operations the rule cannot name: the message lists the rows to add to NAMES."""


def rule_row(op: Mapping[str, Any]) -> Row | None:
    """A name for an operation the table does not know, from its tag and summary, or None.

    Resource: the first tag (the default, like every row with resource None); method: the
    summary's verb and words in snake_case; operationId: the same in camelCase. Never the
    path: a name from a path reads badly and renaming it after a release breaks callers.
    """
    words = [w for w in re.findall(r"[A-Za-z0-9]+", str(op.get("summary") or ""))]
    words = [w for w in words if w.lower() not in _FILLER]
    tags = op.get("tags") or []
    if len(words) < 2 or words[0].lower() not in RULE_VERBS or not tags:
        return None
    op_id = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])
    method = snake(op_id)
    if unsafe_reason(op_id) or unsafe_reason(method) or unsafe_reason(snake(str(tags[0]))):
        return None
    return (op_id, None, None, None, None)


def _row_text(label: str, op: Mapping[str, Any]) -> str:
    return f'    "{label}": ("<operationId>", N, "<method>", N, N),  # {op.get("summary", "")}'


class Drafted(NamedTuple):  # a NamedTuple: tests load this script without sys.modules
    """A name the rule gave a new operation, for the update's report."""

    label: str
    summary: str
    resource: str
    method: str
    operation_id: str


def resolve_rows(spec: Mapping[str, Any]) -> tuple[dict[str, Row], list[Drafted]]:
    """Every operation's row: the reviewed table's, else the rule's; stops (NoRule) naming
    each operation neither covers, and on a drafted name that clashes with another."""
    rows: dict[str, Row] = {}
    drafted: list[Drafted] = []
    missing: list[str] = []
    taken = {*SEED_NAMES.values(), *RESERVED}
    for path, method, op in iter_operations(spec):
        label = f"{method.upper()} {path}"
        if label in SEED_NAMES:
            continue
        row = NAMES.get(label)
        if row is None:
            row = rule_row(op)
            if row is None:
                missing.append(label)
                continue
            resource = snake(str((op.get("tags") or [""])[0]))
            drafted.append(
                Drafted(label, str(op.get("summary", "")), resource, snake(row[0]), row[0])
            )
        rows[label] = row
        name = (row[1] or snake(str((op.get("tags") or ["default"])[0])), row[2] or snake(row[0]))
        if name in taken and label not in NAMES:
            missing.append(label)
        taken.add(name)
    if missing:
        ops = {f"{m.upper()} {p}": op for p, m, op in iter_operations(spec)}
        listed = "\n".join(_row_text(label, ops[label]) for label in missing)
        raise NoRule(
            f"draft_names: no name for {', '.join(missing)} and no rule fits (a summary "
            f"starting with a verb, a tag, a name not taken): add a row to NAMES in "
            f"scripts/draft_names.py:\n{listed}"
        )
    return rows, drafted


def build(spec: Mapping[str, Any]) -> dict[str, Any]:
    return draft(spec)[0]


def draft(spec: Mapping[str, Any]) -> tuple[dict[str, Any], list[Drafted]]:
    """The names overlay for ``spec`` and the names the rule drafted (to review)."""
    rows, drafted = resolve_rows(spec)
    by_rule = {d.label for d in drafted}
    actions: list[dict[str, Any]] = [
        {
            "target": target,
            "description": why,
            "remove": True,
        }
        for target, why in MEDIA_TYPES
    ]
    seen = set()
    for path, method, op in iter_operations(spec):
        label = f"{method.upper()} {path}"
        if label in SEED_NAMES:
            continue
        seen.add(label)
        action = operation_action(label, path, method, op, rows[label])
        if label in by_rule:
            action["description"] += " Drafted by rule (tag + summary): review, then add a row."
        actions.append(action)
        actions += body_actions(spec, label, path, method, rows[label][0])
        for param in op.get("parameters") or []:
            alt = PARAMETER_NAMES.get((label, param.get("name")))
            if alt:
                actions.append(
                    {
                        "target": op_target(path, method)
                        + f".parameters[?@.name == {quote(param['name'])}]",
                        "description": f"{label}: {param['name']} is a second spelling of another "
                        "parameter; a name of its own keeps the two keyword arguments apart.",
                        "update": {"x-telegent-name": alt},
                    }
                )
    stale = sorted(set(NAMES) - seen)
    if stale:
        raise SystemExit(f"draft_names: rows for operations not in the spec: {stale}")
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "Telegent mPaaS names for the published API", "version": "1.0.0"},
        "actions": actions,
    }
    return overlay, drafted


HEADER = """\
# Names for every operation of the vendor's full spec, in the user's words, and the media-type
# and request-model fixes the generator needs. Applied after telegent.overlay.yaml (which names
# the four seed operations and the token operation) and before responses.overlay.yaml.
# Drafted from the reviewed table in scripts/draft_names.py:
#   python3 -m uv run scripts/draft_names.py   (add --check to verify; --spec FILE for another)
# An operation the table does not know is named by rule (resource from its tag, method from
# the verb and words of its summary) and marked "Drafted by rule" below: review it.
# Conventions: resource = x-telegent-resource, else the first tag; method = x-telegent-method,
# else the operationId in snake_case; x-telegent-record names the inferred response record;
# x-telegent-internal marks the vendor's x-internal operations (off the public surface).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    overlay, drafted = draft(spec)
    text = HEADER + render_yaml(overlay)
    for d in drafted:
        print(f"drafted by rule (review): client.{d.resource}.{d.method}  {d.label}  ({d.summary})")
    old = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    if args.check:
        if old != text:
            sys.stdout.writelines(
                difflib.unified_diff(
                    old.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    str(args.output),
                    "drafted now",
                )
            )
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({text.count('- target:')} actions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
