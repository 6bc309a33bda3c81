import pytest

from products.errors import InvalidEvent
from products.model import EventType
from products.stock import apply, plan, reverse

GARAGE, VAN, SHED = 1, 2, 3


def test_added_without_a_quantity_adds_one():
    assert plan(EventType.ADDED, None, GARAGE, None, {}) == ((GARAGE, 1),)


def test_moved_without_a_quantity_moves_everything_from_everywhere_else():
    stock = {GARAGE: 3, SHED: 2, VAN: 1}
    effects = plan(EventType.MOVED, None, VAN, None, stock)
    assert apply(stock, effects) == {GARAGE: 0, SHED: 0, VAN: 6}


def test_moved_with_a_quantity_and_source_moves_that_many():
    stock = {GARAGE: 3, SHED: 2}
    assert apply(stock, plan(EventType.MOVED, 2, VAN, GARAGE, stock)) == {GARAGE: 1, SHED: 2, VAN: 2}


def test_moved_takes_what_is_not_on_record_as_found():
    assert plan(EventType.MOVED, None, VAN, None, {}) == ((VAN, 1),)
    assert plan(EventType.MOVED, 5, VAN, GARAGE, {GARAGE: 2}) == ((GARAGE, -2), (VAN, 5))


def test_moved_to_where_it_already_is_changes_nothing():
    assert plan(EventType.MOVED, None, VAN, None, {VAN: 1}) == ()


def test_moved_to_its_own_source_is_an_error():
    with pytest.raises(InvalidEvent):
        plan(EventType.MOVED, 1, VAN, VAN, {VAN: 1})


def test_removed_never_goes_below_zero_and_without_quantity_takes_all():
    assert plan(EventType.REMOVED, 5, GARAGE, None, {GARAGE: 2}) == ((GARAGE, -2),)
    assert plan(EventType.REMOVED, None, GARAGE, None, {GARAGE: 2, VAN: 1}) == ((GARAGE, -2),)
    assert apply({GARAGE: 2, VAN: 1}, plan(EventType.REMOVED, None, None, None, {GARAGE: 2, VAN: 1})) == \
        {GARAGE: 0, VAN: 0}


def test_removed_without_a_place_takes_unplaced_stock_first_then_the_largest_pile():
    stock = {None: 1, GARAGE: 2, VAN: 5}
    assert plan(EventType.REMOVED, 3, None, None, stock) == ((None, -1), (VAN, -2))


def test_counted_sets_the_quantity_and_needs_one():
    assert plan(EventType.COUNTED, 4, GARAGE, None, {GARAGE: 10}) == ((GARAGE, -6),)
    assert plan(EventType.COUNTED, 4, GARAGE, None, {GARAGE: 4}) == ()
    with pytest.raises(InvalidEvent):
        plan(EventType.COUNTED, None, GARAGE, None, {})


def test_reverse_undoes_and_clamps_at_zero():
    effects = ((GARAGE, -2), (VAN, 2))
    assert apply({GARAGE: 0, VAN: 2}, reverse(effects, {GARAGE: 0, VAN: 2})) == {GARAGE: 2, VAN: 0}
    # the 5 added were since taken away: undo can only take what is left
    assert reverse(((GARAGE, 5),), {GARAGE: 1}) == ((GARAGE, -1),)
