"""The Audit screen: every recorded change, newest first, filtered by action, entity, text.

The text filter is the screen's usual filter box; action and entity are two
combo boxes in its actions bar, filled from the roster's own events. The
events are read-only here, as in the database.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel

from seatkeeper.services.audit_log import AuditFilter, AuditLog, AuditRow
from seatkeeper.services.bundle import Services
from seatkeeper.store.paging import TableQuery
from seatkeeper.ui.models.paged_table_model import Column, PagedTableModel
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditScreen", text)


def audit_columns() -> list[Column[AuditRow]]:
    return [
        Column("at", _tr("When (UTC)"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
        Column("actor", _tr("Who"), lambda r: r.actor),
        Column("action", _tr("Action"), lambda r: r.action),
        Column("entity", _tr("Entity"), lambda r: r.entity if r.entity_id is None
               else f"{r.entity} {r.entity_id}"),
        Column("summary", _tr("What happened"), lambda r: r.summary),
    ]


class AuditTableModel(PagedTableModel[AuditRow]):
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


def render_event(row: AuditRow) -> str:
    html = section(row.summary, [
        (_tr("Event"), str(row.event_id)),
        (_tr("When (UTC)"), f"{row.at:%Y-%m-%d %H:%M:%S}"),
        (_tr("Who"), row.actor),
        (_tr("Action"), row.action),
        (_tr("Entity"), f"{row.entity} {row.entity_id or ''}".strip()),
    ])
    for title, values in ((_tr("Before"), row.before_json), (_tr("After"), row.after_json)):
        if values:
            pairs = [(str(k), str(v)) for k, v in sorted(json.loads(values).items())]
            html += section(title, pairs)
    return html


def event_noun(count: int) -> str:
    return _tr("1 event") if count == 1 else _tr("%1 events").replace("%1", f"{count:,}")


def build(runner: TaskRunner, services: Services) -> TableScreen:
    log = AuditLog(services.store)
    model = AuditTableModel(runner, log)
    screen = TableScreen(
        runner, model, noun=event_noun,
        filter_hint=_tr("Filter by words in what happened, who or the action (Ctrl+F)"),
        detail_hint=_tr("Select an event to see the values before and after it."),
        fetch_detail=lambda row: row, render_detail=render_event,
        column_widths=[120, 110, 170, 110, 520],
    )
    actions, entities = QComboBox(screen), QComboBox(screen)
    actions.setObjectName("auditAction")
    entities.setObjectName("auditEntity")
    actions.setAccessibleName(_tr("Action"))
    entities.setAccessibleName(_tr("Entity"))
    for combo, everything in ((actions, _tr("Every action")), (entities, _tr("Every entity"))):
        combo.addItem(everything, "")
        combo.setMinimumContentsLength(16)
        combo.currentIndexChanged.connect(
            lambda _i: model.narrow(actions.currentData() or "", entities.currentData() or ""))
    screen.actions_bar.addWidget(QLabel(_tr(" Action: "), screen))
    screen.actions_bar.addWidget(actions)
    screen.actions_bar.addWidget(QLabel(_tr("  Entity: "), screen))
    screen.actions_bar.addWidget(entities)

    def fill(choices: tuple[list[str], list[str]]) -> None:
        for combo, values in zip((actions, entities), choices, strict=True):
            combo.blockSignals(True)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    runner.run(lambda: (log.actions(), log.entities()), fill, owner=screen)
    return screen
