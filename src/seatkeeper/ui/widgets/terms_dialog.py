"""State what the admin knows of one subscription's terms (issue 16).

Notice period, device limit a seat, billing currency and auto-renew; each
"not known" until stated. Optionally kept as the vendor's own terms profile
for its next subscription and import. The service judges (a seed vendor's
rules refuse what they forbid); this dialog only asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seatkeeper.domain.vendor_terms import MAX_DEVICES, MAX_NOTICE_DAYS
from seatkeeper.services.subscription_terms import SubscriptionTerms
from seatkeeper.ui.i18n import tr

CTX = "TermsDialog"
NOT_KNOWN = 0  # the spin boxes' special value: "not known"


class StateTermsDialog(QDialog):
    """The subscription's own terms; the caller saves them through the service."""

    def __init__(self, terms: SubscriptionTerms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateTermsDialog")
        self.setWindowTitle(tr(CTX, "Terms of {name}", name=terms.name))
        intro = QLabel(tr(CTX, "What you know of {vendor}'s terms for this subscription. "
                               "Leave a value at “not known” when the vendor does not say.",
                          vendor=terms.vendor or tr(CTX, "the vendor")), self)
        intro.setWordWrap(True)
        self.notice = QSpinBox(self)
        self.notice.setObjectName("termsNoticeDays")
        self.notice.setRange(NOT_KNOWN - 1, MAX_NOTICE_DAYS)
        self.notice.setSpecialValueText(tr(CTX, "not known"))
        self.notice.setSuffix(tr(CTX, " days"))
        days = None if terms.notice is None else terms.notice.days
        self.notice.setValue(NOT_KNOWN - 1 if days is None else days)
        self.devices = QSpinBox(self)
        self.devices.setObjectName("termsDevicesPerSeat")
        self.devices.setRange(NOT_KNOWN, MAX_DEVICES)
        self.devices.setSpecialValueText(tr(CTX, "not known"))
        stated = terms.device_limit if terms.device_limit_scope == "seat" else None
        self.devices.setValue(stated or NOT_KNOWN)
        self.currency = QLineEdit(terms.currency, self)
        self.currency.setObjectName("termsCurrency")
        self.currency.setMaxLength(3)
        self.auto_renew = QCheckBox(tr(CTX, "Renews automatically"), self)
        self.auto_renew.setObjectName("termsAutoRenew")
        self.auto_renew.setChecked(terms.auto_renew)
        self.save_for_vendor = QCheckBox(
            tr(CTX, "Use these for {vendor}'s other subscriptions and imports",
               vendor=terms.vendor or tr(CTX, "this vendor")), self)
        self.save_for_vendor.setObjectName("termsSaveForVendor")
        self.save_for_vendor.setEnabled(bool(terms.vendor) and not terms.profile.builtin)
        form = QFormLayout()
        for text, widget in ((tr(CTX, "&Notice period:"), self.notice),
                             (tr(CTX, "&Devices a seat:"), self.devices),
                             (tr(CTX, "&Currency:"), self.currency)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.auto_renew)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr(CTX, "&Save terms"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.save_for_vendor)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def notice_days(self) -> int | None:
        value = self.notice.value()
        return None if value < NOT_KNOWN else value

    def devices_per_seat(self) -> int | None:
        value = self.devices.value()
        return None if value == NOT_KNOWN else value
