"""Command line: the window by default, and headless sub-commands.

    python -m desktop [--db PATH] [--lang ko|en] [--smoke-test] [--log FILE]
    python -m desktop status [--db PATH] [--as-of YYYY-MM-DD] [--json]
    python -m desktop schedule [--db PATH] [--as-of YYYY-MM-DD] [--json]
    python -m desktop report [--db PATH] --month YYYY-MM --out FILE [--format pdf|hwpx] [--lang ko|en]
    python -m desktop close [--db PATH] --month YYYY-MM [--reopen]
    python -m desktop import [--db PATH] FILE [--as schedule|baseline|costs|payments|parties] [--phase N]
    python -m desktop import [--db PATH] FILE --as contractor [--schedule NAME] [--project CODE]
    python -m desktop export [--db PATH] --format mspdi|xlsx|csv --out FILE [--table NAME]
    python -m desktop example-data [--db PATH] [--remove]
    python -m desktop compare OLD NEW [--project CODE] [--json]
    python -m desktop compare [--db PATH] --schedule NAME [--json]
    python -m desktop check FILE [--project CODE] [--as-of YYYY-MM-DD] [--json]
    python -m desktop check [--db PATH] [--schedule NAME] [--as-of YYYY-MM-DD] [--json]
    python -m desktop verify [--db PATH] [--against BACKUP] [--json]
    python -m desktop risk [--db PATH] [--iterations N] [--seed S] [--as-of YYYY-MM-DD] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from desktop.clock import Clock
from desktop.domain.errors import DomainError

MONEY_UNITS = ("WON", "THOUSAND", "MILLION", "HUNDRED_MILLION")  # desktop.domain.money.MoneyUnit


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """--db and --as-of, on the window and on every sub-command."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", type=Path, default=default, metavar="PATH",
                        help="database file (default: the per-user application data folder)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=default, metavar="YYYY-MM-DD",
                        help="the date the application works at (default: today)")


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m desktop",
                                     description="포항 글로벌 AI컴퓨팅센터 사업관리")
    _add_common(parser, suppress=False)
    parser.add_argument("--lang", choices=("ko", "en"), help="language of the window")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start offscreen, check fonts, translations, database, every panel and "
                             "the report; exit 0 when all work, else 1 with the reasons")
    parser.add_argument("--log", type=Path, metavar="FILE",
                        help="log file (default: logs/tracker.log in the application data folder)")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _window_parser()
    commands = parser.add_subparsers(dest="command")
    status = commands.add_parser("status", help="print the overview's figures")
    _add_common(status, suppress=True)
    status.add_argument("--json", action="store_true", help="one JSON object, money in won")
    report = commands.add_parser("report", help="write the monthly report as PDF or .hwpx (한글)")
    _add_common(report, suppress=True)
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--format", choices=("pdf", "hwpx"), default=None,
                        help="pdf (default) or hwpx, an editable copy for 한글; default from the file's suffix")
    report.add_argument("--lang", choices=("ko", "en"), default="ko")
    report.add_argument("--unit", choices=MONEY_UNITS, default="MILLION")
    close = commands.add_parser("close", help="close a month: freeze its figures")
    _add_common(close, suppress=True)
    close.add_argument("--month", required=True, metavar="YYYY-MM")
    close.add_argument("--reopen", action="store_true", help="reopen a closed month instead")
    imp = commands.add_parser("import", help="import MS Project XML, or rows of a spreadsheet (.xlsx/.csv)")
    _add_common(imp, suppress=True)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--as", dest="as_what", default=None,
                     choices=("schedule", "baseline", "contractor", "costs", "payments", "commitments",
                              "budget", "contracts", "progress", "capacity", "remedies", "parties"),
                     help="MS Project XML: schedule (default) or baseline; MS Project XML or P6 .xer: "
                          "contractor (a new version of a contractor's schedule); spreadsheets: costs (default), "
                          "payments, commitments (funding), budget (lines), contracts, progress, capacity, "
                          "remedies (late milestones' cause and plan) or parties")
    imp.add_argument("--phase", type=int, metavar="N", help="import the schedule under phase N")
    imp.add_argument("--schedule", metavar="NAME", help="contractor: the schedule it is a version of "
                                                          "(default: the file's project name)")
    imp.add_argument("--project", metavar="CODE", help="contractor: the project of a P6 file that holds several")
    exp = commands.add_parser("export", help="export the schedule (MS Project XML) or a table (.xlsx/.csv)")
    _add_common(exp, suppress=True)
    exp.add_argument("--format", required=True, choices=("mspdi", "xlsx", "csv"))
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    exp.add_argument("--table", metavar="NAME", help="tasks, variance, funding or effects")
    sched = commands.add_parser("schedule", help="every task's early/late dates and floats")
    _add_common(sched, suppress=True)
    sched.add_argument("--json", action="store_true", help="one JSON object")
    example = commands.add_parser("example-data", help="load (or --remove) the example data")
    _add_common(example, suppress=True)
    example.add_argument("--remove", action="store_true")
    _schedule_file_parsers(commands)
    check = commands.add_parser("verify", help="check integrity, the audit chain, anchors and outside edits")
    _add_common(check, suppress=True)
    check.add_argument("--against", type=Path, metavar="BACKUP", help="a backup whose chain must be a prefix")
    check.add_argument("--json", action="store_true")
    risk = commands.add_parser("risk", help="schedule risk: dates at P10-P90, deadline probabilities")
    _add_common(risk, suppress=True)
    risk.add_argument("--iterations", type=int, metavar="N", help="Monte Carlo runs (default 10,000)")
    risk.add_argument("--seed", type=int, metavar="S", help="random seed (same seed, same figures)")
    risk.add_argument("--json", action="store_true", help="one JSON object")
    return parser


