"""Reading the exchange-rate files central banks publish, from their text.

Norges Bank (data.norges-bank.no, dataflow EXR, "CSV" download): SDMX-CSV
with one row per observation and the columns FREQ, BASE_CUR, QUOTE_CUR,
TENOR, DECIMALS, CALCULATED, UNIT_MULT, COLLECTION, TIME_PERIOD, OBS_VALUE
(each coded column may be followed by its label column, e.g. "Base
Currency"). The download comes with ";" or "," between fields, and with the
Norwegian locale a decimal comma. OBS_VALUE is quote units for
10^UNIT_MULT base units (JPY, SEK and DKK are quoted per 100: UNIT_MULT 2),
so one base unit is OBS_VALUE / 10^UNIT_MULT.

Danmarks Nationalbank (Statbank tables DNVALD daily, DNVALM monthly, DNVALA
yearly, CSV export): ";" between fields, Danish decimal commas, columns
VALUTA (currency: the ISO code, or a label ending in it), KURTYP (kind of
rate), TID (2024M01D02, 2024M01 or 2024) and INDHOLD (the value, ".." when
none): Danish kroner for 100 units of the currency. One unit is INDHOLD / 100
DKK. A month or a year is dated its first day.

Nothing is guessed: a file whose header has none of a format's columns, or
a row that cannot be read, is refused with its line number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message
from seatkeeper.domain.money import ISO_4217
from seatkeeper.domain.rates import Rate, parse_rate

FORMATS = ("norges-bank", "nationalbanken")

NOT_THIS_FORMAT = message("rates.file_not_format",
                          "This file is not a {bank} exchange-rate export: it has no {columns} "
                          "columns.")
BAD_ROW = message("rates.file_bad_row", "Line {line} of the rate file cannot be read: {problem}")
NO_RATES = message("rates.file_empty", "The rate file holds no exchange rates.")
UNKNOWN_FORMAT = message("rates.file_format_unknown",
                         "“{fmt}” is not a rate file format (norges-bank or nationalbanken).")
BAD_PERIOD = message("rates.bad_period", "“{text}” is not a date or period")
BAD_CURRENCY = message("rates.bad_currency", "“{text}” names no ISO 4217 currency")

_STATBANK_TIME = re.compile(r"^(\d{4})(?:M(\d{2})(?:D(\d{2}))?)?$")
_CODE_AT_END = re.compile(r"\(?\b([A-Z]{3})\)?\s*$")


def read_rates(text: str, fmt: str) -> list[Rate]:
    """Every rate in a bank's export; refused in words if it is not that bank's file."""
    if fmt == "norges-bank":
        rates = list(_norges_bank(text))
    elif fmt == "nationalbanken":
        rates = list(_nationalbanken(text))
    else:
        raise BadInput(UNKNOWN_FORMAT(fmt=fmt), field="format")
    if not rates:
        raise BadInput(NO_RATES())
    return rates


def _rows(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]], str]:
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in next(reader, [])]
    return header, ((n, row) for n, row in enumerate(reader, start=2) if any(
        cell.strip() for cell in row)), delimiter


def _period(text: str) -> date:
    value = text.strip()
    try:
        found = _STATBANK_TIME.match(value)  # also a plain year, 2026
        if found:
            year, month, day = found.groups()
            return date(int(year), int(month or 1), int(day or 1))
        if len(value) == 10:
            return date.fromisoformat(value)
        if len(value) == 7 and value[4] == "-":
            return date(int(value[:4]), int(value[5:]), 1)
    except ValueError:
        pass
    raise ValueError(BAD_PERIOD(text=value[:20]).render())


def _norges_bank(text: str) -> Iterator[Rate]:
    header, rows, delimiter = _rows(text)
    where = {name.upper(): i for i, name in reversed(list(enumerate(header)))}
    needed = ("BASE_CUR", "QUOTE_CUR", "TIME_PERIOD", "OBS_VALUE")
    if any(name not in where for name in needed):
        raise BadInput(NOT_THIS_FORMAT(bank="Norges Bank", columns=", ".join(needed)))
    for line, row in rows:
        try:
            value_text = row[where["OBS_VALUE"]].strip()
            if not value_text or value_text in {"NaN", ".."}:
                continue
            mult = int(row[where["UNIT_MULT"]].strip() or 0) if "UNIT_MULT" in where else 0
            comma = delimiter == ";" and "," in value_text
            value = parse_rate(value_text, decimal_comma=comma).scaleb(-mult)
            yield Rate(_period(row[where["TIME_PERIOD"]]), row[where["BASE_CUR"]].strip(),
                       row[where["QUOTE_CUR"]].strip(), value, "norges-bank")
        except (IndexError, ValueError, BadInput) as error:
            raise BadInput(BAD_ROW(line=line, problem=_why(error))) from None


def _currency(text: str) -> str:
    value = text.strip()
    code = value.upper() if len(value) == 3 else None
    if code is None:
        found = _CODE_AT_END.search(value)
        code = found.group(1) if found else None
    if code is None or code not in ISO_4217:
        raise ValueError(BAD_CURRENCY(text=value[:40]).render())
    return code


_DN_COLUMNS = {"currency": ("VALUTA", "CURRENCY"), "time": ("TID", "TIME"),
               "value": ("INDHOLD", "CONTENT", "VALUE")}


def _nationalbanken(text: str) -> Iterator[Rate]:
    header, rows, _delimiter = _rows(text)
    upper = [h.upper() for h in header]
    where: dict[str, int] = {}
    for key, names in _DN_COLUMNS.items():
        for name in names:
            if name in upper:
                where[key] = upper.index(name)
                break
    if len(where) < len(_DN_COLUMNS):
        raise BadInput(NOT_THIS_FORMAT(bank="Danmarks Nationalbank",
                                       columns="VALUTA, TID, INDHOLD"))
    for line, row in rows:
        try:
            value_text = row[where["value"]].strip()
            if not value_text or value_text.strip(".") == "":
                continue  # Statbank writes ".." where there is no rate
            per_hundred = parse_rate(value_text, decimal_comma=True)
            yield Rate(_period(row[where["time"]]), _currency(row[where["currency"]]), "DKK",
                       per_hundred / Decimal(100), "nationalbanken")
        except (IndexError, ValueError, BadInput) as error:
            raise BadInput(BAD_ROW(line=line, problem=_why(error))) from None


def _why(error: Exception) -> str:
    if isinstance(error, BadInput):
        return error.message
    if isinstance(error, IndexError):
        return "it has fewer fields than the header"
    return str(error)
