import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.predecessors import PredecessorRef, format_predecessors, parse_predecessors


def test_forms_users_type():
    assert parse_predecessors("3FS+5d, 7SS") == [PredecessorRef(3, "FS", 5), PredecessorRef(7, "SS", 0)]
    assert parse_predecessors("12ff-2d; 4") == [PredecessorRef(12, "FF", -2), PredecessorRef(4, "FS", 0)]
    assert parse_predecessors("5SF+1w") == [PredecessorRef(5, "SF", 5)]
    assert parse_predecessors("2 FS + 3일, 6SS+1주") == [PredecessorRef(2, "FS", 3), PredecessorRef(6, "SS", 5)]
    assert parse_predecessors("８ＦＳ−２ｄ") == [PredecessorRef(8, "FS", -2)]  # full-width, minus sign
    assert parse_predecessors("  ") == []


@pytest.mark.parametrize("text, code", [
    ("3XX", "predecessor_unparsable"),
    ("FS3", "predecessor_unparsable"),
    ("3FS+2.5d", "lag_not_whole_days"),
    ("3FS+5x", "predecessor_unparsable"),
    ("0", "predecessor_unparsable"),
    ("3, 3SS", "predecessor_duplicate"),
])
def test_refused(text, code):
    with pytest.raises(ValidationError) as info:
        parse_predecessors(text)
    assert info.value.code == code


def test_round_trip():
    refs = [PredecessorRef(3, "FS", 0), PredecessorRef(7, "SS", 2), PredecessorRef(9, "FS", -1)]
    text = format_predecessors(refs)
    assert text == "3, 7SS+2d, 9FS-1d"
    assert parse_predecessors(text) == refs


from desktop.domain.durations import format_duration, parse_duration  # noqa: E402


@pytest.mark.parametrize("text, result", [
    ("5", (5, False)), ("5d", (5, False)), ("5 일", (5, False)), ("2w", (10, False)),
    ("2주", (10, False)), ("10ed", (10, True)), ("10 edays", (10, True)), ("0", (0, False)), (7, (7, False)),
])
def test_durations(text, result):
    assert parse_duration(text) == result


@pytest.mark.parametrize("text, code", [
    ("five", "duration_unparsable"), ("-3d", "duration_unparsable"), ("1.5d", "duration_not_whole_days"),
    ("100000d", "quantity_out_of_range"),
])
def test_bad_durations(text, code):
    with pytest.raises(ValidationError) as info:
        parse_duration(text)
    assert info.value.code == code


def test_format_duration():
    assert format_duration(5, False) == "5d" and format_duration(10, True) == "10ed"
    assert parse_duration(format_duration(12, True)) == (12, True)
