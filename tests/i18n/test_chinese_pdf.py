"""The Chinese copy of the PDF: Chinese text in a font that draws it, and the English figures."""

import re
from collections import Counter
from datetime import date

import pytest

from pipv.report.render import pdf_for
from tests.report.conftest import example_case, pdf_fonts, pdf_text

MONEY = re.compile(r"-?\$[\d,]+\.\d\d")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Django's English DATE_FORMAT "N j, Y" ("Nov. 23, 2026", "May 11, 2026", "Sept. 15, 2026")
# and its Chinese one "Y年n月j日" ("2026年11月23日").
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("Jan.",),
            ("Feb.",),
            ("March",),
            ("April",),
            ("May",),
            ("June",),
            ("July",),
            ("Aug.",),
            ("Sept.",),
            ("Oct.",),
            ("Nov.",),
            ("Dec.",),
        ],
        start=1,
    )
    for name in names
}
ENGLISH_DATE = re.compile(r"(" + "|".join(re.escape(m) for m in MONTHS) + r") (\d{1,2}), (\d{4})")
CHINESE_DATE = re.compile(r"(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日")


@pytest.fixture(scope="module")
def english():
    return pdf_text(pdf_for(example_case("amazon-focus-pivot"), "en"))


@pytest.fixture(scope="module")
def chinese():
    return pdf_text(pdf_for(example_case("amazon-focus-pivot"), "zh-hans"))


def english_dates(text):
    return Counter(date(int(y), MONTHS[m], int(d)) for m, d, y in ENGLISH_DATE.findall(text))


def chinese_dates(text):
    return Counter(date(int(y), int(m), int(d)) for y, m, d in CHINESE_DATE.findall(text))


def test_the_chinese_copy_is_written_in_chinese(chinese):
    assert len(CJK.findall(chinese)) > 2000
    assert "时间、金额和期限" in chinese  # the title
    assert "不是法律意见" in chinese


def test_it_has_the_same_money_figures_as_the_english_copy(english, chinese):
    figures = Counter(MONEY.findall(english))
    # T1's total, worked out in tests/report/test_pdf.py: 39,692.31 + 471.23 = 40,163.54.
    assert figures["$40,163.54"] >= 1
    assert Counter(MONEY.findall(chinese)) == figures


def test_it_has_the_same_dates_as_the_english_copy(english, chinese):
    dates = english_dates(english)
    # The Pivot meeting (Mon Nov 16) + 5 business days: the choice is due Mon Nov 23, 2026.
    assert dates[date(2026, 11, 23)] >= 1
    # As a set: the running header repeats the as-of date on every page, and the Chinese copy
    # is a page shorter.
    assert set(chinese_dates(chinese)) == set(dates)


def test_the_chinese_text_is_drawn_with_the_local_cjk_font_and_its_bold():
    # Noto Sans CJK SC comes from Debian's fonts-noto-cjk; nothing is fetched. Its bold face
    # draws the title, headings and totals: WeasyPrint does not embolden a regular face, so
    # with a family that has none they came out regular. One family for the whole copy: the
    # footer and the timeline's labels too, where fontconfig had picked another face.
    fonts = pdf_fonts(pdf_for(example_case("amazon-focus-pivot"), "zh-hans"))
    assert fonts == {"Noto-Sans-CJK-SC", "Noto-Sans-CJK-SC-Bold"}


def test_the_california_repayment_note_and_question_are_in_chinese():
    # The generic example works in California with a bonus to repay from 2026: the note
    # under the failed plan and the lawyer's question reach a Chinese reader in Chinese.
    text = pdf_text(pdf_for(example_case("generic-pip"), "zh-hans"))
    assert "加州关于“留任或赔付”（stay-or-pay）的法律可能使这笔退还无效" in text
    assert "您于2026年2月1日领取的 $15,000.00 奖金，如果在2027年2月1日之前离职需要退还。" in text
    assert "加州：退还奖金的约定可能无效" in text
    assert "California's stay-or-pay law" not in text
