"""Largest-remainder rounding: printed rows add up to the printed total."""

import random

import pytest

from desktop.domain.rounding import Node, round_to_total, round_tree, round_units, sum_node

EOK = 10**8


def test_rows_rounded_alone_miss_the_total_and_largest_remainder_does_not():
    # 1,199.4 + 1,199.4 + 1,198.4 억 = 3,597.2 억: alone they print 1,199 + 1,199 + 1,198 = 3,596
    values = [119_940_000_000, 119_940_000_000, 119_840_000_000]
    alone = [round_units(v, EOK) for v in values]
    total = round_units(sum(values), EOK)
    assert sum(alone) != total  # the fault the issue reports
    rows = round_to_total(values, EOK)
    assert sum(rows) == total == 3_597
    assert rows == [1_200, 1_199, 1_198]  # the largest remainder (first, on a tie) takes the unit
    assert all(abs(r - v / EOK) < 1 for r, v in zip(rows, values))


def test_negative_values_and_a_given_total():
    values = [-1_400_000, 2_600_000, -700_000]  # in millions: -1.4, 2.6, -0.7 → sum 0.5
    assert round_to_total(values, 10**6) == [-1, 3, -1]  # sum 1 (0.5 rounds away from zero)
    assert round_to_total(values, 10**6, 0) == [-2, 3, -1]
    with pytest.raises(ValueError):
        round_to_total(values, 10**6, 5)


def test_random_tables_always_add_up():
    rng = random.Random(11)
    for _ in range(300):
        values = [rng.randint(-5 * 10**10, 9 * 10**11) for _ in range(rng.randint(1, 12))]
        divisor = rng.choice([10**6, 10**8, 1_000])
        rows = round_to_total(values, divisor)
        assert sum(rows) == round_units(sum(values), divisor)
        assert all(abs(r * divisor - v) < divisor for r, v in zip(rows, values))


def test_tree_total_phases_categories_add_up_at_every_level():
    phase1 = sum_node([Node(30_000_499_999), Node(30_000_499_999), Node(120_000_499_999)])
    phase2 = sum_node([Node(400_000_000_001)])
    total = sum_node([phase1, phase2])
    rounded = round_tree(total, 10**6)
    assert rounded.units == sum(c.units for c in rounded.children)
    first = rounded.children[0]
    assert first.units == sum(c.units for c in first.children) == 180_001
    assert [c.units for c in first.children] == [30_000, 30_000, 120_001]  # a tie: the larger row


def test_an_unknown_part_makes_its_parent_unknown():
    phase = sum_node([Node(5 * 10**8), Node(None)])
    assert phase.value is None
    rounded = round_tree(sum_node([phase, Node(10**9)]), EOK)
    assert rounded.units is None and rounded.children[0].units is None
    assert rounded.children[0].children[0].units == 5 and rounded.children[1].units == 10


def test_a_parent_that_is_not_the_sum_of_its_rows_is_refused():
    with pytest.raises(ValueError):
        round_tree(Node(10, [Node(3), Node(4)]), 1)
