"""The variance and earned-value view of the budget: per line, phase × category, phase, total.

Pure Python on integer won.  :func:`build_money_view` takes the budget lines with their monthly
plans, the committed sum of each line and the actual costs per line and month, and returns a
:class:`MoneyView` whose nodes (line → group → phase → total) hold running sums.  Figures are
computed from those sums, never averaged, and cached per node; :meth:`MoneyView.apply_actual`
changes one line's actual cost and updates its group, phase, total and the monthly series in
O(depth), so one edit among 100,000 cost rows costs microseconds.

Definitions, at the as-of month ``A`` (the month holding the status date):

* BAC = the line's budget; PV = planned months ≤ A; AC = actual months ≤ A (later months are
  not "to date"); committed = signed contracts of the line (whatever their date).
* EV = % complete × BAC for a line whose progress is measured, else ``None`` ("not defined",
  never 0).  A node's EV is the sum over its measured lines; ``ev_complete`` says whether every
  line is measured.  CV, SV, CPI, SPI, CV %, SV %, TCPI and the method's EAC are computed on
  the **measured scope** (the measured lines' BAC, PV, EV and AC) so that like is compared with
  like; when every line is measured that is the whole node.
* EAC of a node = the method's EAC of its measured scope + each unmeasured line forecast at
  budget, ``max(BAC, AC)`` (work not measured is assumed to cost its budget, at least what is
  already spent).  With ``bottom_up`` the split is by entered ETC instead: lines with an ETC
  give AC + ETC, lines without are forecast at budget.  ``eac_basis`` tells which applies:
  ``"method"`` (all lines by the method), ``"mixed"`` or ``"budget"`` (all at budget).  When
  the method is not defined on the measured scope (CPI with no cost yet, ...) EAC is ``None``.
* ETC = EAC − AC, VAC (variance) = BAC − EAC, variance % = VAC / BAC (a fraction: −0.05 is
  −5 %), status ``"ok"`` / ``"watch"`` / ``"over"`` by :class:`VarianceThresholds`, ``None``
  when the variance is not defined.
* Earned schedule: SPI(t) of the view's total, over the measured lines' cumulative monthly PV
  curve from the view's first month, AT = months from that month to A inclusive.

Series (the S-curve): ``baseline_pv_cum`` is the cumulative time-phased budget over every month
(the schema keeps no separate money baseline, so the current monthly plan *is* the baseline);
``pv_cum`` and ``ac_cum`` are the same cumulative PV and the cumulative actual cost up to A and
``None`` after; ``ev_cum`` is the earned value at the end of each month up to A, from each
line's measurement history (the latest measurement on or before that month), ``None`` for a
month before any line was measured and after A.  No EV is invented between measurements: a
month without a new measurement keeps the line's previous one.

Filters: ``phase`` keeps one phase's lines.  ``period = (first, last)`` (either end may be None)
makes the view a period view: BAC = the plan inside the period, PV and AC = the plan and the
actual cost of the months of the period up to A, committed stays the lines' total.  EV within a
period would need EV at the period's start, which is not recorded, so in a period view no line
is measured: EV and the EV ratios are ``None``, EAC is the period budget with AC as its floor
(so spending beyond the period's budget shows as "over"), and there is no earned schedule.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping

from desktop.domain.evm import (
    EacMethod, EarnedSchedule, compute_evm, ev_from_percent, ratio,
)
from desktop.domain.spread import months_between
from desktop.domain.variance_series import ac_history, build_series, plan_in, view_earned_schedule
from desktop.domain.variance_model import (
    SETTING_OVER, SETTING_WATCH, STATUS_OK, STATUS_OVER, STATUS_WATCH, BudgetLineInput,
    MoneyFigures, MoneySeries, VarianceThresholds,
)

__all__ = [  # the records live in variance_model; callers import them from here
    "BudgetLineInput", "MoneyFigures", "MoneyNode", "MoneySeries", "MoneyView", "SETTING_OVER",
    "SETTING_WATCH", "STATUS_OK", "STATUS_OVER", "STATUS_WATCH", "VarianceThresholds",
    "build_money_view",
]

LINE, GROUP, PHASE, TOTAL = "line", "group", "phase", "total"
# The running sums every node keeps.  A line holds its own contribution in the same fields.
SUM_FIELDS = ("bac", "planned", "pv", "committed", "ac", "lines", "measured",
              "m_bac", "m_pv", "m_ev", "m_ac", "m_etc", "m_etc_lines",
              "u_fallback", "etc_lines", "etc_eac", "no_etc_fallback")


class MoneyNode:
    """A line, a phase × category group, a phase or the total, with running sums."""

    __slots__ = SUM_FIELDS + ("level", "key", "parent", "children", "phase", "category_code",
                              "category_name", "name", "line", "ev", "etc_input", "percent",
                              "_view", "_figures")

    def __init__(self, view: "MoneyView", level: str, key, parent: "MoneyNode | None", *,
                 phase: int | None = None, category_code: str = "", category_name: str = "",
                 name: str = "") -> None:
        for f in SUM_FIELDS:
            setattr(self, f, 0)
        self.level, self.key, self.parent, self.children = level, key, parent, []
        self.phase, self.category_code, self.category_name, self.name = (
            phase, category_code, category_name, name)
        self.line = self.ev = self.etc_input = self.percent = None
        self._view, self._figures = view, None
        if parent is not None:
            parent.children.append(self)

    def chain(self) -> list["MoneyNode"]:
        """This node and its ancestors up to the total."""
        nodes, node = [], self
        while node is not None:
            nodes.append(node)
            node = node.parent
        return nodes

    @property
    def figures(self) -> MoneyFigures:
        if self._figures is None:
            self._figures = _figures(self, self._view.method, self._view.thresholds)
        return self._figures

    def __repr__(self) -> str:
        return f"<MoneyNode {self.level} {self.key!r}>"


def _contribution(bac: int, planned: int, pv: int, committed: int, ac: int, ev: int | None,
                  etc: int | None) -> tuple[int, ...]:
    """A line's values in SUM_FIELDS order."""
    measured = ev is not None
    at_budget = max(bac, ac)
    return (bac, planned, pv, committed, ac, 1, int(measured),
            bac if measured else 0, pv if measured else 0, ev if measured else 0,
            ac if measured else 0, etc if measured and etc is not None else 0,
            int(measured and etc is not None),
            0 if measured else at_budget,
            int(etc is not None), ac + etc if etc is not None else 0,
            0 if etc is not None else at_budget)


