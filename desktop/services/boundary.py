"""One check at the entry of every service: values of the wrong type, ``True`` where a number
is expected, NaN and infinities, control characters, over-long text (desktop/domain/limits.py)
and dates outside 1900–2200 are refused with a typed ValidationError before anything runs.

``@boundary`` reads the service's annotations: ``int`` (never a bool), ``float`` (int or float,
finite), ``str``, ``bool``, ``date``, unions with None, ``list[...]``, ``tuple[...]``,
``dict[...]``, enums and classes.  Text is limited by its parameter's name (a ``value`` by
the ``field`` it is for; a dict's values by their keys).  Rows handed back by an undo
(``row``, ``snapshot``, ...) are checked against the table they go back to with
``@boundary(shapes={"row": Row("actual_costs")})``: the table's columns, scalar values.
"""

from __future__ import annotations

import enum
import functools
import inspect
import types
import typing
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.limits import check_date, check_finite, check_integer, check_text

_MAX_DEPTH = 8
_SCALARS = (type(None), bool, int, float, str)
_LIMIT_CODES = frozenset({"text_too_long", "text_control_characters", "number_not_finite",
                          "date_out_of_range", "quantity_out_of_range"})


def _refuse(field: str, value: object, hint: object = None) -> ValidationError:
    """The refusal of a value of the wrong type, in the domain's words where it has them."""
    if hint in (int, float) and not isinstance(value, bool):
        if value is None:
            return ValidationError("value_required", field=field)
        if isinstance(value, str):
            return ValidationError("number_unparsable", field=field, text=value[:40])
        if isinstance(value, float) and hint is int:
            if field.endswith("_won"):
                return ValidationError("money_not_integer", field=field)
            return ValidationError("count_invalid", field=field, value=repr(value)[:40])
    return ValidationError("value_type_invalid", field=field, value=repr(value)[:40])


def check_value(value: object, hint: object, field: str, depth: int = 0) -> None:
    """Refuse ``value`` unless it matches ``hint`` and respects the limits."""
    if depth > _MAX_DEPTH:
        raise _refuse(field, value)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        errors = []
        for option in typing.get_args(hint):
            try:
                return check_value(value, option, field, depth)
            except ValidationError as error:
                errors.append(error)
        # a value of the right type that breaks a limit says so; otherwise: wrong type
        options = typing.get_args(hint)
        number = next((o for o in options if o in (int, float)), None)
        limit = next((e for e in errors if e.code in _LIMIT_CODES), None)
        raise limit or (_refuse(field, value, number) if number else errors[0])
    if hint is type(None) or hint is None:
        if value is not None:
            raise _refuse(field, value)
        return None
    if hint in (object, typing.Any, inspect.Parameter.empty):
        return check_content(value, field, depth)
    if hint is bool:
        if not isinstance(value, bool):
            raise _refuse(field, value)
        return None
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _refuse(field, value, int)
        check_integer(value, field)
        return None
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _refuse(field, value, float)
        return check_content(value, field, depth)
    if hint is str:
        if not isinstance(value, str):
            raise _refuse(field, value)
        check_text(value, field)
        return None
    if hint is date:
        if not isinstance(value, date):
            raise _refuse(field, value)
        check_date(value, field)
        return None
    container = origin or hint
    if container in (list, tuple, dict, set, frozenset):
        if not isinstance(value, container):
            raise _refuse(field, value)
        return _check_items(value, typing.get_args(hint), field, depth)
    if isinstance(container, type):
        if not isinstance(value, container):
            raise _refuse(field, value)
        if issubclass(container, enum.Enum):
            return None
        return None
    return check_content(value, field, depth)


def _check_items(value, args: tuple, field: str, depth: int) -> None:
    if isinstance(value, dict):
        key_hint, value_hint = args if len(args) == 2 else (object, object)
        for key, item in value.items():
            check_value(key, key_hint, field, depth + 1)
            check_value(item, value_hint, key if isinstance(key, str) else field, depth + 1)
        return
    items = list(value)
    if args and len(args) == 2 and args[1] is Ellipsis:
        args = (args[0],) * len(items)
    elif isinstance(value, tuple) and args and len(args) != len(items):
        raise _refuse(field, value)
    for index, item in enumerate(items):
        check_value(item, args[index] if len(args) > 1 else (args[0] if args else object), field, depth + 1)


def check_content(value: object, field: str, depth: int = 0) -> None:
    """Whatever its type: finite numbers, integers SQLite can store, text within the limits,
    dates within 1900–2200, and containers of such values."""
    if depth > _MAX_DEPTH:
        raise _refuse(field, value)
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int):
        check_integer(value, field)
    elif isinstance(value, float):
        check_finite(value, field)
    elif isinstance(value, str):
        check_text(value, field)
    elif isinstance(value, date):
        check_date(value, field)
    elif isinstance(value, (list, tuple, dict, set, frozenset)):
        _check_items(value, (), field, depth)
    elif isinstance(value, enum.Enum):
        return
    else:
        raise _refuse(field, value)


# --------------------------------------------------------------------------- undo payloads
@dataclass(frozen=True)
class Row:
    """A row of ``table`` as read back (every column but ``version`` present, scalar values)."""

    table: str

    def check(self, db, value: object, field: str) -> None:
        if not isinstance(value, dict):
            raise _refuse(field, value)
        columns = {r[1] for r in db.execute(f"PRAGMA table_info([{self.table}])")}
        keys = set(value)
        if not keys <= columns or not (columns - {"version"}) <= keys:
            raise ValidationError("value_type_invalid", field=field, value=self.table)
        for key, item in value.items():
            if not isinstance(item, _SCALARS):
                raise _refuse(key, item)


@dataclass(frozen=True)
class Rows:
    table: str

    def check(self, db, value: object, field: str) -> None:
        if not isinstance(value, list):
            raise _refuse(field, value)
        for item in value:
            Row(self.table).check(db, item, field)


@dataclass(frozen=True)
class Shape:
    """A dict with exactly these keys, each checked by its own shape (or annotation)."""

    fields: dict

    def check(self, db, value: object, field: str) -> None:
        if not isinstance(value, dict) or set(value) != set(self.fields):
            raise _refuse(field, value)
        for key, shape in self.fields.items():
            if hasattr(shape, "check"):
                shape.check(db, value[key], key)
            else:
                check_value(value[key], shape, key)


def boundary(function=None, *, shapes: dict | None = None):
    """Check every argument of a service against its annotation before the service runs."""
    if function is None:
        return lambda f: boundary(f, shapes=shapes)
    signature = inspect.signature(function)
    hints: dict | None = None

    @functools.wraps(function)
    def service(*args, **kwargs):
        nonlocal hints
        if hints is None:
            hints = typing.get_type_hints(function)
        arguments = signature.bind(*args, **kwargs).arguments
        for name, value in arguments.items():
            if name == "db":
                continue
            shape = (shapes or {}).get(name)
            if shape is not None:
                shape.check(arguments.get("db"), value, name)
                continue
            field = arguments.get("field") if name == "value" else name
            check_value(value, hints.get(name, object), field if isinstance(field, str) else name)
        return function(*args, **kwargs)

    return service
