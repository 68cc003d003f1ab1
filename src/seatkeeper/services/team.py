"""Team roles on a shared PostgreSQL roster: who may edit, who may only review.

The rules live on the server (store/team_roles.py); this service checks the
request and says plainly what it did or why it cannot.
"""

from __future__ import annotations

from seatkeeper.domain.errors import BadInput, StoreError
from seatkeeper.domain.messages import message
from seatkeeper.store import team_roles
from seatkeeper.store.engine import Store

ONLY_ON_SERVER = message("team.only_on_server", "Roles exist only on a team roster on "
                         "PostgreSQL; an SQLite roster is guarded by its file's permissions.")
NO_LOGIN = message("team.no_login", "There is no login “{user}” on the server; create it first "
                   "(e.g. createuser {user}).")
BAD_ROLE = message("team.bad_role", "The role must be admin or reviewer, not “{role}”.")

__all__ = ["TeamService"]


class TeamService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _server_only(self) -> None:
        if self.store.is_sqlite:
            raise StoreError(ONLY_ON_SERVER())

    def grant(self, user: str, role: str) -> None:
        self._server_only()
        if role not in team_roles.ROLES:
            raise BadInput(BAD_ROLE(role=role))
        if not self.store.read(lambda c: team_roles.login_exists(c, user)):
            raise BadInput(NO_LOGIN(user=user))
        self.store.write(lambda c: team_roles.grant(c, user, role))

    def revoke(self, user: str) -> None:
        self._server_only()
        if not self.store.read(lambda c: team_roles.login_exists(c, user)):
            raise BadInput(NO_LOGIN(user=user))
        self.store.write(lambda c: team_roles.revoke(c, user))

    def may_edit(self) -> bool:
        return self.store.read(team_roles.may_edit)
