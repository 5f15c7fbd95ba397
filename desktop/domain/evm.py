"""Earned value management (EVM) and earned schedule (ES) figures.

Pure arithmetic on integer won.  Conventions of this module:

* Money in and out is a Python ``int`` of won.  Every money result that is not a plain sum
  or difference of inputs is computed exactly with :class:`fractions.Fraction` and rounded
  once, at the end, to the nearest won with halves away from zero (``2.5 → 3``,
  ``-2.5 → -3``), the rule of :func:`desktop.domain.money.round_half_away`.
* Ratios (CPI, SPI, CV %, SV %, TCPI, SPI(t)) are floats computed from the exact values.
* A ratio whose denominator is zero or missing is ``None`` ("not defined"): never an
  exception and never a fake ``0``.  A money figure that depends on an undefined ratio
  (for example EAC = BAC / CPI when CPI is not defined or zero) is ``None`` as well.

Formulas (PMI, *PMBOK Guide* and *Practice Standard for Earned Value Management*):

* CV = EV − AC, SV = EV − PV, CV % = CV / EV, SV % = SV / PV
* CPI = EV / AC, SPI = EV / PV
* EAC, by :class:`EacMethod`:
  ``CPI`` BAC / CPI; ``ATYPICAL`` AC + (BAC − EV); ``CPI_SPI`` AC + (BAC − EV) / (CPI × SPI);
  ``BOTTOM_UP`` AC + bottom-up ETC
* ETC = EAC − AC, VAC = BAC − EAC (both from the rounded EAC, so EAC = AC + ETC exactly)
* TCPI(BAC) = (BAC − EV) / (BAC − AC), TCPI(EAC) = (BAC − EV) / (EAC − AC)
  (TCPI(EAC) uses the exact, unrounded EAC of the chosen method)

Earned schedule (Walt Lipke, "Schedule is Different", *The Measurable News*, March 2003;
PMI Practice Standard for EVM, 2nd ed., Appendix D):

* ES = C + (EV − PV_C) / (PV_{C+1} − PV_C), C = number of whole periods with PV_C ≤ EV
  (PV_0 = 0; when EV reaches the last planned value, ES = the planned duration n)
* SPI(t) = ES / AT, SV(t) = ES − AT (in periods), IEAC(t) = PD / SPI(t) with PD = n
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Iterable, Sequence

Number = int | Fraction


class EacMethod(str, Enum):
    """How the estimate at completion is forecast."""

    CPI = "cpi"                # BAC / CPI: the cost efficiency so far continues
    ATYPICAL = "atypical"      # AC + (BAC − EV): the remaining work at the budgeted rate
    CPI_SPI = "cpi_spi"        # AC + (BAC − EV) / (CPI × SPI): cost and schedule pressure
    BOTTOM_UP = "bottom_up"    # AC + an entered bottom-up estimate to complete


@dataclass(frozen=True)
class EarnedSchedule:
    """Earned schedule figures, in periods of the PV curve (months, weeks, ...)."""

    es: float | None          # earned schedule
    at: int | None            # actual time: the number of elapsed periods
    planned_duration: int     # PD: the number of periods of the PV curve
    spi_t: float | None       # ES / AT
    sv_t: float | None        # ES − AT
    ieac_t: float | None      # PD / SPI(t): forecast duration in periods


@dataclass(frozen=True)
class EvmFigures:
    """Every EVM figure at one status date.  Money is int won, ratios are floats.

    ``None`` means "not defined" (a zero or missing denominator), never zero.
    The short names ``pv``, ``ev``, ``ac``, ``cv``, ``sv``, ``eac``, ``etc`` and ``vac``
    are read-only aliases of the ``*_won`` fields.
    """

    bac_won: int
    pv_won: int
    ev_won: int
    ac_won: int
    cv_won: int
    sv_won: int
    cv_pct: float | None
    sv_pct: float | None
    cpi: float | None
    spi: float | None
    eac_method: EacMethod
    eac_won: int | None
    eac_by_method: dict[EacMethod, int | None]
    etc_won: int | None = None
    vac_won: int | None = None
    tcpi_bac: float | None = None
    tcpi_eac: float | None = None
    etc_bottom_up_won: int | None = None
    schedule: EarnedSchedule | None = None

    @property
    def pv(self) -> int:
        return self.pv_won

    @property
    def ev(self) -> int:
        return self.ev_won

    @property
    def ac(self) -> int:
        return self.ac_won

    @property
    def cv(self) -> int:
        return self.cv_won

    @property
    def sv(self) -> int:
        return self.sv_won

    @property
    def eac(self) -> int | None:
        return self.eac_won

    @property
    def etc(self) -> int | None:
        return self.etc_won

    @property
    def vac(self) -> int | None:
        return self.vac_won

    @property
    def es(self) -> float | None:
        return self.schedule.es if self.schedule else None

    @property
    def spi_t(self) -> float | None:
        return self.schedule.spi_t if self.schedule else None

    @property
    def sv_t(self) -> float | None:
        return self.schedule.sv_t if self.schedule else None


# --------------------------------------------------------------------------- helpers


def round_half_away(value: Number) -> int:
    """Round an exact number to the nearest integer, halves away from zero."""
    value = Fraction(value)
    magnitude = (abs(value.numerator) * 2 + value.denominator) // (2 * value.denominator)
    return -magnitude if value < 0 else magnitude


def ratio(numerator: Number | None, denominator: Number | None) -> Fraction | None:
    """Exact ``numerator / denominator``; None when either is missing or the divisor is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return Fraction(numerator) / Fraction(denominator)


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _won(value: Fraction | None) -> int | None:
    return None if value is None else round_half_away(value)