def _basis(by_method: int, lines: int) -> str | None:
    if not lines:
        return None
    return "method" if by_method == lines else "budget" if by_method == 0 else "mixed"


def _float(value) -> float | None:
    return None if value is None else float(value)


def _figures(n: MoneyNode, method: EacMethod, thresholds: VarianceThresholds) -> MoneyFigures:
    evm = None
    if n.measured:
        etc_bu = n.m_etc if n.m_etc_lines == n.measured else None
        evm = compute_evm(bac_won=n.m_bac, pv_won=n.m_pv, ev_won=n.m_ev, ac_won=n.m_ac,
                          etc_bottom_up_won=etc_bu, method=method)
    if method is EacMethod.BOTTOM_UP:
        eac = n.etc_eac + n.no_etc_fallback
        basis = _basis(n.etc_lines, n.lines)
    else:
        basis = _basis(n.measured, n.lines)
        if evm is None:
            eac = n.u_fallback
        else:
            eac = None if evm.eac_won is None else evm.eac_won + n.u_fallback
    if not n.lines:
        eac = None
    vac = None if eac is None else n.bac - eac
    variance_pct = _float(ratio(vac, n.bac))
    if n.level == LINE:
        percent = n.percent if n.measured else None
    else:
        percent = _float(ratio(100 * n.m_ev, n.m_bac)) if n.measured else None
    return MoneyFigures(
        bac_won=n.bac, planned_won=n.planned, pv_won=n.pv, committed_won=n.committed,
        uncommitted_won=n.bac - n.committed, ac_won=n.ac,
        ev_won=n.m_ev if n.measured else None, lines=n.lines, measured_lines=n.measured,
        ev_complete=bool(n.lines) and n.measured == n.lines, percent_complete=percent,
        eac_method=method, eac_won=eac, eac_basis=basis,
        etc_won=None if eac is None else eac - n.ac, vac_won=vac, variance_pct=variance_pct,
        status=thresholds.classify(variance_pct, evm.cpi if evm else None, evm.spi if evm else None),
        evm=evm,
    )


