"""Dated records: good values stored with an audit row; bad ones refused, nothing stored."""

from datetime import date

import pytest

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.records import (
    add_funding_commitment, record_capacity, record_funding_payment, record_kpi_report, to_won,
)
from desktop.services.rows import delete_audited
from desktop.services.status import project_status
from tests.conftest import TODAY


def party(db, name):
    return db.execute("SELECT id FROM parties WHERE name_ko = ?", [name]).fetchone()[0]


def counts(db):
    return {t: db[t].count for t in ("capacity_measurements", "kpi_reports", "funding_commitments",
                                     "funding_payments", "audit_log")}


def test_capacity_appears_in_status(db):
    changes = record_capacity(db, phase_id=1, measured_on="2026-10-31", installed_mw=2.5,
                              installed_gpus=1_024, source="현장 점검", today=TODAY)
    assert changes.touches("capacity_measurements")
    phase = project_status(db, TODAY)["phases"][0]
    assert (phase["installed_mw"], phase["installed_gpus"]) == (2.5, 1_024)
    assert project_status(db, date(2026, 10, 30))["phases"][0]["installed_mw"] is None


def test_kpi_report_appears_in_status(db):
    jobs = db.execute("SELECT id FROM kpis WHERE code = 'jobs'").fetchone()[0]
    record_kpi_report(db, kpi_id=jobs, reported_on="2026. 9. 30.", value=750, source="포항시 고용 통계",
                      today=TODAY)
    kpi = next(k for k in project_status(db, TODAY)["kpis"] if k["code"] == "jobs")
    assert (kpi["reported"], kpi["reported_on"], kpi["source"]) == (750, "2026-09-30", "포항시 고용 통계")


def test_foreign_commitment_converted_at_its_rate(db):
    changes = add_funding_commitment(db, party_id=party(db, "텐서웨이브"), committed_on="2026-01-05",
                                     amount=100_000_000, currency="usd", fx_rate=1_432.5, today=TODAY)
    row = db["funding_commitments"].get(changes.entity_id)
    assert (row["currency"], row["amount_won"]) == ("USD", 143_250_000_000)
    add_funding_commitment(db, party_id=party(db, "NHN클라우드"), committed_on="2026-01-05",
                           amount=200_000_000_000, today=TODAY)
    funding = project_status(db, TODAY)["funding"]
    assert funding["committed_won"] == 343_250_000_000
    assert funding["foreign_share_committed"] == pytest.approx(143_250 / 343_250)
    assert funding["compliant"] is True


def test_payment_rules(db):
    tw = add_funding_commitment(db, party_id=party(db, "텐서웨이브"), committed_on="2026-01-05",
                                amount=1_000_000, currency="USD", fx_rate=1_400, today=TODAY).entity_id
    record_funding_payment(db, commitment_id=tw, paid_on="2026-03-01", amount=600_000, fx_rate=1_450,
                           today=TODAY)
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        record_funding_payment(db, commitment_id=tw, paid_on="2026-04-01", amount=400_001,
                               fx_rate=1_450, today=TODAY)
    assert info.value.code == "payment_above_commitment"
    assert info.value.params["remaining"] == 400_000
    assert counts(db) == before
    paid = project_status(db, TODAY)["funding"]
    assert paid["paid_in_won"] == 870_000_000 and paid["foreign_share_paid_in"] == 1.0


@pytest.mark.parametrize("kwargs, code", [
    ({"amount": -5}, "quantity_out_of_range"),
    ({"amount": 10**16}, "quantity_out_of_range"),
    ({"amount": "12억"}, "number_unparsable"),
    ({"currency": "USD", "fx_rate": 0}, "fx_rate_not_positive"),
    ({"currency": "KRW", "fx_rate": 1300}, "fx_rate_krw"),
    ({"currency": "dollars"}, "currency_invalid"),
    ({"committed_on": "2026-13-01"}, "date_invalid"),
    ({"committed_on": "2027-01-01"}, "actual_in_future"),
])
def test_bad_commitments_are_refused(db, kwargs, code):
    before = counts(db)
    values = {"party_id": 1, "committed_on": "2026-01-05", "amount": 1_000, "currency": "KRW",
              "fx_rate": 1, **kwargs}
    with pytest.raises(ValidationError) as info:
        add_funding_commitment(db, today=TODAY, **values)
    assert info.value.code == code
    assert counts(db) == before


def test_unknown_party_and_phase(db):
    with pytest.raises(NotFoundError) as info:
        add_funding_commitment(db, party_id=999, committed_on="2026-01-05", amount=1, today=TODAY)
    assert info.value.code == "unknown_party"
    with pytest.raises(NotFoundError) as info:
        record_capacity(db, phase_id=99, measured_on="2026-01-05", installed_mw=1, installed_gpus=None,
                        today=TODAY)
    assert info.value.code == "unknown_phase"


@pytest.mark.parametrize("kwargs, code", [
    ({"installed_mw": -1}, "quantity_out_of_range"),
    ({"installed_gpus": 10.5}, "count_invalid"),
    ({"installed_mw": None, "installed_gpus": None}, "value_required"),
    ({"measured_on": "2026-12-01"}, "actual_in_future"),
])
def test_bad_capacity_is_refused(db, kwargs, code):
    values = {"phase_id": 1, "measured_on": "2026-10-01", "installed_mw": 1.0, "installed_gpus": 10,
              **kwargs}
    with pytest.raises(ValidationError) as info:
        record_capacity(db, today=TODAY, **values)
    assert info.value.code == code
    assert db["capacity_measurements"].count == 0


def test_delete_is_the_audited_inverse(db):
    row_id = record_capacity(db, phase_id=1, measured_on="2026-10-31", installed_mw=2.0,
                             installed_gpus=None, today=TODAY).entity_id
    delete_audited(db, "capacity_measurements", row_id)
    assert db["capacity_measurements"].count == 0
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY id")][-2:]
    assert actions == ["insert", "delete"]


def test_to_won_rounds_half_away_from_zero():
    assert to_won(1.5, 1) == 2
    assert to_won(100.005, 1000) == 100_005
    assert to_won(2.5, 1) == 3
