"""The subscription's terms as HTML for the detail area (AS-1, AS-3..AS-11).

Kept apart from the panel's buttons so the wording can be read (and tested)
on its own. Every value goes through ``section``/``bullet_list`` or
``escape``: names come from imports and must never be read as markup.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from seatkeeper.domain.app_store import Guidance
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.services.subscription_terms import SubscriptionTerms
from seatkeeper.ui.widgets.detail_pane import bullet_list, section

URGENT_DAYS = 7  # a cancel-by closer than this is shown in red


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubscriptionTerms", text)


def para(text: str, style: str = "") -> str:
    """One escaped paragraph."""
    return f"<p style='{style}'>{escape(text)}</p>"


def when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def channel_text(terms: SubscriptionTerms) -> str:
    if terms.channel is BillingChannel.APP_STORE:
        return _tr("App Store (billed by the App Store)")
    return _tr("Website (billed by the vendor)")


def _plan(terms: SubscriptionTerms) -> str:
    text = _tr("%1 months").replace("%1", str(terms.plan_months))
    if terms.pending_plan_months is not None:
        text += _tr(" → %1 months from %2").replace("%1", str(terms.pending_plan_months)) \
            .replace("%2", f"{terms.period_ends_at:%Y-%m-%d}")
    return text


def _refunds(terms: SubscriptionTerms) -> str:
    if terms.money_back_days:
        return _tr("%1-day money-back guarantee; ask %2").replace(
            "%1", str(terms.money_back_days)).replace("%2", terms.refunds_via)
    return _tr("No money-back guarantee; ask %1 (at its discretion)").replace(
        "%1", terms.refunds_via)


def _notice() -> str:
    return _tr("Cancel in the App Store at least 24 hours before the end, or the next "
               "period is charged.")


def cancel_by_html(terms: SubscriptionTerms) -> str:
    """AS-5: the cancel-by line, red when it is close or passed."""
    state = terms.cancel_by
    if state is None:
        if terms.channel is BillingChannel.APP_STORE:
            return para(_tr("No cancel-by deadline: it will not be charged again."),
                        "color:#555")
        return ""
    if state.passed:
        left = _tr("passed — the next period will be charged")
    else:
        left = _tr("%1 left").replace("%1", terms.time_left or "")
    urgent = state.passed or state.time_left.days < URGENT_DAYS
    colour = "#b00020" if urgent else "#333"
    return (f"<p style='margin-top:8px'><b>{escape(_tr('Cancel by'))}:</b> "
            f"<span style='color:{colour};font-weight:bold'>{escape(when(state.cancel_by))}"
            f" — {escape(left)}</span><br><span style='color:#555'>{escape(_notice())}"
            "</span></p>")


def guidance_html(item: Guidance) -> str:
    """AS-11: the exact store steps, numbered, then the facts to know first."""
    steps = "".join(f"<li>{escape(step)}</li>" for step in item.steps)
    notes = "".join(f"<li style='color:#555'>{escape(note)}</li>" for note in item.notes)
    html = (f"<h4 style='margin-bottom:2px'>{escape(item.title)}</h4>"
            f"<ol style='margin-top:2px'>{steps}</ol>")
    if notes:
        html += f"<ul style='margin-top:0'>{notes}</ul>"
    return html


def terms_html(terms: SubscriptionTerms) -> str:
    pairs = [
        (_tr("Billed through"), channel_text(terms)),
        (_tr("Currency"), terms.currency),
        (_tr("Status"), terms.status_text),
        (_tr("Devices at once"), _tr("at most %1").replace("%1", str(terms.device_limit))),
        (_tr("Plan"), _plan(terms)),
    ]
    if terms.trial_ends_at is not None:
        pairs.append((_tr("Trial ends"), when(terms.trial_ends_at)))
    pairs += [
        (_tr("Period ends"), when(terms.period_ends_at)),
        (_tr("Renews automatically"), _tr("Yes") if terms.auto_renew else _tr("No")),
        (_tr("Refunds"), _refunds(terms)),
        (_tr("Refer-a-friend reward"), _tr("Yes") if terms.referral_reward else _tr("No")),
    ]
    html = section(_tr("Subscription: %1").replace("%1", terms.name), pairs)
    if terms.currency_note:
        html += para(terms.currency_note, "color:#b35900")
    html += cancel_by_html(terms)
    if terms.payment_failure is not None:
        html += bullet_list(_tr("Payment failed — how to fix it"),
                            list(terms.payment_failure.fixes), "")
    if terms.resume_preview is not None:
        preview = terms.resume_preview
        html += para(_tr("If resumed now, the new period starts %1.")
                     .replace("%1", when(preview.starts_at)))
    return html


def store_guidance_html(terms: SubscriptionTerms) -> str:
    """AS-8, AS-11: what to do in the store, since Seatkeeper cannot act there."""
    html = para(_tr("Seatkeeper cannot change App Store purchases. Take these steps in the "
                    "App Store, then record what you did with the buttons below."),
                "background:#eef4fb;padding:4px")
    html += "".join(guidance_html(item) for item in terms.guidance)
    if terms.move_to_direct is not None:
        html += bullet_list(_tr("Moving to direct billing by the vendor"),
                            list(terms.move_to_direct.steps), "")
    return html

