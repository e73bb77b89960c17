"""The rules registry and the grant helper."""

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pipv.engine import assess, to_document
from pipv.engine.rules import RULES
from pipv.engine.vesting import Grant, schedule

from .cases import case

ENGINE = Path(__file__).resolve().parents[2] / "pipv" / "engine"


def test_every_rule_has_plain_words_a_citation_and_an_as_of_date():
    assert len(RULES) >= 30
    for rule_id, r in RULES.items():
        assert r.id == rule_id
        assert r.title and len(r.explanation) > 40 and r.citation, rule_id
        assert isinstance(r.as_of, date)


def test_unverified_and_reported_rules_need_confirmation():
    assert RULES["amazon.severance_defaults"].needs_confirmation
    assert RULES["amazon.severance_defaults"].status_label == "as publicly reported, unverified"
    assert not RULES["owbpa.consider"].needs_confirmation


def test_the_fmla_lawsuit_cites_the_regulation_on_private_lawsuits():
    # 29 CFR 825.400(b): "If the employee files a private lawsuit, it must be filed within two
    # years after the last action ... or three years if the violation was willful." 825.401(b)
    # is the other route, a complaint to the Wage and Hour Division, not the lawsuit shown.
    citation = RULES["fmla.lawsuit"].citation
    assert "29 U.S.C. 2617(c)" in citation
    assert "29 CFR 825.400(b)" in citation
    assert "825.401" not in citation


def test_every_finding_names_a_rule_the_output_lists():
    out = to_document(assess(case(**{"employment.immigration_status": "h1b"})))
    named = {p["rule"] for p in out["timing"]["pairs"]}
    named |= {r for p in out["timing"]["pairs"] for r in p["rules"]}
    named |= {s["rule"] for s in out["timing"]["signs"]}
    named |= {r for s in out["stages"] for r in s["rules"]}
    named |= {d["rule"] for d in out["deadlines"]} | {q["rule"] for q in out["questions"]}
    assert named <= set(out["rules"])
    assert all(RULES[r].citation == out["rules"][r]["citation"] for r in out["rules"])


def test_the_engine_imports_nothing_from_django():
    for path in ENGINE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                assert not any(n.startswith("django") for n in names), path


def test_an_even_annual_grant_vests_each_anniversary():
    vests = schedule(Grant(date(2026, 11, 15), Decimal("100"), "even_annual", years=4))
    assert [(v.date, v.shares) for v in vests] == [
        (date(2027, 11, 15), 25),
        (date(2028, 11, 15), 25),
        (date(2029, 11, 15), 25),
        (date(2030, 11, 15), 25),
    ]


def test_quarterly_vests_give_the_whole_shares_earned_by_each_date():
    vests = schedule(Grant(date(2026, 1, 31), Decimal("10"), "even_quarterly", years=1))
    # Earned by each quarter: 2.5, 5, 7.5, 10 -> whole shares 2, 5, 7, 10; Jan 31 + 3 months
    # clamps to Apr 30.
    assert [v.shares for v in vests] == [2, 3, 2, 3]
    assert vests[0].date == date(2026, 4, 30)


def test_a_small_grant_vests_as_it_is_earned_not_all_at_its_end():
    vests = schedule(Grant(date(2026, 2, 15), Decimal("10"), "even_quarterly", years=4))
    # 10 shares over 16 quarters: a whole share is earned about every 1.6 quarters. No vest of
    # nothing, and half of the grant is vested at two years (Feb 15, 2028).
    assert all(v.shares > 0 for v in vests) and sum(v.shares for v in vests) == 10
    assert len(vests) == 10 and [v.id for v in vests][-1] == "v10"
    assert sum(v.shares for v in vests if v.date <= date(2028, 2, 15)) == 5
    assert vests[-1].date == date(2030, 2, 15)


def test_thirds_add_up_exactly_so_no_share_moves_to_a_later_date():
    vests = schedule(Grant(date(2026, 1, 1), Decimal("1200"), "even_annual", years=3))
    assert [v.shares for v in vests] == [400, 400, 400]


def test_a_fraction_of_a_share_vests_with_the_last_date():
    vests = schedule(Grant(date(2026, 1, 1), Decimal("10.5"), "even_annual", years=2))
    assert [v.shares for v in vests] == [5, Decimal("5.5")]


def test_the_reported_amazon_pattern():
    vests = schedule(Grant(date(2026, 1, 1), Decimal("1000"), "amazon_5_15_40_40"))
    # 5% at 12 months, 15% at 24, then 20% every 6 months.
    assert [v.shares for v in vests] == [50, 150, 200, 200, 200, 200]
    assert [v.date for v in vests][:3] == [date(2027, 1, 1), date(2028, 1, 1), date(2028, 7, 1)]


def test_unknown_patterns_are_refused():
    with pytest.raises(ValueError):
        schedule(Grant(date(2026, 1, 1), Decimal("10"), "cliff"))
