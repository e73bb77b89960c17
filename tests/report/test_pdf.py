"""The lawyer's PDF: the figures a lawyer checks, the attached case file, PDF/A-3a, safety."""

import gc
import io
import logging
import re
import shutil
import socket
import subprocess
import threading
from dataclasses import replace

import pytest
from pypdf import PdfReader
from weasyprint.text.fonts import FontConfiguration

from pipv.engine import dumps, loads, parse
from pipv.report import pdf as pdf_module
from pipv.report.render import pdf_for, pdf_html

from .conftest import (
    example_document,
    hostile_document,
    pdf_fonts,
    pdf_text,
    pivot_before_thanksgiving,
)


def test_the_example_pdf_holds_the_hand_checked_figures(amazon_pdf):
    text = pdf_text(amazon_pdf)
    # Weekly pay 172,000 / 52 = 3,307.6923. T1: 12 weeks = 39,692.31 of severance, plus one
    # day of salary (Nov 22 to Nov 23): 172,000 x 1 / 365 = 471.23; total 40,163.54.
    assert "$39,692.31" in text
    assert "$471.23" in text
    assert "$40,163.54" in text
    # The other stages' totals, as the engine's tests check them line by line.
    for total in ("$34,600.99", "$31,284.23", "$98,270.13"):
        assert total in text
    # The Pivot meeting of Mon Nov 16 + 5 business days = Mon Nov 23: one day left on Nov 22.
    assert "Choose: Pivot offer or improvement plan" in text
    assert "Nov. 23, 2026" in text
    assert "1 day left" in text
    # The strongest pair: ADA request Jul 20 (the manager knew) to negative feedback Sep 15 =
    # 57 days. The FMLA request is closer (46 days) but counted weaker: knowledge unknown.
    assert re.search(r"Negative feedback \(Sept\. 15, 2026\) came 57 days after", text)


def test_the_pdf_shows_each_vest_once_and_each_rules_status_once(amazon_pdf):
    text = " ".join(pdf_text(amazon_pdf).split())
    # The vest table: each vest once, each stage's answer beside it, the lost values summed
    # (30 + 25 + 60 + 60 shares at $225.40 lost when leaving now: $39,445.00).
    # Once in the timeline's legend (after its key, V1) and once in the vest table.
    assert text.count("Dec. 1, 2026: 30 shares ($6,762.00)") == 2
    assert "V1, Dec. 1, 2026: 30 shares ($6,762.00)" in text
    assert "lost, just missed" in text and "Lost, worth" in text
    assert "$39,445.00" in text
    # Visa grace: 60 days after the Pivot offer's last day, Nov. 23, 2026 = Jan. 22, 2027.
    assert "visa grace ends Jan. 22, 2027" in text
    # The status and as-of date head each group of rules instead of following each rule.
    assert "Status: verified in public sources (as of Nov. 22, 2026)" in text
    assert "As of Nov. 22, 2026." not in text
    assert "Sources: 8 CFR 214.1(l)(2)" in text


def test_the_summary_is_on_the_first_page(amazon_pdf):
    first = PdfReader(io.BytesIO(amazon_pdf)).pages[0].extract_text()
    first = " ".join(first.split())
    assert "Confidential: prepared for a consultation with an attorney".upper() in first.upper()
    assert "Not legal advice" in first
    # The first page is the lawyer's minute: who, the facts, the next date, the money at stake.
    for line in (
        "At a glance, for the lawyer",
        "Lin Chen (example)",
        "H-1B visa",
        "$172,000.00",
        "The facts that matter",
        "Next date to act by",
        "Money at stake",
        "Not known yet",
        "release of claims",
    ):
        assert line in first, line


def test_pages_are_letter_numbered_and_titled(amazon_pdf):
    reader = PdfReader(io.BytesIO(amazon_pdf))
    count = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
        assert f"Page {number} of {count}" in page.extract_text()
    assert reader.metadata.title.startswith("Timing, money and deadlines")
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en"
    assert "/StructTreeRoot" in catalog  # tagged
    titles = list(outline_titles(reader.outline))
    assert "At a glance, for the lawyer" in titles and "Facts and chronology" in titles
    assert "Deadlines" in titles and "Appendix: sources and method" in titles


