"""The Review screen: what needs a decision, the decisions, applying them, sign-off.

Findings come grouped by kind (the kind box shows each kind's count, capped
first and then exact), paged from SQL like the Licences table;
each seat gets a decision with a note; "Apply decisions…" shows what will
change and what the rules refuse before changing anything, and the last apply
can be undone. Everything that writes is disabled in a read-only review.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
)

from seatkeeper.domain.changes import Changed, Changes, Entity
from seatkeeper.domain.money import Money
from seatkeeper.services.holder_asks import Draft, SendResult
from seatkeeper.services.review import ApplyResult, SignOff
from seatkeeper.services.review_findings import KINDS, kind_title
from seatkeeper.ui.context import WindowContext, edit_refusal
from seatkeeper.ui.dialogs.ask_holders_dialog import AskHoldersDialog
from seatkeeper.ui.dialogs.decision_dialog import DecisionDialog
from seatkeeper.ui.dialogs.release_dialog import release_leaver
from seatkeeper.ui.dialogs.sign_off_dialog import SignOffDialog
from seatkeeper.ui.i18n import instant_text, money, number, render, tr
from seatkeeper.ui.models.review_model import FindingRow, ReviewTableModel, decision_names
from seatkeeper.ui.widgets.detail_pane import section
from seatkeeper.ui.widgets.table_screen import TableScreen

READ_ONLY_WHY = "The roster is open read-only for review; decisions cannot be recorded."


CTX = "ReviewScreen"


def _money(amounts: tuple[Money, ...]) -> str:
    return ", ".join(money(m) for m in amounts) or number(0)


def render_finding(row: FindingRow) -> str:
    f, d = row.finding, row.decision
    pairs = [(tr(CTX, "Finding"), render(f.title)),
             (tr(CTX, "Subscription"), f.subscription or "—"),
             (tr(CTX, "Seat"), f.licence_id or tr(CTX, "— (about the whole subscription)")),
             (tr(CTX, "Detail"), render(f.detail))]
    if d is not None:
        pairs += [(tr(CTX, "Decision"), row.decision_text), (tr(CTX, "Note"), d.note or "—"),
                  (tr(CTX, "Decided"), instant_text(d.decided_at, zone=True))]
    elif f.seat_id is not None:
        pairs.append((tr(CTX, "Decision"), tr(CTX, "None yet — press Decide…")))
    return section(tr(CTX, "Review finding"), pairs)


def finding_noun(count: int) -> str:
    return tr(CTX, "1 finding") if count == 1 else tr(CTX, "{count} findings", count=count)


LEAVER_KINDS = frozenset({"seat_held_by_leaver", "leaver_device_connected"})
WATCHES = frozenset({Entity.REVIEW, Entity.SEAT, Entity.SUBSCRIPTION, Entity.PERSON,
                     Entity.DEVICE, Entity.DELIVERY})


class ReviewScreen(TableScreen):
    """Findings cover every seat and device: the screen reads nothing while hidden, so a
    roster opening or a change elsewhere does not hold a reader and a core meanwhile;
    it loads when it is next shown."""

    def __init__(self, ctx: WindowContext) -> None:
        services = ctx.services
        assert services is not None
        self.services = services
        self.review_model = ReviewTableModel(ctx.runner, services.review)
        super().__init__(
            ctx, self.review_model, noun=finding_noun,
            filter_hint=tr(CTX, "Filter findings by subscription, seat or detail (Ctrl+F)"),
            detail_hint=tr(CTX, "Select a finding to see it and its seat's decision."),
            fetch_detail=lambda row: row, render_detail=render_finding,
            column_widths=[250, 210, 64, 280, 110], watches=WATCHES, load_when_shown=True)
        self.undo_token: str | None = None
        self.last_message = ""
        self.confirmation: QMessageBox | None = None
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("reviewKind")
        self.kind_box.setAccessibleName(tr(CTX, "Kind of finding"))
        self.kind_box.setMinimumContentsLength(28)
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.addItem(tr(CTX, "All findings"), "")
        for kind in KINDS:
            self.kind_box.addItem(render(kind_title(kind)), kind)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.days = QSpinBox(self)
        self.days.setObjectName("reviewDays")
        self.days.setRange(0, 365)
        self.days.setValue(self.review_model.days)
        self.days.setPrefix(tr(CTX, "deadlines within "))
        self.days.setSuffix(tr(CTX, " days"))
        self.days.setAccessibleName(tr(CTX, "Cancel-by deadlines within this many days"))
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
        self.decide_action = self._add(tr(CTX, "&Decide…"), self.decide, "Ctrl+D")
        self.apply_action = self._add(tr(CTX, "&Apply decisions…"), self.apply_decisions)
        self.undo_action = self._add(tr(CTX, "&Undo last apply"), self.undo)
        self.sign_action = self._add(tr(CTX, "&Sign off…"), self.sign_off)
        self.ask_action = self._add(tr(CTX, "Ask &holders…"), self.ask_holders)
        self.answer_action = self._add(tr(CTX, "Holder &answered…"), self.holder_answered)
        self.ask_dialog: AskHoldersDialog | None = None
        self.release_action = self._add(tr(CTX, "&Release leaver's seats…"),
                                        self.release_leaver)
        self.release_action.setObjectName("releaseLeaver")
        self.release_action.setIconText(tr(CTX, "Release leaver…"))  # the bar fits 1024 px
        self.release_confirmation: QMessageBox | None = None
        self.current_changed.connect(lambda _row: self._update_actions())
        self.review_model.summary_changed.connect(self._loaded_snapshot)
        self._update_actions()

    def refresh(self) -> None:
        if self.isVisible() and self.model.rowCount() == 0:  # seconds on a large roster
            self._say(tr(CTX, "Reviewing the roster…"))
        super().refresh()

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
        why = tr(CTX, READ_ONLY_WHY) if read_only else ""
        # A reviewer's login records decisions and signs off; applying them changes seats.
        applying = edit_refusal(self.services, lambda: tr(CTX, READ_ONLY_WHY))
        seats = self._seat_rows()
        self.decide_action.setEnabled(not read_only and bool(seats))
        self.decide_action.setToolTip(why or ("" if seats else tr(CTX,
            "Select a finding about a seat; subscription findings have no seat decision.")))
        self.apply_action.setEnabled(not applying)
        self.apply_action.setToolTip(applying or tr(CTX, "Reclaim and stop renewal of the decided "
                                                    "seats, after a confirmation"))
        self.undo_action.setEnabled(not applying and self.undo_token is not None)
        self.undo_action.setToolTip(applying or ("" if self.undo_token else tr(CTX,
            "Nothing to undo: no decisions were applied in this session.")))
        self.sign_action.setEnabled(not read_only)
        self.sign_action.setToolTip(why or tr(CTX, "Record who reviewed the roster, and when"))
        # Asking writes the questions, and releasing changes seats: a reviewer's login may
        # do neither (the server refuses it), so they are off with the same reason.
        self.ask_action.setEnabled(not applying)
        self.ask_action.setToolTip(applying or tr(CTX, "E-mail the holders of seats renewing "
                                                       "soon: do they still need them?"))
        self.answer_action.setEnabled(not applying and len(seats) == 1)
        self.answer_action.setToolTip(applying or tr(CTX, "Record a holder's answer (keep or "
                                                          "release) as the seat's decision"))
        leaver = self._leaver()
        self.release_action.setEnabled(not applying and leaver is not None)
        self.release_action.setToolTip(applying or ("" if leaver else tr(
            CTX, "Select a finding about someone who left.")))

    def _leaver(self) -> str | None:
        """The e-mail of the leaver the current finding is about, if it is about one."""
        row = self.current_row()
        finding = row.finding if isinstance(row, FindingRow) else None
        if finding is None or finding.kind not in LEAVER_KINDS:
            return None
        return finding.holder

    def release_leaver(self) -> None:
        email = self._leaver()
        if email is None or not self.release_action.isEnabled():
            return
        release_leaver(self.ctx, self.services, email, self, self._release_shown)

    def _release_shown(self, box: QMessageBox) -> None:
        self.release_confirmation = box

    def _kind_changed(self) -> None:
        self.review_model.kind = str(self.kind_box.currentData())
        self.refresh()

    def _days_changed(self, value: int) -> None:
        self.review_model.days = value
        self.refresh()

    def _loaded_snapshot(self) -> None:
        snapshot = self.review_model.summary
        if snapshot is None:
            return
        counts = snapshot.findings.counts
        cap = self.review_model.summary_cap

        def counted(n: int) -> str:
            return tr(CTX, "over {count}", count=number(cap)) if not snapshot.exact and n > cap \
                else number(n)
        total = sum(counts.values())
        self.kind_box.setItemText(0, tr(CTX, "All findings ({values})", values=(
            counted(total) if snapshot.exact or not any(n > cap for n in counts.values())
            else tr(CTX, "over {count}", count=number(total)))))
        for index in range(1, self.kind_box.count()):
            kind = str(self.kind_box.itemData(index))
            self.kind_box.setItemText(index, tr(CTX, "{kind} ({count})", kind=kind_title(kind),
                                                count=counted(counts.get(kind, 0))))
        costs = snapshot.costs
        changed = costs.before != costs.after
        self.summary.setText(
            tr(CTX, "<b>Next renewal:</b> {before} before decisions → <b>{after}</b> after · "
                    "{decided} decision(s) recorded",
                    before=escape(_money(costs.before)),
                    after=escape(_money(costs.after)) if changed else escape(tr(CTX, "the same")),
                    decided=snapshot.decided))
        self._update_actions()

    def _say(self, text: str) -> None:
        self.count_label.setText(text)
        self.status_changed.emit(text)

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

            def work() -> Changed[None]:
                changes = Changes.nothing()
                for seat_id in seat_ids:
                    changes |= review.decide(seat_id, decision, note).changes
                return Changed(None, changes)

            self.ctx.write(work, owner=self).failure(self._error).run(initiator=self)

        dialog.accepted.connect(record)
        dialog.open()
        return dialog

    def apply_decisions(self) -> None:
        self.ctx.read(self.services.review.pending, owner=self).success(
            self._confirm_apply).failure(self._error).run()

    def _confirm_apply(self, pending: ApplyResult) -> None:
        names = decision_names()
        refused = "".join(f"<li>{escape(s.licence_id)} ({escape(names[s.decision])})"
                          f": {escape(s.reason)}</li>" for s in pending.skipped[:10])
        if len(pending.skipped) > 10:
            refused += f"<li>… {len(pending.skipped) - 10} more</li>"
        total = pending.reclaimed + pending.not_renewed
        text = tr(CTX, "<p><b>{reclaimed}</b> seat(s) will be reclaimed from their holders.<br>"
                       "<b>{not_renewed}</b> seat(s) will stop renewing.</p>",
                       reclaimed=pending.reclaimed, not_renewed=pending.not_renewed)
        if refused:
            text += tr(CTX, "<p>{count} decision(s) cannot be applied and will be left as they "
                            "are:</p><ul>{refused}</ul>",
                            count=len(pending.skipped), refused=refused)
        text += tr(CTX, "<p>Keep and reassign decisions change nothing here. You can undo this "
                        "with “Undo last apply”.</p>") if total else \
            tr(CTX, "<p>Nothing to apply: record Reclaim or Do not renew decisions first.</p>")
        buttons = (QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel) \
            if total else QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Question, tr(CTX, "Apply review decisions"), text,
                          buttons, self)
        box.setObjectName("applyConfirm")
        box.setTextFormat(Qt.TextFormat.RichText)
        if total:
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Apply).setText(
                tr(CTX, "&Apply to {total} seat(s)", total=total))
        box.finished.connect(lambda result: self._apply_answered(result == int(
            QMessageBox.StandardButton.Apply)))
        box.open()
        self.confirmation = box

    def _apply_answered(self, yes: bool) -> None:
        if yes:
            self.ctx.write(self.services.review.apply_decisions, owner=self).success(
                self._applied).failure(self._error).run(initiator=self)

    def _applied(self, result: ApplyResult) -> None:
        if result.undo_token:
            self.undo_token = result.undo_token
        self._message(tr(CTX, "Applied: {reclaimed} seat(s) reclaimed, {not_renewed} set not to "
                              "renew.",
                              reclaimed=result.reclaimed, not_renewed=result.not_renewed))

    def undo(self) -> None:
        token = self.undo_token
        if token is None:
            return
        self.undo_token = None
        self._update_actions()
        self.ctx.write(lambda: self.services.review.undo(token), owner=self).success(
            self._undone).failure(self._error).run(initiator=self)

    def _undone(self, seats: int) -> None:
        self._message(tr(CTX, "Undone: {seats} seat(s) are as they were.", seats=seats))

    # -- asking the holders (issue 20) -------------------------------------------------
    def ask_holders(self) -> None:
        asks, days = self.services.holder_asks, max(self.review_model.days, 30)
        self.ctx.read(lambda: asks.drafts(asks.questions(days), render), owner=self).success(
            lambda drafts: self._preview_asks(drafts, days)).failure(self._error).run()

    def _preview_asks(self, drafts: list[Draft], days: int) -> AskHoldersDialog:
        dialog = AskHoldersDialog(drafts, days, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        asks = self.services.holder_asks

        def send() -> None:
            chosen = dialog.chosen
            self.ctx.write(lambda: asks.send(chosen), owner=self).success(
                self._asked).failure(self._error).run(initiator=self)

        dialog.accepted.connect(send)
        dialog.open()
        self.ask_dialog = dialog
        return dialog

    def _asked(self, result: SendResult) -> None:
        text = tr(CTX, "Asked {sent} holder(s).", sent=len(result.sent))
        if result.failed:
            text += " " + tr(CTX, "{failed} not sent: {why}", failed=len(result.failed),
                             why=render(result.failed[0][1]))
            self.ctx.messages.warn(text)
        self._message(text)

    def holder_answered(self) -> QMessageBox | None:
        seats = self._seat_rows()
        if len(seats) != 1 or self.services.read_only:
            return None
        row = seats[0]
        box = QMessageBox(QMessageBox.Icon.Question, tr(CTX, "Holder answered"),
                          tr(CTX, "What did the holder of {seat} ({subscription}) answer?",
                             seat=row.finding.licence_id or "",
                             subscription=row.finding.subscription or ""),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("holderAnswered")
        keep = box.addButton(tr(CTX, "&Keep it"), QMessageBox.ButtonRole.AcceptRole)
        release = box.addButton(tr(CTX, "&Release it"), QMessageBox.ButtonRole.AcceptRole)
        asks, seat_id = self.services.holder_asks, row.finding.seat_id
        assert seat_id is not None

        def answered(button: object) -> None:
            answer = "keep" if button is keep else "release" if button is release else None
            if answer is not None:
                self.ctx.write(lambda: asks.answer(seat_id, answer), owner=self).failure(
                    self._error).run(initiator=self)

        box.buttonClicked.connect(answered)
        box.open()
        self.confirmation = box
        return box

    def sign_off(self) -> SignOffDialog:
        summary = self.review_model.summary
        total = sum(summary.findings.counts.values()) if summary is not None else 0
        dialog = SignOffDialog(summary.undecided if summary is not None else 0, total,
                               self.services.clock().date(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.record_sign_off(dialog.reviewer))
        dialog.open()
        return dialog

    def record_sign_off(self, name: str) -> None:
        self.ctx.write(lambda: self.services.review.sign_off(name), owner=self).success(
            self._signed).failure(self._error).run(initiator=self)

    def _signed(self, signed: SignOff) -> None:
        self._message(tr(CTX, "Review signed off by {reviewer} on {signed_on}.",
                              reviewer=signed.reviewer, signed_on=signed.signed_on))

    def _message(self, text: str) -> None:
        self.last_message = text
        self.ctx.messages.say(text, 15)
        self.status_changed.emit(text)

    def _error(self, error: BaseException) -> None:
        self.ctx.messages.fail(error, tr(CTX, "Review"))
        self.reload()


def build(ctx: WindowContext) -> TableScreen:
    return ReviewScreen(ctx)
