"""Imports by format: which reader a file needs, the dry run, and the write.

A format is named (csv, xlsx, snipeit, json) or left to ``AUTO``: then the
file name says JSON or spreadsheet, and the header row says Snipe-IT. A named
format wins over the file name. The window's import wizard and ``seatkeeper
import`` both ask here, so a file reads the same way in both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, overload

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.services.importing import guess_mapping, preview, read_file
from seatkeeper.services.importing import writer as import_writer
from seatkeeper.services.importing.context import ImportContext
from seatkeeper.services.importing.json_roster import JsonPlan, load, read_json
from seatkeeper.services.importing.mapping import looks_like_snipeit
from seatkeeper.services.importing.plan import ImportPlan
from seatkeeper.services.importing.readers import read_head
from seatkeeper.services.importing.writer import ImportResult, Mode, Progress

if TYPE_CHECKING:
    from seatkeeper.services.bundle import Services

IMPORT_FORMATS = ("csv", "xlsx", "snipeit", "json")
AUTO = "auto"  # by the file's name and header row
SPREADSHEETS = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})

UNKNOWN_FORMAT = message("transfer.import_format_unknown",
                         "“{fmt}” is not an import format (csv, xlsx, snipeit or json).")


def _choice(fmt: str | None) -> str:
    choice = fmt or AUTO
    if choice != AUTO and choice not in IMPORT_FORMATS:
        raise BadInput(UNKNOWN_FORMAT(fmt=choice), field="format")
    return choice


def is_json(path: Path, fmt: str | None) -> bool:
    """Whether ``path`` is read as a Seatkeeper roster export (JSON)."""
    choice = _choice(fmt)
    return choice == "json" or (choice == AUTO and path.suffix.lower() == ".json")


def reader_format(path: Path, fmt: str | None) -> str | None:
    """The table reader for ``path``: "xlsx", "csv", or None to go by the file name."""
    choice = _choice(fmt)
    if choice == "xlsx" or (choice == AUTO and path.suffix.lower() in SPREADSHEETS):
        return "xlsx"
    return "csv" if choice in {"csv", "snipeit"} else None


def _kind(choice: str, headers: list[str]) -> str:
    if choice == "snipeit" or (choice == AUTO and looks_like_snipeit(headers)):
        return "snipeit"
    return "generic"


def read_headers(path: Path, fmt: str | None, encoding: str | None = None
                 ) -> tuple[str, list[str]]:
    """The table's kind (generic or snipeit) and its header row (a CSV's read from its head)."""
    source = read_head(path, reader_format(path, fmt), encoding)
    return _kind(_choice(fmt), source.headers), source.headers


def read_import(path: Path, fmt: str | None, ctx: ImportContext,
                mapping: Mapping[str, str] | None = None, encoding: str | None = None,
                watch: Callable[[int], None] | None = None) -> ImportPlan | JsonPlan:
    """The dry run: every row checked, nothing written; ``mapping`` None guesses columns.

    ``ctx.locale`` says how the file writes amounts and dates; ``encoding`` is a CSV's
    when it has no byte-order mark and is not UTF-8. ``watch`` is told how many rows
    were read every ``WATCH_EVERY`` rows (a table's); it may raise to stop the dry run.
    """
    if is_json(path, fmt):
        return read_json(path)
    source = read_file(path, reader_format(path, fmt), encoding)
    kind = _kind(_choice(fmt), source.headers)
    columns = mapping if mapping is not None else guess_mapping(source.headers, kind)
    rows = source.rows if watch is None else _watched(source.rows, watch)
    return preview(rows, columns, ctx, fmt=kind, headers=source.headers)


WATCH_EVERY = 5000  # rows between two ``watch`` calls: about 30 ms of a dry run


def _watched(rows: Iterable[tuple[int, dict[str, str]]], watch: Callable[[int], None]
             ) -> Iterator[tuple[int, dict[str, str]]]:
    count = 0
    for row in rows:
        count += 1
        if count % WATCH_EVERY == 0:
            watch(count)
        yield row
    watch(count)


@overload
def import_roster(services: Services, plan: JsonPlan, *, mode: Mode = "stop",
                  rejects_path: Path | None = None,
                  progress: Progress | None = None) -> dict[str, int]: ...


@overload
def import_roster(services: Services, plan: ImportPlan, *, mode: Mode = "stop",
                  rejects_path: Path | None = None,
                  progress: Progress | None = None) -> ImportResult: ...


def import_roster(services: Services, plan: ImportPlan | JsonPlan, *, mode: Mode = "stop",
                  rejects_path: Path | None = None,
                  progress: Progress | None = None) -> ImportResult | dict[str, int]:
    """Write a checked plan; a roster export loads whole or not at all.

    For a table, ``mode`` "stop" writes nothing if any row is bad, "skip_bad" the
    good rows (and the bad ones to ``rejects_path``).
    """
    # Either may change anything (Changes.everything()): the window announces that itself.
    if isinstance(plan, JsonPlan):
        return load(services.store, plan, vault=services.vault, clock=services.clock,
                    actor=services.actor, progress=progress).value
    return import_writer.apply(services.store, plan, vault=services.vault,
                               clock=services.clock, actor=services.actor, mode=mode,
                               progress=progress, rejects_path=rejects_path).value
