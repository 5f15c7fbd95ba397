"""Reading MS Project XML a chunk at a time: the same project whatever the chunk size, a tree
that never holds the whole file, and a DTD refused wherever the prolog's chunks end."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.interop import mspdi_read
from desktop.interop.mspdi_read import parse_mspdi
from desktop.interop.mspdi_tree import MspdiReader
from tests.interop.test_mspdi_read import MSPDI, NS, doc, refused, task

CALENDARS = ("<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
             "<Exceptions><Exception><TimePeriod><FromDate>2026-03-03T00:00:00</FromDate>"
             "<ToDate>2026-03-03T23:59:00</ToDate></TimePeriod><DayWorking>0</DayWorking>"
             "<Name>휴일</Name></Exception></Exceptions></Calendar></Calendars>")
HEAD = ("<StartDate>2026-03-02T08:00:00</StartDate><CalendarUID>1</CalendarUID>"
        "<ExtendedAttributes><ExtendedAttribute><FieldID>188743731</FieldID><Alias>Name (English)</Alias>"
        "</ExtendedAttribute></ExtendedAttributes><OutlineCodes><OutlineCode/><OutlineCode/></OutlineCodes>")
TAIL = ("<Resources><Resource><UID>1</UID><Name>크레인</Name></Resource><Resource><UID>0</UID></Resource>"
        "</Resources><Assignments><Assignment><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID>"
        "</Assignment></Assignments>")


def every_kind_of_section(tasks: int = 200) -> bytes:
    body = "".join(
        task(n, f"작업 {n} &amp; &lt;{n}&gt;", ("<PredecessorLink><PredecessorUID>%d</PredecessorUID><Type>1</Type>"
                                      "<LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>" % (n - 1)
                                      if n > 1 else "")
             + "<Baseline><Number>0</Number><Start>2026-03-02T08:00:00</Start><Cost>150</Cost></Baseline>"
             + "<ExtendedAttribute><FieldID>188743731</FieldID><Value>task %d</Value></ExtendedAttribute>" % n
             + ("<TimephasedData><Type>1</Type></TimephasedData>" if n % 7 == 0 else "")
             + "<Notes><![CDATA[줄 1\n줄 2]]></Notes>")
        for n in range(1, tasks + 1))
    return doc(body, head=HEAD, calendars=CALENDARS).replace(b"</Tasks>", b"</Tasks>" + TAIL.encode())


def read_in_chunks(monkeypatch, data: bytes, size: int):
    monkeypatch.setattr(mspdi_read, "_CHUNK", size)
    try:
        return parse_mspdi(data)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("size", [1, 61, 997, 65_536])
def test_the_chunk_size_changes_nothing(monkeypatch, size):
    data = every_kind_of_section(40)
    whole = parse_mspdi(data)
    assert len(whole.tasks) == 40 and len(whole.links) == 39 and whole.calendar.exceptions
    assert whole.unsupported["resources"] == 1 and whole.unsupported["outline_codes"] == 2
    assert whole.unsupported["timephased_data"] == 5 and whole.tasks[0].name_en == "task 1"
    assert dataclasses.asdict(read_in_chunks(monkeypatch, data, size)) == dataclasses.asdict(whole)


def test_real_files_read_the_same_in_small_chunks(monkeypatch):
    if not MSPDI.is_dir():
        pytest.skip("shared/testdata/mspdi is not present")
    for path in sorted(MSPDI.glob("*.xml")):
        data = path.read_bytes()
        assert dataclasses.asdict(read_in_chunks(monkeypatch, data, 4093)) == \
            dataclasses.asdict(parse_mspdi(data)), path.name


def test_the_tree_never_holds_the_whole_file(monkeypatch):
    held = []
    take = MspdiReader.take

    def counting(self, root, *, final):
        held.append(sum(len(section) for section in root))
        take(self, root, final=final)

    monkeypatch.setattr(MspdiReader, "take", counting)
    monkeypatch.setattr(mspdi_read, "_CHUNK", 2048)
    project = parse_mspdi(every_kind_of_section(300))
    assert len(project.tasks) == 300 and len(held) > 50
    assert max(held) <= 10  # the tasks read are dropped from the tree as it grows


def test_a_dtd_after_a_long_prolog_is_refused():
    comment = "<!--" + "x" * 200_000 + "-->"
    bomb = (f'<?xml version="1.0"?>{comment}<!DOCTYPE Project [<!ENTITY a "{"b" * 100}">]>'
            f'<Project {NS}><Name>&a;</Name></Project>')
    assert refused(bomb.encode(), "mspdi_unsafe").params["detail"] == "DTDForbidden"
    other = f'<?xml version="1.0"?>{comment}<Workbook><Project {NS}/></Workbook>'
    assert refused(other.encode(), "mspdi_not_project").params["root"] == "Workbook"
