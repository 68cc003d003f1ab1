"""A table model over a small list read whole: deadlines in a window of days, review findings.

Its query bounds the rows (a window of days; at most N findings of a kind), so
one worker call reads them all, with whatever the screen shows beside them
(``Snapshot.extra``: the findings' counts and costs, the instant read). The
sort keys order the held rows on the GUI thread, which is cheap at this size
and keeps a header click instant; a large table is a ``SqlPagedModel``.

``refresh`` reads again and resets; ``reload`` (after a write) and ``sort``
swap the rows in place, so the selection and the current row follow their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt

from seatkeeper.ui.models.columns import Column, ColumnModel
from seatkeeper.ui.tasks import TaskRunner

R = TypeVar("R")


@dataclass(frozen=True)
class Snapshot(Generic[R]):
    """The rows a query answered, and what the screen shows beside them."""

    rows: Sequence[R]
    extra: Any = None


@dataclass(frozen=True)
class SortKeys(Generic[R]):
    """Per column key, how rows order; ``ties`` orders rows a key leaves equal."""

    keys: Mapping[str, Callable[[R], Any]]
    ties: Callable[[R], Any] = field(default=lambda _row: 0)


class SnapshotModel(ColumnModel[R]):
    """Rows read whole, ordered by ``sort_keys``.

    ``query(filter_text)`` runs on the GUI thread and returns the work that reads
    the snapshot on a worker, so what the screen set (days, kinds) is taken at the
    moment of asking.
    """

    def __init__(self, runner: TaskRunner, query: Callable[[str], Callable[[], Snapshot[R]]],
                 columns: Sequence[Column[R]], row_id: Callable[[R], int],
                 sort_keys: SortKeys[R], *, default_sort: str = "",
                 descending: bool = False) -> None:
        super().__init__(columns, row_id)
        self._runner, self._query, self._sort_keys = runner, query, sort_keys
        self._sort_key = default_sort or self._columns[0].key
        self._descending = descending
        self._rows: list[R] = []
        self._generation = 0
        self.extra: Any = None  # the last snapshot's extra

    # -- rows ---------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                return number
        return None

    @property
    def rows(self) -> list[R]:
        """The rows as shown, in order."""
        return list(self._rows)

    # -- queries ------------------------------------------------------------
    def refresh(self, *, recount: bool = True) -> None:
        del recount  # the whole list is read each time
        self._read(in_place=False)

    def reload(self) -> None:
        # A refresh under way may have read before the write, and its reset must still
        # arrive (whoever asked for it waits for ``loaded``): ask again, as a refresh.
        self._read(in_place=not self.is_loading)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort(column, order):
            self._swap(self._rows)

    def _read(self, *, in_place: bool) -> None:
        self._generation += 1
        generation, work = self._generation, self._query(self._filter)
        self.is_loading = True

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.is_loading = False
                self._runner.report(error)
                self.load_failed.emit()

        self._runner.run(work, lambda snapshot: self._arrived(generation, snapshot, in_place),
                         failed, owner=self)

    def _arrived(self, generation: int, snapshot: Snapshot[R], in_place: bool) -> None:
        if generation != self._generation:
            return
        self.extra = snapshot.extra
        self.is_loading = False
        if in_place:
            self._swap(list(snapshot.rows))
            self.reloaded.emit()
            return
        self.beginResetModel()
        self._rows = self._ordered(snapshot.rows)
        self.endResetModel()
        self.loaded.emit()

    def _ordered(self, rows: Sequence[R]) -> list[R]:
        key = self._sort_keys.keys.get(self._sort_key)
        tied = sorted(rows, key=self._sort_keys.ties)
        return sorted(tied, key=key, reverse=self._descending) if key is not None else tied

    def _swap(self, rows: Sequence[R]) -> None:
        """Put ``rows`` in place of the held ones without a reset (selection kept by id)."""
        old, new = self._rows, self._ordered(rows)
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._rows = old + [old[-1]] * (len(new) - len(old)) if old else list(new)
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        where = {self._row_id(row): number for number, row in enumerate(new)}
        self._rows = new + self._rows[len(new):]  # the surplus goes below

        def old_id(number: int) -> int | None:
            return self._row_id(old[number]) if number < len(old) else None

        self.remap_persistent(where.get, old_id, len(self._rows))
        self.layoutChanged.emit()
        if len(self._rows) > len(new):
            self.beginRemoveRows(QModelIndex(), len(new), len(self._rows) - 1)
            self._rows = new
            self.endRemoveRows()
