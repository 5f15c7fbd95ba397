"""``python -m desktop import FILE.xlsx|FILE.csv [--as costs|payments|parties]``: preview, then
all or nothing."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from db.engine import Database
from desktop.cli_text import explain_error
from desktop.domain.errors import DomainError
from desktop.interop.sheets import read_sheet
from desktop.services.imports import KINDS, guess_mapping, preview_import, run_import


LABELS = {"costs": "집행 실적", "payments": "납입", "commitments": "출자 약정", "budget": "예산 항목",
          "contracts": "계약", "progress": "진척 측정", "capacity": "용량 측정",
          "remedies": "문제점 및 대책", "parties": "참여 기관"}


def cmd_import_sheet(db: Database, path: Path, kind: str, *, today: date) -> int:
    if kind not in KINDS:
        print("스프레드시트는 --as " + "|".join(KINDS) + " 중 하나로 가져옵니다.", file=sys.stderr)
        return 2
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers, kind)
    preview = preview_import(db, sheet, mapping, kind, source=path.name)
    label = LABELS.get(kind, kind)
    print(f"{path.name}: {label} {len(sheet.rows)}행 — 가져올 수 있음 {len(preview.accepted)}, 거부 {len(preview.rejected)}"
          + (f" (인코딩 {sheet.encoding})" if sheet.encoding else ""))
    for number, error in preview.rejected:
        print(f"  {number}행: {explain_error(error)}")
    try:
        changes = run_import(db, preview, today=today)
    except DomainError as error:
        print(explain_error(error), file=sys.stderr)
        return 2
    print(f"{changes.extra['rows']}행을 가져왔습니다.")
    return 0
