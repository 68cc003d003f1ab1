"""The Audit screen: every recorded change, newest first, filtered by action, entity, text.

The text filter is the screen's usual filter box; action and entity are two
combo boxes in its actions bar, filled from the roster's own events. The
events are read-only here, as in the database.
"""

from __future__ import annotations

import json

from PySide6.QtWidgets import QComboBox, QLabel

from seatkeeper.domain.changes import Entity
from seatkeeper.services.audit_log import AuditRow
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import instant_text, tr
from seatkeeper.ui.models.audit_table_model import AuditTableModel, entity_text
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen

CTX = "AuditScreen"


def render_event(row: AuditRow) -> str:
    html = section(row.summary, [
        (tr(CTX, "Event"), str(row.event_id)),
        (tr(CTX, "When"), instant_text(row.at, zone=True)),
        (tr(CTX, "Who"), row.actor),
        (tr(CTX, "Action"), row.action),
        (tr(CTX, "Entity"), entity_text(row.entity, row.entity_id)),
    ])
    for title, values in ((tr(CTX, "Before"), row.before_json), (tr(CTX, "After"), row.after_json)):
        if values:
            pairs = [(str(k), str(v)) for k, v in sorted(json.loads(values).items())]
            html += section(title, pairs)
    return html


def event_noun(count: int) -> str:
    return tr(CTX, "1 event") if count == 1 else tr(CTX, "{count} events", count=count)


def build(ctx: WindowContext) -> TableScreen:
    services = ctx.services
    assert services is not None
    log = services.audit
    model = AuditTableModel(ctx.runner, log)
    screen = TableScreen(
        ctx, model, noun=event_noun,
        filter_hint=tr(CTX, "Filter by words in what happened, who or the action (Ctrl+F)"),
        detail_hint=tr(CTX, "Select an event to see the values before and after it."),
        fetch_detail=lambda row: row, render_detail=render_event,
        column_widths=[120, 110, 170, 110, 520], watches=frozenset({Entity.AUDIT}),
    )
    actions, entities = QComboBox(screen), QComboBox(screen)
    actions.setObjectName("auditAction")
    entities.setObjectName("auditEntity")
    actions.setAccessibleName(tr(CTX, "Action"))
    entities.setAccessibleName(tr(CTX, "Entity"))
    for combo, everything in ((actions, tr(CTX, "Every action")),
                              (entities, tr(CTX, "Every entity"))):
        combo.addItem(everything, "")
        combo.setMinimumContentsLength(16)
        combo.currentIndexChanged.connect(
            lambda _i: model.narrow(actions.currentData() or "", entities.currentData() or ""))
    screen.actions_bar.addWidget(QLabel(tr(CTX, " Action: "), screen))
    screen.actions_bar.addWidget(actions)
    screen.actions_bar.addWidget(QLabel(tr(CTX, "  Entity: "), screen))
    screen.actions_bar.addWidget(entities)

    def fill(choices: tuple[list[str], list[str]]) -> None:
        for combo, values in zip((actions, entities), choices, strict=True):
            combo.blockSignals(True)
            for value in values:
                combo.addItem(entity_text(value) if combo is entities else value, value)
            combo.blockSignals(False)

    ctx.read(lambda: (log.actions(), log.entities()), owner=screen).success(fill).run()
    return screen
