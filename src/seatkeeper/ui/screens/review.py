"""The Review screen: what needs a decision, the decisions, applying them, sign-off.

Findings come grouped by kind (the kind box shows each kind's true count);
each seat gets a decision with a note; "Apply decisions…" shows what will
change and what the rules refuse before changing anything, and the last apply
can be undone. Everything that writes is disabled in a read-only review.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
)

from seatkeeper.domain.money import Money
from seatkeeper.services.bundle import Services
from seatkeeper.services.review import ApplyResult, SignOff
from seatkeeper.services.review_findings import KINDS
from seatkeeper.ui.dialogs.decision_dialog import DecisionDialog
from seatkeeper.ui.messages import show_error
from seatkeeper.ui.models.review_model import (
    DECISION_NAMES,
    FindingRow,
    ReviewSource,
    ReviewTableModel,
)
from seatkeeper.ui.tasks import TaskRunner
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen

READ_ONLY_WHY = "The roster is open read-only for review; decisions cannot be recorded."


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewScreen", text)


def _money(amounts: tuple[Money, ...]) -> str:
    return ", ".join(str(m) for m in amounts) or "0.00"


def render_finding(row: FindingRow) -> str:
    f, d = row.finding, row.decision
    pairs = [(_tr("Finding"), f.title), (_tr("Subscription"), f.subscription or "—"),
             (_tr("Seat"), f.licence_id or _tr("— (about the whole subscription)")),
             (_tr("Detail"), f.detail)]
    if d is not None:
        pairs += [(_tr("Decision"), row.decision_text), (_tr("Note"), d.note or "—"),
                  (_tr("Decided"), f"{d.decided_at:%Y-%m-%d %H:%M} UTC")]
    elif f.seat_id is not None:
        pairs.append((_tr("Decision"), _tr("None yet — press Decide…")))
    return section(_tr("Review finding"), pairs)


def finding_noun(count: int) -> str:
    return _tr("1 finding") if count == 1 else _tr("%1 findings").replace("%1", f"{count:,}")


class ReviewScreen(TableScreen):
    def __init__(self, runner: TaskRunner, services: Services) -> None:
        self.services = services
        self.source = ReviewSource(services.review)
        super().__init__(
            runner, ReviewTableModel(runner, self.source), noun=finding_noun,
            filter_hint=_tr("Filter findings by subscription, seat or detail (Ctrl+F)"),
            detail_hint=_tr("Select a finding to see it and its seat's decision."),
            fetch_detail=lambda row: row, render_detail=render_finding,
            column_widths=[250, 210, 64, 280, 110])
        self.undo_token: str | None = None
        self.last_message = ""
        self.confirmation: QMessageBox | None = None
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("reviewKind")
        self.kind_box.setAccessibleName(_tr("Kind of finding"))
        self.kind_box.setMinimumContentsLength(28)
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.addItem(_tr("All findings"), "")
        for kind, title in KINDS.items():
            self.kind_box.addItem(_tr(title), kind)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.days = QSpinBox(self)
        self.days.setObjectName("reviewDays")
        self.days.setRange(0, 365)
        self.days.setValue(self.source.days)
        self.days.setPrefix(_tr("deadlines within "))
        self.days.setSuffix(_tr(" days"))
        self.days.setAccessibleName(_tr("Cancel-by deadlines within this many days"))
        self.days.valueChanged.connect(self._days_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(8, 0, 2, 0)
        # Second row: what to look at (kind, horizon) and what it costs.
        row = QHBoxLayout()
        row.setContentsMargins(0, 2, 0, 4)
        row.addWidget(self.kind_box)
        row.addWidget(self.days)
        row.addWidget(self.summary, 1)
        self.layout().insertLayout(1, row)  # type: ignore[union-attr]
        self.decide_action = self._add(_tr("&Decide…"), self.decide, "Ctrl+D")
        self.apply_action = self._add(_tr("&Apply decisions…"), self.apply_decisions)
        self.undo_action = self._add(_tr("&Undo last apply"), self.undo)
        self.sign_action = self._add(_tr("&Sign off…"), self.sign_off)
        self.current_changed.connect(lambda _row: self._update_actions())
        self.model.loaded.connect(self._loaded_snapshot)
        self._update_actions()
        self._stale = False

    def refresh(self) -> None:
        """Findings cover every seat and device (seconds at a million seats): hidden, the
        screen only notes that it is out of date and loads when it is next shown, so a
        roster opening or a change elsewhere does not hold a reader and a core meanwhile."""
        if self.isVisible():
            self._stale = False
            if self.model.rowCount() == 0:  # seconds on a large roster: say what is going on
                self._say(_tr("Reviewing the roster…"))
            super().refresh()
        else:
            self._stale = True
            self.model.is_loading = False  # nothing is being loaded

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _add(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())  # type: ignore[operator]
        self.actions_bar.addAction(action)
        self.addAction(action)
        return action

    # -- state --------------------------------------------------------------
    def _seat_rows(self) -> list[FindingRow]:
        rows = self.selected_rows() or [r for r in [self.current_row()] if r is not None]
        return [r for r in rows if r.finding.seat_id is not None]

    def _update_actions(self) -> None:
        read_only = self.services.read_only
        why = _tr(READ_ONLY_WHY) if read_only else ""
        seats = self._seat_rows()
        self.decide_action.setEnabled(not read_only and bool(seats))
        self.decide_action.setToolTip(why or ("" if seats else _tr(
            "Select a finding about a seat; subscription findings have no seat decision.")))
        self.apply_action.setEnabled(not read_only)
        self.apply_action.setToolTip(why or _tr("Reclaim and stop renewal of the decided "
                                                "seats, after a confirmation"))
        self.undo_action.setEnabled(not read_only and self.undo_token is not None)
        self.undo_action.setToolTip(why or ("" if self.undo_token else _tr(
            "Nothing to undo: no decisions were applied in this session.")))
        self.sign_action.setEnabled(not read_only)
        self.sign_action.setToolTip(why or _tr("Record who reviewed the roster, and when"))

    def _kind_changed(self) -> None:
        self.source.kind = str(self.kind_box.currentData())
        self.refresh()

    def _days_changed(self, value: int) -> None:
        self.source.days = value
        self.refresh()

    def _loaded_snapshot(self) -> None:
        snapshot = self.source.snapshot
        if snapshot is None:
            return
        counts = snapshot.findings.counts
        total = counts.get(self.source.kind, 0) if self.source.kind else sum(counts.values())
        listed = self.model.rowCount()
        if not self.model.filter_text and listed < total:  # the list stops at N of a kind
            self._say(_tr("%1 of %2 findings listed (at most %3 of each kind)")
                      .replace("%1", f"{listed:,}").replace("%2", f"{total:,}")
                      .replace("%3", f"{self.source.listed_per_kind:,}"))
        self.kind_box.setItemText(0, _tr("All findings (%1)").replace(
            "%1", f"{sum(counts.values()):,}"))
        for index in range(1, self.kind_box.count()):
            kind = str(self.kind_box.itemData(index))
            self.kind_box.setItemText(index, f"{_tr(KINDS[kind])} ({counts.get(kind, 0):,})")
        costs = snapshot.costs
        changed = costs.before != costs.after
        self.summary.setText(
            _tr("<b>Next renewal:</b> %1 before decisions → <b>%2</b> after · "
                "%3 decision(s) recorded").replace("%1", escape(_money(costs.before)))
            .replace("%2", escape(_money(costs.after)) if changed else escape(_tr("the same")))
            .replace("%3", str(snapshot.decided)))
        self._update_actions()

    def _say(self, text: str) -> None:
        self.count_label.setText(text)
        self.status_changed.emit(text)

    def _changed_roster(self) -> None:
        window = self.window()
        refresh = getattr(window, "refresh", None)
        (refresh or self.refresh)()

    # -- actions ------------------------------------------------------------
    def decide(self) -> DecisionDialog | None:
        rows = {r.finding.seat_id: r for r in self._seat_rows()}
        if not rows or self.services.read_only:
            return None
        first = next(iter(rows.values()))
        labels = [f"{r.finding.subscription} · {r.finding.licence_id}" for r in rows.values()]
        dialog = DecisionDialog(labels, first.decision.decision if first.decision else None,
                                first.decision.note if first.decision and len(rows) == 1
                                else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review = self.services.review
        seat_ids = [s for s in rows if s is not None]

        def record() -> None:
            decision, note = dialog.decision, dialog.note_text

            def work() -> None:
                for seat_id in seat_ids:
                    review.decide(seat_id, decision, note)

            self.runner.run(work, lambda _done: self.refresh(), self._error, write=True)

        dialog.accepted.connect(record)
        dialog.open()
        return dialog

    def apply_decisions(self) -> None:
        self.runner.run(self.services.review.pending, self._confirm_apply, self._error)

    def _confirm_apply(self, pending: ApplyResult) -> None:
        refused = "".join(f"<li>{escape(s.licence_id)} ({escape(_tr(DECISION_NAMES[s.decision]))})"
                          f": {escape(s.reason)}</li>" for s in pending.skipped[:10])
        if len(pending.skipped) > 10:
            refused += f"<li>… {len(pending.skipped) - 10} more</li>"
        total = pending.reclaimed + pending.not_renewed
        text = _tr("<p><b>%1</b> seat(s) will be reclaimed from their holders.<br>"
                   "<b>%2</b> seat(s) will stop renewing.</p>").replace(
            "%1", str(pending.reclaimed)).replace("%2", str(pending.not_renewed))
        if refused:
            text += _tr("<p>%1 decision(s) cannot be applied and will be left as they "
                        "are:</p><ul>%2</ul>").replace("%1", str(len(pending.skipped))) \
                .replace("%2", refused)
        text += _tr("<p>Keep and reassign decisions change nothing here. You can undo this "
                    "with “Undo last apply”.</p>") if total else \
            _tr("<p>Nothing to apply: record Reclaim or Do not renew decisions first.</p>")
        buttons = (QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel) \
            if total else QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Apply review decisions"), text,
                          buttons, self)
        box.setObjectName("applyConfirm")
        box.setTextFormat(Qt.TextFormat.RichText)
        if total:
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Apply).setText(
                _tr("&Apply to %1 seat(s)").replace("%1", str(total)))
        box.finished.connect(lambda result: self._apply_answered(result == int(
            QMessageBox.StandardButton.Apply)))
        box.open()
        self.confirmation = box

    def _apply_answered(self, yes: bool) -> None:
        if yes:
            self.runner.run(lambda: self.services.review.apply_decisions().value, self._applied,
                            self._error, write=True)

    def _applied(self, result: ApplyResult) -> None:
        if result.undo_token:
            self.undo_token = result.undo_token
        self._message(_tr("Applied: %1 seat(s) reclaimed, %2 set not to renew.")
                      .replace("%1", str(result.reclaimed))
                      .replace("%2", str(result.not_renewed)))
        self._changed_roster()

    def undo(self) -> None:
        token = self.undo_token
        if token is None:
            return
        self.undo_token = None
        self._update_actions()
        self.runner.run(lambda: self.services.review.undo(token).value, self._undone,
                        self._error, write=True)

    def _undone(self, seats: int) -> None:
        self._message(_tr("Undone: %1 seat(s) are as they were.").replace("%1", str(seats)))
        self._changed_roster()

    def sign_off(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("Sign off the review"),
                                        _tr("Reviewer's name (signed today):"),
                                        text=self.services.actor)
        if ok:
            self.record_sign_off(name)

    def record_sign_off(self, name: str) -> None:
        self.runner.run(lambda: self.services.review.sign_off(name).value, self._signed,
                        self._error, write=True)

    def _signed(self, signed: SignOff) -> None:
        self._message(_tr("Review signed off by %1 on %2.").replace("%1", signed.reviewer)
                      .replace("%2", signed.signed_on.isoformat()))

    def _message(self, text: str) -> None:
        self.last_message = text
        banner = getattr(self.window(), "banner", None)
        if banner is not None:
            banner.show_message(text, "info", seconds=15)
        self.status_changed.emit(text)

    def _error(self, error: BaseException) -> None:
        show_error(self, error, _tr("Review"))
        self.refresh()


def build(runner: TaskRunner, services: Services) -> TableScreen:
    return ReviewScreen(runner, services)
