"""A small XER file written in tests: tables as P6 writes them, rows given as dicts."""

from __future__ import annotations

WEEK_8H = ("(0||CalendarData()((0||DaysOfWeek()((0||1()())"
           + "".join(f"(0||{d}()((0||0(s|08:00|f|12:00)())(0||1(s|13:00|f|17:00)())))" for d in range(2, 7))
           + "(0||7()())))(0||Exceptions()((0||0(d|46290)())))))")  # 2026-09-25 (추석) off
WEEK_10H_6D = ("(0||CalendarData()((0||DaysOfWeek()((0||1()())"
               + "".join(f"(0||{d}()((0||0(s|07:00|f|17:00)())))" for d in range(2, 8))
               + "))(0||Exceptions()())))")

TABLES = {
    "CURRTYPE": ["curr_id", "decimal_digit_cnt", "curr_symbol", "decimal_symbol", "digit_group_symbol",
                 "pos_curr_fmt_type", "neg_curr_fmt_type", "curr_type", "curr_short_name"],
    "PROJECT": ["proj_id", "proj_short_name", "clndr_id", "plan_start_date", "last_recalc_date",
                "next_data_date", "scd_end_date", "critical_path_type", "critical_drtn_hr_cnt",
                "export_flag"],
    "CALENDAR": ["clndr_id", "default_flag", "clndr_name", "base_clndr_id", "clndr_type",
                 "day_hr_cnt", "clndr_data"],
    "SCHEDOPTIONS": ["schedoptions_id", "proj_id", "sched_calendar_on_relationship_lag"],
    "PROJWBS": ["wbs_id", "proj_id", "seq_num", "proj_node_flag", "wbs_short_name", "wbs_name",
                "parent_wbs_id"],
    "TASK": ["task_id", "proj_id", "wbs_id", "clndr_id", "phys_complete_pct", "complete_pct_type",
             "task_type", "status_code", "task_code", "task_name", "total_float_hr_cnt",
             "free_float_hr_cnt", "remain_drtn_hr_cnt", "target_drtn_hr_cnt", "cstr_date",
             "act_start_date", "act_end_date", "late_start_date", "late_end_date",
             "early_start_date", "early_end_date", "cstr_type", "cstr_date2", "cstr_type2",
             "driving_path_flag"],
    "TASKPRED": ["task_pred_id", "task_id", "pred_task_id", "proj_id", "pred_proj_id", "pred_type",
                 "lag_hr_cnt"],
    "TASKRSRC": ["taskrsrc_id", "task_id", "proj_id", "target_cost", "act_reg_cost", "act_ot_cost",
                 "remain_cost"],
}


