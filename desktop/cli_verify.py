"""``python -m desktop verify``: exit 0 when the database checks out, 1 with each problem
listed in Korean (2 when the file cannot be opened at all)."""

from __future__ import annotations

import json
import sys

from desktop.domain.errors import DomainError


def cmd_verify(args) -> int:
    from db import check_file
    from db.verify import open_read_only, verify
    from desktop.cli_text import explain_error
    from desktop.ui.appdata import default_database_path

    path = args.db or default_database_path()
    check_file(path, writable=False)  # a refusal (DomainError) is explained by cli.main
    conn = open_read_only(path)
    against = open_read_only(args.against) if args.against else None
    try:
        report = verify(conn, against=against)
    finally:
        conn.close()
        if against is not None:
            against.close()
    messages = [explain_error(DomainError(p.code, **p.params)) for p in report.problems]
    if args.json:
        print(json.dumps({"ok": report.ok, "counts": report.counts, "found": report.found, "problems": [
            {"code": p.code, "params": p.params, "message": m} for p, m in zip(report.problems, messages)]},
            ensure_ascii=False, indent=2))
    else:
        for message in messages:
            print(f"- {message}")
        summary = explain_error(DomainError("verify_ok" if report.ok else "verify_failed",
                                       rows=report.counts.get("audit_rows", 0),
                                       anchors=report.counts.get("anchors", 0),
                                       count=report.problem_count))
        print(summary, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1
