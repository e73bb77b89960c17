"""The lawyer's intake packet: the person's own answers reach the report, sources are public."""

import copy
import json

from jsonschema import Draft202012Validator

from pipv.engine import assess, dumps, loads, parse, to_document
from pipv.engine.rules import RULES
from pipv.engine.schemas import load

from .conftest import example_document, pivot_before_thanksgiving
from .test_present import report_of

INTAKE = {
    "job_title": "Senior product manager",
    "job_level": "L6",
    "weekly_hours": 40,
    "employee_count": 1_500_000,
    "arbitration_agreement": "unknown",
    "comparators": [
        {"who": "Teammate, same level", "what_happened": "missed the same goal, no plan"}
    ],
    "protected_characteristics": ["disability", "national_origin"],
}


def with_intake():
    doc = copy.deepcopy(example_document("amazon-focus-pivot"))
    doc["employment"].update(INTAKE)
    doc["protected_activities"][1]["hr_response"] = "HR said the leave was approved; no word since."
    doc["protected_activities"][1]["witnesses"] = "My skip manager was copied."
    doc["events"][4]["witnesses"] = "Two teammates in the sprint review."
    return doc


def test_the_new_answers_survive_export_and_import_and_the_schema_accepts_them():
    doc = with_intake()
    case = parse(doc)
    again = loads(dumps(case))
    assert again == case
    exported = json.loads(dumps(case))
    assert exported["employment"]["comparators"] == INTAKE["comparators"]
    # Kept in the contract's order, whatever order they were ticked in.
    assert exported["employment"]["protected_characteristics"] == ["national_origin", "disability"]
    assert Draft202012Validator(load("case")).is_valid(exported)


def test_a_file_without_them_reads_and_assesses_exactly_as_before():
    old = example_document("amazon-focus-pivot")
    new = with_intake()
    assert to_document(assess(parse(old))) == to_document(assess(parse(new)))
    # And it exports without any of the new keys.
    exported = json.loads(dumps(parse(old)))
    assert not set(INTAKE) & set(exported["employment"])
    assert all("witnesses" not in a for a in exported["protected_activities"])


def test_the_first_page_says_who_and_which_laws_reach_an_employer_of_that_size():
    _, report = report_of(with_intake())
    who = {line.label: line.value for line in report.who}
    assert who["Job"] == "Senior product manager, L6"
    # Started Monday March 7, 2022; as of Nov. 22, 2026: 4 years and 8 months (Nov. 7, 2026
    # is 4 years 8 months; Dec. 7 would be 9).
    assert who["Started"] == "March 7, 2022 (4 years, 8 months by the as-of date)"
    assert "FMLA (50 employees within 75 miles)" in who["Employer size"]
    assert "Age discrimination, ADEA (20 employees)" in who["Employer size"]
    # 40 hours x 52 weeks = 2,080 hours, over FMLA's 1,250; more than 12 months of service.
    assert who["FMLA eligibility"] == (
        "12 months of service: yes; 1,250 hours in a year: yes (about 40 hours a week)"
    )
    assert who["Arbitration agreement signed"] == "I don't know"
    assert "Shares publicly traded" not in who  # not answered: not said
    doc = with_intake()
    doc["employment"]["employer_public"] = True
    who = {line.label: line.value for line in report_of(doc)[1].who}
    assert who["Shares publicly traded"] == "yes"
    assert "Whether an arbitration agreement was signed." in report.unknowns


def test_every_dated_answer_about_the_job_pay_and_offer_is_on_the_first_page():
    # A review, a manager change, a bonus's own terms and an offer (under 40, so no release
    # deadline counts from it) were answered but printed nowhere unless the timing used them.
    doc = with_intake()
    doc["compensation"]["bonuses"] = [
        {
            "id": "b1",
            "date": "2026-06-01",
            "amount": "20000.00",
            "repay_if_leave_before": "2027-06-01",
            "repay_amount": "15000.00",
        }
    ]
    doc["severance"].update(
        {"offer_in_hand": True, "offer_date": "2026-11-18", "release_signed_date": "2026-11-20"}
    )
    _, report = report_of(doc)
    who = {line.label: line.value for line in report.who}
    assert who["Last review"] == "March 2, 2026: Exceeds expectations"
    assert who["New manager since"] == "May 11, 2026"
    assert who["Bonus"] == (
        "$20,000.00 paid June 1, 2026 ($15,000.00 to pay back if leaving before June 1, 2027)"
    )
    assert who["Severance offer"] == "received Nov. 18, 2026; release signed Nov. 20, 2026"


def test_a_bonus_after_the_as_of_date_is_to_be_paid_not_paid():
    _, report = report_of(example_document("generic-pip"))
    bonuses = [line.value for line in report.who if line.label == "Bonus"]
    assert bonuses == [
        "$15,000.00 paid Feb. 1, 2026 ($15,000.00 to pay back if leaving before Feb. 1, 2027)",
        "$12,000.00 to be paid March 1, 2027",
    ]


