"""The roster schema: every table RULES.md needs, as SQLAlchemy Core.

Money is integer minor units beside an ISO 4217 code; instants are UTC.
No column ever holds a secret: credentials and product keys live in the OS
keyring, and the database keeps only the fact that one exists.
Tables with a ``version`` column are edited with optimistic concurrency.
"""

from __future__ import annotations

import sqlalchemy as sa

from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    BillingChannel,
    DeliveryMethod,
    DeliveryStatus,
    OrderKind,
    OrderStatus,
    Platform,
    SeatStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.store.types import UTCDateTime, enum_column

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _id() -> sa.Column[int]:
    return sa.Column("id", Id, primary_key=True, autoincrement=True)


def _fk(name: str, target: str, *, nullable: bool = False, ondelete: str = "CASCADE"
        ) -> sa.Column[int]:
    return sa.Column(name, Id, sa.ForeignKey(target, ondelete=ondelete),
                     nullable=nullable, index=True)


vendor_accounts = sa.Table(
    "vendor_accounts", metadata,
    _id(),
    sa.Column("vendor", sa.String(120), nullable=False),
    sa.Column("owner_email", sa.String(320), nullable=False),  # VL-18: the owner
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.UniqueConstraint("vendor", "owner_email", name="uq_vendor_accounts_vendor_owner"),
)

