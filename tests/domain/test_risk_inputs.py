"""Bad input to the risk analysis is refused with a typed error naming what is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm import LinkInput, TaskInput
from desktop.domain.errors import ValidationError
from desktop.domain.messages import MESSAGES
from desktop.domain.risk_engine import simulate
from desktop.domain.risk_model import (
    CorrelationGroup, Estimate, RiskEvent, check_correlation, check_estimate,
)
from desktop.domain.risk_stats import average_ranks, percentile, spearman_rows

PLAIN = WorkCalendar(country=None, weekend=())
DAY0 = date(2025, 1, 1)
NAMES = {1: "토공", 2: "골조", 3: "준공", 10: "요약"}
TASKS = [TaskInput(10), TaskInput(1, 10, parent_id=10), TaskInput(2, 20, parent_id=10), TaskInput(3, 0)]


def refused(code: str, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        simulate(TASKS, [LinkInput(1, 2), LinkInput(2, 3)], project_start=DAY0, calendar=PLAIN,
                 iterations=kwargs.pop("iterations", 10), seed=1, names=NAMES, **kwargs)
    assert info.value.code == code
    assert code in MESSAGES
    return info.value


@pytest.mark.parametrize("values", [(12, 10, 15), (5, 10, 8), (5, 4, 3)])
def test_three_points_out_of_order(values):
    error = refused("estimate_out_of_order", estimates=[Estimate(1, *values)])
    assert error.params["task"] == "토공"
    assert (error.params["optimistic"], error.params["most_likely"],
            error.params["pessimistic"]) == values


def test_negative_and_not_numbers():
    assert refused("estimate_negative", estimates=[Estimate(2, -1, 20, 30)]).params["task"] == "골조"
    refused("estimate_not_number", estimates=[Estimate(2, float("nan"), 20, 30)])
    refused("estimate_not_number", estimates=[Estimate(2, "5", 20, 30)])


@pytest.mark.parametrize("probability", [-0.1, 1.01, float("inf"), None, True])
def test_probability_outside_zero_and_one(probability):
    refused("risk_probability_out_of_range", risks=[RiskEvent(1, probability, ((1, 5),))])


def test_negative_impact_and_unknown_or_summary_tasks():
    assert refused("risk_impact_invalid", risks=[RiskEvent(1, 0.5, ((1, -3),))]).params["task"] == "토공"
    refused("risk_task_unknown", risks=[RiskEvent(1, 0.5, ((99, 3),))])
    assert refused("risk_on_summary", risks=[RiskEvent(1, 0.5, ((10, 3),))]).params["task"] == "요약"
    refused("estimate_on_summary", estimates=[Estimate(10, 1, 2, 3)])
    refused("milestone_has_no_duration", estimates=[Estimate(3, 0, 0, 3)])
    refused("estimate_duplicate", estimates=[Estimate(1, 8, 10, 12), Estimate(1, 9, 10, 11)])


def test_invalid_correlation_names_the_group():
    error = refused("correlation_invalid", estimates=[Estimate(1, 8, 10, 12), Estimate(2, 15, 20, 30)],
                    groups=[CorrelationGroup("토목", 1.5, (1, 2))])
    assert error.params["group"] == "토목"
    # three tasks cannot all be pairwise −0.6 (the matrix would have a negative eigenvalue)
    with pytest.raises(ValidationError) as info:
        check_correlation(CorrelationGroup("전기", -0.6, (1, 2, 3)))
    assert info.value.params["group"] == "전기" and info.value.params["minimum"] == -0.483
    check_correlation(CorrelationGroup("전기", -0.48, (1, 2, 3)))  # just inside: accepted
    check_correlation(CorrelationGroup("전기", -1.0, (1, 2)))      # two tasks: anything in [−1, 1]
    refused("task_in_two_groups", groups=[CorrelationGroup("가", 0.5, (1, 2)),
                                          CorrelationGroup("나", 0.5, (2,))])


def test_iterations_must_be_a_positive_whole_number():
    refused("quantity_out_of_range", iterations=0)
    refused("count_invalid", iterations=2.5)
    refused("quantity_out_of_range", iterations=10_000_001)


def test_a_valid_estimate_passes():
    check_estimate(Estimate(1, 0, 0, 0))
    check_estimate(Estimate(1, 8, 10, 10.5))


def test_percentiles_are_read_off_the_empirical_cdf():
    values = list(range(1, 11))
    assert [percentile(values, q) for q in (0.1, 0.5, 0.8, 0.9, 1.0)] == [1, 5, 8, 9, 10]
    assert percentile([7], 0.1) == 7


def test_ranks_share_ties_and_spearman_of_monotone_data_is_one():
    assert average_ranks([[10, 20, 20, 5]]).tolist() == [[2.0, 3.5, 3.5, 1.0]]
    ranked = average_ranks([[1, 2, 3, 4], [4, 3, 2, 1], [5, 5, 5, 5]])
    assert spearman_rows(ranked, [10, 20, 30, 40]) == pytest.approx([1.0, -1.0, 0.0])
