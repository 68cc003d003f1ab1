"""Which column holds which field: guessed from header names, overridable.

Headers are compared case-, space- and punctuation-insensitively against each
field's synonyms, so "Licensed to Email", "licensed_to_email" and
"LICENSED TO E-MAIL" all find the same field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from seatkeeper.domain.errors import BadInput
from seatkeeper.domain.messages import message

NOT_A_FORMAT = message("import.not_a_format",
                       "“{format}” is not an import format (csv or snipeit).")
NOT_A_FIELD = message("import.not_a_field", "“{field}” is not a field Seatkeeper imports.")
NO_SUCH_COLUMN = message("import.no_such_column", "The file has no column “{header}”.")

# field -> synonyms (the field's own name is always one)
GENERIC_FIELDS: dict[str, tuple[str, ...]] = {
    "subscription": ("subscription name", "product", "plan", "licence name", "license name"),
    "subscription_key": ("subscription id", "external key", "subscription external key"),
    "vendor": ("manufacturer", "publisher", "vendor name"),
    "owner_email": ("account owner", "owner", "account email"),
    "kind": ("type", "subscription kind"),
    "channel": ("billing channel", "billed via"),
    "currency": ("currency code",),
    "monthly_price": ("unit monthly price", "price per month", "monthly cost"),
    "price": ("amount", "cost", "price as stated"),
    "price_basis": ("price per", "price for"),
    "price_months": ("price period", "billing period months"),
    "plan_months": ("billing cycle", "term months", "months"),
    "period_start": ("start date", "purchase date"),
    "renewal_date": ("renews", "renewal", "expiration date", "expires"),
    "auto_renew": ("autorenew", "auto renewal"),
    "status": ("subscription status",),
    "seat_limit": ("seats", "licences", "licenses", "quantity"),
    "devices_per_seat": ("device limit", "devices"),
    "notice_days": ("notice period", "notice days", "notice", "cancellation notice"),
    "licence_id": ("seat", "license id", "licence", "license", "seat id"),
    "holder_name": ("holder", "assigned to", "user", "full name", "name"),
    "holder_email": ("email", "e-mail", "holder e-mail", "user email"),
    "renew": ("renews seat", "seat renews", "renew at next billing"),
    "device_name": ("device", "computer", "hostname"),
    "device_platform": ("platform", "os"),
    "device_region": ("region", "country"),
    "device_key": ("device id", "device external key", "asset tag"),
}

# Snipe-IT's licence importer columns (its own header spellings are synonyms).
SNIPEIT_FIELDS: dict[str, tuple[str, ...]] = {
    "full_name": ("full name", "name"),
    "first_name": ("first name",),
    "last_name": ("last name",),
    "email": ("e-mail",),
    "username": ("user name",),
    "item_name": ("item name", "license name", "licence name"),
    "serial": ("serial number", "serial", "product key"),
    "category": ("category name",),
    "manufacturer": ("manufacturer name",),
    "purchase_date": ("purchase date",),
    "purchase_cost": ("purchase cost", "cost"),
    "purchase_order": ("purchase order", "po"),
    "order_number": ("order number",),
    "licensed_to_name": ("licensed to name", "licensed to"),
    "licensed_to_email": ("licensed to email",),
    "expiration_date": ("expiration date", "expires"),
    "maintained": (),
    "reassignable": (),
    "seats": ("seat count",),
    "company": ("company name",),
    "supplier": ("supplier name",),
    "notes": ("note",),
    "currency": ("currency code",),
}

# A company directory's people (issue 20): the columns each vendor's user download holds.
# Microsoft Entra ID, Users > All users > Download users (its documented attributes).
ENTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "email": ("mail",),
    "sign_in": ("userPrincipalName",),  # the e-mail when ``mail`` is empty
    "name": ("displayName",),
    "first_name": ("givenName",),
    "last_name": ("surname",),
    "department": (),
    "status": ("accountEnabled",),
    "directory_id": ("objectId", "id"),
}
# Google Workspace, Admin console > Users > Download users (its CSV's header row).
GOOGLE_FIELDS: dict[str, tuple[str, ...]] = {
    "email": ("Email Address [Required]", "email address"),
    "first_name": ("First Name [Required]",),
    "last_name": ("Last Name [Required]",),
    "department": (),
    "cost_centre": ("Cost Center", "cost centre"),
    "status": ("Status [READ ONLY]",),
    "directory_id": ("Employee ID",),
}
# A plain CSV: name, e-mail, department, status (and an id, if the file has one).
DIRECTORY_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("full name", "display name", "navn"),
    "email": ("e-mail", "email address", "mail", "e-post"),
    "department": ("cost centre", "cost center", "avdeling", "afdeling"),
    "status": ("state", "account status"),
    "directory_id": ("id", "employee id", "directory id"),
}

_FIELD_SETS = {"generic": GENERIC_FIELDS, "snipeit": SNIPEIT_FIELDS, "entra": ENTRA_FIELDS,
               "google": GOOGLE_FIELDS, "directory": DIRECTORY_FIELDS}


def norm(header: str) -> str:
    """Lower-case, with anything but letters and digits removed."""
    return re.sub(r"[^0-9a-z]+", "", header.casefold())


def fields_for(fmt: str) -> dict[str, tuple[str, ...]]:
    try:
        return _FIELD_SETS[fmt]
    except KeyError:
        raise BadInput(NOT_A_FORMAT(format=fmt)) from None


def guess_mapping(headers: Iterable[str], fmt: str = "generic") -> dict[str, str]:
    """field -> header for every field a header names; exact field names win."""
    fields = fields_for(fmt)
    by_norm: dict[str, str] = {}
    for header in headers:
        by_norm.setdefault(norm(header), header)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    # Two passes: the field's own name first, so "name" is not claimed as a synonym
    # by one field when another field is called exactly that.
    for field in fields:
        own = by_norm.get(norm(field))
        if own is not None and own not in taken:
            mapping[field] = own
            taken.add(own)
    for field, synonyms in fields.items():
        if field in mapping:
            continue
        for synonym in synonyms:
            found = by_norm.get(norm(synonym))
            if found is not None and found not in taken:
                mapping[field] = found
                taken.add(found)
                break
    return mapping


def override(mapping: Mapping[str, str], changes: Mapping[str, str | None],
             headers: Iterable[str], fmt: str = "generic") -> dict[str, str]:
    """The admin's corrections applied: a header per field, or None to drop it."""
    known = fields_for(fmt)
    header_set = set(headers)
    result = dict(mapping)
    for field, header in changes.items():
        if field not in known:
            raise BadInput(NOT_A_FIELD(field=field))
        if header is None:
            result.pop(field, None)
        elif header not in header_set:
            raise BadInput(NO_SUCH_COLUMN(header=header))
        else:
            result[field] = header
    return result


def looks_like_snipeit(headers: Iterable[str]) -> bool:
    names = {norm(h) for h in headers}
    return "itemname" in names and ("licensedtoemail" in names or "serial" in names
                                    or "serialnumber" in names)
