"""Import actual costs or funding payments from a spreadsheet (.xlsx / .csv).

One combo per field maps the file's columns (guessed from the headers); the preview lists
every row, accepted or rejected with its reason; Import is possible only when no row is
rejected (the service writes all rows or none).  The dialog is thin: ``make_preview(mapping)``
and ``submit(preview) -> error text | None`` come from the caller, :func:`import_sheet_file`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.errors import DomainError
from desktop.ui.i18n import explain, field_label
from desktop.ui.progress import busy
from desktop.ui.dialogs.submit import submit_preview
from desktop.ui.style import set_text_color

if TYPE_CHECKING:
    from desktop.interop.sheets import Sheet
    from desktop.services.imports import ImportPreview

CONTEXT = "SheetImportDialog"
TITLES = {"costs": QT_TRANSLATE_NOOP("SheetImportDialog", "Import actual costs"),
          "payments": QT_TRANSLATE_NOOP("SheetImportDialog", "Import funding payments"),
          "budget": QT_TRANSLATE_NOOP("SheetImportDialog", "Import budget lines"),
          "contracts": QT_TRANSLATE_NOOP("SheetImportDialog", "Import contracts"),
          "progress": QT_TRANSLATE_NOOP("SheetImportDialog", "Import progress"),
          "commitments": QT_TRANSLATE_NOOP("SheetImportDialog", "Import funding commitments"),
          "capacity": QT_TRANSLATE_NOOP("SheetImportDialog", "Import capacity measurements"),
          "remedies": QT_TRANSLATE_NOOP("SheetImportDialog", "Import causes and recovery plans"),
          "parties": QT_TRANSLATE_NOOP("SheetImportDialog", "Import participants")}
LABELS = {"phase": QT_TRANSLATE_NOOP("SheetImportDialog", "Phase"),
          "category": QT_TRANSLATE_NOOP("SheetImportDialog", "Category"),
          "amount": QT_TRANSLATE_NOOP("SheetImportDialog", "Amount"),
          "note": QT_TRANSLATE_NOOP("SheetImportDialog", "Note"),
          "party": QT_TRANSLATE_NOOP("SheetImportDialog", "Participant"),
          "name": QT_TRANSLATE_NOOP("SheetImportDialog", "Line name"),
          "budget": QT_TRANSLATE_NOOP("SheetImportDialog", "Budget (BAC)"),
          "start": QT_TRANSLATE_NOOP("SheetImportDialog", "First month"),
          "finish": QT_TRANSLATE_NOOP("SheetImportDialog", "Last month"),
          "title": QT_TRANSLATE_NOOP("SheetImportDialog", "Contract title"),
          "contract_no": QT_TRANSLATE_NOOP("SheetImportDialog", "Contract number"),
          "percent": QT_TRANSLATE_NOOP("SheetImportDialog", "% complete"),
          "etc": QT_TRANSLATE_NOOP("SheetImportDialog", "Estimate to complete")}
REJECTED = "#c62828"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(name: str) -> str:
    return _t(LABELS[name]) if name in LABELS else field_label(name)


def _amount(value) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _party_texts(fields: tuple[str, ...], values: dict, texts: list[str]) -> list[str]:
    """A participant row as it will be stored: kind and domestic/foreign in words, codes."""
    from desktop.ui.labels import kind_label

    shown = {"kind": lambda v: kind_label(v),
             "is_foreign": lambda v: QCoreApplication.translate("labels", "Foreign" if v else "Domestic"),
             "country": str, "currency": str}
    for name, show in shown.items():
        if name in fields and name in values:
            texts[2 + fields.index(name)] = show(values[name])
    return texts


class SheetImportDialog(QDialog):
    """Columns → fields, every row's verdict, counts; Import only when nothing is rejected."""

    def __init__(self, kind: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.imports import KINDS

        self.kind, self.fields = kind, KINDS[kind].fields
        self.setWindowTitle(_t(TITLES[kind]))
        self.submit: Callable[[ImportPreview], str | None] | None = None  # set by the caller
        self.make_preview: Callable[[dict], ImportPreview] | None = None
        self.sheet: Sheet | None = None
        self.preview: ImportPreview | None = None
        layout = QVBoxLayout(self)
        head = QFormLayout()
        self.file_label = QLabel(file_name)
        self.file_label.setWordWrap(True)
        head.addRow(self.tr("File"), self.file_label)
        layout.addLayout(head)

        self.columns = box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(box)
        self.combos: dict[str, QComboBox] = {}
        for i, name in enumerate(self.fields):  # two pairs of (label, combo) per line
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.combos[name] = combo
            grid.addWidget(QLabel(_label(name)), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addWidget(box)

        self.counts = QLabel()
        layout.addWidget(self.counts)
        self.table = QTableWidget(0, 2 + len(self.fields))
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Result")]
                                             + [_label(name) for name in self.fields])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden (file refused)

        self.error = QLabel()
        self.error.setWordWrap(True)
        set_text_color(self.error, REJECTED)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 32)

    # ---------------------------------------------------------------- the file
    def set_sheet(self, sheet: Sheet, mapping: dict[str, int | None],
                  make_preview: Callable[[dict], ImportPreview]) -> None:
        """The file's headers in every combo, ``mapping`` (e.g. guessed) chosen, then previewed."""
        self.sheet, self.make_preview = sheet, make_preview
        details = [self.file_label.text(), sheet.encoding]
        if "formulas" in sheet.notes:
            details.append(self.tr("formulas read as their last calculated values"))
        self.file_label.setText(" · ".join(d for d in details if d))
        none = self.tr("— not in the file —")
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none, None)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or f"#{index + 1}", index)
            combo.blockSignals(False)
        self.load(mapping)

    def refuse(self, message: str) -> None:
        """The file cannot be read: say why; nothing can be imported."""
        self.error.setText(message)
        self.table.hide()
        self.columns.hide()
        self.import_button.setEnabled(False)
        self.resize(self.width(), self.minimumSizeHint().height())

    def load(self, mapping: dict) -> None:
        # what has no combo (a budget sheet's month columns) is kept as guessed
        self._extra = {key: value for key, value in mapping.items() if key not in self.combos}
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(name))))
            combo.blockSignals(False)
        self.refresh()

    def result_draft(self) -> dict:
        return {**getattr(self, "_extra", {}),
                **{name: combo.currentData() for name, combo in self.combos.items()}}

    # ---------------------------------------------------------------- preview
    def refresh(self) -> ImportPreview | None:
        if self.make_preview is None:
            return None
        self.error.clear()
        try:
            self.preview = self.make_preview(self.result_draft())
        except DomainError as error:
            self.preview = None
            self.error.setText(explain(error))
        self._show(self.preview)
        p = self.preview
        self.import_button.setEnabled(bool(p and p.accepted and not p.rejected))
        return p

    def _show(self, p: ImportPreview | None) -> None:
        if p is None:
            self.table.setRowCount(0)
            self.counts.clear()
            return
        self.counts.setText(self.tr("{0} accepted, {1} rejected").format(len(p.accepted), len(p.rejected)))
        verdicts = sorted([(n, None, values) for n, values in p.accepted]
                          + [(n, error, None) for n, error in p.rejected], key=lambda v: v[0])
        mapping = self.result_draft()
        self.table.setRowCount(len(verdicts))
        red = QBrush(QColor(REJECTED))
        for row, (number, error, values) in enumerate(verdicts):
            cells = self.sheet.rows[number - 2] if self.sheet else []
            texts = [str(number), explain(error) if error else self.tr("Accepted")]
            for name in self.fields:
                index = mapping.get(name)
                texts.append(cells[index] if index is not None and index < len(cells) else "")
            if values:  # what the service will store, where it differs from the text
                for name, key in (("month", "month"), ("paid_on", "paid_on"), ("amount", "amount_won"),
                                  ("amount", "amount"), ("fx_rate", "fx_rate")):
                    if name in self.fields and key in values:
                        value = values[key]
                        texts[2 + self.fields.index(name)] = _amount(value) if name == "amount" else str(value)
                texts = _party_texts(self.fields, values, texts)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 0 or (column >= 2 and self.fields[column - 2] in ("amount", "fx_rate")):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if error and column == 1:
                    item.setForeground(red)
                self.table.setItem(row, column, item)

    # ---------------------------------------------------------------- import
    def try_accept(self) -> bool:
        if not self.import_button.isEnabled():
            return False
        return submit_preview(self, self.preview)


