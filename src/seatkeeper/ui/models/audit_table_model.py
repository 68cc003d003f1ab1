"""The Audit table: every recorded change, newest first; action and entity narrow it."""

from __future__ import annotations

from seatkeeper.services.audit_log import AuditFilter, AuditLog, AuditRow
from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

CTX = "AuditScreen"


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column("at", tr(CTX, "When (UTC)"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
        Column("actor", tr(CTX, "Who"), lambda r: r.actor),
        Column("action", tr(CTX, "Action"), lambda r: r.action, words=True),
        Column("entity", tr(CTX, "Entity"), lambda r: r.entity if r.entity_id is None
               else f"{r.entity} {r.entity_id}", words=True),
        Column("summary", tr(CTX, "What happened"), lambda r: r.summary),
    ]


class AuditTableModel(SqlPagedModel[AuditRow]):
    """Audit events, newest first; ``action`` and ``entity`` narrow them further."""

    def __init__(self, runner: TaskRunner, log: AuditLog) -> None:
        self.log, self.action, self.entity = log, "", ""
        super().__init__(runner, self._count, self._page, audit_columns(),
                         lambda r: r.event_id, default_sort="at")
        self._descending = True

    def narrow(self, action: str, entity: str) -> None:
        if (action, entity) != (self.action, self.entity):
            self.action, self.entity = action, entity
            self.refresh()

    def _filter_for(self, text: str) -> AuditFilter:
        return AuditFilter(self.action, self.entity, text)

    def _count(self, text: str) -> int:
        return self.log.count(self._filter_for(text))

    def _page(self, query: TableQuery) -> list[AuditRow]:
        return self.log.page(self._filter_for(query.filter_text), query)
