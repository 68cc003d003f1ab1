"""A child process the crash test kills with SIGKILL at random moments.

``python -m tests.store.crash_child import ROSTER FIRST`` imports batches
FIRST, FIRST+1, ... (each a subscription of SEATS seats with holders) and
``... renew ROSTER FIRST`` switches renewal on every seat of the "Crash VPN"
subscription, flipping it each round. It prints one line per progress step
and ``committed N`` once batch N is durable, so the parent can kill it
mid-transaction and knows which batches must have survived.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

import sqlalchemy as sa

from seatkeeper.credentials.memory_vault import MemoryVault
from seatkeeper.services.clock import fixed_clock
from seatkeeper.services.importing import apply, guess_mapping, preview
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.readers import read_csv_text
from seatkeeper.services.seats import SeatService
from seatkeeper.store import tables as t
from seatkeeper.store.engine import Store
from seatkeeper.store.open import open_store

SEATS = 12
CLOCK = fixed_clock(datetime(2026, 11, 22, 9, 30, tzinfo=UTC))
BULK_SUBSCRIPTION = "Crash VPN"


def batch_csv(batch: int | str) -> str:
    lines = ["Product,Vendor,Seat,Holder,E-mail,Renewal,Monthly price"]
    tag = str(batch).replace(" ", "").lower()
    for seat in range(SEATS):
        lines.append(f"{batch_name(batch)},Acme,L-{seat},Holder {tag}-{seat},"
                     f"h{tag}-{seat}@example.com,2027-01-31,$8.32")
    return "\n".join(lines) + "\n"


def batch_name(batch: int | str) -> str:
    return f"Batch {batch} VPN" if isinstance(batch, int) else str(batch)


def import_batch(store: Store, batch: int | str) -> None:
    source = read_csv_text(batch_csv(batch))
    plan = preview(source.rows, guess_mapping(source.headers),
                   ImportContext(date(2026, 11, 22), "it@example.com"), headers=source.headers)

    def progress(done: int, total: int) -> bool:
        print(f"progress {batch} {done}/{total}", flush=True)
        return True

    apply(store, plan, vault=MemoryVault(), clock=CLOCK, actor="crash", progress=progress)


def bulk_seat_ids(store: Store) -> list[int]:
    return list(store.read(lambda c: c.execute(
        sa.select(t.seats.c.id).join(t.subscriptions)
        .where(t.subscriptions.c.name == BULK_SUBSCRIPTION)).scalars().all()))


def hammer(store: Store, tag: int, count: int) -> None:
    """Many small audited writes, each reading the chain's end before appending."""
    from seatkeeper.store import audit

    for i in range(count):
        store.write(lambda conn, i=i: audit.record(
            conn, audit.Change("test.hammer", "test", i, f"writer {tag} write {i}"),
            at=CLOCK(), actor=f"writer-{tag}"))


def main(mode: str, roster: str, first: int) -> None:
    store = open_store(roster)
    print("ready", flush=True)
    if mode.startswith("hammer"):
        sys.stdin.readline()  # both writers start together
        hammer(store, first, int(mode.removeprefix("hammer")))
    elif mode == "import":
        for batch in range(first, first + 1000):
            import_batch(store, batch)
            print(f"committed {batch}", flush=True)
    else:
        seats, ids = SeatService(store, CLOCK, "crash"), bulk_seat_ids(store)
        for round_ in range(first, first + 1000):
            print(f"start {round_}", flush=True)
            seats.set_renew(ids, renew=round_ % 2 == 0)
            print(f"committed {round_}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