def _check_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int of won, got {value!r}")
    return value


def ev_from_percent(budget_won: int, percent_complete: float) -> int:
    """Earned value of a budget at a percent complete (0–100), rounded half away from zero.

    The percentage is read exactly from its decimal text (``12.5`` is 1/8), so
    ``ev_from_percent(100_000, 12.5) == 12_500``.  Outside 0–100 raises ``ValueError``.
    """
    _check_int(budget_won, "budget_won")
    percent = Fraction(str(percent_complete))
    if not 0 <= percent <= 100:
        raise ValueError(f"percent_complete must be within 0..100, got {percent_complete!r}")
    return round_half_away(budget_won * percent / 100)


# --------------------------------------------------------------------------- EAC


def eac_exact(method: EacMethod, *, bac: int, pv: int, ev: int, ac: int,
              etc_bottom_up: int | None = None) -> Fraction | None:
    """The exact EAC of one method, or None when it depends on an undefined ratio."""
    remaining = bac - ev
    if method is EacMethod.ATYPICAL:
        return Fraction(ac + remaining)
    if method is EacMethod.BOTTOM_UP:
        return None if etc_bottom_up is None else Fraction(ac + etc_bottom_up)
    cpi = ratio(ev, ac)
    if method is EacMethod.CPI:
        return ratio(bac, cpi)
    spi = ratio(ev, pv)
    efficiency = None if cpi is None or spi is None else cpi * spi
    quotient = ratio(remaining, efficiency)
    return None if quotient is None else ac + quotient


# --------------------------------------------------------------------------- earned schedule


def _check_curve(pv_curve: Sequence[int]) -> list[int]:
    curve = [_check_int(v, "pv_curve") for v in pv_curve]
    previous = 0
    for value in curve:
        if value < previous:
            raise ValueError("pv_curve must be cumulative: non-negative and never decreasing")
        previous = value
    return curve


def earned_schedule_exact(pv_curve: Sequence[int], ev_won: int) -> Fraction | None:
    """ES in periods (exact) for a cumulative PV curve ``[PV_1, ..., PV_n]``.

    C counts the whole periods with PV_C ≤ EV; the fraction of period C+1 is interpolated
    linearly.  When EV reaches the last planned value, ES is n.  An empty curve gives None.
    """
    curve = _check_curve(pv_curve)
    if not curve:
        return None
    if ev_won < 0:
        raise ValueError("earned value must not be negative for earned schedule")
    c = sum(1 for value in curve if value <= ev_won)
    if c >= len(curve):
        return Fraction(len(curve))
    pv_c = curve[c - 1] if c else 0
    return c + Fraction(ev_won - pv_c, curve[c] - pv_c)


