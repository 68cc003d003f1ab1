"""Everything one open roster offers, built in one place for the window and the CLI.

``open_services`` is the one composition root: the window opens its roster
through it at launch, and so does every CLI command, so both get the same
services, the same daily backup before a write and the same keyring set-up.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from seatkeeper.credentials.vault import Vault
from seatkeeper.domain.errors import KnownError
from seatkeeper.domain.messages import Message, message
from seatkeeper.services.audit_log import AuditLog
from seatkeeper.services.clock import Clock, system_clock
from seatkeeper.services.credentials import CredentialService
from seatkeeper.services.deadlines import DeadlineService
from seatkeeper.services.deliveries import DeliveryService
from seatkeeper.services.demo import build_demo
from seatkeeper.services.forecast import ForecastService
from seatkeeper.services.holder_asks import HolderAskService
from seatkeeper.services.lookups import LookupService
from seatkeeper.services.mail import MailService
from seatkeeper.services.people import PeopleService
from seatkeeper.services.people_data import PeopleDataService
from seatkeeper.services.purchasing import PurchasingService
from seatkeeper.services.rates import RateService
from seatkeeper.services.reminders import ReminderService
from seatkeeper.services.review import ReviewService
from seatkeeper.services.roster import RosterService
from seatkeeper.services.seats import SeatService
from seatkeeper.services.spend import SpendService
from seatkeeper.services.subscription_actions import SubscriptionActionService
from seatkeeper.services.subscription_terms import SubscriptionTermsService
from seatkeeper.services.team import TeamService
from seatkeeper.services.vendor_terms import VendorTermsService
from seatkeeper.store import backup
from seatkeeper.store.engine import Store
from seatkeeper.store.location import RosterLocation
from seatkeeper.store.open import open_store

if TYPE_CHECKING:
    from seatkeeper.credentials.keyring_vault import KeyringVault

log = logging.getLogger(__name__)

AUDIT_HEAD_PROBLEM = message("audit.head_problem_at_open", "The audit log has been tampered "
                             "with: {problem}. Run “seatkeeper audit verify”.")


class Keyring(Enum):
    """How much of the OS keyring the caller needs (looking for it costs ~0.1 s and D-Bus)."""

    NOT_NEEDED = "not_needed"  # keeps no secret: no vault, no credential or mail service
    IF_AVAILABLE = "if_available"  # no usable keyring: no vault, and the screens say so
    # Every secret goes through the keyring even when there is none, so each use says
    # in plain words that no secure keyring exists (a command asked to store one).
    REQUIRED = "required"


@dataclass
class Services:
    """The services over one roster; the window holds one at a time, a command one."""

    store: Store
    vault: Vault | None
    clock: Clock
    actor: str
    backup_problem: str | None = None  # the daily copy failed: the window says so
    audit_problems: list[Message] = field(default_factory=list)  # findings at open: a banner
    may_edit: bool = True  # False: a reviewer's login on a team roster (the server says)
    roster: RosterService = field(init=False)
    credentials: CredentialService | None = field(init=False)
    purchasing: PurchasingService = field(init=False)
    seats: SeatService = field(init=False)
    lookups: LookupService = field(init=False)
    deliveries: DeliveryService = field(init=False)
    # Always there: with no keyring it saves a relay without login, and refuses a login.
    mail: MailService | None = field(init=False)
    deadlines: DeadlineService = field(init=False)
    terms: SubscriptionTermsService = field(init=False)
    vendor_terms: VendorTermsService = field(init=False)
    subscription_actions: SubscriptionActionService = field(init=False)
    reminders: ReminderService = field(init=False)
    review: ReviewService = field(init=False)
    audit: AuditLog = field(init=False)
    team: TeamService = field(init=False)
    people_data: PeopleDataService = field(init=False)
    rates: RateService = field(init=False)
    spend: SpendService = field(init=False)
    forecast: ForecastService = field(init=False)
    holder_asks: HolderAskService = field(init=False)
    people: PeopleService = field(init=False)
    _closing: threading.Lock = field(init=False, repr=False, compare=False,
                                     default_factory=threading.Lock)
    _closed: bool = field(init=False, repr=False, compare=False, default=False)

    def __post_init__(self) -> None:
        self.roster = RosterService(self.store)
        self.audit = AuditLog(self.store, self.vault)
        self.team = TeamService(self.store)
        self.people_data = PeopleDataService(self.store, self.clock, self.actor)
        self.review = ReviewService(self.store, self.clock, self.actor)
        self.credentials = (CredentialService(self.store, self.vault, self.clock, self.actor)
                            if self.vault is not None else None)
        self.purchasing = PurchasingService(self.store, self.clock, self.actor)
        self.seats = SeatService(self.store, self.clock, self.actor)
        self.people = PeopleService(self.store, self.clock, self.actor, self.seats)
        self.lookups = LookupService(self.store)
        self.deliveries = DeliveryService(self.store, self.clock, self.actor)
        self.mail = MailService(self.store, self.vault, self.clock, self.actor)
        self.deadlines = DeadlineService(self.store)
        self.terms = SubscriptionTermsService(self.store, self.clock, self.actor)
        self.vendor_terms = VendorTermsService(self.store, self.clock, self.actor)
        self.subscription_actions = SubscriptionActionService(self.store, self.clock, self.actor)
        self.reminders = ReminderService(self.store, self.clock, self.actor)
        self.rates = RateService(self.store, self.clock, self.actor)
        self.spend = SpendService(self.store)
        self.forecast = ForecastService(self.store)
        self.holder_asks = HolderAskService(self.store, self.mail, self.review, self.clock,
                                            self.actor)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def vault_description(self) -> str | None:
        return self.vault.description if self.vault is not None else None

    def close(self) -> None:
        """Keep the audit head and let the roster go; once, whoever calls first.

        The window closes a roster on a worker while a restore may close it too on
        another: the second call waits for the first and does nothing, so no head of
        the log before a restore is written after the restore has forgotten it."""
        with self._closing:
            if self._closed:
                return
            self._closed = True
            if not self.store.read_only:  # the head as we leave it, outside the roster
                try:
                    self.audit.checkpoint()
                except (KnownError, OSError) as error:
                    log.warning("audit checkpoint not written: %s", error)
            self.store.dispose()


def open_keyring() -> KeyringVault:
    """The OS keyring, limited to the backends that keep secrets encrypted."""
    # keyring finds its backends through entry points (~0.1 s): only where it is needed
    from seatkeeper.credentials.keyring_vault import KeyringVault

    return KeyringVault()


def _vault(keyring: Keyring) -> Vault | None:
    if keyring is Keyring.NOT_NEEDED:
        return None
    vault = open_keyring()
    return vault if vault.available or keyring is Keyring.REQUIRED else None


def open_services(location: RosterLocation, *, actor: str, read_only: bool = False,
                  fill_demo: bool = False, vault: Vault | None = None,
                  keyring: Keyring = Keyring.IF_AVAILABLE, clock: Clock = system_clock,
                  daily_backup: bool = False) -> Services:
    """Open the roster and its vault; with ``fill_demo``, an empty roster gets the demo.

    With ``daily_backup`` (the app at launch, a writing command), an SQLite roster is
    copied first if its newest backup is a day old. A ``vault`` given is used as it
    is; otherwise ``keyring`` says whether to open the OS keyring. Slow (copy,
    migrations, D-Bus): the GUI calls this on a worker.
    """
    problem = None
    if daily_backup and not read_only and location.path is not None:
        try:
            backup.daily_backup(location.path, clock())
        except KnownError as error:  # the roster still opens; the admin is told
            log.warning("daily backup failed: %s", error.message)
            problem = f"Today's backup copy could not be taken: {error.message}"
    store = open_store(location, read_only=read_only)
    if vault is None:
        vault = _vault(keyring)
    services = Services(store, vault, clock, actor, backup_problem=problem)
    services.audit_problems = list(store.findings)
    services.may_edit = read_only or services.team.may_edit()
    services.audit_problems.extend(AUDIT_HEAD_PROBLEM(problem=problem)
                                   for problem in services.audit.head_problems())
    if fill_demo and not read_only and services.roster.counts().subscriptions == 0:
        build_demo(store, vault, clock, actor)
    return services
