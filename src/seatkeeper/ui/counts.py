"""A count with its noun, right in English for one as for many ("1 seat", "2 seats").

The English of a ``{n}`` plural comes from the en catalogue, which lags behind new
texts; these pairs read right untranslated too, and nb/da translate each form.
"""

from __future__ import annotations

from seatkeeper.ui.i18n import tr

CTX = "Counts"


def seats_text(count: int) -> str:
    return tr(CTX, "1 seat") if count == 1 else tr(CTX, "{count} seats", count=count)


def subscriptions_text(count: int) -> str:
    return tr(CTX, "1 subscription") if count == 1 \
        else tr(CTX, "{count} subscriptions", count=count)


def devices_text(count: int) -> str:
    return tr(CTX, "1 device") if count == 1 else tr(CTX, "{count} devices", count=count)


def pending_deliveries_text(count: int) -> str:
    return tr(CTX, "1 pending delivery") if count == 1 \
        else tr(CTX, "{count} pending deliveries", count=count)

