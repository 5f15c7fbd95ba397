"""A month's figures frozen for the record: canonical JSON and its SHA-256 digest.

The digest is computed over the canonical text (sorted keys, no spaces, UTF-8), so the
same figures always give the same digest, on any machine and later.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from desktop.domain.dates import month_end


def canonical_json(figures: dict) -> str:
    return json.dumps(figures, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def digest(figures: dict) -> str:
    return hashlib.sha256(canonical_json(figures).encode("utf-8")).hexdigest()


def month_as_of(month: str, today: date) -> date:
    """The date a month's report speaks of: its last day, or today while it runs."""
    return min(month_end(month), today)
