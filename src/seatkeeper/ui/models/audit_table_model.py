"""The Audit table: every recorded change, newest first; action and entity narrow it."""

from __future__ import annotations

from seatkeeper.services.audit_log import AuditFilter, AuditLog, AuditRow
from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.i18n import instant_text, tr
from seatkeeper.ui.models.columns import Column
from seatkeeper.ui.models.sql_paged import SqlPagedModel
from seatkeeper.ui.tasks import TaskRunner

CTX = "AuditScreen"


def entity_text(entity: str, entity_id: int | None = None) -> str:
    """The kind of record an event is about, in the admin's words, with its number."""
    words = {"subscription": tr(CTX, "Subscription"), "seat": tr(CTX, "Seat"),
             "person": tr(CTX, "Person"), "device": tr(CTX, "Device"),
             "delivery": tr(CTX, "Delivery"), "credential": tr(CTX, "Credential"),
             "review": tr(CTX, "Review"), "reminder": tr(CTX, "Reminder"),
             "settings": tr(CTX, "Settings"), "roster": tr(CTX, "Roster")}
    word = words.get(entity, entity)  # an entity a newer version wrote: its own name
    return word if entity_id is None else f"{word} {entity_id}"


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column("at", tr(CTX, "When"), lambda r: instant_text(r.at)),
        Column("actor", tr(CTX, "Who"), lambda r: r.actor),
        Column("action", tr(CTX, "Action"), lambda r: r.action, words=True),
        Column("entity", tr(CTX, "Entity"), lambda r: entity_text(r.entity, r.entity_id),
               words=True),
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
