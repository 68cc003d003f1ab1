"""Exchange rates the admin states or imports from a bank's file, kept per date (audited).

``set`` keeps one rate the admin types (the GUI's dialog, ``seatkeeper rates
set``); ``import_file`` reads Norges Bank's or Danmarks Nationalbank's export
(``domain.rate_files``) and keeps every rate in it, replacing the same pair's
rate of the same day. Each write is one audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.rate_files import read_rates
from seatkeeper.domain.rates import Rate, RateTable
from seatkeeper.services.clock import Clock
from seatkeeper.store import audit
from seatkeeper.store.engine import Connection, Store
from seatkeeper.store.rates import all_rates, save_rates

CANNOT_READ = message("rates.cannot_read", "The rate file {path} cannot be read: {reason}.")
NOT_TEXT = message("rates.not_text", "The rate file {path} is not UTF-8 or Latin-1 text.")


@dataclass(frozen=True)
class RatesImported:
    added: int
    replaced: int
    pairs: tuple[str, ...]  # "USD/NOK", …
    first: date
    last: date


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise BadInput(CANNOT_READ(path=str(path), reason=error.strerror or "")) from None
    for encoding in ("utf-8-sig", "cp1252"):  # Statbank writes Windows-1252 when asked
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadInput(NOT_TEXT(path=str(path)))  # pragma: no cover - cp1252 reads most bytes


class RateService:
    def __init__(self, store: Store, clock: Clock, actor: str) -> None:
        self.store, self.clock, self.actor = store, clock, actor

    def set(self, day: date, base: str, quote: str, value: Decimal) -> Changed[Rate]:
        rate = Rate(day, base, quote, value)

        def work(conn: Connection) -> None:
            now = self.clock()
            save_rates(conn, [rate], now)
            audit.record(conn, audit.Change(
                "rates.set", "exchange_rate", None,
                f"Exchange rate {rate.base}/{rate.quote} on {day}: {value}",
                after={"base": rate.base, "quote": rate.quote, "day": day.isoformat(),
                       "rate": format(value, "f")}), at=now, actor=self.actor)
        self.store.write(work)
        return Changed(rate, Changes.of(Entity.SETTINGS))

    def import_file(self, path: Path, fmt: str) -> Changed[RatesImported]:
        rates = read_rates(_read_text(path), fmt)

        def work(conn: Connection) -> tuple[int, int]:
            now = self.clock()
            added, replaced = save_rates(conn, rates, now)
            audit.record(conn, audit.Change(
                "rates.imported", "exchange_rate", None,
                f"Imported {len(rates)} exchange rate(s) from {path.name} ({fmt})",
                after={"file": path.name, "format": fmt, "added": added,
                       "replaced": replaced}), at=now, actor=self.actor)
            return added, replaced
        added, replaced = self.store.write(work)
        pairs = tuple(sorted({f"{r.base}/{r.quote}" for r in rates}))
        days = [r.day for r in rates]
        return Changed(RatesImported(added, replaced, pairs, min(days), max(days)),
                       Changes.of(Entity.SETTINGS))

    def rates(self) -> list[Rate]:
        return self.store.read(all_rates)

    def table(self) -> RateTable:
        return RateTable(self.rates())
