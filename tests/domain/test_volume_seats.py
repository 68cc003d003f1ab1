"""Volume-licence seat rules VL-11, VL-13..VL-16, VL-18, VL-19 (RULES.md, seed 000)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from seatkeeper.domain import volume as vl
from seatkeeper.domain.enums import SeatStatus, SubscriptionStatus
from seatkeeper.domain.errors import BadInput, RuleRefused
from seatkeeper.domain.money import Money


def nok(amount: str) -> Money:
    return Money.of(amount, "NOK")


# --- VL-14/VL-15/VL-16 renewal and cancellation ------------------------------

def test_vl14_switched_off_seats_lapse_and_the_rest_renew() -> None:
    seats = [vl.SeatRenewal(1), vl.SeatRenewal(2, renews=False), vl.SeatRenewal(3),
             vl.SeatRenewal(4, status=SeatStatus.CANCELLED)]
    outcome = vl.renewal_outcome(seats, nok("10"), 12)
    assert (outcome.renewing, outcome.lapsing) == ((1, 3), (2, 4))
    assert outcome.next_cost == nok("240")  # 2 seats x 10 x 12


def test_vl15_cancelled_subscription_does_not_renew() -> None:
    outcome = vl.renewal_outcome([vl.SeatRenewal(1), vl.SeatRenewal(2)], nok("10"), 12,
                                 subscription_cancelled=True)
    assert (outcome.renewing, outcome.lapsing, outcome.next_cost) == ((), (1, 2), nok("0"))


def test_vl15_cancelled_stays_usable_to_the_period_end() -> None:
    end = date(2021, 6, 25)
    assert vl.status_on(end, date(2021, 6, 24), cancelled=True) is SubscriptionStatus.CANCELLED
    assert vl.status_on(end, end, cancelled=True) is SubscriptionStatus.EXPIRED
    assert vl.status_on(end, date(2021, 6, 24), cancelled=False) is SubscriptionStatus.ACTIVE


def test_vl16_new_plan_only_when_every_seat_is_cancelled() -> None:
    vl.check_new_plan_allowed([SeatStatus.CANCELLED, SeatStatus.CANCELLED])
    with pytest.raises(RuleRefused, match="1 seat") as caught:
        vl.check_new_plan_allowed([SeatStatus.CANCELLED, SeatStatus.ACTIVE])
    assert caught.value.rule_id == "VL-16"


# --- VL-11/VL-13/VL-18/VL-19 seats -------------------------------------------

def test_vl11_person_is_normalised() -> None:
    person = vl.normalise_person("  Kari Nordmann ", " Kari.Nordmann@Firma.NO ")
    assert person == vl.Person("Kari Nordmann", "Kari.Nordmann@firma.no")


@pytest.mark.parametrize(("name", "email", "field"), [
    ("   ", "kari@firma.no", "name"),
    ("Kari", "kari.firma.no", "email"),
    ("Kari", "kari@", "email"),
])
def test_vl11_refuses_missing_name_or_bad_address(name: str, email: str, field: str) -> None:
    with pytest.raises(BadInput) as caught:
        vl.normalise_person(name, email)
    assert caught.value.field == field


def test_vl13_reassignment_returns_the_history_entry_in_utc() -> None:
    kari = vl.Person("Kari", "kari@firma.no")
    ola = vl.Person("Ola", "ola@firma.no")
    oslo = timezone(timedelta(hours=2))
    entry = vl.reassign_seat(7, kari, ola, datetime(2024, 6, 1, 12, 0, tzinfo=oslo))
    assert (entry.seat_id, entry.previous, entry.holder) == (7, kari, ola)
    assert entry.at == datetime(2024, 6, 1, 10, 0, tzinfo=UTC)
    assert entry.at.tzinfo is UTC
    assert vl.reassign_seat(7, None, kari, entry.at).previous is None
    with pytest.raises(ValueError, match="aware"):
        vl.reassign_seat(7, kari, ola, datetime(2024, 6, 1, 12, 0))


def test_vl18_only_the_owner_controls_seats() -> None:
    vl.check_owner(" Owner@Firma.NO", "owner@firma.no")
    with pytest.raises(RuleRefused, match="Only the subscription's owner") as caught:
        vl.check_owner("kari@firma.no", "owner@firma.no")
    assert caught.value.rule_id == "VL-18"


def test_vl19_refuses_the_ninth_connected_device() -> None:
    vl.check_can_connect(7)
    with pytest.raises(RuleRefused, match="At most 8 devices") as caught:
        vl.check_can_connect(8)
    assert caught.value.rule_id == "VL-19"


def test_vl19_limit_is_a_parameter_and_negative_is_bad_input() -> None:
    with pytest.raises(RuleRefused):
        vl.check_can_connect(5, limit=5)
    with pytest.raises(BadInput):
        vl.check_can_connect(-1)
