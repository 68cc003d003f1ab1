"""Ask the holders: the mail merge of "do you still need it?" messages, before sending.

Each held seat whose cancel-by deadline is near is listed, checked, with its
reply-by date; selecting one shows its message exactly as it will be sent (to,
subject, body, in the admin's language). Nothing is sent until "Send" is pressed;
the screen sends the checked ones on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.services.holder_asks import Draft
from seatkeeper.ui.i18n import date_text, tr
from seatkeeper.ui.widgets.forms import named

CTX = "AskHoldersDialog"


class AskHoldersDialog(QDialog):
    """Read ``chosen`` (the checked drafts) after it is accepted."""

    def __init__(self, drafts: list[Draft], days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askHoldersDialog")
        self.setWindowTitle(tr(CTX, "Ask the holders"))
        self.drafts = drafts
        intro = QLabel(tr(CTX, "Each holder gets a short message asking whether they still "
                               "need their seat, with a date to answer by that leaves time "
                               "before the cancel-by deadline. Record their answers with "
                               "“Holder answered…” on the Review screen; a missing answer "
                               "becomes a finding on its reply-by date."), self)
        intro.setWordWrap(True)
        self.items = named(QListWidget(self), "askList")
        for draft in drafts:
            q = draft.question
            item = QListWidgetItem(tr(CTX, "{subscription} · {seat} — {holder} · reply by "
                                           "{reply_by}", subscription=q.subscription,
                                      seat=q.licence_id, holder=q.holder or q.email,
                                      reply_by=date_text(q.reply_by)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(item)
        self.preview = named(QPlainTextEdit(self), "askPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr(CTX, "The message as it will be sent"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.items)
        split.addWidget(self.preview)
        split.setSizes([380, 420])
        self.empty = named(QLabel(tr(CTX, "No held seat has a cancel-by deadline in the next "
                                          "{days} days that leaves time to ask.", days=days),
                                  self), "askEmpty")
        self.empty.setVisible(not drafts)
        split.setVisible(bool(drafts))
        box = QDialogButtonBox(self)
        self.send_button: QPushButton = box.addButton(
            tr(CTX, "&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(box)
        self.items.currentRowChanged.connect(self._show)
        self.items.itemChanged.connect(lambda _item: self._count())
        if drafts:
            self.items.setCurrentRow(0)
        self._count()
        self.resize(860, 520)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.drafts):
            self.preview.clear()
            return
        mail = self.drafts[row].email
        self.preview.setPlainText(tr(CTX, "To: {to}\nSubject: {subject}\n\n{body}",
                                     to=mail.to, subject=mail.subject, body=mail.body))

    @property
    def chosen(self) -> list[Draft]:
        return [d for n, d in enumerate(self.drafts)
                if self.items.item(n).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        count = len(self.chosen)
        self.send_button.setText(tr(CTX, "&Send 1 message") if count == 1
                                 else tr(CTX, "&Send {count} messages", count=count))
        self.send_button.setEnabled(count > 0)
