"""What a write changed: kinds of record and their ids, merged and asked about."""

from __future__ import annotations

from seatkeeper.domain.changes import Changed, Changes, Entity


def test_a_change_names_its_records_and_always_the_audit_log() -> None:
    changes = Changes.of(Entity.SEAT, [3, 4])
    assert changes.ids(Entity.SEAT) == {3, 4}
    assert changes.touches(Entity.AUDIT)
    assert not changes.touches(Entity.DEVICE)
    assert changes.ids(Entity.DEVICE) == frozenset()
    assert changes.touches_id(Entity.SEAT, 3)
    assert not changes.touches_id(Entity.SEAT, 5)


def test_merging_keeps_every_id_and_unknown_ids_stay_unknown() -> None:
    merged = Changes.of(Entity.SEAT, [1]) | Changes.of(Entity.SEAT, [2]) \
        | Changes.of(Entity.DEVICE)
    assert merged.ids(Entity.SEAT) == {1, 2}
    assert merged.ids(Entity.DEVICE) is None
    assert merged.touches_id(Entity.DEVICE, 99)
    assert (merged | Changes.of(Entity.SEAT)).ids(Entity.SEAT) is None


def test_everything_touches_every_kind_and_nothing_none() -> None:
    assert all(Changes.everything().touches(entity) for entity in Entity)
    assert Changes.nothing().is_empty
    assert not Changes.nothing().touches(*Entity)


def test_changed_carries_the_value_beside_its_changes() -> None:
    result = Changed("seat 3", Changes.of(Entity.SEAT, [3]))
    assert result.value == "seat 3"
    assert result.changes.ids(Entity.SEAT) == {3}
