import gc

import pytest

from desktop.domain.gc_pause import paused_gc


def test_collector_is_held_inside_and_restored_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with paused_gc():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_the_pause_made_is_not_scanned_by_the_next_young_collection():
    """On resuming, the objects the pause let pile up join the oldest generation: the young
    count starts from nothing (no scan of them at the next allocation), nothing stays frozen,
    and a cycle made during the pause is still freed by a full collection."""
    gc.collect()

    class Node:
        pass

    with paused_gc():
        kept = [[n] for n in range(50_000)]
        cycle = Node()
        cycle.me = cycle
        del cycle
        assert gc.get_count()[0] > 50_000
    assert gc.get_count()[0] < 100
    assert gc.get_freeze_count() == 0
    assert len(kept) == 50_000
    assert gc.collect() >= 1  # the cycle (its object and its __dict__)


def test_objects_frozen_by_someone_else_stay_frozen():
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            made = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
        assert made
    finally:
        gc.unfreeze()
