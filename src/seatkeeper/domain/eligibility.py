"""Whether a subscription may be sent to a device (SD-8) or by link (SD-1).

The facts come in as small frozen dataclasses filled by the service from the
roster; the answer is the list of *every* reason that forbids the send, in
SD-8's order, each with a stable code and a sentence for the admin. Nothing
here reads the clock, the database or the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import RuleRefused


class RefusalCode(StrEnum):
    """SD-8's reasons; the definition order *is* SD-8's order (rules 1-12)."""

    ACTIVATION_CODE_INVALID = "activation_code_invalid"
    DEVICE_NOT_CONNECTED = "device_not_connected"
    EXPIRES_SOONER = "expires_sooner"
    DELIVERY_PENDING = "delivery_pending"
    NO_FREE_SLOT = "no_free_slot"
    REGION_UNAVAILABLE = "region_unavailable"
    TRIAL_OR_FREE = "trial_or_free"
    PER_USER_SERVICE = "per_user_service"
    APP_VERSION_INCOMPATIBLE = "app_version_incompatible"
    ADMIN_CONSOLE_ONLY = "admin_console_only"
    LIMITED_WHILE_AUTORENEW_IN_USE = "limited_while_autorenew_in_use"
    AUTORENEW_WHILE_LIMITED_IN_USE = "autorenew_while_limited_in_use"


@dataclass(frozen=True)
class Refusal:
    """One reason the send is refused: a stable code and the admin's sentence."""

    code: RefusalCode
    message: str


@dataclass(frozen=True)
class SendableSubscription:
    """What SD-8 needs to know about the subscription being sent.

    ``limited`` means limited in time or in number of devices; ``regions`` is
    where the product is released (``None``: everywhere); ``free_slots`` may
    be negative when the roster is over its limit.
    """

    id: int
    kind: SubscriptionKind
    activation_code_status: ActivationCodeStatus
    expires_on: date
    auto_renew: bool
    limited: bool
    status: SubscriptionStatus
    free_slots: int
    regions: frozenset[str] | None
    min_app_version: str | None
    admin_console_only: bool


@dataclass(frozen=True)
class CurrentSubscription:
    """The subscription a device uses now, as far as SD-8 cares."""

    expires_on: date
    auto_renew: bool
    limited: bool
    active: bool


@dataclass(frozen=True)
class TargetDevice:
    """A device the subscription would be sent to."""

    id: int
    connected_to_account: bool
    region: str
    app_version: str
    has_pending_delivery: bool
    current: CurrentSubscription | None


# Reasons that depend on the subscription alone, so they also apply to a
# download link sent by e-mail (see ``email_link_refusals``).
SUBSCRIPTION_ONLY_CODES: frozenset[RefusalCode] = frozenset({
    RefusalCode.ACTIVATION_CODE_INVALID,
    RefusalCode.NO_FREE_SLOT,
    RefusalCode.TRIAL_OR_FREE,
    RefusalCode.PER_USER_SERVICE,
    RefusalCode.ADMIN_CONSOLE_ONLY,
})


class SendRefused(RuleRefused):
    """SD-8 refused a send; ``refusals`` keeps the reasons for the GUI list."""

    def __init__(self, message: str, refusals: list[Refusal]) -> None:
        super().__init__("SD-8", message)
        self.refusals = tuple(refusals)


def send_refusals(subscription: SendableSubscription, device: TargetDevice) -> list[Refusal]:
    """Every SD-8 reason that forbids sending ``subscription`` to ``device``.

    Empty means the send is allowed. Reasons come in SD-8's order, each once.
    """
    reasons = _subscription_reasons(subscription) | _device_reasons(subscription, device)
    return _in_sd8_order(reasons)


def email_link_refusals(subscription: SendableSubscription) -> list[Refusal]:
    """The SD-8 reasons that also forbid e-mailing a download link (SD-1).

    The seed calls the link flow "sending the subscription to a new device"
    ("Sådan sender du abonnementet til en ny enhed") and lists its reasons
    under one heading for both ways of sending ("Årsager til, at et
    abonnement ikke kan sendes"), without saying which apply to which. So
    every reason that is a fact of the subscription alone applies here too:
    an invalid activation code, no free slot, a trial or free subscription,
    a per-user service, and a small-office subscription (which the seed says
    cannot be sent from the account at all, only from its console). The
    reasons that need facts about a device (connection, current
    subscription, pending delivery, region, app version) cannot be judged
    before the recipient installs the app, so they are left out.
    """
    return _in_sd8_order(_subscription_reasons(subscription))


def check_can_send(subscription: SendableSubscription, device: TargetDevice) -> None:
    """Raise ``SendRefused`` (a ``RuleRefused`` for SD-8) naming every reason."""
    _raise_if_any("This subscription cannot be sent to the device:",
                  send_refusals(subscription, device))


def check_can_send_link(subscription: SendableSubscription) -> None:
    """Raise ``SendRefused`` when a download link may not be e-mailed (SD-1)."""
    _raise_if_any("A download link for this subscription cannot be sent:",
                  email_link_refusals(subscription))


