"""SD-1, SD-3, SD-4, SD-6, SD-7: a delivery's life and the texts around it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seatkeeper.domain.delivery import (
    CLIPBOARD_WARNING,
    DELIVERY_WINDOW,
    DOWNLOAD_BASE_URL,
    PLATFORM_LABELS,
    DeliveryDisplayStatus,
    EmailDraft,
    clipboard_warning,
    download_link,
    download_link_message,
    effective_status,
    mailto_url,
    mark_delivered,
    sending_device_hint,
    undo,
)
from seatkeeper.domain.enums import DeliveryMethod, DeliveryStatus, Platform
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.messages import Message

SENT = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)  # a DST night in Europe: UTC is unaffected
TINY = timedelta(microseconds=1)


# --- SD-4: pending, overdue --------------------------------------------------

def test_sd4_window_is_24_hours() -> None:
    assert timedelta(hours=24) == DELIVERY_WINDOW


@pytest.mark.parametrize(("elapsed", "expected"), [
    (timedelta(0), "pending"),
    (timedelta(hours=23, minutes=59), "pending"),
    (DELIVERY_WINDOW, "pending"),
    (DELIVERY_WINDOW + TINY, "overdue"),
    (timedelta(days=30), "overdue"),
    (-timedelta(minutes=5), "pending"),  # a clock a little behind the sender's
])
def test_sd4_overdue_after_24h(elapsed: timedelta, expected: str) -> None:
    assert effective_status(DeliveryStatus.PENDING, SENT, SENT + elapsed) == expected


@pytest.mark.parametrize("status", [DeliveryStatus.DELIVERED, DeliveryStatus.UNDONE,
                                    DeliveryStatus.FAILED])
def test_sd4_only_pending_becomes_overdue(status: DeliveryStatus) -> None:
    shown = effective_status(status, SENT, SENT + timedelta(days=3))
    assert shown == DeliveryDisplayStatus(status.value)


def test_sd4_display_status_is_stored_status_plus_overdue() -> None:
    assert {s.value for s in DeliveryDisplayStatus} == (
        {s.value for s in DeliveryStatus} | {"overdue"})


def test_sd4_other_utc_tzinfo_is_accepted() -> None:
    now = (SENT + timedelta(hours=25)).replace(tzinfo=timezone(timedelta(0), "Z"))
    assert effective_status(DeliveryStatus.PENDING, SENT, now) == "overdue"


@pytest.mark.parametrize("bad", [
    datetime(2025, 3, 30, 12),  # naive
    datetime(2025, 3, 30, 12, tzinfo=timezone(timedelta(hours=1))),  # not UTC
])
def test_sd4_refuses_naive_or_local_times(bad: datetime) -> None:
    with pytest.raises(ValueError, match="aware UTC"):
        effective_status(DeliveryStatus.PENDING, SENT, bad)
    with pytest.raises(ValueError, match="aware UTC"):
        effective_status(DeliveryStatus.PENDING, bad, SENT)


def test_sd4_mark_delivered_only_from_pending() -> None:
    assert mark_delivered(DeliveryStatus.PENDING) is DeliveryStatus.DELIVERED
    for status in (DeliveryStatus.DELIVERED, DeliveryStatus.UNDONE, DeliveryStatus.FAILED):
        with pytest.raises(RuleRefused) as caught:
            mark_delivered(status)
        assert caught.value.rule_id == "SD-4"
        assert status.value in caught.value.message


# --- SD-6: undo ----------------------------------------------------------------

@pytest.mark.parametrize(("status", "allowed"), [
    (DeliveryStatus.PENDING, True),
    (DeliveryStatus.DELIVERED, False),
    (DeliveryStatus.UNDONE, False),
    (DeliveryStatus.FAILED, False),
])
def test_sd6_undo_only_pending(status: DeliveryStatus, allowed: bool) -> None:
    if allowed:
        assert undo(status) is DeliveryStatus.UNDONE
        return
    with pytest.raises(RuleRefused) as caught:
        undo(status)
    assert caught.value.rule_id == "SD-6"
    assert f"already {status.value}" in caught.value.message


def test_sd6_overdue_delivery_can_still_be_undone() -> None:
    late = SENT + timedelta(days=2)
    assert effective_status(DeliveryStatus.PENDING, SENT, late) == "overdue"
    assert undo(DeliveryStatus.PENDING) is DeliveryStatus.UNDONE


# --- SD-7: hint on the sending device -----------------------------------------

def test_sd7_device_send_hints_at_the_sending_device() -> None:
    hint = str(sending_device_hint(DeliveryMethod.DEVICE))
    assert "device you sent" in hint
    assert "follow its instructions" in hint


def test_sd7_an_undone_or_finished_device_send_needs_no_step_any_more() -> None:
    """Issue 18: an undone delivery still said "Finishing may need a step..."."""
    for status in ("undone", "delivered", "failed"):
        hint = str(sending_device_hint(DeliveryMethod.DEVICE, status))
        assert "Finishing may need" not in hint
        assert "Nothing" in hint
    assert "undone" in str(sending_device_hint(DeliveryMethod.DEVICE, "undone"))
    for status in ("pending", "overdue"):
        assert "device you sent" in str(sending_device_hint(DeliveryMethod.DEVICE, status))


def test_sd7_link_send_needs_nothing_on_the_sending_device() -> None:
    assert str(sending_device_hint(DeliveryMethod.EMAIL_LINK)).startswith("Nothing is needed")


# --- SD-3: clipboard ------------------------------------------------------------

def test_sd3_clipboard_warning_says_it_replaces_content() -> None:
    assert "replaces whatever is on the clipboard" in str(CLIPBOARD_WARNING)
    assert "one-time code" in str(CLIPBOARD_WARNING)
    assert str(clipboard_warning("the password")).startswith("Copying the password replaces")


# --- SD-1: download link and e-mail -------------------------------------------

@pytest.mark.parametrize("platform", list(Platform))
def test_sd1_download_link_is_stable_per_platform(platform: Platform) -> None:
    assert download_link(platform) == f"{DOWNLOAD_BASE_URL}/{platform.value}"
    assert platform in PLATFORM_LABELS


def test_sd1_download_links_differ_and_stay_placeholders() -> None:
    links = {download_link(p) for p in Platform}
    assert len(links) == len(Platform)
    assert all((urlsplit(link).hostname or "").endswith(".invalid") for link in links)


def test_sd1_message_holds_the_link_and_no_secret() -> None:
    draft = download_link_message(" anna@example.com ", "Office Plus", Platform.MACOS)
    assert draft.to == "anna@example.com"
    assert draft.subject == "Download the app for Office Plus"
    assert download_link(Platform.MACOS) in draft.body
    assert "macOS" in draft.body
    assert "“Office Plus”" in draft.body
    assert "no password or activation code" in draft.body


def test_sd1_subscription_name_cannot_break_the_subject_header() -> None:
    draft = download_link_message("a@example.com", "Office\r\nBcc: evil@x.test\x00", Platform.LINUX)
    assert all(c.isprintable() for c in draft.subject)
    assert draft.subject == "Download the app for Office Bcc: evil@x.test"


def test_sd1_blank_name_still_reads() -> None:
    assert download_link_message("a@example.com", "  ", Platform.IOS).subject == (
        "Download the app for your subscription")


@pytest.mark.parametrize("address", [
    "", "anna", "anna@", "@example.com", "anna@example", "a@b@example.com",
    "anna@example.com\r\nBcc: x@y.test", "anna@example.com, bob@example.com",
    "Anna <anna@example.com>", "an na@example.com", "anna@.example.com",
])
def test_sd1_refuses_what_is_not_one_address(address: str) -> None:
    with pytest.raises(BadInput) as caught:
        download_link_message(address, "Office", Platform.WINDOWS)
    assert caught.value.field == "to"


def test_sd1_mailto_is_percent_encoded() -> None:
    draft = EmailDraft(to="a+b@example.com", subject="Hi & bye ?=%",
                       body="Line one\nLine two ÆØÅ")
    url = mailto_url(draft)
    assert url == ("mailto:a%2Bb@example.com?subject=Hi%20%26%20bye%20%3F%3D%25"
                   "&body=Line%20one%0D%0ALine%20two%20%C3%86%C3%98%C3%85")


texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


@given(texts, texts)
def test_sd1_mailto_round_trips(subject: str, body: str) -> None:
    url = mailto_url(EmailDraft(to="anna@example.com", subject=subject, body=body))
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "anna@example.com"
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == [subject]
    crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert query["body"] == [crlf]


def test_sd1_the_link_mail_is_said_in_the_admins_language() -> None:
    """Subject and body go through the caller's wording (the window's translator) whole,
    with the link, platform and subscription filled in after translation."""
    said: list[str] = []

    def say(text: Message) -> str:
        said.append(text.id)
        return "«" + text.render() + "»"

    draft = download_link_message("anna@example.com", "Office Plus", Platform.MACOS, say)
    assert draft.subject == "«Download the app for Office Plus»"
    assert draft.body.startswith("«Hello,")
    assert draft.body.endswith("»")
    assert download_link(Platform.MACOS) in draft.body
    assert "macOS" in draft.body
    assert said == ["mail.link_subject", "mail.link_body"]
