"""A delivery's life and the words around it (SD-1, SD-3, SD-4 to SD-7).

The stored status is ``DeliveryStatus``; ``overdue`` is never stored but
derived from the send instant and ``now`` (SD-4), which the caller passes in
as an aware UTC datetime. Whether a send is allowed at all is in
``eligibility`` (SD-8).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final
from urllib.parse import quote

from seatkeeper.domain.enums import DeliveryMethod, DeliveryStatus, Platform
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.messages import Message, message

# SD-4: the vendor says a delivery may take up to 24 hours.
DELIVERY_WINDOW: Final = timedelta(hours=24)

# Placeholder: the ".invalid" top-level domain is reserved (RFC 2606) and never
# resolves. Replace it with the vendor's real download base before shipping.
DOWNLOAD_BASE_URL: Final = "https://downloads.example-vendor.invalid"

ONLY_PENDING_UNDONE = message("delivery.only_pending_undone", "Only a pending delivery can be "
                              "undone; this one is already {status}.")
ONLY_PENDING_DELIVERED = message("delivery.only_pending_delivered", "Only a pending delivery "
                                 "can be marked delivered; this one is already {status}.")
NOT_AN_ADDRESS = message("delivery.not_an_address",
                         "“{address}” is not an e-mail address (e.g. anna@example.com).")


class DeliveryDisplayStatus(StrEnum):
    """What the admin sees (SD-5): the stored status plus derived ``overdue``."""

    PENDING = "pending"
    OVERDUE = "overdue"
    DELIVERED = "delivered"
    UNDONE = "undone"
    FAILED = "failed"


def effective_status(status: DeliveryStatus, sent_at: datetime,
                     now: datetime) -> DeliveryDisplayStatus:
    """SD-4: a delivery pending for more than ``DELIVERY_WINDOW`` is overdue.

    At exactly 24 h it is still pending ("up to 24 hours"); any later, overdue.
    """
    _require_utc(sent_at, "sent_at")
    _require_utc(now, "now")
    if status is DeliveryStatus.PENDING and now - sent_at > DELIVERY_WINDOW:
        return DeliveryDisplayStatus.OVERDUE
    return DeliveryDisplayStatus(status.value)


def undo(status: DeliveryStatus) -> DeliveryStatus:
    """SD-6: "Undo send" turns a pending (or overdue) delivery into ``undone``."""
    if status is not DeliveryStatus.PENDING:
        raise RuleRefused("SD-6", ONLY_PENDING_UNDONE(status=status.value))
    return DeliveryStatus.UNDONE


def mark_delivered(status: DeliveryStatus) -> DeliveryStatus:
    """SD-4: only a pending delivery can be confirmed ``delivered``."""
    if status is not DeliveryStatus.PENDING:
        raise RuleRefused("SD-4", ONLY_PENDING_DELIVERED(status=status.value))
    return DeliveryStatus.DELIVERED


HINT_DEVICE_SEND = message(
    "delivery.hint_device_send",
    "Finishing may need a step on the device you sent the subscription from: if its app "
    "shows a message about this delivery, open the app there and follow its instructions.")
HINT_LINK_SEND = message(
    "delivery.hint_link_send",
    "Nothing is needed on the sending device: the recipient opens the e-mail on the device "
    "that will use the subscription and follows its instructions.")
CLIPBOARD_REPLACED = message(
    "delivery.clipboard_replaced",
    "Copying {item} replaces whatever is on the clipboard now. Make sure the clipboard "
    "holds nothing you still need.")
THE_ONE_TIME_CODE = message("delivery.the_one_time_code", "the one-time code")


HINT_UNDONE = message(
    "delivery.hint_undone",
    "Nothing is needed on the sending device: this delivery was undone.")
HINT_DELIVERED = message(
    "delivery.hint_delivered",
    "Nothing is needed on the sending device: this delivery is done.")
HINT_FAILED = message(
    "delivery.hint_failed",
    "Nothing is waiting on the sending device: this delivery failed; send it again if the "
    "device still needs the subscription.")


def sending_device_hint(method: DeliveryMethod, status: str | None = None) -> Message:
    """SD-7: what may still need doing on the device the send came from; nothing once
    the delivery is undone, done or failed."""
    if method is not DeliveryMethod.DEVICE:
        return HINT_LINK_SEND()
    finished = {DeliveryDisplayStatus.UNDONE.value: HINT_UNDONE,
                DeliveryDisplayStatus.DELIVERED.value: HINT_DELIVERED,
                DeliveryDisplayStatus.FAILED.value: HINT_FAILED}.get(status or "")
    return finished() if finished is not None else HINT_DEVICE_SEND()


def clipboard_warning(item: str | Message | None = None) -> Message:
    """SD-3: copying replaces what the clipboard holds; say so before it happens."""
    return CLIPBOARD_REPLACED(item=THE_ONE_TIME_CODE() if item is None else item)


CLIPBOARD_WARNING: Final = clipboard_warning()


PLATFORM_LABELS: Final[dict[Platform, str]] = {
    Platform.WINDOWS: "Windows",
    Platform.MACOS: "macOS",
    Platform.LINUX: "Linux",
    Platform.IOS: "iOS",
    Platform.ANDROID: "Android",
    Platform.ROUTER: "routers",
}


@dataclass(frozen=True)
class EmailDraft:
    """A message ready for SMTP or for the mail client (SD-1). Holds no secret."""

    to: str
    subject: str
    body: str


def download_link(platform: Platform) -> str:
    """SD-1: the stable download address of the app for ``platform``."""
    return f"{DOWNLOAD_BASE_URL}/{platform.value}"


LINK_SUBJECT = message("mail.link_subject", "Download the app for {name}")
LINK_BODY = message(
    "mail.link_body",
    "Hello,\n\nUse this link to download and install the app for {platform}, included in "
    "the subscription “{name}”:\n\n{link}\n\nOpen this e-mail on the device where you will "
    "use the subscription and follow the instructions after installing.\n\nThis message "
    "holds no password or activation code.\n")
YOUR_SUBSCRIPTION = message("mail.your_subscription", "your subscription")


def download_link_message(to_address: str, subscription_name: str, platform: Platform,
                          say: Callable[[Message], str] = Message.render) -> EmailDraft:
    """SD-1: the e-mail carrying a download link; no password, no activation code.

    The recipient's app connects to the account when installed; the
    subscription is not in the message, so the message is safe to forward.
    ``say`` puts it into the admin's language (the window's translator); English by
    default.
    """
    to = _check_address(to_address)
    name = _one_line(subscription_name) or say(YOUR_SUBSCRIPTION())
    label = PLATFORM_LABELS[platform]
    return EmailDraft(to=to, subject=say(LINK_SUBJECT(name=name)),
                      body=say(LINK_BODY(platform=label, name=name,
                                         link=download_link(platform))))


def mailto_url(draft: EmailDraft) -> str:
    """A ``mailto:`` URL for the mail client, percent-encoded (RFC 6068).

    Line breaks in the body become ``%0D%0A`` as RFC 6068 asks.
    """
    body = draft.body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return (f"mailto:{quote(draft.to, safe='@')}"
            f"?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}")


def _check_address(address: str) -> str:
    """One plain address; no spaces or line breaks that could forge headers."""
    cleaned = address.strip()
    local, at, domain = cleaned.rpartition("@")
    if (not at or not local or "@" in local or "." not in domain or domain.startswith(".")
            or domain.endswith(".") or any(c.isspace() or c in ",;<>\"" or ord(c) < 32
                                            for c in cleaned)):
        raise BadInput(NOT_AN_ADDRESS(address=address.strip()[:60]), field="to")
    return cleaned


def check_address(address: str) -> str:
    """One plain e-mail address, or BadInput (also for the reminder digest's recipient)."""
    return _check_address(address)


def _one_line(text: str) -> str:
    """Collapse line breaks and control characters: the name goes in a header."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _require_utc(moment: datetime, name: str) -> None:
    # A naive or local time here is a programming error, not the admin's input.
    if moment.utcoffset() != timedelta(0):
        raise ValueError(f"{name} must be an aware UTC datetime, got {moment!r}")
