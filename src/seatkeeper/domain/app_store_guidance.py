"""AS-11: Seatkeeper cannot act in the App Store, so it shows the steps instead.

The steps follow the vendor's own help text (seed 001). For an app-store
subscription every offered item is guidance: Seatkeeper never pretends to
change, cancel or refund anything in the store. Refunds of store purchases go
to Apple support, never to the vendor, which cannot see store billing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from seatkeeper.domain.enums import BillingChannel

DEFAULT_APP_NAME = "the vendor's app"


class StoreAction(StrEnum):
    CHANGE_PLAN = "change_plan"
    CANCEL = "cancel"
    RESUME = "resume"
    UPDATE_PAYMENT = "update_payment"
    REFUND = "refund"


@dataclass(frozen=True)
class Guidance:
    """What to do, where, in order; ``notes`` are facts to read before doing it."""

    action: StoreAction
    title: str
    steps: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ActionItem:
    """An item the GUI offers: ``performs`` is False for guidance-only items."""

    action: StoreAction
    label: str
    performs: bool


_SIGN_IN = "Sign in to the App Store account that was used to get the trial or subscription."
_OPEN_LIST = "Open the list of your subscriptions."


def _choose_app(app_name: str) -> str:
    return f"Choose {app_name}."


def _change_plan(app_name: str) -> Guidance:
    return Guidance(
        StoreAction.CHANGE_PLAN, "Change the plan in the App Store",
        (_SIGN_IN, _OPEN_LIST, _choose_app(app_name), "Choose the subscription plan you want.",
         "Confirm the new subscription terms."),
        ("The new plan starts at the end of the current billing period.",
         "The plan can be changed only in the App Store, where it was bought."))


def _cancel(app_name: str) -> Guidance:
    return Guidance(
        StoreAction.CANCEL, "Cancel in the App Store",
        (_SIGN_IN, _OPEN_LIST, _choose_app(app_name),
         "Choose Cancel Free Trial or Cancel Subscription.", "Choose Confirm."),
        (("Cancel at least 24 hours before the free trial or billing period ends, or the "
          "next period is charged."),
         "After cancelling, it can still be used until its expiry date."))


def _resume(app_name: str) -> Guidance:
    return Guidance(
        StoreAction.RESUME, "Resume in the App Store",
        (_SIGN_IN, _OPEN_LIST, _choose_app(app_name), "Choose the subscription plan you want.",
         "Confirm the new subscription terms.",
         ("If the app was signed out, start it and sign in with the same sign-in details "
          "as before.")),
        ("Before the expiry date, the new subscription starts on the old expiry date.",
         "After the expiry date, the new subscription starts at once.",
         ("If the app is still signed in, it can also be resumed there: "
          "Get a new subscription, choose the plan, confirm the payment.")))


def _update_payment(_app_name: str) -> Guidance:
    return Guidance(
        StoreAction.UPDATE_PAYMENT, "Update the payment method in the App Store",
        ("Sign in to the App Store account (Apple ID) that was used to buy the subscription.",
         "Change the payment information of that Apple ID, following Apple's instructions."),
        (("Instead, the vendor can bill directly, by credit card, PayPal or Bitcoin: "
          "cancel in the App Store and renew on the vendor's website."),))


def _refund(_app_name: str) -> Guidance:
    return Guidance(
        StoreAction.REFUND, "Ask Apple support for a refund",
        ("Contact Apple support and ask for a refund of the App Store purchase.",),
        ("The vendor cannot see App Store billing and cannot refund it.",
         ("There is no 30-day money-back guarantee; refunds are entirely at Apple's "
          "discretion.")))


_BUILDERS = {
    StoreAction.CHANGE_PLAN: _change_plan,
    StoreAction.CANCEL: _cancel,
    StoreAction.RESUME: _resume,
    StoreAction.UPDATE_PAYMENT: _update_payment,
    StoreAction.REFUND: _refund,
}


def store_guidance(action: StoreAction, app_name: str = DEFAULT_APP_NAME) -> Guidance:
    """AS-11: the exact steps to take in the App Store for ``action``."""
    return _BUILDERS[action](app_name.strip() or DEFAULT_APP_NAME)


_WEBSITE_ITEMS = (
    ActionItem(StoreAction.CHANGE_PLAN, "Change plan…", performs=True),
    ActionItem(StoreAction.CANCEL, "Cancel subscription…", performs=True),
    ActionItem(StoreAction.RESUME, "Resume subscription…", performs=True),
    ActionItem(StoreAction.UPDATE_PAYMENT, "Update payment method…", performs=True),
    # The vendor handles refunds (30-day money-back); Seatkeeper only says so.
    ActionItem(StoreAction.REFUND, "How to get a refund from the vendor", performs=False),
)
_STORE_ITEMS = tuple(
    ActionItem(action, f"How to: {store_guidance(action).title}", performs=False)
    for action in StoreAction
)


def allowed_actions(channel: BillingChannel) -> tuple[ActionItem, ...]:
    """AS-11: real actions for website purchases, only guidance for store purchases."""
    return _STORE_ITEMS if channel is BillingChannel.APP_STORE else _WEBSITE_ITEMS
