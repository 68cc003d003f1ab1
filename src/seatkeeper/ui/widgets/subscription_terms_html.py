"""The subscription's terms as HTML for the detail area (AS-1, AS-3..AS-11).

Kept apart from the panel's buttons so the wording can be read (and tested)
on its own. Every value goes through ``section``/``bullet_list`` or
``escape``: names come from imports and must never be read as markup.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from seatkeeper.domain.app_store import Guidance
from seatkeeper.domain.enums import BillingChannel
from seatkeeper.services.subscription_terms import SubscriptionTerms
from seatkeeper.ui.i18n import date_text, instant_text, render, tr
from seatkeeper.ui.widgets.detail_pane import bullet_list, section

URGENT_DAYS = 7  # a cancel-by closer than this is shown in red


CTX = "SubscriptionTerms"


def para(text: str, cls: str = "") -> str:
    """One escaped paragraph, of tone class ``cls`` (ui.tones.CLASSES) if given."""
    return f"<p class='{cls}'>{escape(text)}</p>" if cls else f"<p>{escape(text)}</p>"


def when(moment: datetime) -> str:
    return instant_text(moment, zone=True)


def not_known() -> str:
    """What no terms profile and no admin stated (never another vendor's rule)."""
    return tr(CTX, "not known")


def channel_text(terms: SubscriptionTerms) -> str:
    if terms.channel is BillingChannel.APP_STORE:
        return tr(CTX, "App Store (billed by the App Store)")
    if terms.billed_by is None:
        return tr(CTX, "Website")
    return tr(CTX, "Website (billed by the vendor)")


def terms_source(terms: SubscriptionTerms) -> str:
    """Where the vendor facts come from: its rules, the admin, or nobody."""
    profile = terms.profile
    if profile.builtin:
        return tr(CTX, "{vendor}'s published terms ({rules})", vendor=profile.vendor,
                  rules=", ".join(profile.rules))
    if any(value is not None for value in profile.known().values()):
        return tr(CTX, "stated by you for {vendor}", vendor=profile.vendor)
    return tr(CTX, "not known — state what you know with “seatkeeper terms set”")


def _devices(terms: SubscriptionTerms) -> str:
    if terms.device_limit is None:
        return not_known()
    if terms.device_limit_scope == "subscription":
        return tr(CTX, "at most {device_limit} for the whole subscription",
                  device_limit=terms.device_limit)
    return tr(CTX, "at most {device_limit} a seat", device_limit=terms.device_limit)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return not_known()
    return tr(CTX, "Yes") if value else tr(CTX, "No")


def _currency(terms: SubscriptionTerms) -> str:
    if terms.currency_note:  # said once, as a problem to fix, not as two currencies
        return tr(CTX, "{currency} — does not match the vendor's terms (see below)",
                  currency=terms.currency)
    return terms.currency


def _plan(terms: SubscriptionTerms) -> str:
    text = tr(CTX, "{plan_months} months", plan_months=terms.plan_months)
    if terms.pending_plan_months is not None:
        text += tr(CTX, " → {pending_plan_months} months from {m}",
                        pending_plan_months=terms.pending_plan_months,
                        m=date_text(terms.period_ends_at))
    return text


def _who_refunds(refunds_via: str) -> str:
    """The built-in profiles' words for who refunds, in the admin's language; an admin's
    own profile says it in their words already."""
    return {"the vendor": tr(CTX, "the vendor"),
            "the App Store (Apple support)": tr(CTX, "the App Store (Apple support)"),
            }.get(refunds_via, refunds_via)


def _refunds(terms: SubscriptionTerms) -> str:
    if terms.money_back_days is None or terms.refunds_via is None:
        return not_known()
    if terms.money_back_days:
        return tr(CTX, "{money_back_days}-day money-back guarantee; ask {refunds_via}",
                  money_back_days=terms.money_back_days,
                  refunds_via=_who_refunds(terms.refunds_via))
    return tr(CTX, "No money-back guarantee; ask {refunds_via} (at its discretion)",
              refunds_via=_who_refunds(terms.refunds_via))


def notice_text(terms: SubscriptionTerms) -> str:
    """The notice period in words: '24 hours', '30 days'; 'not known' without one."""
    notice = terms.notice
    if notice is None:
        return not_known()
    # A day's notice reads as the vendors say it: "24 hours" (AS-5).
    if notice % timedelta(days=1) or notice < timedelta(days=2):
        return tr(CTX, "{hours} hours", hours=int(notice / timedelta(hours=1)))
    return tr(CTX, "{days} days", days=notice.days)


def _notice(terms: SubscriptionTerms) -> str:
    if terms.channel is BillingChannel.APP_STORE and terms.profile.acts_here is False:
        return tr(CTX, "Cancel in the App Store at least {notice} before the end, or the next "
                       "period is charged.", notice=notice_text(terms))
    return tr(CTX, "Cancel at least {notice} before the end, or the next period is charged.",
              notice=notice_text(terms))


def cancel_by_html(terms: SubscriptionTerms) -> str:
    """AS-5: the cancel-by line, red when it is close or passed (the palette's text else)."""
    state = terms.cancel_by
    if state is None:
        if terms.notice is not None:
            return para(tr(CTX, "No cancel-by deadline: it will not be charged again."),
                        "muted")
        if terms.auto_renew:
            return para(tr(CTX, "No notice period known, so no cancel-by deadline: cancel "
                                "before it renews."), "muted")
        return ""
    if state.passed:
        left = tr(CTX, "passed — the next period will be charged")
    else:
        left = tr(CTX, "{time_left} left", time_left=terms.time_left or "")
    urgent = state.passed or state.time_left.days < URGENT_DAYS
    cls = " class='refusal'" if urgent else ""
    return (f"<p style='margin-top:8px'><b>{escape(tr(CTX, 'Cancel by'))}:</b> "
            f"<span{cls} style='font-weight:bold'>{escape(when(state.cancel_by))}"
            f" — {escape(left)}</span><br><span class='muted'>{escape(_notice(terms))}"
            "</span></p>")


def guidance_html(item: Guidance) -> str:
    """AS-11: the exact store steps, numbered, then the facts to know first."""
    steps = "".join(f"<li>{escape(step)}</li>" for step in item.steps)
    notes = "".join(f"<li class='muted'>{escape(note)}</li>" for note in item.notes)
    html = (f"<h4 style='margin-bottom:2px'>{escape(item.title)}</h4>"
            f"<ol style='margin-top:2px'>{steps}</ol>")
    if notes:
        html += f"<ul style='margin-top:0'>{notes}</ul>"
    return html


def terms_html(terms: SubscriptionTerms) -> str:
    pairs = [
        (tr(CTX, "Vendor"), terms.vendor or not_known()),
        (tr(CTX, "Billed through"), channel_text(terms)),
        (tr(CTX, "Currency"), _currency(terms)),
        (tr(CTX, "Status"), render(terms.status_text)),
        (tr(CTX, "Devices at once"), _devices(terms)),
        (tr(CTX, "Plan"), _plan(terms)),
    ]
    if terms.trial_ends_at is not None:
        pairs.append((tr(CTX, "Trial ends"), when(terms.trial_ends_at)))
    pairs += [
        (tr(CTX, "Period ends"), when(terms.period_ends_at)),
        (tr(CTX, "Renews automatically"), tr(CTX, "Yes") if terms.auto_renew else tr(CTX, "No")),
        (tr(CTX, "Notice period"), notice_text(terms)),
        (tr(CTX, "Refunds"), _refunds(terms)),
        (tr(CTX, "Refer-a-friend reward"), _yes_no(terms.referral_reward)),
        (tr(CTX, "Terms"), terms_source(terms)),
    ]
    html = section(tr(CTX, "Subscription: {terms}", terms=terms.name), pairs)
    if terms.currency_note:
        html += para(render(terms.currency_note), "warning")
    html += cancel_by_html(terms)
    if terms.payment_failure is not None:
        html += bullet_list(tr(CTX, "Payment failed — how to fix it"),
                            list(terms.payment_failure.fixes), "")
    if terms.resume_preview is not None:
        preview = terms.resume_preview
        html += para(tr(CTX, "If resumed now, the new period starts {starts_at}.",
                             starts_at=when(preview.starts_at)))
    return html


def store_guidance_html(terms: SubscriptionTerms) -> str:
    """AS-8, AS-11: what to do in the store, since Seatkeeper cannot act there."""
    note = tr(CTX, "Seatkeeper cannot change App Store purchases. Take these steps in the "
                   "App Store, then record what you did with the buttons below.")
    html = f"<p class='info-box' style='padding:4px'>{escape(note)}</p>"
    html += "".join(guidance_html(item) for item in terms.guidance)
    if terms.move_to_direct is not None:
        html += bullet_list(tr(CTX, "Moving to direct billing by the vendor"),
                            list(terms.move_to_direct.steps), "")
    return html

