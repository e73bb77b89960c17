"""How the report arranges the engine's findings: one row an event, one row a kind of deadline.

The figures themselves are the engine's (tests/engine); these check that arranging them loses
none, mixes none, and keeps the earliest first.
"""

from datetime import date

from django.utils import translation

from pipv.engine import assess, labels, parse
from pipv.engine.rules import RULES
from pipv.report.present import build_report
from pipv.report.present.text import money

from .conftest import example_document


def report_of(document):
    with translation.override("en"):
        assessment = assess(parse(document))
        return assessment, build_report(assessment)


def with_an_old_complaint(document):
    """The example plus a complaint and a coaching plan of 2025, whose agency clocks ran out."""
    document["protected_activities"].append(
        {
            "id": "pa-old",
            "kind": "discrimination_complaint",
            "date": "2025-05-01",
            "reported_to": "hr",
            "in_writing": True,
            "decision_maker_knew": "yes",
        }
    )
    document["events"].append({"id": "e-old", "kind": "coaching_plan", "date": "2025-06-02"})
    return document


def test_each_kind_of_deadline_is_one_row_that_lists_every_date_of_it():
    assessment, report = report_of(example_document("amazon-focus-pivot"))
    cobra = [g for g in report.deadlines if g.title == "Earliest COBRA election deadline"]
    # One COBRA clock for each way the job could end, in one row, earliest first.
    assert len(cobra) == 1
    expected = sorted(
        d.date.isoformat() for d in assessment.deadlines if d.rule == "cobra.election"
    )
    assert [item.iso for item in cobra[0].items] == expected
    assert len(expected) == len(assessment.stages)
    assert cobra[0].first.iso == expected[0]


def test_no_deadline_is_lost_or_shown_twice_and_rows_go_earliest_first():
    assessment, report = report_of(with_an_old_complaint(example_document("amazon-focus-pivot")))
    listed = sorted(item.id for g in report.deadlines for item in g.items)
    assert listed == sorted(d.id for d in assessment.deadlines)
    firsts = [g.first.iso for g in report.deadlines]
    assert firsts == sorted(firsts)


def test_passed_deadlines_are_a_row_of_their_own_not_mixed_with_open_ones():
    _, report = report_of(with_an_old_complaint(example_document("amazon-focus-pivot")))
    eeoc = [g for g in report.deadlines if g.title == "Last day to file an EEOC charge"]
    # The coaching plan of June 2, 2025: 300 days ran out on Sunday March 29, 2026 (the
    # safe day shown; the EEOC took it until Monday March 30), months before the as-of date;
    # the 2026 events' charges are still open.
    assert [g.passed for g in eeoc] == [True, False]
    assert [item.iso for item in eeoc[0].items] == ["2026-03-29"]
    assert eeoc[0].first.days_left_text == "passed 238 days ago"
    assert "(on a weekend or holiday: the agency accepts it until March 30, 2026)" in (
        eeoc[0].first.detail
    )
    # Passed rows lead the table, and the summary says so first.
    assert report.deadlines[0].passed
    # (the state agency's six months ran out first, on Dec. 2, 2025).
    assert report.passed_sentences[0] == (
        "Last day to file with the state agency: passed on Dec. 2, 2025 (from Put on a "
        "coaching plan (June 2, 2025)). Ask a lawyer now whether any exception applies."
    )
    assert any(
        p.startswith("Last day to file an EEOC charge: passed on March 29, 2026")
        for p in report.passed_sentences
    )
    assert all(not item.passed for item in eeoc[1].items)


def test_each_event_is_one_row_with_every_protected_activity_before_it_closest_first():
    assessment, report = report_of(example_document("amazon-focus-pivot"))
    assert sum(len(g.pairs) for g in report.pair_groups) == len(assessment.timing.pairs)
    events = {p.event for p in assessment.timing.pairs}
    assert len(report.pair_groups) == len(events)
    for group in report.pair_groups:
        assert len({p.event for p in group.pairs}) == 1
        days = [p.days for p in group.pairs]
        assert days == sorted(days)
    assert sum(p.strongest for g in report.pair_groups for p in g.pairs) == 1