# -------------------------------------------------------------------- caller side
def import_sheet_file(context, path: str | Path, kind: str, *,
                      run_dialog: Callable[[QDialog], object] | None = None,
                      parent: QWidget | None = None) -> bool:
    """Preview ``path`` (a kind of desktop.services.imports.KINDS) and import it as one undoable step;
    True when imported.  ``context`` is a ViewContext (or a panel/window holding one)."""
    from desktop.interop.sheets import read_sheet
    from desktop.services.imports import guess_mapping, preview_import, run_import

    context = getattr(context, "context", context)
    db, path = context.db, Path(path)
    dialog = SheetImportDialog(kind, path.name, parent)
    try:
        with busy():
            sheet = read_sheet(path)
    except DomainError as error:
        dialog.refuse(explain(error))
    else:
        dialog.set_sheet(sheet, guess_mapping(sheet.headers, kind),
                         lambda mapping: preview_import(db, sheet, mapping, kind, source=path.name))

    def submit(preview) -> str | None:
        try:
            context.undo.run_import(_t(TITLES[kind]), lambda: run_import(db, preview, today=context.today()))
        except DomainError as error:
            return explain(error)
        return None

    dialog.submit = submit
    (run_dialog or (lambda d: d.exec()))(dialog)
    return dialog.result() == QDialog.DialogCode.Accepted
