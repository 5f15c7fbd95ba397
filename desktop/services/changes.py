"""What a service changed, so each view refreshes only what it shows (Anki's OpChanges).

A :class:`Changes` names the tables a service wrote and, where it knows them, the ids of
the rows (``rows["tasks"] == frozenset({7})``; ``None`` when it changed rows it does not
list one by one, e.g. an import or a month close), and whether the schedule must be computed
again (``reschedule``).  Table names are checked against the schema's (``db.tables.TABLES``),
so a view cannot wait for a name no service ever sends.

``entity_id``, ``field``, ``old`` and ``new`` carry what an undo needs to call the same
service back; ``extra`` what a view needs to follow an edit in place (a cost's delta).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field as dc_field
from types import MappingProxyType

from db.tables import SCHEDULE_INPUTS, TABLES

RowIds = frozenset[int] | None  # None: rows of that table changed, not listed one by one


@dataclass(frozen=True)
class Changes:
    rows: Mapping[str, RowIds] = dc_field(default_factory=lambda: MappingProxyType({}))
    reschedule: bool = False
    entity_id: int | None = None
    field: str = ""
    old: object = None
    new: object = None
    extra: dict = dc_field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.rows) - TABLES
        if unknown:
            raise ValueError(f"Changes names tables the schema does not have: {sorted(unknown)}")

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    def touches(self, *tables: str) -> bool:
        return any(table in self.rows for table in tables)

    def ids(self, table: str) -> RowIds:
        """The ids changed in ``table`` (None: not listed, or the table was not touched)."""
        return self.rows.get(table)

    @classmethod
    def of(cls, *tables: str, entity_id: int | None = None,
           ids: Mapping[str, Iterable[int]] | None = None, reschedule: bool | None = None,
           **kwargs) -> "Changes":
        """``tables`` changed; ``entity_id`` is the row of the first one, ``ids`` lists more.
        ``reschedule`` defaults to whether a table the schedule is computed from changed."""
        rows: dict[str, RowIds] = {table: None for table in tables}
        if entity_id is not None and tables:
            rows[tables[0]] = frozenset({entity_id})
        for table, table_ids in (ids or {}).items():
            rows[table] = frozenset(table_ids)
        if reschedule is None:
            reschedule = bool(SCHEDULE_INPUTS.intersection(rows))
        return cls(rows=MappingProxyType(rows), reschedule=reschedule, entity_id=entity_id,
                   **kwargs)

    def merged(self, other: "Changes") -> "Changes":
        """Both changes as one (rows united; a table listed as None stays None)."""
        rows: dict[str, RowIds] = dict(self.rows)
        for table, table_ids in other.rows.items():
            mine = rows.get(table, frozenset()) if table in rows else frozenset()
            rows[table] = None if mine is None or table_ids is None else mine | table_ids
        return Changes(rows=MappingProxyType(rows), reschedule=self.reschedule or other.reschedule,
                       entity_id=self.entity_id, field=self.field, old=self.old, new=self.new,
                       extra={**self.extra, **other.extra})