def test_what_to_bring_names_every_event_against_you_in_one_line():
    assessment, report = report_of(example_document("amazon-focus-pivot"))
    (line,) = [e for e in report.evidence if e.startswith("The email, recap or letter of each")]
    for event in ("Negative feedback (Sept. 15, 2026)", "Pivot meeting (Nov. 16, 2026)"):
        assert event in line
    # The contradicting evidence the user wrote is under its fact, in their words.
    (fact,) = [f for f in report.facts if f.what == "Negative feedback"]
    assert ("What contradicts it", "Sprint board shows all my tickets closed on time in July.") in [
        (d.label, d.value) for d in fact.details
    ]


def test_each_vest_is_one_row_with_what_every_stage_does_to_it():
    assessment, report = report_of(example_document("amazon-focus-pivot"))
    # Worked by hand from the example: the stages end on Nov. 22 and 23, Dec. 23 and 30,
    # 2026, and Feb. 28, 2027; "just missed" is lost within 90 days after the last day
    # (Nov. 22 + 90 days = Feb. 20, 2027; Dec. 23 + 90 = March 23; Feb. 28 + 90 = May 29).
    assert [(v.name, [c.text for c in v.cells]) for v in report.vests] == [
        (
            "Dec. 1, 2026: 30 shares ($6,762.00)",
            ["lost, just missed", "lost, just missed", "kept", "kept", "kept"],
        ),
        (
            "Feb. 15, 2027: 25 shares ($5,635.00)",
            ["lost, just missed"] * 4 + ["kept"],
        ),
        (
            "May 15, 2027: 60 shares ($13,524.00)",
            ["lost"] * 4 + ["lost, just missed"],
        ),
        ("Nov. 15, 2027: 60 shares ($13,524.00)", ["lost"] * 5),
    ]
    # Every cell is labelled with its stage, in the stages' order, for a phone's cards.
    titles = [s.title for s in report.stages]
    assert all([c.stage for c in v.cells] == titles for v in report.vests)
    # The rows agree with the engine's lists for every stage: nothing kept is shown lost.
    for i, stage in enumerate(assessment.stages):
        kept = {v.name for v in report.vests if v.cells[i].text == "kept"}
        missed = {v.name for v in report.vests if v.cells[i].missed}
        assert len(kept) == len(stage.vests_kept)
        assert len(missed) == len(stage.just_missed)


def test_the_rules_are_grouped_by_status_each_rule_once_verified_first():
    assessment, report = report_of(example_document("amazon-focus-pivot"))
    listed = [r.id for g in report.rule_groups for r in g.rules]
    assert sorted(listed) == sorted(r.id for r in assessment.rules)
    # One group per status and as-of date (the jurisdiction table has its own as-of date).
    statuses = list(dict.fromkeys(g.status for g in report.rule_groups))
    assert statuses[0] == "verified in public sources"
    assert statuses[1] == "pipv's own method, built from the cited cases"
    # What a lawyer must confirm comes last, and only there.
    flagged = [g.needs_confirmation for g in report.rule_groups]
    assert flagged == sorted(flagged)
    confirm = {r.id for g in report.rule_groups if g.needs_confirmation for r in g.rules}
    assert confirm == {r.id for r in report.to_confirm}
    for group in report.rule_groups:
        assert {r.status for r in group.rules} == {group.status}
        assert {r.as_of for r in group.rules} == {group.as_of}


def test_the_method_points_at_the_rules_instead_of_saying_them_again():
    _, report = report_of(example_document("amazon-focus-pivot"))
    method = " ".join(report.method)
    # By each rule's name, as the reader finds it in the sources: a rule id is not prose.
    for rule_id in ("proximity.band", "proximity.knowledge", "money.conventions"):
        assert rule_id in {r.id for r in report.rules}
        assert f"“{RULES[rule_id].title}”" in method and rule_id not in method
    # The bands and the rounding are said once, by their rules.
    assert "up to 30 days" not in method and "rounded" not in method