class MoneyView:
    """The nodes of one view and its monthly series.  Build it with :func:`build_money_view`.

    ``lines`` (line id → node), ``groups`` ((phase, category code) → node), ``phases`` (phase
    number → node) and ``total`` are in display order; ``node.children`` gives the tree.
    """

    def __init__(self, *, as_of_month: str, method: EacMethod, thresholds: VarianceThresholds,
                 phase: int | None, period: tuple[str | None, str | None] | None) -> None:
        self.as_of_month = as_of_month
        self.method = EacMethod(method)
        self.thresholds = thresholds
        self.phase = phase
        self.period = period
        self.first_month = period[0] if period else None
        self.last_month = period[1] if period else None
        self.lines: dict[int, MoneyNode] = {}
        self.groups: dict[tuple[int, str], MoneyNode] = {}
        self.phases: dict[int, MoneyNode] = {}
        self.total = MoneyNode(self, TOTAL, TOTAL, None, phase=phase)
        self._plan_months: dict[str, int] = {}
        self._ac_months: dict[str, int] = {}
        self._span: tuple[str, str] | None = None
        self._series: MoneySeries | None = None
        self._schedule: EarnedSchedule | None | bool = False  # False: not computed yet

    # ------------------------------------------------------------------ reading

    @property
    def figures(self) -> MoneyFigures:
        """The total's figures."""
        return self.total.figures

    def nodes(self) -> Iterable[MoneyNode]:
        """Depth first: each phase, its groups, their lines (the table's row order)."""
        for phase in self.phases.values():
            yield phase
            for group in phase.children:
                yield group
                yield from group.children

    def counts(self, month: str) -> bool:
        """Whether an actual cost of ``month`` is part of AC to date in this view."""
        return (month <= self.as_of_month
                and (self.first_month is None or month >= self.first_month)
                and (self.last_month is None or month <= self.last_month))

    @property
    def schedule(self) -> EarnedSchedule | None:
        """Earned schedule of the total over the measured lines' PV curve (None: no measure)."""
        if self._schedule is False:
            self._schedule = self._earned_schedule()
        return self._schedule

    @property
    def spi_t(self) -> float | None:
        return self.schedule.spi_t if self.schedule else None

    @property
    def series(self) -> MoneySeries:
        if self._series is None:
            self._series = self._build_series()
        return self._series

    def _months(self) -> list[str]:
        """Every month of the view: the lines' periods, their plans and counted costs."""
        ends = [*(self._span or ()), *self._plan_months, *self._ac_months]
        return months_between(min(ends), max(ends)) if ends else []

    def _build_series(self) -> MoneySeries:
        return build_series(self, self._months())

    def _earned_schedule(self) -> EarnedSchedule | None:
        return view_earned_schedule(self, self._months())

    # ------------------------------------------------------------------ incremental updates

    def apply_actual(self, line_id: int, month: str, delta_won: int) -> tuple[MoneyNode, ...]:
        """Add ``delta_won`` to the actual cost of ``line_id`` in ``month``.

        Updates the line, its group, phase and the total and the AC series; returns the nodes
        whose figures changed (empty when the line is not in this view or the month does not
        count: after the as-of month or outside the period).
        """
        node = self.lines.get(line_id)
        if node is None or not delta_won or not self.counts(month):
            return ()
        self._ac_months[month] = self._ac_months.get(month, 0) + delta_won
        series = self._series
        if series is not None and month in series.months:  # the AC line only: EV stays
            series = replace(series, ac_cum=ac_history(self, series.months))
        self._series = series if series is not None and series.months == self._months() else None
        return self._update_line(node, ac=node.ac + delta_won)

    def apply_progress(self, line_id: int, percent_complete: float | None) -> tuple[MoneyNode, ...]:
        """Set a line's measured % complete (None: not measured) and update its ancestors."""
        node = self.lines.get(line_id)
        if node is None or self.period is not None:
            return ()
        ev = None if percent_complete is None else ev_from_percent(node.bac, percent_complete)
        node.percent = percent_complete
        self._schedule = False
        self._series = None
        return self._update_line(node, ev=ev)

    def apply_etc(self, line_id: int, etc_won: int | None) -> tuple[MoneyNode, ...]:
        """Set a line's bottom-up estimate to complete and update its ancestors."""
        node = self.lines.get(line_id)
        if node is None:
            return ()
        return self._update_line(node, etc=etc_won)

    def _update_line(self, node: MoneyNode, *, ac: int | None = None, ev: object = False,
                     etc: object = False) -> tuple[MoneyNode, ...]:
        old = tuple(getattr(node, f) for f in SUM_FIELDS)
        if ev is not False:
            node.ev = ev
        if etc is not False:
            node.etc_input = etc
        new = _contribution(node.bac, node.planned, node.pv, node.committed,
                            node.ac if ac is None else ac, node.ev, node.etc_input)
        changed = [(f, b - a) for f, a, b in zip(SUM_FIELDS, old, new) if a != b]
        chain = node.chain()
        for n in chain:
            for f, delta in changed:
                setattr(n, f, getattr(n, f) + delta)
            n._figures = None
        return tuple(chain)