def test_a_long_name_is_shortened_in_the_running_header_and_printed_whole_on_page_one():
    # Written without spaces, a 200-character employer ran past the header's right edge on
    # every page; the first page keeps the whole name, wrapped.
    employer = "Employer" + "x" * 180 + "End"
    document = example_document("amazon-focus-pivot")
    document["employment"]["employer"] = employer
    pages = PdfReader(io.BytesIO(pdf_for(parse(document), "en"))).pages
    (header,) = [line for line in pages[1].extract_text().splitlines() if "Confidential" in line]
    assert header.startswith("Lin Chen (example) · " + employer[:59] + "… · as of")
    assert employer in "".join(pages[0].extract_text().split())


def test_a_fact_told_at_length_starts_where_the_one_before_it_ends():
    # Kept whole, a row longer than a page moved to the next page, leaving most of the page
    # before it blank, and ran on without the table's header. It may break now; the header
    # repeats above what runs on.
    from tests.factories import complete

    document = complete()
    story = " ".join(
        f"Paragraph {n}: I kept every email, and the tracker shows it." for n in range(90)
    )
    document["events"][0]["notes"] = "Storystart " + story + " Storyend"
    pages = [
        page.extract_text() for page in PdfReader(io.BytesIO(pdf_for(parse(document), "en"))).pages
    ]
    # Its first mention is the facts table's (the lawyer's questions quote it later).
    first = next(i for i, text in enumerate(pages) if "Storystart" in text)
    last = next(i for i, text in enumerate(pages) if "Storyend" in text)
    assert last > first  # it runs on
    assert "asked for 6 weeks of leave" in pages[first]  # the fact before it, same page
    for text in pages[first + 1 : last + 1]:
        assert "What happened" in text and "Details" in text


def outline_titles(items):
    for item in items:
        if isinstance(item, list):
            yield from outline_titles(item)
        else:
            yield item.title


def test_the_case_file_is_attached_and_reimports_identically(amazon_pdf, amazon_case):
    reader = PdfReader(io.BytesIO(amazon_pdf))
    attachments = reader.attachments
    assert list(attachments) == ["case.json"]
    (content,) = attachments["case.json"]
    again = loads(content)
    assert again == amazon_case
    assert content.decode() == dumps(amazon_case)