def test_the_paper_legend_names_every_mark_of_the_chart_once():
    _, report = report_of(example_document("amazon-focus-pivot"))
    chart = report.chart
    legend = "; ".join(g.text for g in chart.legend)
    for row in chart.rows:
        assert legend.count(f"{row.key}, {row.date_text}: ") == 1
    assert [g.title for g in chart.legend] == [
        "Protected activities",
        "Events at work",
        "Vests",
        "Last day at each stage (dashed lines)",
    ]
    assert "A1, July 20, 2026: Asked for a disability accommodation (ADA)" in legend
    assert "T1, Nov. 23, 2026: Take the Pivot offer (T1)" in legend


def test_the_money_summary_names_no_best_path_and_has_no_sign_bug():
    _, report = report_of(example_document("generic-pip"))
    text = " ".join(report.money_sentences)
    assert "Best outcome" not in text and "-$17,076.92" not in text
    # A total can be below zero (leaving now repays a bonus); it is said, not hidden.
    assert "Leave now, no severance, -$15,000.00" in text
    # Staying to the plan's end (Dec. 18) instead of leaving now: severance +$17,076.92 (six
    # weeks of pay, offered only at the end), salary +$10,542.47, stock +$9,750.00: together
    # $37,369.39 more.
    assert (
        "comes to $37,369.39 more in total: severance +$17,076.92, salary +$10,542.47, "
        "stock +$9,750.00, bonus $0.00." in text
    )
    assert report.money_sentences[-1] == (
        "Severance is paid only in exchange for signing a release of claims, including the "
        "claims in this report."
    )


def test_staying_is_said_only_where_it_keeps_the_job_longer():
    document = example_document("amazon-focus-pivot")
    _, report = report_of(document)
    assert "Staying until Dec. 23, 2026 (Try the plan, it fails (T2)) instead of leaving on" in (
        " ".join(report.money_sentences)
    )
    # A 30-day grace period after the Pivot offer ends the job on Dec. 23 too, and 35 days a
    # day later than the failed plan: the two differ in what they pay, not in staying on.
    for grace, leave_day in ((30, "Dec. 23, 2026"), (35, "Dec. 28, 2026")):
        document["severance"]["grace_days"] = grace
        text = " ".join(report_of(document)[1].money_sentences)
        assert "Staying until" not in text
        assert (
            "Choosing Try the plan, it fails (T2) (last day Dec. 23, 2026) instead of Take the "
            f"Pivot offer (T1) (last day {leave_day}) comes to" in text
        )


def test_on_opt_the_money_table_and_the_papers_to_bring_speak_of_opt_not_a_visa_grace():
    document = example_document("amazon-focus-pivot")
    document["employment"]["immigration_status"] = "f1_opt"
    _, report = report_of(document)
    notes = {row.id: row.visa_note for row in report.stages}
    # T1 ends Mon Nov 23, 2026, and OPT allows 90 days without a job: Feb 21, 2027.
    assert notes["pivot_leave_t1"] == "F-1 status on OPT ends Feb. 21, 2027"
    assert not any("grace ends" in note for note in notes.values())
    bring = " ".join(report.evidence)
    assert "Form I-20" in bring and "I-797" not in bring
    document["employment"]["immigration_status"] = "h1b"
    _, h1b = report_of(document)
    assert {row.id: row.visa_note for row in h1b.stages}["pivot_leave_t1"] == (
        "visa grace ends Jan. 22, 2027"
    )
    assert "I-797" in " ".join(h1b.evidence)


def test_the_as_of_line_says_whose_date_it_is():
    _, chosen = report_of(example_document("amazon-focus-pivot"))
    assert chosen.as_of_sentence == "as of the date you chose (Nov. 22, 2026)"
    document = example_document("amazon-focus-pivot")
    del document["as_of"]
    with translation.override("en"):
        today = build_report(assess(parse(document, today=date(2026, 12, 1))))
    assert today.as_of_sentence == "as of today (Dec. 1, 2026)"


