"""Settings → E-mail (SMTP)…: the admin's own mail server for download links (SD-1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seatkeeper.ui.actions.registry import Menu, Placed, action_group, follow_roster, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.dialogs.smtp_dialog import SmtpDialog
from seatkeeper.ui.i18n import tr

CTX = "SettingsActions"


def open_smtp_dialog(ctx: WindowContext) -> SmtpDialog | None:
    services = ctx.services
    if services is None:
        return None
    dialog = SmtpDialog(ctx, services, ctx.window)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog


@action_group
def settings_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    smtp = make_action(parent, "smtp_settings", tr(CTX, "&E-mail (SMTP)…"),
                       lambda: open_smtp_dialog(ctx))
    follow_roster(ctx, smtp, writes=True,
                  why_read_only=lambda: tr(CTX, "The roster is open for read-only review."))
    return [Placed("smtp_settings", smtp, Menu.SETTINGS, 10)]
