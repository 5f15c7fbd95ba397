"""The announced plan (shared plan-facts.md) as the embedded default project.

Only figures the plan announces are written here.  Where it is silent (GPUs of phases 2
and 3, the end of phase 4, any party's amount, any actual after the MOU) the value stays
NULL, which the application shows as "not set".
"""

from __future__ import annotations

from db.engine import Database

from db.audit import append_audit

SOURCE_NOTE = "포항시 발표 MOU 계획 (2025-06-26 체결)"

PROJECT = {
    "id": 1,
    "name_ko": "포항 글로벌 AI컴퓨팅센터",
    "name_en": "Pohang Global AI Computing Center",
    "owner_ko": "포항시",
    "owner_en": "Pohang City",
    "site_ko": "포항경제자유구역, 북구 흥해읍",
    "site_en": "Pohang Free Economic Zone, Heunghae-eup, Buk-gu",
    "site_m2": 47_647,
    "total_investment_won": 2_000_000_000_000,
    "min_foreign_share": 0.3,
    "mou_signed_on": "2025-06-26",
    "construction_start_deadline_on": "2025-12-31",
    "total_mw_target": 1_000,
    "total_gpus_target": 170_000,
    "source_note": SOURCE_NOTE,
}

# number, name_ko, name_en, start, finish, MW, GPUs, note_ko, note_en
PHASES = [
    (1, "1단계", "Phase 1", "2025-12-31", "2027-12-31", 40, 20_000, "AI컴퓨팅 기반", "AI computing base"),
    (2, "2단계", "Phase 2", "2028-01-01", "2030-12-31", 100, None, "확장", "expansion"),
    (3, "3단계", "Phase 3", "2031-01-01", "2035-12-31", 200, None, "확장", "expansion"),
    (4, "4단계", "Phase 4", "2036-01-01", None, 1_000, 170_000, "글로벌 AI컴퓨팅 클러스터",
     "global AI computing cluster"),
]

# name_ko, name_en, kind, foreign, role_ko, role_en, country, currency.  The plan names the
# parties only: the domestic ones are Korean (KR, KRW); the foreign ones' country and currency
# are not announced and stay '' (not set) until the office enters them.
PARTIES = [
    ("포항시", "Pohang City", "local_government", 0, "사업관리 주관", "tracking owner", "KR", "KRW"),
    ("경상북도", "Gyeongsangbuk-do Province", "provincial_government", 0, "", "", "KR", "KRW"),
    ("대구경북경제자유구역청", "Daegu-Gyeongbuk Free Economic Zone Authority", "public_agency", 0, "", "",
     "KR", "KRW"),
    ("NHN클라우드", "NHN Cloud", "company", 0, "", "", "KR", "KRW"),
    ("현대건설", "Hyundai Engineering & Construction", "company", 0, "건설", "construction", "KR", "KRW"),
    ("트랜스링크캐피탈", "Translink Capital", "company", 1, "투자", "investor", "", ""),
    ("텐서웨이브", "TensorWave", "company", 1, "GPU 클라우드", "GPU cloud", "", ""),
    ("포스텍", "POSTECH", "university", 0, "", "", "KR", "KRW"),
    ("한동대", "Handong Global University", "university", 0, "", "", "KR", "KRW"),
]

# wbs, name_ko, name_en, phase, baseline finish, actual (the plan's milestones)
MILESTONES = [
    ("0", "MOU 체결", "MOU signed", None, "2025-06-26", "2025-06-26"),
    ("1.1", "착공 (연내 착공)", "Construction start (within 2025)", 1, "2025-12-31", None),
    ("1.2", "1단계 준공", "Phase 1 complete", 1, "2027-12-31", None),
    ("2.1", "2단계 착수", "Phase 2 start", 2, "2028-01-01", None),
    ("2.2", "2단계 완료", "Phase 2 complete", 2, "2030-12-31", None),
    ("3.1", "3단계 착수", "Phase 3 start", 3, "2031-01-01", None),
    ("3.2", "3단계 완료", "Phase 3 complete", 3, "2035-12-31", None),
    ("4.1", "4단계 착수", "Phase 4 start", 4, "2036-01-01", None),
    ("4.2", "4단계 완료", "Phase 4 complete", 4, None, None),
]

KPIS = [
    ("value_added", "부가가치 창출", "Value added", "won", 2_800_000_000_000),
    ("production_inducement", "생산 유발 효과", "Production inducement", "won", 6_300_000_000_000),
    ("jobs", "직간접 고용 유발", "Direct and indirect jobs", "persons", 28_000),
]

# code, name_ko, name_en (the editable list of budget categories)
BUDGET_CATEGORIES = [
    ("land", "토지·부지", "Land and site"),
    ("design", "설계·감리", "Design and supervision"),
    ("building", "건축", "Building"),
    ("power", "전력·변전", "Power and substation"),
    ("cooling", "냉각", "Cooling"),
    ("gpu_it", "GPU·IT 장비", "GPU and IT equipment"),
    ("network", "네트워크", "Network"),
    ("operations", "운영·기타", "Operations and other"),
]