def test_pair_notes_are_codes_the_report_words_leaving_out_what_the_table_already_says():
    # generic-pip: CA, a wage complaint 90 days or less before an event (the SB 497
    # presumption), a second activity whose knowledge is unknown, and a contested plan.
    assessment, report = report_of(example_document("generic-pip"))
    codes = {n for p in assessment.timing.pairs for n in p.notes}
    assert {"ca_presumption", "counted_weaker_knowledge_unknown", "contested_adverse"} <= codes
    assert codes <= set(labels.PAIR_NOTES)
    lines = [row.line for group in report.pair_groups for row in group.pairs]
    assert not [line for line in lines for code in codes if code in line]
    assert any("California Labor Code presumption applies (within 90 days)" in x for x in lines)
    # The band column says a weaker count, and the event's heading says it is contested.
    assert not [x for x in lines if "counted one band weaker" in x or "contested as" in x]


def test_an_offer_in_hand_without_its_day_says_what_its_dates_count_from_and_asks_for_it():
    # Age 40 or over, an offer in hand, and no day for it anywhere in the record: the time to
    # consider it counts from the as-of date, which the report names instead of an id.
    document = example_document("generic-pip")
    document["events"] = [e for e in document["events"] if e["kind"] != "severance_offer"]
    document["employment"]["age_40_or_over"] = True
    document["severance"] = {**document.get("severance", {}), "offer_in_hand": True}
    document["severance"].pop("offer_date", None)
    document["as_of"] = "2026-11-22"
    assessment, report = report_of(document)
    consider = [d for d in assessment.deadlines if d.id == "owbpa_consider"]
    assert [(d.source_date, d.date) for d in consider] == [(date(2026, 11, 22), date(2026, 12, 13))]
    (row,) = [item for g in report.deadlines for item in g.items if item.id == "owbpa_consider"]
    assert (
        "the severance offer you have (its day not given: counted from Nov. 22, 2026)" in row.detail
    )
    assert "severance.offer_in_hand" not in row.detail + row.line + row.short_line
    assert (
        "The day you got the severance offer: the time to consider it runs from that day, and "
        "pipv counted from Nov. 22, 2026."
    ) in report.unknowns
    # With its day given, the dates count from it and nothing is asked.
    document["severance"]["offer_date"] = "2026-11-16"
    assessment, report = report_of(document)
    consider = [d for d in assessment.deadlines if d.id == "owbpa_consider"]
    assert [d.date for d in consider] == [date(2026, 12, 7)]
    assert not any("The day you got the severance offer" in u for u in report.unknowns)


def test_the_defaults_note_names_amazons_tiers_only_for_amazon():
    document = example_document("generic-pip")
    document["severance"].pop("t2_weeks", None)
    _, generic = report_of(document)
    assert "weeks of pay after a failed plan" in generic.defaults_note
    assert "(T2)" not in generic.defaults_note
    amazon = example_document("amazon-focus-pivot")
    amazon["severance"] = {}
    _, report = report_of(amazon)
    assert "weeks of pay after a failed plan (T2)" in report.defaults_note


def test_once_the_job_has_ended_the_money_at_stake_is_the_way_it_ended():
    document = example_document("amazon-focus-pivot")
    # The example's plan (chosen at the Nov 18 Pivot meeting) failed and the job ended Nov 20.
    document["employment"].update({"ended_on": "2026-11-20", "exit_path": "plan_fail_t2"})
    a, report = report_of(document)
    t2 = next(s for s in a.stages if s.id == "plan_fail_t2")
    assert (
        report.stake
        == f"Your job ended on Nov. 20, 2026. Before tax, the way it ended gives {money(t2.total)}."
    )
    assert "depending on how the job ends" not in report.stake
    assert report.stake in report.money_sentences  # the results page's summary says it too
    assert report.job_ended and not report_of(example_document("amazon-focus-pivot"))[1].job_ended
    notes = {row.id: row.end_note for row in report.stages}
    assert notes["plan_fail_t2"] == "the way your job ended"
    # The appeal would have run on past Nov. 20; the Pivot offer's window ended Nov. 25,
    # after the last day too, so it stops there as well.
    assert notes["appeal_fail_t3"] == "stops at your last day"
    assert notes["pivot_leave_t1"] == "stops at your last day"
    document["employment"]["exit_path"] = "other"
    assert report_of(document)[1].stake == (
        "Your job ended on Nov. 20, 2026. Nothing more is counted after that day."
    )