def test_a_bonus_dated_after_the_job_ended_is_neither_paid_nor_to_be_paid():
    doc = copy.deepcopy(example_document("generic-pip"))
    # The job ended Sept. 1; the bonus fell due Oct. 15, before the as-of date. The money
    # table counts it as lost: the facts must not say it was paid.
    doc["as_of"] = "2026-12-01"
    doc["employment"].update(ended_on="2026-09-01", exit_path="other")
    doc["events"] = [e for e in doc["events"] if e["date"] <= "2026-09-01"]
    doc["compensation"]["bonuses"][1]["date"] = "2026-10-15"
    _, report = report_of(doc)
    bonuses = [line.value for line in report.who if line.label == "Bonus"]
    assert bonuses[1] == "$12,000.00 due Oct. 15, 2026, after the job ended"


def test_not_known_yet_names_only_the_severance_terms_not_entered():
    doc = with_intake()
    doc["severance"] = {
        "t1_weeks": "12.5",
        "t2_weeks": 4,
        "t3_weeks": 2,
        "grace_days": 0,
        "decision_business_days": 5,
        "plan_days": 30,
        "appeal_days": 7,
        "offer_in_hand": False,
    }
    _, report = report_of(doc)
    assert (
        "These severance terms from your own letter: the extra amount (the figures use defaults)."
        in report.unknowns
    )


def test_the_facts_carry_the_persons_own_words_in_date_order():
    _, report = report_of(with_intake())
    assert [f.iso for f in report.facts] == sorted(f.iso for f in report.facts)
    assert len(report.facts) == 2 + 9  # two protected activities, nine events
    (fmla,) = [f for f in report.facts if f.what == "Asked for FMLA leave"]
    details = {d.label: d.value for d in fmla.details}
    assert details["Notes"] == "Leave request through the HR portal for surgery and recovery."
    assert details["HR's answer"] == "HR said the leave was approved; no word since."
    assert details["Witnesses"] == "My skip manager was copied."
    assert details["Told"] == "HR" and details["In writing"] == "yes"
    assert fmla.key == "A2"  # the second protected activity on the timeline
    assert [c.label for c in report.comparators] == ["Teammate, same level"]
    assert 5 <= len(report.key_facts) <= 8


def test_an_appeal_the_person_filed_is_their_own_step_not_an_act_against_them():
    # The person's own appeal is no employer's act (the engine starts no clock and pairs
    # nothing with it); the panel's decision that upholds the failure is one.
    doc = example_document("amazon-focus-pivot")
    doc["events"] += [
        {"id": "e90", "kind": "appeal_filed", "date": "2026-11-20"},
        {"id": "e91", "kind": "appeal_decision", "date": "2026-11-21"},
    ]
    _, report = report_of(doc)
    sides = {f.what: f.side_label for f in report.facts}
    assert sides["Filed an appeal"] == "Your own step"
    assert sides["Appeal decided"] == "Against you"
    assert "Filed an appeal" not in {f.what for f in report.key_facts}
    # On the timeline the appeal is an open mark, not a filled one for an act against you.
    kinds = {m.label: m.kind for m in report.chart.marks}
    assert kinds["Filed an appeal"] == "event"
    assert kinds["Appeal decided"] == "adverse"


def test_a_notice_of_the_right_to_sue_is_from_an_agency_not_at_work():
    doc = example_document("amazon-focus-pivot")
    doc["events"] += [{"id": "e92", "kind": "right_to_sue_notice", "date": "2026-11-20"}]
    _, report = report_of(doc)
    sides = {f.what: f.side_label for f in report.facts}
    assert sides["Got a right-to-sue notice"] == "From an agency"
    assert sides["New manager"] == "At work"


def test_what_a_report_of_a_wrong_was_about_is_among_its_facts():
    doc = example_document("amazon-focus-pivot")
    doc["protected_activities"].append(
        {
            "id": "pa9",
            "kind": "whistleblower_report",
            "date": "2026-08-03",
            "reported_to": "hr",
            "in_writing": True,
            "decision_maker_knew": "unknown",
            "subject": "securities_fraud",
        }
    )
    _, report = report_of(doc)
    (fact,) = [f for f in report.facts if f.iso == "2026-08-03"]
    details = {d.label: d.value for d in fact.details}
    assert details["What it was about"] == "Fraud or securities violations"
    # A subject left from before the kind was changed says nothing of another activity.
    doc["protected_activities"][-1]["kind"] = "fmla_request"
    _, report = report_of(doc)
    (fact,) = [f for f in report.facts if f.iso == "2026-08-03"]
    assert "What it was about" not in {d.label for d in fact.details}


