"""AS-2: what a device and store account need before a trial or in-app purchase.

Every problem is reported at once, each with a stable ``code`` (for tests,
exports and the GUI) and a plain message. Versions compare as numbers, so
7.10 is newer than 7.3.7, and "7.3" means 7.3.0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seatkeeper.domain.bullets import bullet_list
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.messages import Message, message

MIN_IOS_VERSION = (12,)
MIN_APP_VERSION = (7, 3, 7)

NOT_A_VERSION = message("app_store.not_a_version", "“{text}” is not a version number "
                        "(e.g. 7.3.7).")
NOT_A_COUNTRY = message("app_store.not_a_country", "“{code}” is not a country code "
                        "(two letters, e.g. NO).")
IOS_TOO_OLD = message("app_store.ios_too_old",
                      "The device runs iOS {version}; iOS 12 or later is needed.")
APP_TOO_OLD = message("app_store.app_too_old",
                      "The app is version {version}; version 7.3.7 or later is needed.")
NO_PAYMENT_METHOD = message("app_store.no_payment_method", "The App Store account has no "
                            "active payment method; add one first.")
COUNTRY_NOT_OFFERED = message("app_store.country_not_offered", "The service is not offered "
                              "in the App Store country {country}; switch the App Store "
                              "account to a country where it is offered and use a payment "
                              "method from that country.")
TRIAL_CANNOT_START = message("app_store.trial_cannot_start",
                             "A trial or in-app purchase cannot start yet:\n{problems}")


@dataclass(frozen=True)
class Problem:
    """One reason an action cannot happen: a stable ``code`` and a plain message."""

    code: str
    msg: Message

    @property
    def message(self) -> str:
        """The sentence in English (the window renders ``msg`` in the admin's language)."""
        return self.msg.render()


_VERSION = re.compile(r"^[vV]?(\d{1,6}(?:\.\d{1,6}){0,3})$", re.ASCII)


def parse_version(text: str, field: str) -> tuple[int, ...]:
    """``"7.3.7"`` -> ``(7, 3, 7)``; numbers compare numerically, so 7.10 > 7.3.7."""
    match = _VERSION.match(text.strip())
    if match is None:
        raise BadInput(NOT_A_VERSION(text=text), field=field)
    return tuple(int(part) for part in match.group(1).split("."))


def version_at_least(version: tuple[int, ...], minimum: tuple[int, ...]) -> bool:
    """Compare dotted versions, a missing part counting as 0 ("7.3" == "7.3.0")."""
    width = max(len(version), len(minimum))
    return version + (0,) * (width - len(version)) >= minimum + (0,) * (width - len(minimum))


def _country(code: str) -> str:
    normalised = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", normalised, re.ASCII):
        raise BadInput(NOT_A_COUNTRY(code=code), field="store_country")
    return normalised


def trial_prerequisite_problems(ios_version: str, app_version: str, has_payment_method: bool,
                                store_country: str,
                                offered_countries: frozenset[str] | None) -> tuple[Problem, ...]:
    """AS-2: every reason a trial or in-app purchase cannot start, in a fixed order.

    ``offered_countries`` of ``None`` means the list is not known, so the
    country is not judged.
    """
    problems: list[Problem] = []
    if not version_at_least(parse_version(ios_version, "ios_version"), MIN_IOS_VERSION):
        problems.append(Problem("ios_too_old", IOS_TOO_OLD(version=ios_version.strip())))
    if not version_at_least(parse_version(app_version, "app_version"), MIN_APP_VERSION):
        problems.append(Problem("app_too_old", APP_TOO_OLD(version=app_version.strip())))
    if not has_payment_method:
        problems.append(Problem("no_payment_method", NO_PAYMENT_METHOD()))
    country = _country(store_country)
    if offered_countries is not None and country not in {_country(c) for c in offered_countries}:
        problems.append(Problem("country_not_offered", COUNTRY_NOT_OFFERED(country=country)))
    return tuple(problems)


def check_can_start_trial(ios_version: str, app_version: str, has_payment_method: bool,
                          store_country: str, offered_countries: frozenset[str] | None) -> None:
    """AS-2: refuse with all problems at once, so the admin fixes them in one go."""
    problems = trial_prerequisite_problems(ios_version, app_version, has_payment_method,
                                           store_country, offered_countries)
    if problems:
        raise RuleRefused("AS-2", TRIAL_CANNOT_START(
            problems=bullet_list([p.msg for p in problems])))