def _schedule_file_parsers(commands) -> None:
    """Contractors' schedule files (.xml MS Project, .xer Primavera P6)."""
    compare = commands.add_parser("compare", help="what changed between two versions of a schedule file")
    compare.add_argument("old", type=Path, metavar="OLD", nargs="?")
    compare.add_argument("new", type=Path, metavar="NEW", nargs="?")
    check = commands.add_parser("check", help="DCMA 14-point quality check of a schedule file")
    check.add_argument("file", type=Path, metavar="FILE", nargs="?")
    for sub in (compare, check):
        _add_common(sub, suppress=True)  # --as-of: the status date when the file has none
        sub.add_argument("--project", metavar="CODE", help="the project of a P6 file that holds several")
        sub.add_argument("--schedule", metavar="NAME", help="a contractor schedule stored in the database "
                         "(check without NAME: the plan's own schedule)")
        sub.add_argument("--json", action="store_true", help="one JSON object")


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if any(word in _COMMANDS or word in ("-h", "--help") for word in words):
        args = build_parser().parse_args(argv)
    else:  # the window: only its options (building every sub-command's parser costs start-up)
        args = _window_parser().parse_args(argv)
        args.command = None
    if args.command is None:
        import gc

        from desktop.app import run_gui

        gc.disable()  # no collections while the window starts; run_gui turns it back on

        return run_gui(db_path=args.db, language=args.lang, smoke_test=args.smoke_test,
                       exit_after_paint=args.exit_after_paint, clock=Clock(args.as_of),
                       log_path=args.log)
    try:
        code = _COMMANDS[args.command](args)
        if sys.stdout is not None:  # None in the windowed program on Windows
            sys.stdout.flush()  # here, not at exit: a reader that left is then caught below
        return code
    except BrokenPipeError:  # the reader left (``status --json | head``): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's flush at exit
        return 0
    except DomainError as error:
        from desktop.cli_text import explain_error

        print(explain_error(error), file=sys.stderr)
        return 2


def _open(args):
    from db import open_database
    from desktop.ui.appdata import default_database_path

    return open_database(args.db or default_database_path())


def _today(args) -> date:
    """The date the command works at: --as-of, else the computer's (the one application clock)."""
    return Clock(args.as_of).today()


def _status(args) -> int:
    from desktop.services.status import project_status

    db = _open(args)
    status = project_status(db, _today(args))
    if args.json:
        import json

        print(json.dumps(status, ensure_ascii=False, indent=2))
    else:
        from desktop.status_text import status_text

        print(status_text(status))
    return 0


