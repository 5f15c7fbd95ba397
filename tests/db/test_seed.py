"""The embedded plan against shared/plan-facts.md, figure by figure."""

import re

from tests.conftest import SHARED

PLAN = SHARED / "plan-facts.md"


def plan_table(heading: str) -> list[list[str]]:
    """Rows of the first Markdown table after ``## heading`` (header and rule dropped).

    Without shared/ beside the checkout the cross-checks are skipped; the figures asserted
    literally below still run."""
    if not PLAN.exists():
        return []
    text = PLAN.read_text(encoding="utf-8")
    section = text.split(f"## {heading}", 1)[1]
    rows: list[str] = []
    for line in section.splitlines():
        if line.startswith("|"):
            rows.append(line)
        elif rows:
            break
    cells = [[c.strip() for c in row.strip("|").split("|")] for row in rows]
    return cells[2:]


def test_project_row(db):
    project = db["project"].get(1)
    assert project["name_ko"] == "포항 글로벌 AI컴퓨팅센터"
    assert project["name_en"] == "Pohang Global AI Computing Center"
    assert project["total_investment_won"] == 2_000_000_000_000
    assert project["site_m2"] == 47_647
    assert project["mou_signed_on"] == "2025-06-26"
    assert project["construction_start_deadline_on"] == "2025-12-31"
    assert project["min_foreign_share"] == 0.3
    assert project["total_gpus_target"] == 170_000
    assert project["site_ko"] == "포항경제자유구역, 북구 흥해읍"
    facts = {row[0]: row[1] for row in plan_table("The project")}
    if facts:
        assert facts["name (ko)"] == project["name_ko"] and facts["name (en)"] == project["name_en"]
        assert "2,000,000,000,000 won" in facts["total investment"]
        assert "47,647 ㎡" in facts["site"]
        assert facts["MOU signed"].startswith("2025-06-26")
        assert "2025-12-31" in facts["construction start"]
        assert "at least 30%" in facts["foreign capital"]
        assert "170,000" in facts["total GPUs at completion"]


def _number(text: str) -> float | None:
    match = re.search(r"([\d,]+)", text)
    return float(match.group(1).replace(",", "")) if match and "not announced" not in text else None


def test_phases(db):
    facts = plan_table("Phases (4단계)")
    phases = list(db.query("SELECT * FROM phases ORDER BY number"))
    assert [p["name_ko"] for p in phases] == ["1단계", "2단계", "3단계", "4단계"]
    assert [p["target_mw"] for p in phases] == [40, 100, 200, 1000]
    if facts:
        assert [row[0] for row in facts] == [p["name_ko"] for p in phases]
    for phase, row in zip(phases, facts):
        mw = 1000.0 if "1 GW" in row[2] else _number(row[2])
        assert phase["target_mw"] == mw
    assert [p["target_gpus"] for p in phases] == [20_000, None, None, 170_000]
    assert [(p["planned_start_on"], p["planned_finish_on"]) for p in phases] == [
        ("2025-12-31", "2027-12-31"), ("2028-01-01", "2030-12-31"),
        ("2031-01-01", "2035-12-31"), ("2036-01-01", None)]


def test_participants(db):
    facts = plan_table("Participants (참여 기관)")
    parties = list(db.query("SELECT * FROM parties ORDER BY sort_order"))
    assert len(parties) == 9
    assert len(facts) in (0, 9)
    for party, (name_ko, name_en, kind) in zip(parties, facts):
        assert name_ko.startswith(party["name_ko"])
        assert party["name_en"] == name_en
        assert bool(party["is_foreign"]) == ("foreign" in kind)
    foreign = [p["name_ko"] for p in parties if p["is_foreign"]]
    assert foreign == ["트랜스링크캐피탈", "텐서웨이브"]


def test_expected_effects(db):
    facts = plan_table("Expected effects (기대 효과), tracked as targets")
    kpis = list(db.query("SELECT * FROM kpis ORDER BY sort_order"))
    assert [k["target_value"] for k in kpis] == [2_800_000_000_000, 6_300_000_000_000, 28_000]
    assert [row[1] for row in facts] in ([], ["2조 8,000억원", "6조 3,000억원", "28,000"])
    for kpi, row in zip(kpis, facts):
        assert kpi["name_ko"] in row[0]


def test_milestones_and_baseline(db):
    rows = list(db.query("""SELECT t.wbs_code, t.actual_finish_on, b.finish_on FROM tasks t
        JOIN baseline_tasks b ON b.task_id = t.id WHERE t.is_milestone = 1 ORDER BY t.sort_order"""))
    by_wbs = {r["wbs_code"]: r for r in rows}
    assert by_wbs["0"]["actual_finish_on"] == "2025-06-26"
    assert by_wbs["1.1"]["finish_on"] == "2025-12-31" and by_wbs["1.1"]["actual_finish_on"] is None
    assert by_wbs["1.2"]["finish_on"] == "2027-12-31"
    assert by_wbs["4.2"]["finish_on"] is None
    assert sum(1 for r in rows if r["actual_finish_on"]) == 1
    assert db["baselines"].count == 1


def test_nothing_invented(db):
    """No money of any party, no cost, no capacity: the plan gives none."""
    for table in ("funding_commitments", "funding_payments", "actual_costs", "commitments",
                  "budget_lines", "capacity_measurements", "kpi_reports"):
        assert db[table].count == 0, table


def test_milestones_follow_the_announced_sequence(db):
    """Only the order of the plan's milestones is linked (FS, no lag): no duration is invented."""
    links = list(db.query("""SELECT p.wbs_code AS pred, s.wbs_code AS succ, d.link_type, d.lag_days
        FROM dependencies d JOIN tasks p ON p.id = d.predecessor_id
        JOIN tasks s ON s.id = d.successor_id ORDER BY s.sort_order"""))
    assert [(r["pred"], r["succ"]) for r in links] == [
        ("0", "1.1"), ("1.1", "1.2"), ("1.2", "2.1"), ("2.1", "2.2"), ("2.2", "3.1"),
        ("3.1", "3.2"), ("3.2", "4.1")]
    assert {(r["link_type"], r["lag_days"]) for r in links} == {("FS", 0)}
    durations = {r[0] for r in db.execute("SELECT duration_days FROM tasks WHERE is_milestone = 1")}
    assert durations == {0}
