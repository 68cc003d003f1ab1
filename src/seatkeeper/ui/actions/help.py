"""Help: the user guide, the keyboard shortcuts, the data folder, the log, About.

The guide is local HTML shipped in the package (seatkeeper/guide/guide_<lang>.html),
in the window's language. The shortcut list is read from the window's actions when it
is opened, so it cannot go stale.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seatkeeper import __version__, paths
from seatkeeper.ui.actions.registry import Menu, Placed, action_group, make_action
from seatkeeper.ui.context import WindowContext
from seatkeeper.ui.i18n import SUPPORTED, current_language, tr

CTX = "HelpActions"
GUIDES = Path(__file__).resolve().parents[2] / "guide"


def guide_path(language: str) -> Path:
    """The guide in ``language``, else the English one."""
    wanted = GUIDES / f"guide_{language if language in SUPPORTED else 'en'}.html"
    return wanted if wanted.is_file() else GUIDES / "guide_en.html"


class HelpDialog(QDialog):
    """A page of help in a read-only browser, with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None,
                 name: str = "helpDialog") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(box)
        self.resize(720, 620)


def open_guide(ctx: WindowContext) -> HelpDialog:
    path = guide_path(current_language())
    dialog = HelpDialog(tr(CTX, "Seatkeeper user guide"), path.read_text(encoding="utf-8"),
                        ctx.window, "userGuide")
    dialog.browser.setSearchPaths([str(path.parent)])
    dialog.show()
    return dialog


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, keys) for every action of the window that has a shortcut, by name."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if not k.isEmpty()]
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = name.rstrip("…").strip()
        if keys and name:
            rows.setdefault(name, ", ".join(keys))
    return sorted(rows.items(), key=lambda row: row[0].casefold())


def open_shortcuts(ctx: WindowContext) -> HelpDialog:
    rows = "".join(f"<tr><td style='padding-right:24px'>{escape(name)}</td>"
                   f"<td><b>{escape(keys)}</b></td></tr>"
                   for name, keys in shortcut_rows(ctx.window))
    title = tr(CTX, "Keyboard shortcuts")
    note = tr(CTX, "Ctrl+F goes to the filter box of the screen; Escape there clears it.")
    html = f"<h2>{escape(title)}</h2><table>{rows}</table><p>{escape(note)}</p>"
    dialog = HelpDialog(tr(CTX, "Keyboard shortcuts"), html, ctx.window, "shortcuts")
    dialog.show()
    return dialog


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def about_text() -> str:
    return tr(CTX, "<p><b>Seatkeeper {version}</b> — keeps software subscriptions true and "
                   "affordable.</p><p>Licence: proprietary; all rights reserved.</p>"
                   "<p>Data folder: {data}<br>Log: {log}</p>",
              version=__version__, data=escape(str(paths.data_dir())),
              log=escape(str(paths.log_file())))


def about(ctx: WindowContext) -> None:
    QMessageBox.about(ctx.window, tr(CTX, "About Seatkeeper"), about_text())


@action_group
def help_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    guide = make_action(parent, "userGuide", tr(CTX, "User &guide"), lambda: open_guide(ctx),
                        QKeySequence.StandardKey.HelpContents)
    keys = make_action(parent, "keyboardShortcuts", tr(CTX, "&Keyboard shortcuts"),
                       lambda: open_shortcuts(ctx))
    data = make_action(parent, "openDataFolder", tr(CTX, "Open &data folder"),
                       lambda: open_folder(paths.data_dir()))
    log = make_action(parent, "openLog", tr(CTX, "Open &log"),
                      lambda: open_folder(paths.log_file()))
    action = make_action(parent, "about", tr(CTX, "&About Seatkeeper"), lambda: about(ctx))
    return [Placed("userGuide", guide, Menu.HELP, 10),
            Placed("keyboardShortcuts", keys, Menu.HELP, 20),
            Placed("openDataFolder", data, Menu.HELP, 30, separator_before=True),
            Placed("openLog", log, Menu.HELP, 40),
            Placed("about", action, Menu.HELP, 90, separator_before=True)]
