"""The packet on paper: short enough to be read at intake, and every reference followable."""

import copy
import io
import re
from datetime import date

from django.utils import translation
from pypdf import PdfReader

from pipv.report.present import day

from .conftest import example_document, pdf_text
from .test_present import report_of


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_the_packets_stay_within_their_page_budgets(amazon_pdf, amazon_pdf_zh, generic_pdf):
    # With the facts and the appendix: the Amazon example in seven pages in either language,
    # the generic plan in six.
    assert pages(amazon_pdf) <= 7
    assert pages(amazon_pdf_zh) <= 7
    assert pages(generic_pdf) <= 6
    text = pdf_text(amazon_pdf)
    assert "Facts and chronology" in text and "Appendix: sources and method" in text


REF = re.compile(r"^(?P<due>[^:]+): (?P<key>[AE]\d+|R|T\d|W|P) \((?:last day )?(?P<day>[^)]+)\)")


def test_a_runs_from_reference_names_a_fact_of_the_facts_list_by_key_and_date(amazon_pdf):
    _, report = report_of(example_document("amazon-focus-pivot"))
    facts = {f.key: f for f in report.facts}
    stages = {s.key: s for s in report.chart.stages}
    followed = 0
    for group in report.deadlines:
        for row in group.items:
            found = REF.match(row.short_line)
            assert found, row.short_line
            key, when = found["key"], found["day"]
            if key in stages:
                assert stages[key].date_text == when
            else:
                assert facts[key].date == when, (row.short_line, facts[key])
            followed += 1
    assert followed > 20
    # By hand: Negative feedback, Tuesday Sept. 15, 2026, is E5, the fifth event by date
    # (March 2, May 11, Aug. 10, Sept. 4 come first). Washington's Human Rights Commission
    # takes a complaint within 6 months: Monday March 15, 2027; the EEOC within 300 days
    # (the state agency's own law): Sept. 15 + 300 days is Monday July 12, 2027.
    assert facts["E5"].what == "Negative feedback" and facts["E5"].date == "Sept. 15, 2026"
    text = pdf_text(amazon_pdf)
    assert "March 15, 2027: E5 (Sept. 15, 2026)" in text
    assert "July 12, 2027: E5 (Sept. 15, 2026)" in text
    assert "Sept. 15, 2026 Negative feedback E5 · Against you" in text
    # A what-if runs from a way of leaving, by the key of its line on the timeline: leaving
    # now (R) ends Sunday Nov. 22, 2026, and COBRA's 60 days run to Thursday Jan. 21, 2027.
    assert "Jan. 21, 2027: R (last day Nov. 22, 2026)" in text
    assert "R, Nov. 22, 2026: Leave now, no severance" in text


def test_facts_entered_out_of_order_are_numbered_by_date_as_the_chart_numbers_them():
    doc = copy.deepcopy(example_document("amazon-focus-pivot"))
    doc["events"].reverse()
    doc["protected_activities"].reverse()
    _, report = report_of(doc)
    keys = [f.key for f in report.facts if f.key.startswith("E")]
    assert keys == [f"E{n}" for n in range(1, 10)]
    assert [f.key for f in report.facts if f.key.startswith("A")] == ["A1", "A2"]
    on_chart = {m.key: m.date_text for m in report.chart.marks if m.kind != "vest"}
    assert {f.key: f.date for f in report.facts} == on_chart


def test_a_question_keeps_its_own_mark_before_its_answer(amazon_pdf, amazon_pdf_zh):
    # "Did the person who acted know?" is followed by its answer, not by a colon too.
    text = pdf_text(amazon_pdf)
    assert "Did the person who acted know? yes" in text
    assert "?:" not in text and "?." not in text
    zh = pdf_text(amazon_pdf_zh)
    assert "？：" not in zh and "?：" not in zh and "？:" not in zh
    # The key facts label their side with the language's colon.
    assert "Against you: Negative feedback" in text
    assert "对您不利：负面反馈" in zh


def test_a_date_formatted_once_is_still_written_in_each_language():
    # day() keeps each date it formats; the language is part of what it keeps it by.
    thursday = date(2026, 11, 26)
    with translation.override("en"):
        assert day(thursday) == "Nov. 26, 2026"
    with translation.override("zh-hans"):
        assert day(thursday) == "2026年11月26日"
    with translation.override("en"):
        assert day(thursday) == "Nov. 26, 2026"