def test_one_share_is_one_share():
    document = example_document("amazon-focus-pivot")
    document["compensation"]["vests"][0]["shares"] = "1"
    document["compensation"]["vests"][1]["shares"] = "1.5"
    _, report = report_of(document)
    names = [row.name for row in report.vests]
    assert "Dec. 1, 2026: 1 share ($225.40)" in names
    assert "Feb. 15, 2027: 1.5 shares ($338.10)" in names


def with_a_bonus_to_repay(repay_amount):
    """The Amazon example with one bonus of $1,000.00 paid June 1, 2026, to repay in full or
    in part (``repay_amount``) when leaving before June 1, 2027: every stage ends before."""
    document = example_document("amazon-focus-pivot")
    bonus = {"id": "b1", "date": "2026-06-01", "amount": "1000.00"}
    bonus["repay_if_leave_before"] = "2027-06-01"
    if repay_amount is not None:
        bonus["repay_amount"] = repay_amount
    document["compensation"]["bonuses"] = [bonus]
    return document


def test_a_repayment_larger_than_its_bonus_names_the_amount_that_is_subtracted():
    _, report = report_of(with_a_bonus_to_repay("1500.00"))
    for row in report.stages:
        # $1,500.00 is subtracted in every stage, so $1,500.00 is the amount named.
        assert row.bonus == "-$1,500.00"
        assert row.bonus_repayments == ("$1,500.00 for the bonus of $1,000.00 paid June 1, 2026",)


def test_a_repayment_names_the_part_owed_or_only_the_bonus_when_it_is_all_owed():
    _, part = report_of(with_a_bonus_to_repay("400.00"))
    assert part.stages[0].bonus == "-$400.00"
    assert part.stages[0].bonus_repayments == (
        "$400.00 of the bonus of $1,000.00 paid June 1, 2026",
    )
    for whole in ("1000.00", None):
        _, report = report_of(with_a_bonus_to_repay(whole))
        assert report.stages[0].bonus == "-$1,000.00"
        assert report.stages[0].bonus_repayments == ("bonus of $1,000.00 paid June 1, 2026",)


def test_in_california_each_forced_exit_says_its_repayment_may_be_void():
    document = with_a_bonus_to_repay(None)
    document["employment"]["work_state"] = "CA"
    _, report = report_of(document)
    notes = {row.id: row.repayment_note for row in report.stages}
    # Leaving now is quitting: no note. Taking the offer: void unless it counts as quitting.
    # Every other way out ends the job without quitting. Each still shows the repayment.
    assert notes["resign_now"] == ""
    assert notes["pivot_leave_t1"] == (
        "California's stay-or-pay law may make this repayment void, unless taking the offer "
        "counts as quitting. pipv still subtracts it: ask your lawyer."
    )
    for stage_id in ("plan_fail_t2", "appeal_fail_t3", "appeal_win"):
        assert notes[stage_id] == (
            "California's stay-or-pay law may make this repayment void: here the job ends "
            "without you quitting. pipv still subtracts it: ask your lawyer."
        ), stage_id
    for row in report.stages:
        assert row.bonus == "-$1,000.00"
        assert row.bonus_repayments == ("bonus of $1,000.00 paid June 1, 2026",)
    # The question names the bonus, with its dates as the reader reads them.
    assert any(
        q.startswith(
            "Your bonus of $1,000.00 paid June 1, 2026 is to be paid back if you "
            "leave before June 1, 2027. California's law"
        )
        for q in report.questions
    )
    # In Washington the same bonus has no note.
    _, washington = report_of(with_a_bonus_to_repay(None))
    assert not any(row.repayment_note for row in washington.stages)