def test_the_metadata_declares_pdf_a_3a(amazon_pdf):
    xmp = PdfReader(io.BytesIO(amazon_pdf)).trailer["/Root"]["/Metadata"].get_object()
    data = xmp.get_data().decode()
    assert re.search(r"pdfaid:part(>|=\")3", data)
    assert re.search(r"pdfaid:conformance(>|=\")A", data)


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="make system-deps installs qpdf")
def test_qpdf_finds_the_structure_sound(amazon_pdf, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(amazon_pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_the_generic_plan_pdf_shows_its_two_stages(generic_pdf):
    text = pdf_text(generic_pdf)
    assert "Leave now, no severance" in text and "The plan fails" in text
    assert "-$15,000.00" in text  # the sign-on bonus repaid when leaving now
    assert "$22,369.39" in text


def test_the_generic_plan_pdf_flags_the_california_repayment_a_failed_plan_may_void(
    generic_pdf,
):
    # The example works in California and was paid a $15,000 bonus on Feb. 1, 2026, to pay
    # back if leaving before Feb. 1, 2027. A failed plan ends the job without quitting: the
    # PDF says the repayment may be void, still counts it, and asks the lawyer.
    text = pdf_text(generic_pdf)
    assert (
        "California's stay-or-pay law may make this repayment void: here the job ends "
        "without you quitting. pipv still subtracts it: ask your lawyer." in text
    )
    assert "Your bonus of $15,000.00 paid Feb. 1, 2026 is to be paid back if you leave" in text
    assert "California: a bonus repayment may be void" in text  # the rule, in the appendix
    assert "Bus. & Prof. Code 16608" in text


def test_the_chinese_copy_has_chinese_text_and_the_same_figures(amazon_pdf, amazon_pdf_zh):
    english, chinese = pdf_text(amazon_pdf), pdf_text(amazon_pdf_zh)
    assert re.search(r"[\u4e00-\u9fff]", chinese)
    money = re.compile(r"-?\$[\d,]+\.\d\d")
    assert sorted(money.findall(english)) == sorted(money.findall(chinese))
    reader = PdfReader(io.BytesIO(amazon_pdf_zh))
    assert reader.trailer["/Root"]["/Lang"] == "zh-hans"
    assert list(reader.attachments) == ["case.json"]


class NoNetwork(Exception):
    pass


def test_hostile_text_is_shown_as_text_and_nothing_is_fetched(monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise NoNetwork(address)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    fetched = []
    original = pdf_module.StaticOnlyFetcher.fetch

    def spy(self, url, headers=None):
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(pdf_module.StaticOnlyFetcher, "fetch", spy)
    # Parsed stylesheets are kept per process; without them this render fetches them again.
    monkeypatch.setattr(pdf_module, "_parsed", {})

    case = parse(hostile_document())
    body = pdf_for(case, "en")

    assert attempts == []
    # Only our own stylesheets were asked for: the notes' URLs never reached WeasyPrint as
    # markup, because they were escaped into text.
    assert fetched and all(u.startswith(pdf_module.STATIC_PREFIX) for u in fetched)
    text = pdf_text(body)
    assert '<img src="http://198.51.100.7/track.png">' in text.replace(" ", " ")
    assert "<iframe src=http://198.51.100.7>" in text
    for page in PdfReader(io.BytesIO(body)).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)


@pytest.mark.parametrize(
    "url",
    [
        "http://198.51.100.7/x.png",
        "https://pipv.invalid/media/secret.png",
        "file:///etc/passwd",
        "data:text/css,body{}",
        "https://pipv.invalid/static/../../pipv/settings.py",
        "https://pipv.invalid/static/css/missing.css",
    ],
)
def test_the_fetcher_refuses_everything_but_our_static_files(url):
    fetcher = pdf_module.StaticOnlyFetcher()
    with pytest.raises(pdf_module.Refused):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_fetcher_serves_our_stylesheet():
    response = pdf_module.StaticOnlyFetcher().fetch(pdf_module.STATIC_PREFIX + "css/report.css")
    assert b"@media print" in response.read()


def test_the_stylesheets_are_parsed_once_and_again_when_a_file_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "_parsed", {})
    first = pdf_module.stylesheets()
    assert pdf_module.stylesheets() == first  # the same parsed objects, not parsed again
    # Edit a copy of report-print.css: the next render must see the edit.
    edited = tmp_path / "report-print.css"
    shutil.copy(pdf_module._static_file("css/report-print.css"), edited)
    with edited.open("a") as f:
        f.write("\n.report-pdf h1 { color: #000000; }\n")
    found = pdf_module._static_file
    monkeypatch.setattr(
        pdf_module,
        "_static_file",
        lambda relative: edited if relative == "css/report-print.css" else found(relative),
    )
    again = pdf_module.stylesheets()
    assert again[0] is first[0] and again[1] is not first[1]


def test_white_space_is_squeezed_but_no_break_and_thin_spaces_are_kept():
    # The PDF is given one space for each run of the templates' indentation; a no-break
    # space (a figure and its unit) or a thin space means something and stays.
    assert pdf_module.squeezed("<td>\n      1\u00a0week\u2009·\t\t<b>x</b>\r\n</td>") == (
        "<td> 1\u00a0week\u2009· <b>x</b> </td>"
    )


def test_attributes_only_a_browser_reads_are_dropped_from_tags_and_nothing_else():
    # ARIA roles and the phone's data-label go; what WeasyPrint reads (class, scope, id, an
    # SVG's drawing) stays, and words that look like an attribute outside a tag are text.
    html = (
        '<th role="rowheader" scope="row" id="e1">x</th>'
        '<td role="cell" data-label="Amount" class="num">role="cell" data-x="1"</td>'
        '<svg role="img" aria-labelledby="t" viewBox="0 0 9 9"><title id="t">T</title></svg>'
    )
    assert pdf_module.browser_only_dropped(html) == (
        '<th scope="row" id="e1">x</th>'
        '<td class="num">role="cell" data-x="1"</td>'
        '<svg viewBox="0 0 9 9"><title id="t">T</title></svg>'
    )


def test_a_note_that_reads_like_markup_is_printed_whole(amazon_case):
    note = 'The ticket said <div role="alert" data-id="7" aria-hidden="true"> and nothing else.'
    first_event = replace(amazon_case.events[0], notes=note)
    case = replace(amazon_case, events=(first_event, *amazon_case.events[1:]))
    # Compared without spaces: the cell may wrap the note after "aria-".
    assert note.replace(" ", "") in "".join(pdf_text(pdf_for(case, "en")).split())


def pdf_lines(pdf: bytes) -> list[str]:
    """Every line of the PDF's text layer, its spaces collapsed, page after page."""
    return [
        " ".join(line.split())
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in (page.extract_text() or "").splitlines()
    ]


def test_a_persons_own_line_breaks_survive_into_the_pdf(amazon_case):
    note = "Asked for the written feedback.\n\nManager said: later."
    first_event = replace(amazon_case.events[0], notes=note)
    case = replace(amazon_case, events=(first_event, *amazon_case.events[1:]))
    lines = pdf_lines(pdf_for(case, "en"))
    first = next(i for i, line in enumerate(lines) if "Asked for the written feedback." in line)
    assert "Manager said: later." not in lines[first]
    assert any("Manager said: later." in line for line in lines[first + 1 : first + 4])


def test_a_note_pasted_from_a_word_processor_prints_its_lines_and_no_empty_boxes(caplog):
    # Read as any case file is: its vertical tab and form feed become line breaks, and a bell
    # is left out, where a font has no glyph for any of them.
    document = example_document("amazon-focus-pivot")
    document["events"][0]["notes"] = "Pasted from Word:\x0bsecond line\x0cthird\x07line"
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = pdf_for(parse(document), "en")
    assert not [r for r in caplog.records if ".notdef" in r.getMessage()]
    lines = pdf_lines(pdf)
    first = next(i for i, line in enumerate(lines) if "Pasted from Word:" in line)
    assert any("second line" in line for line in lines[first + 1 : first + 3])
    assert any("thirdline" in line for line in lines[first + 1 : first + 4])


def test_fonts_are_opened_once_per_thread_and_change_nothing_on_the_page(amazon_case):
    def pages(pdf: bytes):
        reader = PdfReader(io.BytesIO(pdf))
        return [
            (page.get_contents().get_data(), sorted(page["/Resources"]["/Font"].keys()))
            for page in reader.pages
        ]

    first = pdf_for(amazon_case, "en")
    assert pdf_module.fonts() is pdf_module.fonts()
    again = pdf_for(amazon_case, "en")  # the same fonts, already open
    pdf_module._fonts.config = FontConfiguration()  # as a new worker opens them
    fresh = pdf_for(amazon_case, "en")
    assert pages(first) == pages(again) == pages(fresh)

    elsewhere = []
    thread = threading.Thread(target=lambda: elsewhere.append(pdf_module.fonts()))
    thread.start()
    thread.join()
    assert elsewhere[0] is not pdf_module.fonts()


def test_a_render_leaves_the_garbage_collector_as_it_found_it(amazon_case):
    # A worker renders PDF after PDF: the collector is off during each render only.
    assert gc.isenabled()
    pdf_for(amazon_case, "en")
    assert gc.isenabled()
    gc.disable()  # a process that runs without it keeps running without it
    try:
        pdf_for(amazon_case, "en")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_emoji_in_the_persons_words_are_drawn_in_a_local_emoji_font():
    # DejaVu and Noto CJK have few emoji: "👍🏽 ✅" printed as empty boxes. Debian's
    # fonts-noto-color-emoji (installed by make system-deps) draws them; nothing is fetched.
    document = example_document("amazon-focus-pivot")
    document["events"][0]["notes"] = "Manager said 👍🏽 ✅ in the 1:1."
    rendered = pdf_for(parse(document), "en")
    assert "Noto-Color-Emoji" in pdf_fonts(rendered)
    assert "👍🏽 ✅" in pdf_text(rendered)


def test_a_next_date_whose_safe_day_is_behind_says_on_page_one_until_when_it_is_open():
    # Pivot meeting Wed Nov 25, 2026; 5 weekdays: Thu 26 (Thanksgiving), Fri 27, Mon 30,
    # Tue Dec 1, Wed Dec 2 (the safe day); Thanksgiving and the day after (a Washington
    # holiday) skipped: Fri Dec 4. As of Dec 3 the PDF's first page said only "Choose: ...,
    # Dec. 2, 2026 (passed 1 day ago)": a lawyer reading it takes the offer for gone, while
    # it may be open that very day.
    document = pivot_before_thanksgiving("2026-12-03")
    html, _title = pdf_html(parse(document), "en")
    (cell,) = re.findall(r"Next date to act by</dt><dd>(.*?)</dd>", html, re.S)
    line = " ".join(re.sub(r"<[^>]+>", "", cell).replace("\u2060", "").split())
    assert line == (
        "Choose: Pivot offer or improvement plan, Dec. 2, 2026 (passed 1 day ago) If your "
        "employer counts the holiday as a working day, this has passed. If not, the choice is "
        "open until Dec. 4, 2026: check your letter today."
    )
