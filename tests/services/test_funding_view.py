"""Funding figures: both bases, per phase, planned commitments, what restores 30 %."""

from datetime import date

from desktop.services.funding import load_funding, proposal_effect
from desktop.services.records import add_funding_commitment
from tests.conftest import TODAY


def party(db, name):
    return db.execute("SELECT id FROM parties WHERE name_ko = ?", [name]).fetchone()[0]


def test_example_funding(example_db):
    commitments, payments, summary = load_funding(example_db, as_of=TODAY)
    assert summary.committed.total_won == 2_000_000_000_000
    assert summary.committed.foreign_won == 634_500_000_000
    assert summary.compliant_committed is True and summary.compliant_paid_in is True
    assert summary.restore_committed_won == 0
    phase1 = next(p for p in summary.by_phase if p.phase_number == 1)
    whole = next(p for p in summary.by_phase if p.phase_number is None)
    assert phase1.committed.total_won + whole.committed.total_won == 2_000_000_000_000
    assert summary.history[-1][0] == "2026-11"
    assert summary.history[-1][1] == summary.committed.share
    assert all(r["paid_won"] <= r["amount_won"] for r in commitments)


def test_planned_commitment_that_breaks_the_rule_is_flagged(example_db):
    add_funding_commitment(example_db, party_id=party(example_db, "NHN클라우드"),
                           committed_on="2027-03-01", amount=1_000_000_000_000, planned=True,
                           today=TODAY)
    _c, _p, summary = load_funding(example_db, as_of=TODAY)
    assert summary.compliant_committed is True
    assert summary.with_planned.share < 0.3 and summary.planned_breaks_rule is True


def test_what_if_and_restore(db):
    add_funding_commitment(db, party_id=party(db, "NHN클라우드"), committed_on="2026-01-05",
                           amount=800_000_000_000, today=TODAY)
    add_funding_commitment(db, party_id=party(db, "텐서웨이브"), committed_on="2026-01-05",
                           amount=200_000_000_000, today=TODAY)
    _c, _p, summary = load_funding(db, as_of=TODAY)
    assert summary.committed.share == 0.2 and summary.compliant_committed is False
    needed = summary.restore_committed_won
    assert (200_000_000_000 + needed) * 10 >= 3 * (1_000_000_000_000 + needed)
    assert (200_000_000_000 + needed - 1) * 10 < 3 * (1_000_000_000_000 + needed - 1)
    effect = proposal_effect(summary, needed, True)
    assert effect.compliant_after is True and effect.share_before == 0.2
    assert proposal_effect(summary, needed, False).compliant_after is False
    _c, _p, earlier = load_funding(db, as_of=date(2025, 12, 31))
    assert earlier.committed.share is None and earlier.compliant_committed is None