def test_the_vest_table_leaves_out_a_vest_already_held_on_the_as_of_date():
    document = example_document("amazon-focus-pivot")
    document["as_of"] = "2026-12-02"
    _, report = report_of(document)
    # Dec. 1, 2026's 30 shares vested the day before: held, lost by no stage, not listed,
    # though T1's last day (Nov. 23) has passed. Stages: leave Dec. 2, T1 Nov. 23 (passed),
    # T2 Dec. 23, T3 Dec. 30, the won appeal Feb. 28, 2027.
    assert [(v.name, [c.text for c in v.cells]) for v in report.vests] == [
        ("Feb. 15, 2027: 25 shares ($5,635.00)", ["lost, just missed"] * 4 + ["kept"]),
        ("May 15, 2027: 60 shares ($13,524.00)", ["lost"] * 4 + ["lost, just missed"]),
        ("Nov. 15, 2027: 60 shares ($13,524.00)", ["lost"] * 5),
    ]
    t1 = next(s for s in report.stages if s.id == "pivot_leave_t1")
    # 25 + 60 + 60 shares at $225.40 = $32,683.00, not the $39,445.00 with Dec. 1's 30.
    assert t1.passed and t1.vests_lost_value == "$32,683.00"
    assert t1.just_missed_value == "$5,635.00"


def test_an_appeal_filed_and_not_yet_decided_is_a_way_still_open_in_the_summary():
    # The example's plan ran Nov. 23 to Dec. 23, 2026, and the appeal was filed Dec. 28; as
    # of Jan. 5, 2027 no decision is recorded, so losing it is still ahead (T3: 2 weeks of
    # $172,000 = $6,615.38, its decision projected to Jan. 5), and so is winning it.
    document = example_document("amazon-focus-pivot")
    document["as_of"] = "2027-01-05"
    document["events"] += [
        {"id": "e10", "kind": "improvement_plan_start", "date": "2026-11-23"},
        {"id": "e11", "kind": "improvement_plan_end", "date": "2026-12-23"},
        {"id": "e12", "kind": "appeal_filed", "date": "2026-12-28"},
    ]
    _, report = report_of(document)
    text = " ".join(report.money_sentences)
    # Won: Jan. 5 + 60 days = March 6, 2027: 12 weeks ($39,692.31), 60 days of salary
    # ($28,273.97) and Feb. 15's 25 shares ($5,635.00): $73,601.28.
    assert (
        "The ways you can still leave, with totals before tax: Leave now, no severance, $0.00; "
        "Appeal, and lose (T3), $6,615.38; Appeal and win, no new team found, $73,601.28."
    ) in text
    t3 = next(s for s in report.stages if s.id == "appeal_fail_t3")
    assert (t3.last_day, t3.projected, t3.passed) == ("Jan. 5, 2027", True, False)


def test_a_fact_of_many_short_lines_counts_as_long_as_one_of_long_lines():
    from pipv.report.present.rows import Fact, Line

    def fact(value: str) -> Fact:
        return Fact(
            "E1", "Sept. 1, 2026", "2026-09-01", "x", "adverse", "x", (Line("Notes", value),)
        )

    assert not fact("a short note").long
    assert fact("x" * 1300).long
    assert fact("\n".join(["fifteen chars."] * 70)).long  # about 1,050 characters, 70 lines


