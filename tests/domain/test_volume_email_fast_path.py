"""VL-11: the fast path for plain addresses answers exactly as email_validator does."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given
from hypothesis import strategies as st

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.volume import _plain_email, normalise_email


def _reference(email: str) -> str | None:
    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


SAMPLES = [
    "ann@example.com", "Ann.Lee@Example.COM", "a+b@x.co", "a..b@example.com", ".a@example.com",
    "a.@example.com", "a@b", "a@localhost", "a@x.test", "a@x.local", "a@-x.com", "a@x-.com",
    "a@x.123", "a@xn--bcher-kva.com", "a@ex--ample.com", "a_b-c@sub.example.org", "@x.com",
    "a@", "a@x..com", "a@x.c0m", "müller@example.com", "a@" + "x" * 64 + ".com",
    "x" * 65 + "@example.com", "a b@example.com", "a@exa_mple.com",
]


@pytest.mark.parametrize("email", SAMPLES)
def test_vl11_fast_path_agrees_with_email_validator(email: str) -> None:
    plain = _plain_email(email)
    if plain is not None:
        assert plain == _reference(email)
    expected = _reference(email)
    if expected is None:
        with pytest.raises(BadInput):
            normalise_email(email)
    else:
        assert normalise_email(email) == expected


@given(st.from_regex(r"[A-Za-z0-9._+\-]{1,12}@[A-Za-z0-9.\-]{1,20}", fullmatch=True))
def test_vl11_fast_path_never_accepts_what_email_validator_refuses(email: str) -> None:
    plain = _plain_email(email)
    if plain is not None:
        assert plain == _reference(email)
