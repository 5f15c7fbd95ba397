"""The records of the variance view (see :mod:`desktop.domain.variance` for the definitions):
the status thresholds, a budget line as input, a node's figures and the S-curve series."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, NamedTuple

from desktop.domain.evm import EacMethod, EvmFigures

STATUS_OK, STATUS_WATCH, STATUS_OVER = "ok", "watch", "over"
SETTING_WATCH, SETTING_OVER = "variance_watch_pct", "variance_over_pct"


@dataclass(frozen=True)
class VarianceThresholds:
    """Variance % (VAC / BAC, a fraction) below ``watch_below`` is "watch", below ``over_below``
    is "over".  Settings keep them in percent: ``variance_watch_pct = 0``, ``variance_over_pct = -5``."""

    watch_below: float = 0.0
    over_below: float = -0.05

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> "VarianceThresholds":
        def read(key: str, default: float) -> float:
            try:
                return float(settings[key]) / 100
            except (KeyError, TypeError, ValueError):
                return default
        return cls(read(SETTING_WATCH, cls.watch_below), read(SETTING_OVER, cls.over_below))

    def classify(self, variance_pct: float | None) -> str | None:
        if variance_pct is None:
            return None
        if variance_pct < self.over_below:
            return STATUS_OVER
        if variance_pct < self.watch_below:
            return STATUS_WATCH
        return STATUS_OK


class BudgetLineInput(NamedTuple):
    """One budget line as the view needs it (``plan``: month 'YYYY-MM' → planned won)."""

    id: int
    phase: int
    category_code: str
    budget_won: int
    start_month: str
    finish_month: str
    plan: Mapping[str, int]
    etc_won: int | None = None
    percent_complete: float | None = None
    name: str = ""
    category_name: str = ""
    category_order: int = 0


@dataclass(frozen=True, slots=True)
class MoneyFigures:
    """What a node of the budget tree adds to earned value: its budget, commitments,
    actuals, how much of it is measured, and the forecast of the whole node (``eac_won``
    covers the unmeasured lines too, at their budget).  The earned-value ratios of the
    measured scope are those of ``evm`` (one figure class per idea: desktop.domain.evm),
    read through the properties below.  Money is int won, ratios floats, ``None`` = not
    defined."""

    bac_won: int
    planned_won: int            # sum of the monthly plan (≠ BAC when a manual plan is short)
    pv_won: int
    committed_won: int
    uncommitted_won: int        # BAC − committed
    ac_won: int
    ev_won: int | None
    lines: int
    measured_lines: int
    ev_complete: bool
    percent_complete: float | None   # a line's measured %, an aggregate's EV / measured BAC
    eac_method: EacMethod
    eac_won: int | None
    eac_basis: str | None       # "method", "mixed", "budget"
    etc_won: int | None
    vac_won: int | None
    variance_pct: float | None
    status: str | None
    evm: EvmFigures | None      # compute_evm of the measured scope

    def _of_evm(self, name: str):
        return None if self.evm is None else getattr(self.evm, name)

    cv_won = property(lambda self: self._of_evm("cv_won"))
    sv_won = property(lambda self: self._of_evm("sv_won"))
    cv_pct = property(lambda self: self._of_evm("cv_pct"))
    sv_pct = property(lambda self: self._of_evm("sv_pct"))
    cpi = property(lambda self: self._of_evm("cpi"))
    spi = property(lambda self: self._of_evm("spi"))
    tcpi_bac = property(lambda self: self._of_evm("tcpi_bac"))
    tcpi_eac = property(lambda self: self._of_evm("tcpi_eac"))


@dataclass(frozen=True, slots=True)
class MoneySeries:
    """Cumulative monthly series of the view's total (see the module docstring)."""

    months: list[str]
    baseline_pv_cum: list[int]
    pv_cum: list[int | None]
    ev_cum: list[int | None]
    ac_cum: list[int | None]
    as_of_index: int | None     # index of the as-of month in ``months`` (None: outside)
