"""The report in the browser's reach: results page, downloads, and only for the owner."""

import io
import re
from html import unescape

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, strip_tags
from icalendar import Calendar
from pypdf import PdfReader

from pipv.cases.models import CaseRecord
from pipv.engine import assess, parse
from pipv.report.render import report_for
from tests.factories import complete

from .conftest import example_document, hostile_document, pivot_before_thanksgiving


@pytest.fixture
def amazon_record(alice):
    return CaseRecord.objects.create(
        owner=alice, title="Focus", document=example_document("amazon-focus-pivot")
    )


def urls(pk):
    return [
        reverse("report:results", args=[pk]),
        reverse("report:pdf", args=[pk]),
        reverse("report:pdf", args=[pk]) + "?lang=zh-hans",
        reverse("report:ics", args=[pk]),
    ]


def test_the_results_page_shows_every_section_in_order(alice_client, amazon_record):
    response = alice_client.get(reverse("report:results", args=[amazon_record.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    # What to do next first, then the summary, the facts and the money; the analysis after.
    headings = [
        "What to do next",
        "Summary",
        "Facts and chronology",
        "Money at each stage",
        "Deadlines",
        "Timeline",
        "How the timing lines up",
        "What a lawyer will weigh",
        "Bring to your consultation",
        "Questions for the lawyer",
        "Keep your evidence safely",
        "Sources and method",
    ]
    positions = [html.index(f">{h}</h") for h in headings]
    assert positions == sorted(positions)
    assert "$40,163.54" in html and "Lin Chen (example)" in html
    assert "Not legal advice" in html
    assert "no-store" in response["Cache-Control"]


def test_the_results_page_gives_the_persons_job_in_their_own_words(alice_client, alice):
    # The job title, level and city print in the PDF's "At a glance": the page shows them too.
    document = example_document("amazon-focus-pivot")
    document["employment"].update(job_title="SDE <II>", job_level="L5", work_city="Seattle")
    record = CaseRecord.objects.create(owner=alice, title="Focus", document=document)
    page = alice_client.get(reverse("report:results", args=[record.pk])).content.decode()
    facts = page[page.index(">Facts and chronology</h") :]
    assert "SDE &lt;II&gt;, L5" in facts
    assert "works in Seattle, WA" in facts


def test_a_deadline_of_a_law_too_big_for_the_employer_says_so(alice_client, alice):
    document = example_document("amazon-focus-pivot")
    document["employment"]["employee_count"] = 12
    record = CaseRecord.objects.create(owner=alice, title="Small", document=document)
    page = unescape(alice_client.get(reverse("report:results", args=[record.pk])).content.decode())
    note = (
        "Only if the law reaches your employer: you said about 12 employees, and it needs "
        "{} or more (a state law may reach a smaller employer). Ask a lawyer."
    )
    # Once for each kind of date (its row), not on each of its dates.
    assert page.count(note.format(50)) == 2  # the FMLA suit, and the one if willful
    assert page.count(note.format(15)) == 1  # a charge to the EEOC


def test_the_release_note_is_said_once_in_sight_and_kept_for_the_tables_reader(
    alice_client, amazon_record
):
    page = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    note = "Severance is paid only in exchange for signing a release of claims"
    money = page[page.index('id="sec-money"') : page.index('id="sec-deadlines"')]
    caption = re.search(r"<caption>(.*?)</caption>", money, re.S).group(1)
    assert caption.startswith("Stage by stage.") and '<span class="visually-hidden">' in caption
    assert strip_tags(money.replace(caption, "")).count(note) == 1


def test_the_results_page_links_the_downloads(alice_client, amazon_record):
    html = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    for url in urls(amazon_record.pk)[1:]:
        assert f'href="{url}"' in html
    assert reverse("cases:export", args=[amazon_record.pk]) in html


def test_a_deadline_under_two_rules_names_them_apart(alice_client, amazon_record):
    page = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    # Washington's agency charge: the agency's rule and the one that moves a date off a
    # weekend, each rule's name whole, not run together with a comma.
    assert (
        "Rules: Washington: Washington State Human Rights Commission; Weekend and holiday deadlines"
    ) in page
    assert "Commission, Weekend" not in page
    # A deadline under one rule keeps the singular.
    assert "Rule: COBRA" in page


def results_of(client, owner, document) -> str:
    """The results page of a new case holding ``document``."""
    record = CaseRecord.objects.create(owner=owner, title="A case", document=document)
    return client.get(reverse("report:results", args=[record.pk])).content.decode()


def test_a_visa_that_ended_first_leaves_no_grace_and_the_money_table_says_so(alice_client, alice):
    document = example_document("amazon-focus-pivot")
    document["employment"]["visa_valid_until"] = "2020-01-01"
    page = results_of(alice_client, alice, document)
    # Not "visa grace ends" on the last day itself: status ended on the I-94's day.
    assert "visa grace ends" not in page
    assert page.count("visa status ends Jan. 1, 2020, before this day") == len(
        assess(parse(document)).stages
    )
    assert "which has passed, so pipv shows no grace period" in page


def test_an_i94_ending_before_a_won_appeals_last_day_is_a_deadline_of_its_own(alice_client, alice):
    document = example_document("amazon-focus-pivot")
    # Before the won appeal's last day (Feb. 28, 2027), after every other one.
    document["employment"]["visa_valid_until"] = "2027-01-05"
    page = results_of(alice_client, alice, document)
    assert page.count("visa status ends Jan. 5, 2027, before this day") == 1
    assert "visa grace ends Feb. 28, 2027" not in page
    assert "Visa status ends, unless extended" in page
    assert "the end date on your I-94, Jan. 5, 2027" in strip_tags(page)
    assert "Has your employer filed an extension" in page


def test_the_chart_is_described_for_screen_readers(alice_client, amazon_record):
    html = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert "<script" not in svg
    # Every activity and event has a mark, and the table spells each one out.
    case = parse(example_document("amazon-focus-pivot"))
    for n in range(1, len(case.protected_activities) + 1):
        assert f">A{n}<" in svg and f">A{n}</th>" in html
    for n in range(1, len(case.events) + 1):
        assert f">E{n}<" in svg and f">E{n}</th>" in html
    # Negative feedback (Sep 15) is linked to the case's strongest pair, the accommodation
    # request of Jul 20 that the manager knew of: 11 (rest of July) + 31 + 15 = 57 days,
    # labelled on the chart. The closer FMLA request (46 days) is weaker: nobody knows
    # whether the manager knew of it.
    assert ">57 d<" in svg


def test_the_page_keeps_its_lists_and_tables_that_paper_writes_as_text(alice_client, amazon_record):
    """One set of partials: the results page gets lists and the marks table, the PDF's
    document the same words as running text (each element costs WeasyPrint a box)."""
    page = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    with translation.override("en"):
        report = report_for(parse(example_document("amazon-focus-pivot")))
        paper = render_to_string("report/document.html", {"report": report, "language": "en"})
    assert page.count('<ul class="cell-list">') == len(report.pair_groups) + sum(
        len(g.items) > 1 for g in report.deadlines
    )
    assert 'class="report-table timeline-table"' in page and "&#x2022;" not in page
    assert '<ul class="cell-list">' not in paper and "timeline-table" not in paper
    # The same pairs are on paper, each a short line of its own; the marks are named by the
    # facts table (its keys), the stage lines and vests by the legend.
    pairs = [p for g in report.pair_groups for p in g.pairs]
    plain = paper.replace("<strong>", "").replace("</strong>", "")
    assert all(escape(p.line) in plain for p in pairs)
    assert "&#x25AA;" not in paper
    assert all(f.key in paper for f in report.facts)
    assert all(escape(g.text) in paper for g in report.chart.legend[2:])


def test_the_pdf_download_is_a_pdf_named_for_its_date(alice_client, amazon_record):
    response = alice_client.get(reverse("report:pdf", args=[amazon_record.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="pipv-report-2026-11-22.pdf"'
    assert response.content.startswith(b"%PDF-1.7")
    assert list(PdfReader(io.BytesIO(response.content)).attachments) == ["case.json"]


def test_the_calendar_holds_each_deadline_to_meet_once_with_two_reminders(
    alice_client, amazon_record
):
    response = alice_client.get(reverse("report:ics", args=[amazon_record.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    a = assess(parse(example_document("amazon-focus-pivot")))
    to_meet = [d for d in a.deadlines if d.kind == "deadline" and not d.passed]
    what_if_kinds = {d.id for d in a.deadlines if d.kind == "what_if"}
    # Every deadline to meet, and each what-if kind once (COBRA, visa grace): not five of each.
    assert len(events) == len(to_meet) + len(what_if_kinds)
    titles = [str(e["summary"]) for e in events]
    for kind_title in ("Earliest COBRA election deadline", "Visa grace period ends"):
        (only,) = [t for t in titles if t.startswith(kind_title)]
        # The earliest way of leaving is named: leaving now (Nov. 22 + 60 = Jan. 21, 2027).
        assert only.endswith("if you leave this way: Leave now, no severance")
    for event in events:
        start = event.decoded("dtstart")
        assert start >= a.as_of  # nothing already passed
        triggers = sorted(str(alarm["trigger"].dt) for alarm in event.walk("VALARM"))
        assert triggers == ["-1 day, 0:00:00", "-7 days, 0:00:00"]
        description = str(event["description"])
        # Plain words and the public citation, never an internal id or a record id.
        assert "eeoc.charge" not in description and "(e9)" not in description
        assert "Not legal advice" in description
    eeoc = next(e for e in events if str(e["summary"]) == "Last day to file an EEOC charge")
    assert "42 U.S.C. 2000e-5(e)(1)" in str(eeoc["description"])
    # No employer's minimum: the OWBPA's 21 days are not the person's deadline.
    assert not any(t.startswith("Age 40+: the release must give you") for t in titles)
    assert len({str(e["uid"]) for e in events}) == len(events)


def calendar_descriptions(client, owner, document) -> dict[str, str]:
    record = CaseRecord.objects.create(owner=owner, title="Calendar", document=document)
    events = Calendar.from_ical(client.get(reverse("report:ics", args=[record.pk])).content)
    return {str(e["summary"]): str(e["description"]) for e in events.walk("VEVENT")}


def test_the_calendar_gives_the_pivot_choices_later_day_like_the_table(alice_client, alice):
    # Meeting Wed Nov 25, 2026: due Wed Dec 2 counting Thanksgiving and the day after as
    # working days, Fri Dec 4 if the employer does not. A calendar that gave only Dec 2 hid
    # the open days.
    document = pivot_before_thanksgiving("2026-11-30")
    descriptions = calendar_descriptions(alice_client, alice, document)
    choice = descriptions["Choose: Pivot offer or improvement plan"]
    assert choice.startswith("Act by Dec. 2, 2026.")
    assert "if your employer does not count the holiday as a working day: Dec. 4, 2026" in choice


def test_the_calendar_says_when_a_law_may_not_reach_a_small_employer(alice_client, alice):
    document = example_document("amazon-focus-pivot")
    document["employment"]["employee_count"] = 12
    descriptions = calendar_descriptions(alice_client, alice, document)
    eeoc = descriptions["Last day to file an EEOC charge"]
    assert "Only if the law reaches your employer: you said about 12 employees" in eeoc
    assert "it needs 15 or more" in eeoc


def test_calendar_uids_are_stable_so_a_reimport_updates(alice_client, amazon_record):
    url = reverse("report:ics", args=[amazon_record.pk])
    first = [
        str(e["uid"]) for e in Calendar.from_ical(alice_client.get(url).content).walk("VEVENT")
    ]
    # The user changes an answer that moves dates; the same deadlines keep their UIDs.
    document = example_document("amazon-focus-pivot")
    document["as_of"] = "2026-11-20"
    amazon_record.document = document
    amazon_record.save()
    second = [
        str(e["uid"]) for e in Calendar.from_ical(alice_client.get(url).content).walk("VEVENT")
    ]
    assert set(first) == set(second)


@pytest.mark.parametrize("index", range(4))
def test_another_user_gets_404_on_every_report_url(client, django_user_model, amazon_record, index):
    bob = django_user_model.objects.create_user("bob", password="another long phrase")
    client.force_login(bob)
    assert client.get(urls(amazon_record.pk)[index]).status_code == 404


@pytest.mark.parametrize("index", range(4))
def test_a_visitor_is_sent_to_log_in(client, amazon_record, index):
    response = client.get(urls(amazon_record.pk)[index])
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_an_unfinished_case_says_what_to_do_instead_of_a_report(alice_client, alice):
    record = CaseRecord.objects.create(
        owner=alice, title="Draft", document={"format": "pipv.case/1", "as_of": "2026-11-22"}
    )
    for url in urls(record.pk):
        response = alice_client.get(url)
        assert response.status_code == 409
        assert "The report is not ready yet" in response.content.decode()
        assert reverse("cases:step", args=[record.pk, "review"]) in response.content.decode()


def test_a_record_with_no_activity_or_event_says_so_instead_of_empty_tables(alice_client, alice):
    record = CaseRecord.objects.create(
        owner=alice, title="x", document=complete(protected_activities=[], events=[])
    )
    html = alice_client.get(reverse("report:results", args=[record.pk])).content.decode()
    assert "No protected activity or event is recorded yet." in html
    assert "No event against you comes after a protected activity in this record." in html
    assert "facts-table" not in html and "pairs-table" not in html
    # The money is still counted, in its table, in a region named by its section's heading.
    assert (
        '<div class="table-scroll" role="region" aria-labelledby="sec-money" tabindex="0">\n'
        '  <table class="report-table money-table stack-on-phone" role="table">'
    ) in html


def test_review_links_to_the_report_once_every_answer_is_in(alice_client, amazon_record):
    review = alice_client.get(reverse("cases:step", args=[amazon_record.pk, "review"]))
    assert reverse("report:results", args=[amazon_record.pk]) in review.content.decode()


def test_hostile_notes_are_escaped_on_the_results_page(alice_client, alice):
    record = CaseRecord.objects.create(owner=alice, title="x", document=hostile_document())
    html = alice_client.get(reverse("report:results", args=[record.pk])).content.decode()
    assert "&lt;img src=&quot;http://198.51.100.7/track.png&quot;&gt;" in html
    assert "<img" not in html and "<iframe" not in html and "198.51.100.7/y.css);" in html
    assert '<script>fetch("http://198.51.100.7/")' not in html


def test_questions_for_the_lawyer_name_dates_and_activities_in_plain_words(
    alice_client, amazon_record
):
    html = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    questions = html[html.index('id="sec-questions"') : html.index('id="sec-sources"')]
    # (Dates and amounts sit in boxes that do not wrap; the words around them are the same.)
    questions = re.sub(r'<span class="nowrap">([^<]*)</span>', r"\1", questions)
    assert "know about this: Asked for FMLA leave (July 31, 2026)?" in questions
    assert "Leaving on Nov. 23, 2026 loses vests worth $12,397.00" in questions
    assert "2026-" not in questions.split("Please confirm")[0]


def test_a_chosen_date_in_the_past_offers_to_count_from_today_without_javascript(
    alice_client, amazon_record
):
    page = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    # The example pins Nov. 22, 2026, which is before today: the banner and its button.
    assert "the date you chose, Nov. 22, 2026" in page
    action = reverse("report:count_from_today", args=[amazon_record.pk])
    assert f'<form method="post" action="{action}">' in page
    response = alice_client.post(action)
    assert response.status_code == 302
    assert response.url == reverse("report:results", args=[amazon_record.pk])
    amazon_record.refresh_from_db()
    assert "as_of" not in amazon_record.document
    page = alice_client.get(response.url).content.decode()
    assert action not in page and "today, " in page


def test_a_chosen_day_still_to_come_says_that_passed_dates_may_still_be_ahead(
    alice_client, amazon_record
):
    # Imported from a file written for a later day: nothing refuses it on the way in.
    amazon_record.document = {**amazon_record.document, "as_of": "2099-01-01"}
    amazon_record.save()
    page = alice_client.get(reverse("report:results", args=[amazon_record.pk])).content.decode()
    assert "a day still to come, not from today: a date shown as passed may still be" in page
    assert reverse("report:count_from_today", args=[amazon_record.pk]) in page


def test_counting_from_today_is_a_post_of_the_owner_only(client, alice_client, amazon_record):
    action = reverse("report:count_from_today", args=[amazon_record.pk])
    assert alice_client.get(action).status_code == 405
    client.logout()
    assert client.post(action).status_code == 302  # to log in
    amazon_record.refresh_from_db()
    assert amazon_record.document["as_of"] == "2026-11-22"


def test_who_was_told_left_unanswered_is_not_reported_as_someone_else(alice_client, alice):
    document = example_document("generic-pip")
    for activity in document["protected_activities"]:
        activity.pop("reported_to", None)
    record = CaseRecord.objects.create(owner=alice, title="Not said", document=document)
    page = alice_client.get(reverse("report:results", args=[record.pk])).content.decode()
    assert "Someone else" not in page
    assert "Told:" not in strip_tags(page)
    export = alice_client.get(reverse("cases:export", args=[record.pk])).content.decode()
    assert '"reported_to"' not in export


def test_a_bonus_partly_to_repay_names_the_part_owed(alice_client, alice):
    document = example_document("amazon-focus-pivot")
    # Paid before the as-of date (Nov 22, 2026); half owed back when leaving before 2027-06-01.
    document["compensation"]["bonuses"] = [
        {
            "id": "b1",
            "date": "2026-01-10",
            "amount": "20000.00",
            "repay_if_leave_before": "2027-06-01",
            "repay_amount": "10000.00",
        }
    ]
    text = strip_tags(results_of(alice_client, alice, document))
    assert "$10,000.00 of the bonus of $20,000.00 paid Jan. 10, 2026" in text


def test_a_firing_without_its_day_says_so_above_the_deadlines(alice_client, alice):
    document = example_document("amazon-focus-pivot")
    # The example's plan failed and the job ended Nov. 20; the day it was told is missing.
    document["employment"].update({"ended_on": "2026-11-20", "exit_path": "plan_fail_t2"})
    page = unescape(strip_tags(results_of(alice_client, alice, document)))
    deadlines = page[page.index("Deadlines") :]
    assert deadlines.index("Missing:") < deadlines.index("Days left")
    assert (
        "Your job ended on Nov. 20, 2026, but your record does not say when you were told it "
        "would end (on or before that day)." in deadlines
    )
    # How urgent it may be, without a date pipv cannot know: the as-of date is Nov. 22.
    assert "The EEOC's limit is 180 or 300 days from it, and your last day was 2 days ago." in (
        deadlines
    )
    assert 'Add the day under "What happened at work" as "Told I am fired".' in deadlines
    assert "Rule: A firing's deadlines run from the day you were told." in deadlines
    # The callout that opens the page says so first.
    callout = page[page.index("What to do next") : page.index("Every date is in the Deadlines")]
    assert "Missing: the day you were told your job would end." in callout
    html = results_of(alice_client, alice, document)
    assert '<a href="#sec-deadlines">See the Deadlines section.</a>' in html
    # One click to where the day is added.
    record = CaseRecord.objects.filter(owner=alice).latest("pk")
    events = reverse("cases:step", args=[record.pk, "events"])
    assert f'<a href="{events}#add-events">Add the day now</a>' in html
    # The lawyer's first page lists it under "Not known yet".
    with translation.override("en"):
        assert "The day you were told your job would end." in report_for(parse(document)).unknowns
    # Told on the last day: the firing's own deadlines are counted, and nothing is missing.
    document["events"].append({"id": "e9", "kind": "termination_notice", "date": "2026-11-20"})
    page = strip_tags(results_of(alice_client, alice, document))
    assert "Missing:" not in page and "would end is not in your record" not in page
