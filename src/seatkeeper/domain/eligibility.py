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

from seatkeeper.domain.bullets import bullet_list
from seatkeeper.domain.enums import (
    ActivationCodeStatus,
    SubscriptionKind,
    SubscriptionStatus,
)
from seatkeeper.domain.errors import RuleRefused
from seatkeeper.domain.messages import Message, MessageDef, message


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


# SD-8's reasons, in the admin's words (one each; some name a value).
ACTIVATION_CODE_INVALID = message("send.activation_code_invalid",
                                  "Its activation code is {state}.")
NO_FREE_SLOT = message("send.no_free_slot",
                       "It has no free slot left (devices or users) under its limit.")
TRIAL_OR_FREE = message("send.trial_or_free", "It is a {kind} subscription; trial and free "
                        "subscriptions cannot be sent.")
PER_USER_SERVICE = message("send.per_user_service", "It is a per-user service: it activates "
                           "itself when the user connects to the account, so it is not sent.")
ADMIN_CONSOLE_ONLY = message("send.admin_console_only", "It is a small-office business "
                             "subscription: only its subscription administrator can send it, "
                             "from its management console.")
DEVICE_NOT_CONNECTED = message("send.device_not_connected",
                               "The device is not connected to the account.")
EXPIRES_SOONER = message("send.expires_sooner", "It expires on {expires}, sooner than the "
                         "subscription the device uses now (until {current}).")
DELIVERY_PENDING = message("send.delivery_pending",
                           "Another delivery to this device is still pending.")
REGION_UNKNOWN = message("send.region_unknown", "The product is released only in some "
                         "regions, and the device's region is not known.")
REGION_UNAVAILABLE = message("send.region_unavailable",
                             "The product is not released in the device's region ({region}).")
MIN_VERSION_UNREADABLE = message("send.min_version_unreadable", "Its minimum app version "
                                 "“{required}” cannot be read, so it cannot be shown to be "
                                 "compatible with the device.")
DEVICE_VERSION_UNREADABLE = message("send.device_version_unreadable", "The device's app "
                                    "version “{installed}” cannot be read, so it cannot be "
                                    "shown to be compatible (it needs {required} or later).")
APP_VERSION_TOO_OLD = message("send.app_version_too_old",
                              "It needs app version {required} or later; the device has "
                              "{installed}.")
LIMITED_WHILE_AUTORENEW = message("send.limited_while_autorenew_in_use", "It is limited (in "
                                  "time or number of devices), and the device uses an "
                                  "auto-renewing subscription.")
AUTORENEW_WHILE_LIMITED = message("send.autorenew_while_limited_in_use", "It renews "
                                  "automatically, and the device uses an active subscription "
                                  "limited in time or number of devices.")
CANNOT_SEND = message("send.refused", "This subscription cannot be sent to the device:\n"
                      "{reasons}")
CANNOT_SEND_LINK = message("send.link_refused",
                           "A download link for this subscription cannot be sent:\n{reasons}")


@dataclass(frozen=True)
class Refusal:
    """One reason the send is refused: a stable code and the admin's sentence."""

    code: RefusalCode
    msg: Message

    @property
    def message(self) -> str:
        """The sentence in English (the window renders ``msg`` in the admin's language)."""
        return self.msg.render()


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

    def __init__(self, message: Message | str, refusals: list[Refusal]) -> None:
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
    _raise_if_any(CANNOT_SEND, send_refusals(subscription, device))


def check_can_send_link(subscription: SendableSubscription) -> None:
    """Raise ``SendRefused`` when a download link may not be e-mailed (SD-1)."""
    _raise_if_any(CANNOT_SEND_LINK, email_link_refusals(subscription))


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