MOU_BASELINE = "MOU 계획 (2025-06-26)"

DEFAULT_SETTINGS = {
    "milestone_at_risk_days": "0",
    "milestone_late_days": "30",
}


def seed_plan_if_empty(db: Database) -> bool:
    """Write the announced plan into an empty database; True when it did."""
    if db.execute("SELECT count(*) FROM project").fetchone()[0]:
        return False
    with db.atomic():
        _seed(db)
        append_audit(db, action="seed", entity="project", entity_id=1,
                     new_value={"source": SOURCE_NOTE})
    return True


def _seed(db: Database) -> None:
    db["project"].insert(PROJECT)
    for key, value in DEFAULT_SETTINGS.items():
        db["project_settings"].insert({"project_id": 1, "key": key, "value": value})
    phase_ids = {}
    for number, name_ko, name_en, start, finish, mw, gpus, note_ko, note_en in PHASES:
        phase_ids[number] = db["phases"].insert({
            "project_id": 1, "number": number, "name_ko": name_ko, "name_en": name_en,
            "planned_start_on": start, "planned_finish_on": finish, "target_mw": mw,
            "target_gpus": gpus, "note_ko": note_ko, "note_en": note_en,
        }).last_pk
    columns = {r[1] for r in db.execute("PRAGMA table_info(parties)")}
    for order, (name_ko, name_en, kind, foreign, role_ko, role_en, country, currency) in enumerate(PARTIES):
        row = {"project_id": 1, "name_ko": name_ko, "name_en": name_en, "kind": kind,
               "is_foreign": foreign, "role_ko": role_ko, "role_en": role_en, "sort_order": order,
               "country": country, "currency": currency}
        # a database whose schema predates 0007_parties (tests of older versions) gets the rest
        # from that migration when it is opened by this version
        db["parties"].insert({key: value for key, value in row.items() if key in columns})
    for order, (code, name_ko, name_en) in enumerate(BUDGET_CATEGORIES):
        db["budget_categories"].insert({"project_id": 1, "code": code, "name_ko": name_ko,
                                        "name_en": name_en, "sort_order": order})
    for order, (code, name_ko, name_en, unit, target) in enumerate(KPIS):
        db["kpis"].insert({"project_id": 1, "code": code, "name_ko": name_ko, "name_en": name_en,
                           "unit": unit, "target_value": target, "sort_order": order})
    _seed_schedule(db, phase_ids)


def _seed_schedule(db: Database, phase_ids: dict[int, int]) -> None:
    """A summary task per phase with its milestones, and the MOU baseline of their dates."""
    baseline_id = db["baselines"].insert({
        "project_id": 1, "name": MOU_BASELINE, "saved_at": "2025-06-26T00:00:00+09:00",
        "is_current": 1, "note": SOURCE_NOTE,
    }).last_pk
    summary_ids = {}
    for number, name_ko, name_en, start, finish, *_ in PHASES:
        summary_ids[number] = db["tasks"].insert({
            "project_id": 1, "phase_id": phase_ids[number], "sort_order": number * 100,
            "wbs_code": str(number), "name_ko": name_ko, "name_en": name_en,
            "start_on": start, "finish_on": finish,
        }).last_pk
        db["baseline_tasks"].insert({"baseline_id": baseline_id, "task_id": summary_ids[number],
                                     "start_on": start, "finish_on": finish})
    previous = None
    for order, (wbs, name_ko, name_en, phase, planned, actual) in enumerate(MILESTONES):
        task_id = db["tasks"].insert(_milestone_row(wbs, name_ko, name_en, phase, planned, actual,
                                                    order, phase_ids, summary_ids)).last_pk
        db["baseline_tasks"].insert({"baseline_id": baseline_id, "task_id": task_id,
                                     "start_on": planned, "finish_on": planned,
                                     "duration_days": 0})
        if previous is not None and planned is not None:
            db["dependencies"].insert({"project_id": 1, "predecessor_id": previous,
                                       "successor_id": task_id, "link_type": "FS"})
        previous = task_id


def _milestone_row(wbs, name_ko, name_en, phase, planned, actual, order, phase_ids, summary_ids):
    """A plan milestone: a calendar date (elapsed, so a holiday date stays as announced),
    not earlier than announced (SNET) and due by it (deadline).  The announced sequence is
    kept by FS links from one milestone to the next; a milestone without a date (the end of
    phase 4) has neither, and stays unscheduled ("not set")."""
    return {
        "project_id": 1, "phase_id": phase_ids.get(phase), "parent_id": summary_ids.get(phase),
        "sort_order": (phase or 0) * 100 + order + 1, "wbs_code": wbs, "name_ko": name_ko,
        "name_en": name_en, "is_milestone": 1, "duration_days": 0, "duration_elapsed": 1,
        "start_on": planned, "finish_on": planned,
        "actual_start_on": actual, "actual_finish_on": actual,
        "percent_complete": 100 if actual else 0,
        "constraint_type": "snet" if planned else "asap", "constraint_on": planned,
        "deadline_on": planned,
    }
