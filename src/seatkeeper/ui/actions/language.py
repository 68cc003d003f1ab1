"""Settings → Language…: which language the window speaks from its next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import tr
from seatkeeper.ui.settings import LANGUAGE, app_settings

CTX = "LanguageActions"


def choose_language(ctx: WindowContext) -> None:
    from seatkeeper.ui.dialogs.language_dialog import LanguageDialog  # when used

    settings = app_settings()
    dialog = LanguageDialog(str(settings.value(LANGUAGE, "") or ""), QLocale.system().name(),
                            ctx.window)

    def chosen() -> None:
        settings.setValue(LANGUAGE, dialog.choice)
        settings.sync()
        ctx.messages.say(tr(CTX, "The new language is used from the next start."), 10)

    dialog.accepted.connect(chosen)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()


@action_group
def language_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    action = make_action(parent, "chooseLanguage", tr(CTX, "&Language…"),
                         lambda: choose_language(ctx))
    return [Placed("chooseLanguage", action, Menu.SETTINGS, 90, separator_before=True)]