def _subscription_reasons(sub: SendableSubscription) -> dict[RefusalCode, Message]:
    reasons: dict[RefusalCode, Message] = {}
    if sub.activation_code_status is not ActivationCodeStatus.VALID:
        reasons[RefusalCode.ACTIVATION_CODE_INVALID] = ACTIVATION_CODE_INVALID(
            state=sub.activation_code_status.value)
    if sub.free_slots <= 0:
        reasons[RefusalCode.NO_FREE_SLOT] = NO_FREE_SLOT()
    if sub.kind in (SubscriptionKind.TRIAL, SubscriptionKind.FREE):
        reasons[RefusalCode.TRIAL_OR_FREE] = TRIAL_OR_FREE(kind=sub.kind.value)
    if sub.kind is SubscriptionKind.PER_USER_SERVICE:
        reasons[RefusalCode.PER_USER_SERVICE] = PER_USER_SERVICE()
    if sub.admin_console_only:
        reasons[RefusalCode.ADMIN_CONSOLE_ONLY] = ADMIN_CONSOLE_ONLY()
    return reasons


def _device_reasons(sub: SendableSubscription,
                    device: TargetDevice) -> dict[RefusalCode, Message]:
    reasons: dict[RefusalCode, Message] = {}
    current = device.current
    if not device.connected_to_account:
        reasons[RefusalCode.DEVICE_NOT_CONNECTED] = DEVICE_NOT_CONNECTED()
    if current is not None and sub.expires_on < current.expires_on:
        reasons[RefusalCode.EXPIRES_SOONER] = EXPIRES_SOONER(expires=sub.expires_on,
                                                             current=current.expires_on)
    if device.has_pending_delivery:
        reasons[RefusalCode.DELIVERY_PENDING] = DELIVERY_PENDING()
    region_reason = _region_reason(sub.regions, device.region)
    if region_reason is not None:
        reasons[RefusalCode.REGION_UNAVAILABLE] = region_reason
    version_reason = _version_reason(sub.min_app_version, device.app_version)
    if version_reason is not None:
        reasons[RefusalCode.APP_VERSION_INCOMPATIBLE] = version_reason
    # Rule 11 holds whatever the state of the device's auto-renewing
    # subscription; rule 12 only while the device's limited one is active.
    if sub.limited and current is not None and current.auto_renew:
        reasons[RefusalCode.LIMITED_WHILE_AUTORENEW_IN_USE] = LIMITED_WHILE_AUTORENEW()
    if sub.auto_renew and current is not None and current.limited and current.active:
        reasons[RefusalCode.AUTORENEW_WHILE_LIMITED_IN_USE] = AUTORENEW_WHILE_LIMITED()
    return reasons


def _region_reason(regions: frozenset[str] | None, region: str) -> Message | None:
    if regions is None:
        return None
    wanted = region.strip().casefold()
    if wanted and wanted in {r.strip().casefold() for r in regions}:
        return None
    if not wanted:
        return REGION_UNKNOWN()
    return REGION_UNAVAILABLE(region=_shown(region))


def _version_reason(required: str | None, installed: str) -> Message | None:
    if required is None:
        return None
    need = parse_app_version(required)
    if need is None:
        return MIN_VERSION_UNREADABLE(required=_shown(required))
    have = parse_app_version(installed)
    if have is None:
        return DEVICE_VERSION_UNREADABLE(installed=_shown(installed), required=required.strip())
    if have < need:
        return APP_VERSION_TOO_OLD(required=required.strip(), installed=installed.strip())
    return None


def _shown(text: str) -> str:
    """Unreadable input, cut short so a message stays a sentence."""
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN_CHARS else flat[: _SHOWN_CHARS - 1] + "…"


def _in_sd8_order(reasons: dict[RefusalCode, Message]) -> list[Refusal]:
    return [Refusal(code, reasons[code]) for code in RefusalCode if code in reasons]


def _raise_if_any(refused: MessageDef, refusals: list[Refusal]) -> None:
    if refusals:
        raise SendRefused(refused(reasons=bullet_list([r.msg for r in refusals])), refusals)