def base_rows() -> dict[str, list[dict]]:
    """A project "P1" (8 h, Mon–Fri) with a WBS of two levels, four activities, three links."""
    activity = dict(proj_id="1", clndr_id="10", complete_pct_type="CP_Drtn", task_type="TT_Task",
                    status_code="TK_NotStart", phys_complete_pct="0")
    return {
        "CURRTYPE": [dict(curr_id="1", curr_symbol="￦", curr_short_name="KRW"),
                     dict(curr_id="2", curr_symbol="€", curr_short_name="EUR")],
        "PROJECT": [dict(proj_id="1", proj_short_name="P1", clndr_id="10",
                         plan_start_date="2026-09-01 00:00", last_recalc_date="2026-09-01 00:00",
                         critical_path_type="CT_TotFloat", critical_drtn_hr_cnt="0", export_flag="Y")],
        "CALENDAR": [dict(clndr_id="10", default_flag="Y", clndr_name="표준 5일", clndr_type="CA_Base",
                          day_hr_cnt="8", clndr_data=WEEK_8H),
                     dict(clndr_id="11", default_flag="N", clndr_name="현장 6일 10시간", base_clndr_id="10",
                          clndr_type="CA_Project", day_hr_cnt="10", clndr_data=WEEK_10H_6D)],
        "SCHEDOPTIONS": [dict(schedoptions_id="1", proj_id="1",
                              sched_calendar_on_relationship_lag="rcal_Predecessor")],
        "PROJWBS": [dict(wbs_id="100", proj_id="1", seq_num="0", proj_node_flag="Y", wbs_short_name="P1",
                         wbs_name="포항 AI센터 1단계"),
                    dict(wbs_id="101", proj_id="1", seq_num="1", proj_node_flag="N", wbs_short_name="A",
                         wbs_name="토목", parent_wbs_id="100"),
                    dict(wbs_id="102", proj_id="1", seq_num="2", proj_node_flag="N", wbs_short_name="B",
                         wbs_name="기초", parent_wbs_id="101")],
        "TASK": [
            dict(activity, task_id="1", wbs_id="101", task_code="A100", task_name="착공",
                 task_type="TT_Mile", target_drtn_hr_cnt="0", remain_drtn_hr_cnt="0",
                 early_start_date="2026-09-01 08:00", early_end_date="2026-09-01 08:00",
                 total_float_hr_cnt="0"),
            dict(activity, task_id="2", wbs_id="102", task_code="A110", task_name="터파기",
                 target_drtn_hr_cnt="40", remain_drtn_hr_cnt="40", total_float_hr_cnt="0",
                 early_start_date="2026-09-01 08:00", early_end_date="2026-09-07 17:00"),
            dict(activity, task_id="3", wbs_id="102", clndr_id="11", task_code="A120", task_name="기초 타설",
                 target_drtn_hr_cnt="30", remain_drtn_hr_cnt="30", total_float_hr_cnt="20",
                 cstr_type="CS_MSOA", cstr_date="2026-09-08 00:00"),
            dict(activity, task_id="4", wbs_id="101", task_code="A130", task_name="토목 완료",
                 task_type="TT_FinMile", target_drtn_hr_cnt="0", remain_drtn_hr_cnt="0",
                 total_float_hr_cnt="0"),
        ],
        "TASKPRED": [dict(task_pred_id="1", task_id="2", pred_task_id="1", proj_id="1", pred_proj_id="1",
                          pred_type="PR_FS", lag_hr_cnt="0"),
                     dict(task_pred_id="2", task_id="3", pred_task_id="2", proj_id="1", pred_proj_id="1",
                          pred_type="PR_SS", lag_hr_cnt="16"),
                     dict(task_pred_id="3", task_id="3", pred_task_id="2", proj_id="1", pred_proj_id="1",
                          pred_type="PR_FF", lag_hr_cnt="8"),
                     dict(task_pred_id="4", task_id="4", pred_task_id="3", proj_id="1", pred_proj_id="1",
                          pred_type="PR_FS", lag_hr_cnt="0")],
        "TASKRSRC": [dict(taskrsrc_id="1", task_id="2", proj_id="1", target_cost="1000", act_reg_cost="0",
                          act_ot_cost="0", remain_cost="1000"),
                     dict(taskrsrc_id="2", task_id="3", proj_id="1", target_cost="250.5", act_reg_cost="0",
                          act_ot_cost="0", remain_cost="250.5")],
    }


def xer_text(rows: dict[str, list[dict]] | None = None, *, header: str = "ERMHDR\t23.12\t2026-09-01\t"
             "Project\tadmin\tadmin\tdbxDatabaseNoName\tProject Management\tKRW") -> str:
    rows = base_rows() if rows is None else rows
    lines = [header]
    for name, fields in TABLES.items():
        if name not in rows:
            continue
        lines += [f"%T\t{name}", "%F\t" + "\t".join(fields)]
        lines += ["%R\t" + "\t".join(row.get(f, "") for f in fields) for row in rows[name]]
    lines.append("%E")
    return "\r\n".join(lines) + "\r\n"


def xer_bytes(rows: dict[str, list[dict]] | None = None, encoding: str = "utf-8", **kw) -> bytes:
    return xer_text(rows, **kw).encode(encoding)
