import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.predecessors import (
    PredecessorRef, format_predecessors, parse_predecessors, usable_codes,
)


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


CODES = usable_codes(["0", "1", "1.1", "1.2", "2", "2.1", "A-100", "C1010", "dup", "dup", "with space"])


def test_usable_codes_are_unique_and_typeable():
    assert CODES == {"0", "1", "1.1", "1.2", "2", "2.1", "A-100", "C1010"}


def test_wbs_codes_as_managers_type_them():
    assert parse_predecessors("1.1, 2.1SS+5d", CODES) == [
        PredecessorRef(0, "FS", 0, "1.1"), PredecessorRef(0, "SS", 5, "2.1")]
    assert parse_predecessors("a-100ff-2d; c1010", CODES) == [
        PredecessorRef(0, "FF", -2, "A-100"), PredecessorRef(0, "FS", 0, "C1010")]
    assert parse_predecessors("１.２ＦＳ＋１주", CODES) == [PredecessorRef(0, "FS", 5, "1.2")]


def test_row_numbers_still_work_and_hash_always_means_a_row():
    assert parse_predecessors("7, 12SS", CODES) == [PredecessorRef(7), PredecessorRef(12, "SS")]
    assert parse_predecessors("2", CODES) == [PredecessorRef(0, "FS", 0, "2")]  # WBS 2 wins
    assert parse_predecessors("#2", CODES) == [PredecessorRef(2)]  # row 2
    assert parse_predecessors("#2FS+3d, 2", CODES) == [PredecessorRef(2, "FS", 3),
                                                       PredecessorRef(0, "FS", 0, "2")]


@pytest.mark.parametrize("text, code", [
    ("9.9", "predecessor_unparsable"),   # no such WBS code, not a row number
    ("dup", "predecessor_unparsable"),   # two tasks share it: not usable
    ("1.1, 1.1SS", "predecessor_duplicate"),
    ("#0", "predecessor_unparsable"),
    ("1.1FS+1.5d", "lag_not_whole_days"),
])
def test_wbs_refused(text, code):
    with pytest.raises(ValidationError) as info:
        parse_predecessors(text, CODES)
    assert info.value.code == code


def test_wbs_round_trip_and_rows_that_look_like_codes():
    refs = [PredecessorRef(0, "FS", 0, "1.1"), PredecessorRef(2, "SS", 2), PredecessorRef(9, "FF", -1)]
    text = format_predecessors(refs, CODES)
    assert text == "1.1, #2SS+2d, 9FF-1d"  # row 2 would read as WBS 2: written #2
    assert parse_predecessors(text, CODES) == refs


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
