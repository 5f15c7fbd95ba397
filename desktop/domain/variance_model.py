"""The records of the variance view (see :mod:`desktop.domain.variance` for the definitions):
the status thresholds, a budget line as input, a node's figures and the S-curve series."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, NamedTuple

from desktop.domain.evm import EacMethod, EvmFigures

STATUS_OK, STATUS_WATCH, STATUS_OVER = "ok", "watch", "over"
SETTING_WATCH, SETTING_OVER = "variance_watch_pct", "variance_over_pct"
SETTING_INDEX_WATCH, SETTING_INDEX_OVER = "index_watch", "index_over"


@dataclass(frozen=True)
class VarianceThresholds:
    """When a node's money is "watch" or "over": its variance % (VAC / BAC, a fraction) below
    ``watch_below`` / ``over_below``, or its CPI or SPI below ``index_watch_below`` /
    ``index_over_below`` — the worst of the three counts, so a node on budget but far behind
    schedule is not shown as fine.  Settings keep them as ``variance_watch_pct = 0``,
    ``variance_over_pct = -5`` (percent) and ``index_watch = 0.95``, ``index_over = 0.9``."""

    watch_below: float = 0.0
    over_below: float = -0.05
    index_watch_below: float = 0.95
    index_over_below: float = 0.90

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> "VarianceThresholds":
        def read(key: str, default: float, scale: float = 1.0) -> float:
            try:
                return float(settings[key]) / scale
            except (KeyError, TypeError, ValueError):
                return default
        return cls(read(SETTING_WATCH, cls.watch_below, 100), read(SETTING_OVER, cls.over_below, 100),
                   read(SETTING_INDEX_WATCH, cls.index_watch_below),
                   read(SETTING_INDEX_OVER, cls.index_over_below))

    def classify(self, variance_pct: float | None, cpi: float | None = None,
                 spi: float | None = None) -> str | None:
        """The worst status the defined figures give; None when none is defined."""
        levels = []
        if variance_pct is not None:
            levels.append(2 if variance_pct < self.over_below else 1 if variance_pct < self.watch_below else 0)
        for index in (cpi, spi):
            if index is not None:
                levels.append(2 if index < self.index_over_below else
                              1 if index < self.index_watch_below else 0)
        if not levels:
            return None
        return (STATUS_OK, STATUS_WATCH, STATUS_OVER)[max(levels)]


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
    percent_complete: float | None = None  # the latest measurement as of the view's date
    name: str = ""
    category_name: str = ""
    category_order: int = 0
    progress: tuple[tuple[str, float], ...] = ()  # (month, % complete) measured, oldest first


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
