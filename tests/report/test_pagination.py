"""Pagination as an office expects: no heading stranded at the foot of a page, a split table
repeats its header and never carries one row (a lone 합계) over alone, notes stay with it."""

from desktop.report.blocks import Item, Spacer, Table, font
from desktop.report.document import body_size, paginate


def _blocks(qapp_ko, filler: float, rows: int):
    base = qapp_ko.font()
    heading = Item("□", "제목", font(base, 14, True), keep_with_next=True)
    point = Item("○", "표의 설명", font(base, 11), level=1, keep_with_next=True)
    table = Table([("구분", 1, "l"), ("금액", 1, "r")], [[f"행 {i}", f"{i:,}"] for i in range(rows)],
                  font(base, 10), font(base, 10, True), notes=["금액은 끝수를 조정함"])
    return [Spacer(filler), heading, point, table]


def test_heading_goes_over_with_the_start_of_its_table(qapp_ko):
    width, room = body_size(False)
    blocks = _blocks(qapp_ko, 0, 30)
    table_start = blocks[3].first_part_height(width)
    filler = room - blocks[1].height(width) - blocks[2].height(width) - table_start + 10
    pages = paginate(_blocks(qapp_ko, filler, 30))  # the heading and point fit, the table's start does not
    assert [type(b).__name__ for _y, b in pages[0].items] == ["Spacer"]
    assert [type(b).__name__ for _y, b in pages[1].items][:3] == ["Item", "Item", "Table"]


def test_split_table_keeps_header_two_rows_and_no_lone_last_row(qapp_ko):
    width, room = body_size(False)
    for filler in range(0, int(room), 23):
        pages = paginate(_blocks(qapp_ko, filler, 40))
        parts = [b for page in pages for _y, b in page.items if isinstance(b, Table)]
        assert sum(len(p.rows) for p in parts) == 40
        assert all(len(p.rows) >= 2 for p in parts), [len(p.rows) for p in parts]
        assert all(p.columns[0][0] == "구분" for p in parts)  # every part has the header
        assert parts[-1].notes and not any(p.notes for p in parts[:-1])  # the note with the last rows
        for page in pages:  # nothing runs past the foot of a page
            for y, block in page.items:
                assert y + block.height(width) <= room + 0.5 or len(page.items) == 1
