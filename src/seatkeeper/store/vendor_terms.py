"""The admin's own vendor terms profiles (table ``vendor_terms``), saved and reused.

Built-in profiles (the seed vendors') live in ``domain.vendor_terms`` and are
never stored here. A NULL column is a fact not known.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, RowMapping

from seatkeeper.domain.enums import BillingChannel
from seatkeeper.domain.vendor_terms import TermsProfile, check_notice_days, vendor_key
from seatkeeper.store import tables as t

_FACTS = ("currency", "plan_months", "devices_per_seat", "devices_per_subscription",
          "auto_renew")


def _profile(row: RowMapping) -> TermsProfile:
    return TermsProfile(vendor=row["vendor"], channel=BillingChannel(row["channel"]),
                        notice=check_notice_days(row["notice_days"]),
                        **{name: row[name] for name in _FACTS})


def saved_profiles(conn: Connection) -> list[TermsProfile]:
    """Every saved profile, by vendor then channel."""
    vt = t.vendor_terms
    rows = conn.execute(sa.select(vt).order_by(vt.c.vendor_key, vt.c.channel)).mappings()
    return [_profile(r) for r in rows]


def save_profile(conn: Connection, profile: TermsProfile, now: datetime) -> None:
    """Insert or replace the admin's profile for (vendor, channel)."""
    vt = t.vendor_terms
    key = vendor_key(profile.vendor)
    values = {name: getattr(profile, name) for name in _FACTS}
    values.update(vendor=profile.vendor, notice_days=profile.notice_days, updated_at=now)
    where = sa.and_(vt.c.vendor_key == key, vt.c.channel == profile.channel.value)
    done = conn.execute(sa.update(vt).where(where).values(**values))
    if not done.rowcount:
        conn.execute(sa.insert(vt).values(vendor_key=key, channel=profile.channel.value,
                                          **values))
