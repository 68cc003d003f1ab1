"""Erasing one person's personal data everywhere in the roster (GDPR art. 17, issue 19).

``plan`` finds, without changing anything, what the roster holds about the
person with an e-mail address: their seats (released), the devices connected to
those seats (disconnected; a device named after them, "Kari's iPhone", renamed
"Device 12"), deliveries to their address, reminder answers and notices under
it, review decisions on their seats or whose note names them, sign-offs in their
name, a licence registered to them, and the audit events that name them (by the
address, by any name they went by, or by a personal device's name).

``erase`` carries it out in the caller's transaction. The audit events are not
deleted: their text is rewritten with ``[erased]`` in place of each personal
value and their salt dropped (store/audit.py), after one ``people.erased`` event
that names no one (counts only) and records a seal of each rewritten event, so
``audit verify`` still holds every link and every text.

``scrub`` then overwrites what SQLite keeps of deleted rows (free pages, the
write-ahead log, the search index's old segments); on PostgreSQL it vacuums the
tables, so dead row versions go as soon as the server allows.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, RowMapping

from seatkeeper.store import audit
from seatkeeper.store import tables as t
from seatkeeper.store.search import like_pattern
from seatkeeper.store.settings import DIGEST_TO_KEY

log = logging.getLogger(__name__)

ERASED = "[erased]"
SUMMARY = "Personal data of one person erased"
_TOUCHED = ("people", "seats", "seat_assignments", "devices", "device_connections",
            "deliveries", "review_decisions", "review_signoffs", "review_undo",
            "reminder_answers", "reminder_notices", "settings", "subscriptions",
            "audit_events")


@dataclass
class Erasure:
    """What erasing one person will change; ``counts`` is what the admin is shown."""

    person_id: int
    email: str
    names: list[str]
    seat_ids: list[int]
    assignments: int
    disconnect: list[int]  # device ids connected to their seats
    rename: list[int]  # of those, the ones named after them
    deliveries: list[int]
    decisions: list[int]  # seat ids
    signoffs: list[int]
    undo_tokens: list[str]
    reminder_answers: int
    reminder_notices: int
    settings: list[str]
    registrations: list[int]  # subscription ids
    # event id: its actor, summary, before and after as rewritten
    events: dict[int, tuple[str, str, str | None, str | None]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"people": 1, "seats": len(self.seat_ids), "seat_history": self.assignments,
                "devices_disconnected": len(self.disconnect),
                "devices_renamed": len(self.rename), "deliveries": len(self.deliveries),
                "review_decisions": len(self.decisions), "sign_offs": len(self.signoffs),
                "review_undo": len(self.undo_tokens),
                "reminder_answers": self.reminder_answers + self.reminder_notices
                + len(self.settings),
                "licence_registrations": len(self.registrations),
                "audit_events": len(self.events)}


def _pattern(values: list[str]) -> re.Pattern[str]:
    """Any of ``values`` as a whole word, in any case, longest first."""
    ordered = sorted({v for v in values if len(v.strip()) >= 2}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in ordered) + r")(?!\w)",
                      re.IGNORECASE)


def _redact_value(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, list):
        return [_redact_value(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _redact_value(v, pattern) for k, v in value.items()}
    return value


def _redact_json(text: str | None, pattern: re.Pattern[str]) -> str | None:
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return pattern.sub(ERASED, text)
    # As store/audit.py's _dump writes it, so an untouched value reads the same.
    return json.dumps(_redact_value(data, pattern), sort_keys=True, default=str,
                      ensure_ascii=False)


def _mentioning(conn: Connection, values: list[str], person_id: int) -> list[RowMapping]:
    A = t.audit_events  # noqa: N806 - the table, named as in store/audit.py
    found = sa.or_(*[sa.func.coalesce(column, "").ilike(like_pattern(v), escape="\\")
                     for v in values for column in (A.c.actor, A.c.summary,
                                                    A.c.before_json, A.c.after_json)],
                   sa.and_(A.c.entity == "person", A.c.entity_id == person_id))
    # An earlier erasure's event too: its actor may be the person (its seals are hex).
    return list(conn.execute(sa.select(A).where(found).order_by(A.c.id)).mappings())


def _names_in(rows: list[RowMapping], email: str, person_id: int) -> set[str]:
    """Names the person went by, from events' before/after: a holder beside their address,
    or the name of their own person record (renamed)."""
    names: set[str] = set()
    for r in rows:
        for text in (r["before_json"], r["after_json"]):
            try:
                data = json.loads(text) if text else None
            except ValueError:
                continue
            if not isinstance(data, dict):
                continue
            own = r["entity"] == "person" and r["entity_id"] == person_id
            if own and isinstance(data.get("name"), str):
                names.add(data["name"])
            if str(data.get("email") or "").lower() == email:
                for key in ("holder", "name"):
                    if isinstance(data.get(key), str) and data[key]:
                        names.add(data[key])
    return names


def _personal_device(name: str, person_words: set[str]) -> bool:
    words = {w.lower() for w in re.findall(r"[^\W_]+", name)}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "Karis iPad"
    return bool(words & person_words)


def plan(conn: Connection, email: str) -> Erasure | None:
    """What erasing the person with ``email`` (normalised) would change (None: nobody)."""
    person = conn.execute(sa.select(t.people).where(
        sa.func.lower(t.people.c.email) == email.lower())).mappings().first()
    if person is None:
        return None
    pid, address = int(person["id"]), str(person["email"]).lower()
    seat_ids = list(conn.execute(sa.select(t.seats.c.id).where(t.seats.c.person_id == pid)
                                 .order_by(t.seats.c.id)).scalars())
    assignments = int(conn.execute(sa.select(sa.func.count()).select_from(t.seat_assignments)
                                   .where(t.seat_assignments.c.person_id == pid)).scalar_one())
    connected = list(conn.execute(
        sa.select(t.devices.c.id, t.devices.c.name)
        .join(t.device_connections, t.device_connections.c.device_id == t.devices.c.id)
        .where(t.device_connections.c.seat_id.in_(seat_ids)).order_by(t.devices.c.id)))
    rows = _mentioning(conn, [address, person["name"]], pid)
    names = {person["name"]} | _names_in(rows, address, pid)
    person_words = {w.lower() for n in names for w in re.findall(r"[^\W_]+", n) if len(w) >= 2}
    person_words |= {w.lower() for w in re.findall(r"[^\W_]+", address.split("@")[0])
                     if len(w) >= 2}
    rename = [(int(i), str(n)) for i, n in connected if _personal_device(str(n), person_words)]
    values = [address, *sorted(names), *[n for _i, n in rename]]
    rows = _mentioning(conn, values, pid)
    pattern = _pattern(values)
    events: dict[int, tuple[str, str, str | None, str | None]] = {}
    for r in rows:
        new = (pattern.sub(ERASED, r["actor"]), pattern.sub(ERASED, r["summary"]),
               _redact_json(r["before_json"], pattern), _redact_json(r["after_json"], pattern))
        if new != (r["actor"], r["summary"], r["before_json"], r["after_json"]):
            events[int(r["id"])] = new
    D, R = t.deliveries, t.review_decisions  # noqa: N806 - tables
    deliveries = list(conn.execute(sa.select(D.c.id).where(sa.or_(
        sa.func.lower(D.c.email) == address,
        *[sa.func.coalesce(D.c.detail, "").ilike(like_pattern(v), escape="\\")
          for v in values]))).scalars())
    decisions = list(conn.execute(sa.select(R.c.seat_id).where(sa.or_(
        R.c.seat_id.in_(seat_ids),
        *[R.c.note.ilike(like_pattern(v), escape="\\") for v in values]))).scalars())
    lowered = {n.lower() for n in names}
    signoffs = [int(i) for i, who in conn.execute(
        sa.select(t.review_signoffs.c.id, t.review_signoffs.c.reviewer))
        if str(who).strip().lower() in lowered]
    tokens = [str(token) for token, payload in conn.execute(
        sa.select(t.review_undo.c.token, t.review_undo.c.payload_json))
        if any(isinstance(c, dict) and c.get("person_id") == pid
               for c in _json_list(payload))]
    answers = int(conn.execute(sa.select(sa.func.count()).select_from(t.reminder_answers)
                               .where(sa.func.lower(t.reminder_answers.c.actor) == address))
                  .scalar_one())
    notices = int(conn.execute(sa.select(sa.func.count()).select_from(t.reminder_notices)
                               .where(sa.func.lower(t.reminder_notices.c.recipient) == address))
                  .scalar_one())
    settings = list(conn.execute(sa.select(t.settings.c.key).where(
        t.settings.c.key == DIGEST_TO_KEY, sa.func.lower(t.settings.c.value).in_(
            [address, json.dumps(address)]))).scalars())
    S = t.subscriptions  # noqa: N806
    registrations = list(conn.execute(sa.select(S.c.id).where(sa.or_(
        sa.func.lower(S.c.registered_to_email) == address,
        sa.func.lower(S.c.registered_to_name).in_(sorted(lowered))))).scalars())
    return Erasure(pid, address, sorted(names), seat_ids, assignments,
                   [int(i) for i, _n in connected], [i for i, _n in rename], deliveries,
                   decisions, signoffs, tokens, answers, notices, settings, registrations,
                   events)


def _json_list(text: str) -> list[Any]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return data if isinstance(data, list) else []


def erase(conn: Connection, erasure: Erasure, *, at: Any, actor: str) -> int:
    """Carry ``erasure`` out; the id of the people.erased event."""
    if conn.dialect.name == "sqlite":  # what is deleted is overwritten, not left in free space
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    pid = erasure.person_id
    conn.execute(t.device_connections.delete().where(
        t.device_connections.c.device_id.in_(erasure.disconnect)))
    for device_id in erasure.rename:
        conn.execute(t.devices.update().where(t.devices.c.id == device_id).values(
            name=f"Device {device_id}", version=t.devices.c.version + 1))
    conn.execute(t.seats.update().where(t.seats.c.id.in_(erasure.seat_ids)).values(
        person_id=None, version=t.seats.c.version + 1))
    conn.execute(t.seat_assignments.delete().where(t.seat_assignments.c.person_id == pid))
    conn.execute(t.deliveries.delete().where(t.deliveries.c.id.in_(erasure.deliveries)))
    conn.execute(t.review_decisions.delete().where(
        t.review_decisions.c.seat_id.in_(erasure.decisions)))
    conn.execute(t.review_signoffs.update().where(
        t.review_signoffs.c.id.in_(erasure.signoffs)).values(reviewer=ERASED))
    conn.execute(t.review_undo.delete().where(t.review_undo.c.token.in_(erasure.undo_tokens)))
    conn.execute(t.reminder_answers.delete().where(
        sa.func.lower(t.reminder_answers.c.actor) == erasure.email))
    conn.execute(t.reminder_notices.delete().where(
        sa.func.lower(t.reminder_notices.c.recipient) == erasure.email))
    conn.execute(t.settings.delete().where(t.settings.c.key.in_(erasure.settings)))
    conn.execute(t.subscriptions.update().where(
        t.subscriptions.c.id.in_(erasure.registrations)).values(
        registered_to_name=None, registered_to_email=None))
    conn.execute(t.people.delete().where(t.people.c.id == pid))
    seals = {}
    rewritten = {int(r["id"]): r for r in audit.events_by_id(conn, list(erasure.events))}
    for event_id, (who, summary, before, after) in erasure.events.items():
        row = dict(rewritten[event_id])
        row.update(actor=who, summary=summary, before_json=before, after_json=after)
        seals[str(event_id)] = audit.seal(row)
    erasure_id = audit.record(conn, audit.Change(
        audit.ERASED_ACTION, "roster", None, SUMMARY,
        after={"counts": erasure.counts(), "seals": seals}), at=at, actor=actor)
    for event_id, (who, summary, before, after) in erasure.events.items():
        audit.rewrite_erased(conn, event_id, erasure_id, who, summary, before, after)
    return erasure_id


def scrub(engine: Engine) -> None:
    """Overwrite what is left of deleted rows, outside any transaction (best effort)."""
    try:
        if engine.dialect.name == "sqlite":
            raw = engine.raw_connection()
            try:
                db = raw.driver_connection
                assert db is not None
                for table in ("seat_search", "device_search"):  # old segments keep terms
                    if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                  (table,)).fetchone():
                        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
                db.execute("VACUUM")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
        else:
            with engine.connect() as conn:
                auto = conn.execution_options(isolation_level="AUTOCOMMIT")
                auto.exec_driver_sql("VACUUM " + ", ".join(_TOUCHED))
    except (sa.exc.SQLAlchemyError, sqlite3.Error) as error:  # the erasure stands
        log.warning("erasure: free space not overwritten: %s", type(error).__name__)
