"""What a write changed: which kinds of record, and which of them by id.

Every service write returns ``Changed(value, changes)`` (after Anki's
``OpChanges``). The window announces the ``Changes`` once, and each screen
reloads only when they touch what it shows; the ids let a screen keep its
selection and re-read a detail pane only when its record changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Generic, TypeVar

T = TypeVar("T")


class Entity(StrEnum):
    """The kinds of record a screen can show."""

    SUBSCRIPTION = "subscription"
    SEAT = "seat"
    PERSON = "person"
    DEVICE = "device"
    DELIVERY = "delivery"
    CREDENTIAL = "credential"
    REVIEW = "review"  # decisions and sign-offs
    REMINDER = "reminder"
    SETTINGS = "settings"  # SMTP, lead times and other roster settings
    AUDIT = "audit"  # every write adds to the audit log


ALL_IDS: frozenset[int] | None = None  # "every record of this kind may have changed"


def _frozen(touched: Mapping[Entity, frozenset[int] | None]) -> Mapping[Entity,
                                                                       frozenset[int] | None]:
    return MappingProxyType(dict(touched))


@dataclass(frozen=True)
class Changes:
    """Kinds of record touched, each with the ids touched (None: ids not known)."""

    touched: Mapping[Entity, frozenset[int] | None] = field(
        default_factory=lambda: _frozen({}))

    @classmethod
    def of(cls, entity: Entity, ids: Iterable[int | None] | None = None) -> Changes:
        """``entity`` changed: the records ``ids``, or any of them when ``ids`` is None."""
        known = None if ids is None else frozenset(i for i in ids if i is not None)
        return cls(_frozen({entity: known, Entity.AUDIT: None}))

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (an import, a restore, a reload after a conflict)."""
        return cls(_frozen(dict.fromkeys(Entity)))

    @classmethod
    def nothing(cls) -> Changes:
        return cls()

    def __or__(self, other: Changes) -> Changes:
        merged: dict[Entity, frozenset[int] | None] = dict(self.touched)
        for entity, ids in other.touched.items():
            if entity in merged:
                mine = merged[entity]
                merged[entity] = None if mine is None or ids is None else mine | ids
            else:
                merged[entity] = ids
        return Changes(_frozen(merged))

    def touches(self, *entities: Entity) -> bool:
        return any(entity in self.touched for entity in entities)

    def ids(self, entity: Entity) -> frozenset[int] | None:
        """The ids of ``entity`` touched (empty: none; None: any may have changed)."""
        if entity not in self.touched:
            return frozenset()
        return self.touched[entity]

    def touches_id(self, entity: Entity, record_id: int) -> bool:
        ids = self.ids(entity)
        return ids is None or record_id in ids

    @property
    def is_empty(self) -> bool:
        return not self.touched


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A write's result and what it changed."""

    value: T
    changes: Changes
