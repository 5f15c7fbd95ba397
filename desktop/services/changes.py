"""What a service changed, so each view refreshes only what it shows (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field as dc_field


@dataclass(frozen=True)
class Changes:
    """Names of the entities (tables) touched by one service call.

    ``old`` and ``new`` carry the edited value for single-field edits, which is what an
    undo command needs to call the same service with the old value.
    """

    entities: frozenset[str] = frozenset()
    entity_id: int | None = None
    field: str = ""
    old: object = None
    new: object = None
    extra: dict = dc_field(default_factory=dict)

    def touches(self, *entities: str) -> bool:
        return bool(self.entities.intersection(entities))

    @classmethod
    def of(cls, *entities: str, **kwargs) -> "Changes":
        return cls(entities=frozenset(entities), **kwargs)
