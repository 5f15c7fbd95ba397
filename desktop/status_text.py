"""A short Korean plain-text summary of the status figures (``status`` without ``--json``)."""

from __future__ import annotations

from desktop.domain.money import EOK, format_won_korean

_STATUS_KO = {"done": "완료", "on_track": "정상", "at_risk": "주의", "late": "지연",
              "not_set": "미정"}


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
        started = p["construction_started_on"]
        when = f"착공 {started}" if started else "착공 실적 없음"
        lines.append(f"착공 기한 {p['construction_start_deadline']}: "
                     f"{'D-' + str(days) if days >= 0 else 'D+' + str(-days)} ({when})")
    lines.append("단계: " + "; ".join(
        f"{ph['name']} {ph['planned_start'] or '미정'}~{ph['planned_finish'] or '미정'} "
        f"{_or_not_set(ph['target_mw'], '{:,.0f}')} MW / GPU {_or_not_set(ph['target_gpus'])}"
        for ph in status["phases"]))
    f = status["funding"]
    lines.append(f"외국자본 비율 (약정) {_share(f['foreign_share_committed'])}, "
                 f"(납입) {_share(f['foreign_share_paid_in'])}, 최소 {_share(f['min_foreign_share'])}")
    for m in status["milestones"]:
        slip = "" if m["slip_days"] is None else f", 지연 {m['slip_days']}일"
        lines.append(f"  {m['name']}: 계획 {m['baseline'] or '미정'}, "
                     f"실적 {m['actual'] or '-'} [{_STATUS_KO[m['status']]}{slip}]")
        for c in m.get("contractor", []):
            room = c["float_vs_deadline_days"]
            lines.append(f"    예상일 근거: 협력사 공정표 “{c['schedule']}” {c['version']}차 완료 "
                         f"{c['finish'] or '미정'}" + ("" if room is None else f", 기한까지 여유 {room}일"))
    if status.get("example_data"):
        lines.append("※ 예시 데이터가 포함되어 있습니다.")
    return "\n".join(lines)