subscriptions = sa.Table(
    "subscriptions", metadata,
    _id(),
    _fk("account_id", "vendor_accounts.id", ondelete="RESTRICT"),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("kind", enum_column(SubscriptionKind, "subscription_kind"), nullable=False),
    sa.Column("channel", enum_column(BillingChannel, "billing_channel"), nullable=False),
    sa.Column("currency", sa.String(3), nullable=False),
    # The price as the vendor states it (i15_price_as_stated): the amount, what it buys
    # (per_seat: one seat; total: every seat of the purchase) and the months it covers.
    sa.Column("price_minor", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("price_basis", sa.String(10), nullable=False, server_default="per_seat"),
    sa.Column("price_months", sa.Integer, nullable=False, server_default="1"),
    # Retired: a seat's month derived from the price, written by store.prices for readers
    # outside Seatkeeper (the benchmark's baseline query); never read for money here.
    sa.Column("unit_monthly_price_minor", sa.BigInteger, nullable=False, default=0),
    # A licence's registration (Snipe-IT's "Licensed To"): not who holds its seats.
    sa.Column("registered_to_name", sa.String(200), nullable=True),
    sa.Column("registered_to_email", sa.String(320), nullable=True),
    sa.Column("plan_months", sa.Integer, nullable=False),
    # AS-6: a chosen plan length that starts at renewal_date; NULL when none is waiting.
    sa.Column("pending_plan_months", sa.Integer, nullable=True),
    sa.Column("period_start", sa.Date, nullable=False),
    sa.Column("renewal_date", sa.Date, nullable=False),  # VL-7: one date for every seat
    sa.Column("trial_ends_at", UTCDateTime(), nullable=True),  # AS-4
    sa.Column("auto_renew", sa.Boolean, nullable=False, default=True),
    sa.Column("status", enum_column(SubscriptionStatus, "subscription_status"), nullable=False),
    sa.Column("seat_limit", sa.Integer, nullable=False),
    sa.Column("devices_per_seat", sa.Integer, nullable=False),
    # i16_terms_profiles: False when no one stated a device limit (shown as not known,
    # never judged); the notice period the admin stated (NULL: none).
    sa.Column("devices_known", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("notice_days", sa.Integer, nullable=True),
    sa.Column("limited", sa.Boolean, nullable=False, default=False),  # SD-8 reasons 11, 12
    sa.Column("regions", sa.String(400), nullable=True),  # space-separated ISO codes; NULL = all
    sa.Column("admin_console_only", sa.Boolean, nullable=False, default=False),
    sa.Column("min_app_version", sa.String(40), nullable=True),
    sa.Column("activation_code_status",
              enum_column(ActivationCodeStatus, "activation_code_status"), nullable=False,
              default=ActivationCodeStatus.VALID),
    sa.Column("store_country", sa.String(2), nullable=True),
    sa.Column("external_key", sa.String(200), nullable=True, unique=True),  # import matching
    sa.Column("cancelled_at", UTCDateTime(), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    sa.CheckConstraint("seat_limit >= 1", name="seat_limit_positive"),
    sa.CheckConstraint("devices_per_seat >= 1", name="devices_per_seat_positive"),
    sa.CheckConstraint("plan_months >= 1", name="plan_months_positive"),
    # Sorted pages of the Licences table walk these (migration i7_scale).
    sa.Index("ix_subscriptions_name_id", "name", "id"),
    sa.Index("ix_subscriptions_renewal_id", "renewal_date", "id"),
)

people = sa.Table(
    "people", metadata,
    _id(),
    sa.Column("name", sa.String(200), nullable=False, index=True),
    sa.Column("email", sa.String(320), nullable=False, unique=True),  # normalised (VL-11)
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    # i20_people: what the company directory says (Entra ID, Google Workspace, a CSV).
    sa.Column("department", sa.String(200), nullable=True),  # or cost centre
    sa.Column("status", sa.String(10), nullable=False, server_default="active"),  # active|left
    sa.Column("left_on", sa.Date, nullable=True),  # the admin's day the directory said so
    sa.Column("directory_id", sa.String(200), nullable=True),  # objectId, Employee ID, ...
    # True: in the last directory file imported; False/NULL: not in it (or none imported).
    sa.Column("in_directory", sa.Boolean, nullable=True),
    sa.CheckConstraint("status IN ('active', 'left')", name="status_known"),
    sa.Index("ix_people_status_name", "status", "name"),
)

seats = sa.Table(
    "seats", metadata,
    _id(),
    _fk("subscription_id", "subscriptions.id"),
    sa.Column("licence_id", sa.String(80), nullable=False),
    _fk("person_id", "people.id", nullable=True, ondelete="SET NULL"),
    sa.Column("renew", sa.Boolean, nullable=False, default=True),  # VL-14
    sa.Column("status", enum_column(SeatStatus, "seat_status"), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    # Devices connected now: kept by triggers on device_connections (i7_scale), never
    # written by services.
    sa.Column("devices_connected", sa.Integer, nullable=False, server_default="0"),
    # The holder's name, for sorting by an index: kept by triggers on seats.person_id and
    # people.name (i7_holder_sort), never written by services.
    sa.Column("holder_name", sa.String(200), nullable=True),
    sa.UniqueConstraint("subscription_id", "licence_id", name="uq_seats_subscription_licence"),
    sa.Index("ix_seats_devices_connected", "devices_connected", "id"),
    sa.Index("ix_seats_holder_name_id", "holder_name", "id"),
    # Review's findings (i21_review_index): a person's seats of a subscription, and a
    # subscription's seats above its device limit.
    sa.Index("ix_seats_subscription_person", "subscription_id", "person_id"),
    sa.Index("ix_seats_subscription_devices", "subscription_id", "devices_connected"),
)

seat_assignments = sa.Table(  # VL-13: who held which seat, when
    "seat_assignments", metadata,
    _id(),
    _fk("seat_id", "seats.id"),
    _fk("person_id", "people.id", ondelete="RESTRICT"),
    sa.Column("assigned_at", UTCDateTime(), nullable=False),
    sa.Column("unassigned_at", UTCDateTime(), nullable=True),
)

seat_credentials = sa.Table(  # VL-12: only the fact and the keyring reference
    "seat_credentials", metadata,
    _fk("seat_id", "seats.id"),
    sa.Column("platform", enum_column(Platform, "credential_platform"), nullable=False),
    sa.Column("vault_key", sa.String(200), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("seat_id", "platform"),
)

devices = sa.Table(
    "devices", metadata,
    _id(),
    _fk("account_id", "vendor_accounts.id", ondelete="RESTRICT"),
    sa.Column("name", sa.String(200), nullable=False, index=True),
    sa.Column("platform", enum_column(Platform, "device_platform"), nullable=False),
    sa.Column("os_version", sa.String(40), nullable=False, default=""),
    sa.Column("app_version", sa.String(40), nullable=False, default=""),
    sa.Column("region", sa.String(2), nullable=False),
    sa.Column("account_connected", sa.Boolean, nullable=False, default=True),  # SD-8 reason 2
    sa.Column("external_key", sa.String(200), nullable=True, unique=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("version", sa.Integer, nullable=False, default=1),
)

device_connections = sa.Table(  # which seat a device uses now (VL-19, AS-3 limits)
    "device_connections", metadata,
    sa.Column("device_id", Id, sa.ForeignKey("devices.id", ondelete="CASCADE"), primary_key=True),
    _fk("seat_id", "seats.id"),
    sa.Column("connected_at", UTCDateTime(), nullable=False),
)

deliveries = sa.Table(
    "deliveries", metadata,
    _id(),
    _fk("subscription_id", "subscriptions.id"),
    _fk("device_id", "devices.id", nullable=True),
    sa.Column("email", sa.String(320), nullable=True),
    sa.Column("method", enum_column(DeliveryMethod, "delivery_method"), nullable=False),
    sa.Column("platform", enum_column(Platform, "delivery_platform"), nullable=True),
    sa.Column("status", enum_column(DeliveryStatus, "delivery_status"), nullable=False),
    sa.Column("sent_at", UTCDateTime(), nullable=False),
    sa.Column("resolved_at", UTCDateTime(), nullable=True),
    sa.Column("detail", sa.String(400), nullable=True),
    sa.Index("ix_deliveries_status_sent", "status", "sent_at"),
)

orders = sa.Table(
    "orders", metadata,
    _id(),
    _fk("account_id", "vendor_accounts.id", ondelete="RESTRICT"),
    _fk("subscription_id", "subscriptions.id", nullable=True, ondelete="SET NULL"),
    sa.Column("kind", enum_column(OrderKind, "order_kind"), nullable=False),
    sa.Column("status", enum_column(OrderStatus, "order_status"), nullable=False),
    sa.Column("seats", sa.Integer, nullable=False),
    sa.Column("plan_months", sa.Integer, nullable=True),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("price_minor", sa.BigInteger, nullable=False, default=0),
    sa.Column("credit_minor", sa.BigInteger, nullable=False, default=0),
    sa.Column("amount_due_minor", sa.BigInteger, nullable=False, default=0),
    sa.Column("card_brand", sa.String(20), nullable=True),  # brand + last four only
    sa.Column("card_last4", sa.String(4), nullable=True),
    sa.Column("requested_at", UTCDateTime(), nullable=False),
    sa.Column("approved_at", UTCDateTime(), nullable=True),
    sa.Column("completed_at", UTCDateTime(), nullable=True),
    sa.CheckConstraint("card_last4 IS NULL OR length(card_last4) = 4", name="card_last4_len"),
)

audit_events = sa.Table(  # append-only (triggers, migration 0005); chained by hash
    "audit_events", metadata,
    _id(),
    sa.Column("at", UTCDateTime(), nullable=False, index=True),
    sa.Column("actor", sa.String(320), nullable=False),
    sa.Column("action", sa.String(80), nullable=False, index=True),
    sa.Column("entity", sa.String(40), nullable=False),
    sa.Column("entity_id", Id, nullable=True),
    sa.Column("summary", sa.String(400), nullable=False),
    sa.Column("before_json", sa.Text, nullable=True),
    sa.Column("after_json", sa.Text, nullable=True),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    # i19_personal_fields (store/audit.py): 1 = the hash covers summary, before and after
    # as written; 2 = it covers content_digest, a salted digest of them. An erasure
    # (people.erased) may rewrite summary/before/after, drop the salt and set
    # redacted_by to itself; the triggers allow no other change.
    sa.Column("scheme", sa.Integer, nullable=False, server_default="1"),
    sa.Column("content_salt", sa.String(64), nullable=True),
    sa.Column("content_digest", sa.String(64), nullable=True),
    sa.Column("redacted_by", Id, nullable=True),
    # The hash an event had before i19 rehashed it (old checkpoints match through it);
    # dropped with the salt by an erasure.
    sa.Column("legacy_hash", sa.String(64), nullable=True),
    sa.Index("ix_audit_events_entity", "entity", "entity_id"),
)

settings = sa.Table(  # roster-wide settings (never secrets)
    "settings", metadata,
    sa.Column("key", sa.String(120), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

vendor_terms = sa.Table(  # the admin's own terms per vendor and channel; NULL: not known
    "vendor_terms", metadata,
    sa.Column("vendor_key", sa.String(120), nullable=False),
    sa.Column("channel", sa.String(20), nullable=False),
    sa.Column("vendor", sa.String(120), nullable=False),
    sa.Column("currency", sa.String(3), nullable=True),
    sa.Column("plan_months", sa.Integer, nullable=True),
    sa.Column("notice_days", sa.Integer, nullable=True),
    sa.Column("devices_per_seat", sa.Integer, nullable=True),
    sa.Column("devices_per_subscription", sa.Integer, nullable=True),
    sa.Column("auto_renew", sa.Boolean, nullable=True),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint("vendor_key", "channel"),
)

reminder_answers = sa.Table(  # an admin's answer to one deadline's reminder (issue 17)
    "reminder_answers", metadata,
    sa.Column("actor", sa.String(320), primary_key=True),
    sa.Column("deadline_key", sa.String(120), primary_key=True),
    # The due date answered: when the deadline moves, the answer no longer applies.
    sa.Column("due_at", UTCDateTime(), nullable=False),
    sa.Column("answer", sa.String(20), nullable=False),
    sa.Column("snoozed_until", UTCDateTime(), nullable=True),
    sa.Column("answered_at", UTCDateTime(), nullable=False),
    sa.CheckConstraint("answer IN ('cancelled', 'renewed', 'snoozed', 'dismissed')",
                       name="answer_known"),
)

reminder_notices = sa.Table(  # a notification sent for one lead time: never twice (issue 17)
    "reminder_notices", metadata,
    sa.Column("recipient", sa.String(320), primary_key=True),  # the admin, or the digest's
    sa.Column("channel", sa.String(20), primary_key=True),  # desktop | email
    sa.Column("deadline_key", sa.String(120), primary_key=True),
    sa.Column("due_at", UTCDateTime(), primary_key=True),
    sa.Column("lead_seconds", sa.BigInteger, primary_key=True),
    sa.Column("sent_at", UTCDateTime(), nullable=False),
)

review_decisions = sa.Table(  # one decision a seat, from the offline review (issue 6)
    "review_decisions", metadata,
    sa.Column("seat_id", Id, sa.ForeignKey("seats.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("decision", sa.String(20), nullable=False),  # keep|reclaim|reassign|do_not_renew
    sa.Column("note", sa.String(1000), nullable=False, default=""),
    sa.Column("decided_at", UTCDateTime(), nullable=False),
    sa.Column("actor", sa.String(320), nullable=False),
    sa.Column("applied_at", UTCDateTime(), nullable=True),
    sa.CheckConstraint("decision IN ('keep', 'reclaim', 'reassign', 'do_not_renew')",
                       name="decision_known"),
)

review_undo = sa.Table(  # what apply_decisions changed, so it can be put back once
    "review_undo", metadata,
    sa.Column("token", sa.String(64), primary_key=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("payload_json", sa.Text, nullable=False),
)

review_signoffs = sa.Table(
    "review_signoffs", metadata,
    _id(),
    sa.Column("reviewer", sa.String(200), nullable=False),
    sa.Column("signed_on", sa.Date, nullable=False),
    sa.Column("signed_at", UTCDateTime(), nullable=False),
    sa.Column("actor", sa.String(320), nullable=False),
)

exchange_rates = sa.Table(  # one unit of base is rate units of quote on day (issue 20)
    "exchange_rates", metadata,
    sa.Column("base", sa.String(3), primary_key=True),
    sa.Column("quote", sa.String(3), primary_key=True),
    sa.Column("day", sa.Date, primary_key=True),
    sa.Column("rate", sa.String(40), nullable=False),  # decimal text: exact, never a float
    sa.Column("source", sa.String(20), nullable=False),  # admin | norges-bank | nationalbanken
    sa.Column("entered_at", UTCDateTime(), nullable=False),
)

holder_asks = sa.Table(  # "do you still need this seat?" sent to its holder (issue 20)
    "holder_asks", metadata,
    sa.Column("seat_id", Id, sa.ForeignKey("seats.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("email", sa.String(320), nullable=False),
    sa.Column("sent_at", UTCDateTime(), nullable=False),
    sa.Column("reply_by", sa.Date, nullable=False),
    sa.Column("answer", sa.String(20), nullable=True),  # keep | release; NULL: no answer yet
    sa.Column("answered_at", UTCDateTime(), nullable=True),
    sa.CheckConstraint("answer IS NULL OR answer IN ('keep', 'release')",
                       name="answer_known"),
)