def earned_schedule(pv_curve: Sequence[int], ev_won: int,
                    as_of_index: int | None = None) -> EarnedSchedule:
    """ES, SPI(t) = ES / AT, SV(t) = ES − AT and IEAC(t) = PD / SPI(t).

    ``as_of_index`` is AT, the number of elapsed periods; without it (or with AT = 0)
    the time indicators are None.
    """
    es = earned_schedule_exact(pv_curve, ev_won)
    spi_t = ratio(es, as_of_index) if es is not None else None
    sv_t = es - as_of_index if es is not None and as_of_index is not None else None
    planned = len(pv_curve)
    ieac_t = ratio(planned, spi_t)
    return EarnedSchedule(es=_float(es), at=as_of_index, planned_duration=planned,
                          spi_t=_float(spi_t), sv_t=_float(sv_t), ieac_t=_float(ieac_t))


# --------------------------------------------------------------------------- figures


def compute_evm(*, bac_won: int, pv_won: int, ev_won: int, ac_won: int,
                etc_bottom_up_won: int | None = None, method: EacMethod,
                pv_curve: Sequence[int] | None = None, ev_now: int | None = None,
                as_of_index: int | None = None) -> EvmFigures:
    """All EVM figures at one status date; see the module docstring for the formulas.

    ``pv_curve`` (cumulative PV per period, period 1 first), ``ev_now`` (EV for earned
    schedule; defaults to ``ev_won``) and ``as_of_index`` (AT, elapsed periods) add the
    earned schedule figures; without a curve ``schedule`` is None.
    """
    bac, pv, ev, ac = (_check_int(v, n) for v, n in
                       ((bac_won, "bac_won"), (pv_won, "pv_won"),
                        (ev_won, "ev_won"), (ac_won, "ac_won")))
    if etc_bottom_up_won is not None:
        _check_int(etc_bottom_up_won, "etc_bottom_up_won")
    method = EacMethod(method)
    exact = {m: eac_exact(m, bac=bac, pv=pv, ev=ev, ac=ac, etc_bottom_up=etc_bottom_up_won)
             for m in EacMethod}
    eac = _won(exact[method])
    schedule = None
    if pv_curve is not None:
        schedule = earned_schedule(pv_curve, ev if ev_now is None else ev_now, as_of_index)
    return EvmFigures(
        bac_won=bac, pv_won=pv, ev_won=ev, ac_won=ac,
        cv_won=ev - ac, sv_won=ev - pv,
        cv_pct=_float(ratio(ev - ac, ev)), sv_pct=_float(ratio(ev - pv, pv)),
        cpi=_float(ratio(ev, ac)), spi=_float(ratio(ev, pv)),
        eac_method=method, eac_won=eac,
        eac_by_method={m: _won(value) for m, value in exact.items()},
        etc_won=None if eac is None else eac - ac,
        vac_won=None if eac is None else bac - eac,
        tcpi_bac=_float(ratio(bac - ev, bac - ac)),
        tcpi_eac=_float(ratio(bac - ev, None if exact[method] is None else exact[method] - ac)),
        etc_bottom_up_won=etc_bottom_up_won,
        schedule=schedule,
    )


def sum_figures(figures: Iterable[EvmFigures], *, method: EacMethod | None = None) -> EvmFigures:
    """Roll several control accounts up: sum BAC, PV, EV, AC (and bottom-up ETC) and
    recompute every ratio and EAC from the sums (ratios are never averaged).

    The bottom-up ETC of the sum is defined only when every part has one.  ``method``
    defaults to the method of the first part; earned schedule is not rolled up (it needs
    the combined PV curve).  An empty input raises ``ValueError``.
    """
    parts = list(figures)
    if not parts:
        raise ValueError("sum_figures needs at least one EvmFigures")
    etcs = [f.etc_bottom_up_won for f in parts]
    return compute_evm(
        bac_won=sum(f.bac_won for f in parts), pv_won=sum(f.pv_won for f in parts),
        ev_won=sum(f.ev_won for f in parts), ac_won=sum(f.ac_won for f in parts),
        etc_bottom_up_won=None if any(e is None for e in etcs) else sum(etcs),
        method=method or parts[0].eac_method,
    )