def test_the_next_thing_to_do_is_the_pivot_choice_and_severance_needs_a_release():
    _, report = report_of(example_document("amazon-focus-pivot"))
    # Pivot meeting Monday Nov. 16, 2026 + 5 business days (the meeting day not counted):
    # Nov. 17, 18, 19, 20, 23: Monday Nov. 23, one day after the as-of date Nov. 22.
    (step,) = report.next_steps
    assert (step.title, step.date, step.days_left_text, step.passed) == (
        "Choose: Pivot offer or improvement plan",
        "Nov. 23, 2026",
        "1 day left",
        False,
    )
    assert "release of claims" in report.release_note


def test_a_passed_deadline_comes_first_and_says_what_to_do():
    doc = copy.deepcopy(example_document("amazon-focus-pivot"))
    # The Pivot decision was due Nov. 23, 2026; as of Dec. 1 it passed 8 days ago.
    doc["as_of"] = "2026-12-01"
    _, report = report_of(doc)
    first = report.next_steps[0]
    assert first.passed and first.title == "Choose: Pivot offer or improvement plan"
    assert first.days_left_text == "passed 8 days ago"
    # A choice that was due: no "later act" starts it again.
    assert first.todo == (
        "This date has passed: the choice was due then. Tell a lawyer what you chose, and when."
    )
    assert not report.next_steps[-1].passed


def test_a_pivot_choice_past_its_safe_day_but_maybe_open_says_both():
    # Meeting Wed Nov 25, 2026: due Wed Dec 2 counting Thanksgiving and the day after as
    # working days, Fri Dec 4 if the employer does not. On Dec 3 the offer may still be open.
    doc = pivot_before_thanksgiving("2026-12-03")
    _, report = report_of(doc)
    first = report.next_steps[0]
    assert first.title == "Choose: Pivot offer or improvement plan" and not first.passed
    assert first.date == "Dec. 2, 2026" and first.days_left_text == "passed 1 day ago"
    assert first.todo == (
        "If your employer counts the holiday as a working day, this has passed. If not, the "
        "choice is open until Dec. 4, 2026: check your letter today."
    )
    (row,) = [g for g in report.deadlines if g.first.title == first.title]
    assert "if your employer does not count the holiday as a working day: Dec. 4, 2026" in (
        row.first.line
    )
    assert "Take the Pivot offer (T1)" in " ".join(report.money_sentences)


def test_each_passed_date_says_what_can_still_be_done_for_its_kind():
    doc = copy.deepcopy(example_document("amazon-focus-pivot"))
    # The job ended Sept. 1, 2026: on Dec. 1 COBRA's earliest election deadline has passed,
    # and its 60 days run from a notice that came later (29 U.S.C. 1165(a)(1)).
    doc["as_of"] = "2026-12-01"
    doc["employment"].update(ended_on="2026-09-01", exit_path="other")
    doc["events"] = [e for e in doc["events"] if e["date"] <= "2026-09-01"]
    _, report = report_of(doc)
    todo = {s.title: s.todo for s in report.next_steps if s.passed}
    cobra = todo["Earliest COBRA election deadline"]
    assert "election notice came" in cobra and "a later act" not in cobra
    assert "immigration lawyer" in todo["Visa grace period ends"]
    # A charge's period: a later act at work can start a new one. On Dec. 1, 2027 the 300
    # days from the negative feedback of Sept. 15, 2026 have run.
    later = copy.deepcopy(example_document("amazon-focus-pivot"))
    later["as_of"] = "2027-12-01"
    charges = {s.title: s.todo for s in report_of(later)[1].next_steps if s.passed}
    assert "a later act can start a new period" in charges["Last day to file an EEOC charge"]


def test_a_passed_window_to_cancel_a_confidential_release_is_not_told_a_later_act_helps():
    # Illinois (820 ILCS 96/1-30) and New York (GOL 5-336): 7 days after signing, then the
    # agreement binds; no later act at work reopens that window. Signed Tue Nov 17, 2026, the
    # day after the Pivot offer: the last day to cancel, Tue Nov 24, has passed by Dec 1.
    for state, title in (
        ("IL", "Illinois: last day to cancel a signed agreement with a confidentiality term"),
        ("NY", "New York: last day to cancel a signed confidentiality agreement"),
    ):
        doc = copy.deepcopy(example_document("amazon-focus-pivot"))
        doc["employment"]["work_state"] = state
        doc["severance"]["release_signed_date"] = "2026-11-17"
        doc["as_of"] = "2026-12-01"
        _, report = report_of(doc)
        todo = {s.title: s.todo for s in report.next_steps if s.passed}
        assert todo[title] == (
            "This date has passed: the release can no longer be cancelled this way. Ask a "
            "lawyer whether it met the law's terms."
        )


def test_every_citation_is_a_public_source_and_every_rule_has_a_name():
    for rule in RULES.values():
        assert rule.title.strip(), rule.id
        for forbidden in ("legal-reference", "(seed)", "§", "forum thread 20"):
            assert forbidden not in rule.citation, (rule.id, rule.citation)
    # Rules made from the jurisdiction table fill one title pattern with their state's names.
    titles = {r.title % dict(r.args) if r.args else r.title for r in RULES.values()}
    assert len(titles) == len(RULES)