def _check_month(text: str) -> None:
    months_between(text, text)  # raises ValueError for anything but 'YYYY-MM'


def build_money_view(lines: Iterable[BudgetLineInput], *, commitments: Mapping[int, int],
                     actuals: Iterable[tuple[int, str, int]], as_of_month: str,
                     method: EacMethod | str = EacMethod.CPI,
                     thresholds: VarianceThresholds = VarianceThresholds(),
                     phase: int | None = None,
                     period: tuple[str | None, str | None] | None = None) -> MoneyView:
    """The view at ``as_of_month`` ('YYYY-MM'), see the module docstring.

    ``actuals`` are (line id, month, won) rows (several per line and month are added up);
    ``commitments`` maps a line id to its committed won.  Raises ``ValueError`` for a
    malformed month or a period that ends before it starts.
    """
    _check_month(as_of_month)
    if period is not None:
        first, last = period
        for month in (first, last):
            if month is not None:
                _check_month(month)
        if first is not None and last is not None and last < first:
            raise ValueError(f"period ends {last!r} before it starts {first!r}")
        if first is None and last is None:
            period = None
    view = MoneyView(as_of_month=as_of_month, method=EacMethod(method), thresholds=thresholds,
                     phase=phase, period=period)
    chosen = [ln for ln in lines if phase is None or ln.phase == phase]
    chosen.sort(key=lambda ln: (ln.phase, ln.category_order, ln.category_code, ln.id))
    ac_by_line: dict[int, int] = dict.fromkeys((ln.id for ln in chosen), 0)
    ac_months = view._ac_months
    for line_id, month, won in actuals:
        if line_id in ac_by_line and view.counts(month):
            ac_by_line[line_id] += won
            ac_months[month] = ac_months.get(month, 0) + won
    plan_months = view._plan_months
    span_first = span_last = None
    for line in chosen:
        _add_line(view, line, commitments.get(line.id, 0), ac_by_line[line.id], plan_months)
        first = max(line.start_month, view.first_month or line.start_month)
        last = min(line.finish_month, view.last_month or line.finish_month)
        if first <= last:
            span_first = first if span_first is None else min(span_first, first)
            span_last = last if span_last is None else max(span_last, last)
    if span_first is not None:
        view._span = (span_first, span_last)
    return view


def _add_line(view: MoneyView, line: BudgetLineInput, committed: int, ac: int,
              plan_months: dict[str, int]) -> None:
    phase = view.phases.get(line.phase)
    if phase is None:
        phase = view.phases[line.phase] = MoneyNode(view, PHASE, line.phase, view.total,
                                                     phase=line.phase)
    group_key = (line.phase, line.category_code)
    group = view.groups.get(group_key)
    if group is None:
        group = view.groups[group_key] = MoneyNode(
            view, GROUP, group_key, phase, phase=line.phase, category_code=line.category_code,
            category_name=line.category_name)
    node = view.lines[line.id] = MoneyNode(
        view, LINE, line.id, group, phase=line.phase, category_code=line.category_code,
        category_name=line.category_name, name=line.name)
    node.line = line
    as_of = view.as_of_month
    planned = pv = 0
    for month, won in plan_in(line.plan, view):
        planned += won
        if month <= as_of:
            pv += won
        plan_months[month] = plan_months.get(month, 0) + won
    bac = planned if view.period is not None else line.budget_won
    measured = view.period is None and line.percent_complete is not None
    node.percent = line.percent_complete if measured else None
    node.ev = ev_from_percent(bac, line.percent_complete) if measured else None
    node.etc_input = line.etc_won
    values = _contribution(bac, planned, pv, committed, ac, node.ev, line.etc_won)
    for n in (node, group, phase, view.total):
        for f, value in zip(SUM_FIELDS, values):
            if value:
                setattr(n, f, getattr(n, f) + value)
