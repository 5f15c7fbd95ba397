"""English source text of every error the user can meet, keyed by the error's code.

The UI and the command line translate these with Qt Linguist (context "messages"); the
no-op marker below lets ``pyside6-lupdate`` collect them without importing Qt here.
Placeholders are ``str.format`` names of the error's params.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MESSAGES = {
    "money_unparsable": QT_TRANSLATE_NOOP("messages", "“{text}” is not an amount. Write it as 1,234,000 or 12억 or 1.2조."),
    "money_fraction_of_won": QT_TRANSLATE_NOOP("messages", "“{text}” is not a whole number of won."),
    "money_not_integer": QT_TRANSLATE_NOOP("messages", "{field}: an amount must be a whole number of won."),
    "money_negative": QT_TRANSLATE_NOOP("messages", "{field}: the amount cannot be negative."),
    "money_absurd": QT_TRANSLATE_NOOP("messages", "{field}: the amount is beyond 10¹⁵ won; please check it."),
    "date_unparsable": QT_TRANSLATE_NOOP("messages", "{field}: “{text}” is not a date. Write it as 2025-06-26 or 2025. 6. 26."),
    "date_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{text}” is not a date of the calendar."),
    "month_unparsable": QT_TRANSLATE_NOOP("messages", "{field}: “{text}” is not a month. Write it as 2025-06."),
    "finish_before_start": QT_TRANSLATE_NOOP("messages", "{field}: the finish {finish} is before the start {start}."),
    "value_required": QT_TRANSLATE_NOOP("messages", "{field}: a value is required."),
    "count_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a whole number of 0 or more."),
    "quantity_out_of_range": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is out of range."),
    "percent_out_of_range": QT_TRANSLATE_NOOP("messages", "{field}: a percentage must be between 0 and 100."),
    "share_out_of_range": QT_TRANSLATE_NOOP("messages", "{field}: a share must be between 0 and 1 (0 % and 100 %)."),
    "number_unparsable": QT_TRANSLATE_NOOP("messages", "{field}: “{text}” is not a number."),
    "field_not_editable": QT_TRANSLATE_NOOP("messages", "{field} cannot be edited here."),
    "row_not_found": QT_TRANSLATE_NOOP("messages", "The item no longer exists (it may have been deleted)."),
    "not_a_milestone": QT_TRANSLATE_NOOP("messages", "This task is not a milestone."),
    "actual_in_future": QT_TRANSLATE_NOOP("messages", "{field}: an actual date cannot be in the future ({value})."),
    "unknown_party": QT_TRANSLATE_NOOP("messages", "There is no participant “{party}”."),
    "unknown_phase": QT_TRANSLATE_NOOP("messages", "There is no phase “{phase}”."),
    "fx_rate_not_positive": QT_TRANSLATE_NOOP("messages", "{field}: the exchange rate must be more than 0."),
    "fx_rate_krw": QT_TRANSLATE_NOOP("messages", "{field}: an amount in won has the exchange rate 1."),
    "currency_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a currency code such as KRW or USD."),
    "payment_above_commitment": QT_TRANSLATE_NOOP("messages", "{field}: the payment is more than what is left of the commitment ({remaining:,.2f} {currency})."),
    "payment_on_planned": QT_TRANSLATE_NOOP("messages", "A payment needs a signed commitment, not a planned one."),
    "example_data_present": QT_TRANSLATE_NOOP("messages", "Example data is already loaded. Remove it first to load it again."),
    "db_not_a_file": QT_TRANSLATE_NOOP("messages", "“{path}” is not a file. Choose a database file."),
    "db_not_sqlite": QT_TRANSLATE_NOOP("messages", "“{path}” is not a database of this application (not an SQLite file). It was not changed. Choose another file or restore a backup."),
    "db_foreign": QT_TRANSLATE_NOOP("messages", "“{path}” is an SQLite file of another program. It was not changed. Choose a database of this application."),
    "db_truncated": QT_TRANSLATE_NOOP("messages", "“{path}” is incomplete (truncated, perhaps by an interrupted copy). It was not changed. Restore it from a backup."),
    "db_corrupt": QT_TRANSLATE_NOOP("messages", "“{path}” is damaged. It was not changed. Restore it from a backup."),
    "db_read_only": QT_TRANSLATE_NOOP("messages", "“{path}” cannot be written (read-only file or folder). Copy it to a folder you can write to, or ask for write permission."),
    "db_locked": QT_TRANSLATE_NOOP("messages", "“{path}” is locked by another program. Close that program and try again."),
    "db_too_new": QT_TRANSLATE_NOOP("messages", "“{path}” was made by a newer version of this application. It was not changed. Install the newer version to open it."),
    "db_folder_missing": QT_TRANSLATE_NOOP("messages", "The folder of “{path}” does not exist."),
    "backup_failed": QT_TRANSLATE_NOOP("messages", "The backup could not be written: {detail}"),
}

FIELD_LABELS = {
    "name_ko": QT_TRANSLATE_NOOP("fields", "Name (Korean)"),
    "name_en": QT_TRANSLATE_NOOP("fields", "Name (English)"),
    "planned_start_on": QT_TRANSLATE_NOOP("fields", "Planned start"),
    "planned_finish_on": QT_TRANSLATE_NOOP("fields", "Planned finish"),
    "target_mw": QT_TRANSLATE_NOOP("fields", "Target MW"),
    "target_gpus": QT_TRANSLATE_NOOP("fields", "Target GPUs"),
    "start_on": QT_TRANSLATE_NOOP("fields", "Start"),
    "finish_on": QT_TRANSLATE_NOOP("fields", "Finish"),
    "actual_start_on": QT_TRANSLATE_NOOP("fields", "Actual start"),
    "actual_finish_on": QT_TRANSLATE_NOOP("fields", "Actual finish"),
    "actual": QT_TRANSLATE_NOOP("fields", "Actual"),
    "forecast": QT_TRANSLATE_NOOP("fields", "Forecast"),
    "percent_complete": QT_TRANSLATE_NOOP("fields", "% complete"),
    "total_investment_won": QT_TRANSLATE_NOOP("fields", "Total investment"),
    "site_m2": QT_TRANSLATE_NOOP("fields", "Site area"),
    "min_foreign_share": QT_TRANSLATE_NOOP("fields", "Minimum foreign share"),
    "construction_start_deadline_on": QT_TRANSLATE_NOOP("fields", "Construction start deadline"),
    "amount_won": QT_TRANSLATE_NOOP("fields", "Amount"),
    "amount_currency": QT_TRANSLATE_NOOP("fields", "Amount (currency)"),
    "fx_rate": QT_TRANSLATE_NOOP("fields", "Exchange rate"),
    "currency": QT_TRANSLATE_NOOP("fields", "Currency"),
    "measured_on": QT_TRANSLATE_NOOP("fields", "Measured on"),
    "installed_mw": QT_TRANSLATE_NOOP("fields", "Installed MW"),
    "energised_mw": QT_TRANSLATE_NOOP("fields", "Energised MW"),
    "installed_gpus": QT_TRANSLATE_NOOP("fields", "Installed GPUs"),
    "reported_on": QT_TRANSLATE_NOOP("fields", "Reported on"),
    "value": QT_TRANSLATE_NOOP("fields", "Value"),
    "source": QT_TRANSLATE_NOOP("fields", "Source"),
    "committed_on": QT_TRANSLATE_NOOP("fields", "Committed on"),
    "paid_on": QT_TRANSLATE_NOOP("fields", "Paid on"),
    "commitment_id": QT_TRANSLATE_NOOP("fields", "Commitment"),
}