def parse_app_version(text: str) -> tuple[int, ...] | None:
    """``"10.2.0"`` -> ``(10, 2)``; ``None`` when it is not a dotted number.

    Trailing zero parts are dropped so that 10.2 and 10.2.0 compare equal;
    tuples then compare numerically (10.2 > 9.9). Parts of more than 18
    digits are treated as unreadable rather than risking ``int`` limits.
    """
    cleaned = text.strip()
    if not _VERSION.fullmatch(cleaned):
        return None
    parts = [part.lstrip("0") or "0" for part in cleaned.split(".")]
    if any(len(part) > _MAX_PART_DIGITS for part in parts):
        return None
    numbers = [int(part) for part in parts]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


_VERSION = re.compile(r"[0-9]+(?:\.[0-9]+)*", re.ASCII)
_MAX_PART_DIGITS = 18
_SHOWN_CHARS = 40


def _subscription_reasons(sub: SendableSubscription) -> dict[RefusalCode, str]:
    reasons: dict[RefusalCode, str] = {}
    if sub.activation_code_status is not ActivationCodeStatus.VALID:
        reasons[RefusalCode.ACTIVATION_CODE_INVALID] = (
            f"Its activation code is {sub.activation_code_status.value}.")
    if sub.free_slots <= 0:
        reasons[RefusalCode.NO_FREE_SLOT] = (
            "It has no free slot left (devices or users) under its limit.")
    if sub.kind in (SubscriptionKind.TRIAL, SubscriptionKind.FREE):
        reasons[RefusalCode.TRIAL_OR_FREE] = (
            f"It is a {sub.kind.value} subscription; trial and free subscriptions "
            "cannot be sent.")
    if sub.kind is SubscriptionKind.PER_USER_SERVICE:
        reasons[RefusalCode.PER_USER_SERVICE] = (
            "It is a per-user service: it activates itself when the user connects "
            "to the account, so it is not sent.")
    if sub.admin_console_only:
        reasons[RefusalCode.ADMIN_CONSOLE_ONLY] = (
            "It is a small-office business subscription: only its subscription "
            "administrator can send it, from its management console.")
    return reasons


def _device_reasons(sub: SendableSubscription, device: TargetDevice) -> dict[RefusalCode, str]:
    reasons: dict[RefusalCode, str] = {}
    current = device.current
    if not device.connected_to_account:
        reasons[RefusalCode.DEVICE_NOT_CONNECTED] = (
            "The device is not connected to the account.")
    if current is not None and sub.expires_on < current.expires_on:
        reasons[RefusalCode.EXPIRES_SOONER] = (
            f"It expires on {sub.expires_on.isoformat()}, sooner than the subscription "
            f"the device uses now (until {current.expires_on.isoformat()}).")
    if device.has_pending_delivery:
        reasons[RefusalCode.DELIVERY_PENDING] = (
            "Another delivery to this device is still pending.")
    region_reason = _region_reason(sub.regions, device.region)
    if region_reason is not None:
        reasons[RefusalCode.REGION_UNAVAILABLE] = region_reason
    version_reason = _version_reason(sub.min_app_version, device.app_version)
    if version_reason is not None:
        reasons[RefusalCode.APP_VERSION_INCOMPATIBLE] = version_reason
    # Rule 11 holds whatever the state of the device's auto-renewing
    # subscription; rule 12 only while the device's limited one is active.
    if sub.limited and current is not None and current.auto_renew:
        reasons[RefusalCode.LIMITED_WHILE_AUTORENEW_IN_USE] = (
            "It is limited (in time or number of devices), and the device uses an "
            "auto-renewing subscription.")
    if sub.auto_renew and current is not None and current.limited and current.active:
        reasons[RefusalCode.AUTORENEW_WHILE_LIMITED_IN_USE] = (
            "It renews automatically, and the device uses an active subscription "
            "limited in time or number of devices.")
    return reasons


def _region_reason(regions: frozenset[str] | None, region: str) -> str | None:
    if regions is None:
        return None
    wanted = region.strip().casefold()
    if wanted and wanted in {r.strip().casefold() for r in regions}:
        return None
    if not wanted:
        return ("The product is released only in some regions, and the device's "
                "region is not known.")
    return f"The product is not released in the device's region ({_shown(region)})."


def _version_reason(required: str | None, installed: str) -> str | None:
    if required is None:
        return None
    need = parse_app_version(required)
    if need is None:
        return (f"Its minimum app version “{_shown(required)}” cannot be read, so it "
                "cannot be shown to be compatible with the device.")
    have = parse_app_version(installed)
    if have is None:
        return (f"The device's app version “{_shown(installed)}” cannot be read, so it "
                f"cannot be shown to be compatible (it needs {required.strip()} or later).")
    if have < need:
        return (f"It needs app version {required.strip()} or later; the device has "
                f"{installed.strip()}.")
    return None


def _shown(text: str) -> str:
    """Unreadable input, cut short so a message stays a sentence."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN_CHARS else flat[: _SHOWN_CHARS - 1] + "…"


def _in_sd8_order(reasons: dict[RefusalCode, str]) -> list[Refusal]:
    return [Refusal(code, reasons[code]) for code in RefusalCode if code in reasons]


def _raise_if_any(intro: str, refusals: list[Refusal]) -> None:
    if refusals:
        lines = "\n".join(f"- {refusal.message}" for refusal in refusals)
        raise SendRefused(f"{intro}\n{lines}", refusals)
