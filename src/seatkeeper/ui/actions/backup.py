"""File → Restore from backup…: list the roster's copies, confirm, restore on a worker, reopen.

The window closes the roster first (its connections must not hold the file),
the restore runs on the writer pool, and the same roster is opened again.
At open, the window's banner carries what the opening found, in one strip (a second
message would replace the first): the daily copy's failure, audit tampering (each a
Message, rendered in the admin's language), or, for a reviewer's login on a team
roster, once, that the roster can be reviewed but not changed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from seatkeeper.domain.changes import Changed, Changes
from seatkeeper.domain.errors import StoreError
from seatkeeper.domain.messages import Message
from seatkeeper.store.location import RosterLocation
from seatkeeper.ui.actions.registry import (
    Menu,
    Placed,
    action_group,
    follow_roster,
    make_action,
    no_roster_reason,
)
from seatkeeper.ui.context import WindowContext, reviewer_reason
from seatkeeper.ui.i18n import instant_text, render, tr

if TYPE_CHECKING:
    from seatkeeper.store import backup
    from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog

# The backup module and the dialog are imported when used: the window imports this
# module before it is first shown, and the menu item alone needs neither.


CTX = "BackupActions"


@action_group
def backup_actions(ctx: WindowContext, parent: QWidget) -> list[Placed]:
    action = make_action(parent, "restoreFromBackup", tr(CTX, "&Restore from backup…"),
                         lambda: choose_backup(ctx))
    # Greyed where it cannot run, the reason in its tooltip; choose_backup still says
    # so for a shortcut or a script that calls it regardless.
    follow_roster(ctx, action, writes=True, why_read_only=_read_only_reason,
                  why_not=lambda services: "" if services.store.location.path is not None
                  else _server_reason())
    ctx.roster_opened.connect(lambda: _backup_warning(ctx))
    return [Placed("restoreFromBackup", action, Menu.FILE, 30)]


def _backup_warning(ctx: WindowContext) -> None:
    services = ctx.services
    if services is None:
        return
    # Tampering found at open (issue 19) and a failed copy share one strip.
    warnings = [services.backup_problem] if services.backup_problem else []
    warnings.extend(render(problem) for problem in services.audit_problems)
    reviewer = [] if services.read_only or services.may_edit else [reviewer_reason()]
    if warnings:
        ctx.messages.warn(" ".join(warnings + reviewer))
    elif reviewer:
        ctx.messages.say(reviewer[0], 0)


def _server_reason() -> str:
    return tr(CTX, "Backups are kept for roster files only. A roster on a server is backed "
                   "up on the server (pg_dump).")


def _read_only_reason() -> str:
    return tr(CTX, "The roster is open read-only for review; it cannot be restored from here.")


def choose_backup(ctx: WindowContext) -> RestoreDialog | None:
    services = ctx.services
    if services is None:
        ctx.messages.fail(StoreError(no_roster_reason()), tr(CTX, "Restore from backup"))
        return None
    if services.store.location.path is None:
        ctx.messages.fail(StoreError(_server_reason()), tr(CTX, "Restore from backup"))
        return None
    if services.read_only:
        ctx.messages.fail(StoreError(_read_only_reason()))
        return None
    from seatkeeper.store import backup
    from seatkeeper.ui.dialogs.restore_dialog import RestoreDialog

    location = services.store.location
    roster = location.path
    assert roster is not None
    dialog = RestoreDialog(str(roster), backup.list_backups(roster), ctx.window)
    dialog.accepted.connect(lambda: _confirm(ctx, location, dialog))
    dialog.open()
    return dialog


def _confirm(ctx: WindowContext, location: RosterLocation, dialog: RestoreDialog) -> None:
    """Ask first; if the roster's log no longer holds the copy's head, say so in the box
    (the restore is then also the remedy: the roster as it is is kept as a backup)."""
    from seatkeeper.services.audit_heads import KnownHead, Source

    chosen = dialog.chosen
    services = ctx.services
    if chosen is None:
        return
    if services is None or chosen.head is None:
        _ask(ctx, location, chosen, None)
        return
    head = KnownHead(chosen.head, Source.BACKUP, chosen.path.name)
    ctx.read(lambda: services.audit.problem_with(head)).success(
        lambda problem: _ask(ctx, location, chosen, problem)).run()


def _ask(ctx: WindowContext, location: RosterLocation, chosen: backup.Backup,
         problem: Message | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, tr(CTX, "Restore from backup"),
                      tr(CTX, "Replace the roster {label} with the copy from {m} UTC? Changes made "
                              "since then are set aside in a new backup.",
                              label=location.label, m=instant_text(chosen.taken_at)),
                      QMessageBox.StandardButton.Cancel, ctx.window)
    box.setObjectName("confirmRestore")
    if problem is not None:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(tr(CTX, "The roster's audit log has been tampered with since this "
                                       "copy: {problem}. The roster as it is now is kept in a "
                                       "new backup, as evidence.", problem=render(problem)))
    restore_button = box.addButton(tr(CTX, "&Restore"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.finished.connect(
        lambda _result: restore_now(ctx, location, chosen)
        if box.clickedButton() is restore_button else None)
    box.open()


def restore_now(ctx: WindowContext, location: RosterLocation, chosen: backup.Backup) -> None:
    from seatkeeper.services import audit_heads
    from seatkeeper.store import backup

    services = ctx.services
    roster = location.path
    assert roster is not None
    ctx.host.close_roster()
    ctx.messages.show_status(tr(CTX, "Restoring {label}…", label=location.label))

    def work() -> Changed[None]:
        if services is not None:
            services.close()  # no pooled connection may hold the file during the copy
        backup.restore(chosen.path, roster, now=datetime.now(UTC))
        if services is not None:  # the rewind is deliberate: the keyring's head goes too
            audit_heads.forget(services.vault, location)
        return Changed(None, Changes.everything())

    def done(_result: object) -> None:
        ctx.messages.say(tr(CTX, "The roster was restored from the copy of {m} UTC.",
                                 m=instant_text(chosen.taken_at)), 0)
        ctx.host.open_roster(location)

    def failed(error: BaseException) -> None:
        ctx.messages.fail(error, tr(CTX, "Restore from backup"))
        ctx.host.open_roster(location)

    ctx.write(work).success(done).failure(failed).run()
