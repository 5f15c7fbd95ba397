"""A short Korean plain-text summary of the status figures (``status`` without ``--json``)."""

from __future__ import annotations

from desktop.domain.money import EOK, format_won_korean

_STATUS_KO = {"done": "완료", "done_late": "완료 (기한 {days}일 초과)", "on_track": "정상",
              "at_risk": "주의", "late": "지연", "not_set": "미정"}


def _or_not_set(value, fmt="{:,}") -> str:
    return "미정" if value is None else fmt.format(value)


def _share(value) -> str:
    return "미정" if value is None else f"{value * 100:.1f}%"


def status_text(status: dict) -> str:
    p = status["project"]
    days = p["days_to_construction_start_deadline"]
    lines = [
        f"{p['name_ko']} — 기준일 {p['as_of']}",
        f"총 투자비 {format_won_korean(p['total_investment_won'], smallest=EOK)}, "
        f"부지 {_or_not_set(p['site_m2'], '{:,.0f}')} ㎡",
    ]
    if days is not None:
        started, delay = p["construction_started_on"], p["construction_start_delay_days"]
        if started:
            figure = f"착공 {started}" + (f" (기한 {delay}일 초과)" if delay and delay > 0 else "")
        else:
            figure = f"{'D-' + str(days) if days >= 0 else 'D+' + str(-days)} (착공 실적 없음)"
        lines.append(f"착공 기한 {p['construction_start_deadline']}: {figure}")
    lines.append("단계: " + "; ".join(
        f"{ph['name']} {ph['planned_start'] or '미정'}~{ph['planned_finish'] or '미정'} "
        f"{_or_not_set(ph['target_mw'], '{:,.0f}')} MW / GPU {_or_not_set(ph['target_gpus'])}"
        for ph in status["phases"]))
    f = status["funding"]
    lines.append(f"외국자본 비율 (약정) {_share(f['foreign_share_committed'])}, "
                 f"(납입) {_share(f['foreign_share_paid_in'])}, 최소 {_share(f['min_foreign_share'])}")
    c = status["capacity"]
    if c.get("target_phase") is not None:
        installed = "측정값 없음" if c["installed_mw"] is None else f"설치 {c['installed_mw']:,.1f} MW"
        lines.append(f"설비 용량: {installed} / {c['target_phase']}단계 목표 "
                     f"{_or_not_set(c['target_mw'], '{:,.0f}')} MW ({c['target_due'] or '미정'}까지), "
                     f"달성률 {_share(c['share_of_target_mw'])}")
    for m in status["milestones"]:
        label = _STATUS_KO[m["status"]].format(days=m["slip_days"])
        slip = "" if m["slip_days"] is None or m["status"] == "done_late" else f", 지연 {m['slip_days']}일"
        lines.append(f"  {m['name']}: 계획 {m['baseline'] or '미정'}, "
                     f"실적 {m['actual'] or '-'} [{label}{slip}]")
        for tie in m.get("contractor", []):
            room = tie["float_vs_deadline_days"]
            lines.append(f"    예상일 근거: 협력사 공정표 “{tie['schedule']}” {tie['version']}차 완료 "
                         f"{tie['finish'] or '미정'}" + ("" if room is None else f", 기한까지 여유 {room}일"))
    if status.get("example_data"):
        lines.append("※ 예시 데이터가 포함되어 있습니다.")
    return "\n".join(lines)
