"""The closed vocabularies of the roster, shared by every layer.

Values are the stable strings stored in the database and written to exports;
never rename one without a migration.
"""

from __future__ import annotations

from enum import StrEnum


class SubscriptionKind(StrEnum):
    INDIVIDUAL = "individual"
    VOLUME = "volume"
    TRIAL = "trial"
    FREE = "free"
    PER_USER_SERVICE = "per_user_service"


class BillingChannel(StrEnum):
    WEBSITE = "website"
    APP_STORE = "app_store"


class SubscriptionStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"  # still usable to the end of the paid period (VL-15, AS-7)
    EXPIRED = "expired"
    PAYMENT_FAILED = "payment_failed"  # AS-9


class ActivationCodeStatus(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    BLOCKED = "blocked"
    SUSPENDED = "suspended"


class SeatStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class Platform(StrEnum):
    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"
    IOS = "ios"
    ANDROID = "android"
    ROUTER = "router"


class DeliveryMethod(StrEnum):
    EMAIL_LINK = "email_link"
    DEVICE = "device"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    UNDONE = "undone"
    FAILED = "failed"


class OrderKind(StrEnum):
    NEW_VOLUME = "new_volume"
    ADD_SEATS = "add_seats"


class OrderStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    COMPLETED = "completed"
    REFUSED = "refused"


class PaymentMethod(StrEnum):
    CREDIT_CARD = "credit_card"
    PAYPAL = "paypal"
    BITCOIN = "bitcoin"
    PAYMENTWALL = "paymentwall"
