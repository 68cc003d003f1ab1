"""The mail that asks a holder says each date once and only what is known."""

from datetime import date

from seatkeeper.domain.holder_asks import Question, ask_message


def question(deadline: date) -> Question:
    return Question(seat_id=1, licence_id="L-0001", subscription="Adobe Acrobat",
                    holder="Kari Nordmann", email="kari@example.no",
                    renewal=date(2027, 3, 15), deadline=deadline, reply_by=date(2027, 3, 1))


def test_with_a_notice_period_the_mail_names_the_cancel_by_day() -> None:
    body = ask_message(question(date(2027, 3, 8)), "Admin").body
    assert "renews on 2027-03-15" in body
    assert "cancelled by 2027-03-08" in body


def test_without_a_notice_period_the_renewal_is_not_also_called_the_cancel_by_day() -> None:
    # It read "renews on 2027-03-15 ... unless it is cancelled by 2027-03-15".
    body = ask_message(question(date(2027, 3, 15)), "Admin").body
    assert body.count("2027-03-15") == 1
    assert "cancelled by" not in body
    assert "answer this message by 2027-03-01" in body