def test_the_strongest_pair_sentence_names_the_day_its_days_count_from():
    # A leave from Mon Jun 1 to Fri Jul 10, 2026, then negative feedback on Mon Aug 3: the
    # pair counts from the leave's end, Jul 10 -> Aug 3 = 21 + 3 = 24 days (Jun 1 -> Aug 3
    # would be 63). "24 days after Took FMLA leave (June 1, 2026)" states a gap that never
    # was: the sentence must name the end of the leave as the day the 24 days count from.
    doc = example_document("amazon-focus-pivot")
    doc["protected_activities"] = [
        {
            "id": "pa1",
            "kind": "fmla_leave",
            "date": "2026-06-01",
            "end_date": "2026-07-10",
            "reported_to": "hr",
            "in_writing": True,
            "decision_maker_knew": "yes",
        }
    ]
    doc["events"] = [{"id": "e1", "kind": "negative_feedback", "date": "2026-08-03"}]
    a, report = report_of(doc)
    assert (a.timing.strongest.days, a.timing.strongest.measured_from) == (24, "end_date")
    assert report.signal_sentence == (
        "The timing signal is moderate. The strongest pair: Negative feedback (Aug. 3, 2026) "
        "came 24 days after the leave ended on July 10, 2026 (Took FMLA leave, June 1, 2026)."
    )
    # Learned of later than it happened: the days count from the learning, and say so.
    # A complaint of Mon Jul 6, learned of on Mon Jul 20: Jul 20 -> Aug 3 = 14 days.
    doc["protected_activities"] = [
        {
            "id": "pa1",
            "kind": "discrimination_complaint",
            "date": "2026-07-06",
            "known_on": "2026-07-20",
            "reported_to": "hr",
            "in_writing": True,
            "decision_maker_knew": "yes",
        }
    ]
    a, report = report_of(doc)
    assert (a.timing.strongest.days, a.timing.strongest.measured_from) == (14, "known_on")
    assert report.signal_sentence.endswith(
        "Negative feedback (Aug. 3, 2026) came 14 days after the decision-maker learned, on "
        "July 20, 2026, of Complained about discrimination (July 6, 2026)."
    )


def test_the_defaults_named_are_only_those_a_figure_was_counted_with():
    # The generic example records the plan's start (Oct 19) and its end (Dec 18): the plan's
    # last day is the recorded one, so no figure uses a default plan length. Saying "Figures
    # marked * use pipv's defaults (plan length)" with no figure so marked, or asking for the
    # letter's plan length "(the figures use defaults)", tells the lawyer something untrue.
    document = example_document("generic-pip")
    document["severance"].pop("plan_days")
    document["severance"].pop("t2_weeks")
    a, report = report_of(document)
    assert "plan_days" in a.defaults_used
    assert not any("plan_days" in s.uses_defaults for s in a.stages)
    assert "plan length" not in report.defaults_note
    assert "weeks of pay after a failed plan" in report.defaults_note
    (terms,) = [u for u in report.unknowns if u.startswith("These severance terms")]
    assert "plan length" not in terms and "weeks of pay after a failed plan" in terms
    # Without the recorded end the plan's last day is counted by the default length: named.
    document["events"] = [e for e in document["events"] if e["kind"] != "improvement_plan_end"]
    _, counted = report_of(document)
    assert "plan length" in counted.defaults_note
    # Every term entered, or none used: no note and no question.
    document = example_document("generic-pip")
    document["severance"].pop("plan_days")
    a, report = report_of(document)
    assert report.defaults_note == "" or "plan length" not in report.defaults_note
    assert not any("plan length" in u for u in report.unknowns)


def test_a_group_offer_to_someone_40_or_over_asks_for_the_list_of_who_was_chosen():
    document = example_document("generic-pip")
    document["employment"]["age_40_or_over"] = True
    document["severance"].update(offer_in_hand=True, offer_date="2026-11-09", group_exit=True)
    _, report = report_of(document)
    bring = " ".join(report.evidence)
    assert "the job titles and ages of the people chosen for it" in bring
    assert "29 U.S.C. 626(f)(1)(H)" in bring
    # The law asks the ages, not the job titles, of those in the same job group or unit who
    # were not chosen: a list without their titles is not short of what it owes.
    assert "and the ages of those in the same job group or unit who were not" in bring
    # One person's offer owes no such list.
    document["severance"]["group_exit"] = False
    _, alone = report_of(document)
    assert "job titles and ages" not in " ".join(alone.evidence)