def _schedule(args) -> int:
    import json

    from desktop.services.schedule import load_schedule, schedule_dict

    view = load_schedule(_open(args), as_of=_today(args))
    data = schedule_dict(view)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for t in data["tasks"]:
            print(f"{t['row']:>4} {'  ' * t['level']}{t['name']}: {t['early_start'] or '-'} ~ "
                  f"{t['early_finish'] or '-'}, 여유 {t['total_float_days'] if t['total_float_days'] is not None else '-'}일"
                  f"{' [주공정]' if t['critical'] else ''}")
    return 0


def _report(args) -> int:
    import os

    from desktop.services.month_close import report_figures
    from desktop.services.report_inputs import report_settings

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = _open(args)
    figures, digest, closed = report_figures(db, args.month, _today(args))
    kind = args.format or ("hwpx" if args.out.suffix.lower() == ".hwpx" else "pdf")
    from desktop.app import create_application

    create_application(language=args.lang)
    try:
        from desktop.domain.money import MoneyUnit

        options = dict(language=args.lang, unit=MoneyUnit[args.unit], issued_on=_today(args),
                       settings=report_settings(db))
        if kind == "hwpx":
            from desktop.report.hwpx import write_report_hwpx

            pages = write_report_hwpx(args.out, figures, digest, closed, **options)
        else:
            from desktop.report.monthly import write_report_pdf

            pages = write_report_pdf(args.out, figures, digest, closed, **options)
    except OSError as error:
        print(f"보고서를 쓸 수 없습니다: {args.out} ({error.strerror or error})", file=sys.stderr)
        return 1
    state = "마감된 달 (고정된 수치)" if closed else "마감 전 (현재 수치)"
    size = f"{pages}쪽" if kind == "pdf" else f"표 {pages}개"
    print(f"{args.out}: {size}, {figures['month']} {state}, 검증값 {digest}")
    return 0


def _close(args) -> int:
    from desktop.services.month_close import close_month, reopen_month

    db = _open(args)
    if args.reopen:
        reopen_month(db, month=args.month)
        print(f"{args.month} 마감을 해제했습니다.")
    else:
        changes = close_month(db, month=args.month, today=_today(args))
        print(f"{args.month} 마감 완료. 검증값 {changes.extra['digest']}")
    return 0


def _import(args) -> int:
    if args.as_what == "contractor":
        from desktop.cli_contractor import cmd_import_contractor

        return cmd_import_contractor(_open(args), args.file, name=args.schedule, project=args.project)
    if args.file.suffix.lower() in (".xlsx", ".csv", ".txt"):
        from desktop.cli_sheets import cmd_import_sheet

        return cmd_import_sheet(_open(args), args.file, args.as_what or "costs", today=_today(args))
    from desktop.cli_exchange import cmd_import

    return cmd_import(_open(args), args.file, args.as_what or "schedule", args.phase,
                      as_of=_today(args))


def _export(args) -> int:
    from desktop.cli_exchange import cmd_export

    return cmd_export(_open(args), args.format, args.out, args.table, as_of=_today(args))


def _example_data(args) -> int:
    from desktop.services.example_data import load_example_data, remove_example_data

    db = _open(args)
    if args.remove:
        changes = remove_example_data(db)
        print(f"예시 데이터 {changes.extra['rows']}행을 삭제했습니다.")
    else:
        changes = load_example_data(db, today=_today(args))
        print(f"예시 데이터 {changes.extra['rows']}행을 추가했습니다. (모든 행에 '예시' 표시)")
    return 0


def _compare(args) -> int:
    from desktop.cli_schedule_files import cmd_compare

    return cmd_compare(args, lambda: _open(args))


def _check(args) -> int:
    from desktop.cli_schedule_files import cmd_check

    return cmd_check(args, lambda: _open(args))


def _verify(args) -> int:
    from desktop.cli_verify import cmd_verify

    return cmd_verify(args)


def _risk(args) -> int:
    from desktop.cli_risk import cmd_risk

    return cmd_risk(_open(args), as_of=_today(args), iterations=args.iterations, seed=args.seed,
                    as_json=args.json)


_COMMANDS = {"status": _status, "schedule": _schedule, "report": _report, "close": _close,
             "import": _import, "export": _export, "example-data": _example_data,
             "compare": _compare, "check": _check, "verify": _verify, "risk": _risk}
