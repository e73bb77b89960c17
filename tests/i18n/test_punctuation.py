"""Punctuation and line breaks in Chinese come from the language, not from ASCII in templates.

The reader saw "雇主: 请回答这个问题。", "进行中: 下一步：",
"受保护的行为（protected activity）: A1" and "请检查：  请回答" (a full-width colon, then the
template's own space), and dates broken across lines as "2026年9月17/日".
"""

import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from pipv.core import punctuation
from pipv.core.templatetags.punctuation import keep_together
from pipv.report.render import pdf_for
from tests.factories import case_record
from tests.report.conftest import example_case, example_document

CHINESE = {"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}
PASSWORD = "correct horse battery"


def test_english_keeps_its_own_marks():
    with translation.override("en"):
        assert punctuation.labelled("Employer", "Please answer") == "Employer: Please answer"
        assert punctuation.aside("Pivot meeting", "moved") == "Pivot meeting (moved)"
        assert punctuation.items(["a", "b"]) == "a; b"
        assert punctuation.brackets() == (" (", ")")
        assert punctuation.full_stop() == "."


def test_chinese_gets_full_width_marks_and_no_word_spaces():
    with translation.override("zh-hans"):
        assert punctuation.labelled("雇主", "请回答这个问题。") == "雇主：请回答这个问题。"
        assert punctuation.aside("Pivot 会议", "已顺延") == "Pivot 会议（已顺延）"
        assert punctuation.items(["甲", "乙"]) == "甲；乙"
        assert punctuation.brackets() == ("（", "）")
        assert punctuation.full_stop() == "。"


def test_dates_amounts_and_law_names_are_kept_on_one_line():
    html = (
        "<p>签证宽限期于2027年1月21日结束；遣散费 $39,692.31，依据《家庭和医疗休假法》（FMLA）"
        "起诉；还剩 60 天。来源：RCW</p>"
    )
    kept = keep_together(html)
    for run in (
        "2027年1月21日",
        "$39,692.31",
        "《家庭和医疗休假法》（FMLA）",
        "60 天",
        "来源：",
    ):
        assert f'<span class="nobr">{run}</span>' in kept
    # On paper, word joiners (U+2060) instead: no box for WeasyPrint to lay out.
    joined = keep_together(html, joined=True)
    assert "<span" not in joined and "2\u20600\u20602\u20607\u2060年" in joined
    # Only text is marked: not an attribute, not the timeline's SVG text.
    svg = '<svg><text x="1">2026年3月</text></svg><a title="2026年3月1日">x</a>'
    assert keep_together(svg) == svg


@pytest.fixture
def reader(client, db):
    alice = get_user_model().objects.create_user("alice", password=PASSWORD)
    client.force_login(alice)
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    client.alice = alice
    return client


def test_a_mistake_reads_with_a_full_width_colon(reader):
    record = case_record(reader.alice, "Focus", example_document("amazon-focus-pivot"))
    url = reverse("cases:step", args=[record.pk, "job"])
    page = reader.post(url, {"employer": "", "action": "continue"}, **CHINESE).content.decode()
    assert "雇主：请回答这个问题。" in page  # the error summary
    assert "请检查：</span>请回答这个问题。" in page  # beside the field
    assert "雇主: " not in page and "：  " not in page and "： " not in page
    assert "您是否年满 40 岁？请选择“是”或“否”。" in page  # a question takes no colon after it
    assert "？：" not in page


def test_sign_up_speaks_to_the_reader_as_您(client, db, settings):
    settings.PIPV_SELF_REGISTRATION = True
    page = client.get(reverse("accounts:signup"), **CHINESE).content.decode()
    assert "至少 15 个字符。字母、数字、空格或符号都可以" in page
    assert "你" not in page
    short = client.post(
        reverse("accounts:signup"),
        {"username": "newcomer", "password1": "short", "password2": "short"},
        **CHINESE,
    ).content.decode()
    # Django 5.2's own Chinese misses this message (its placeholder changed): it was English.
    assert "这个密码太短，至少要有 15 个字符。" in short
    assert "This password is too short" not in short


def test_the_results_page_in_chinese_has_no_ascii_separators_and_keeps_dates_whole(reader):
    record = case_record(reader.alice, "Focus", example_document("amazon-focus-pivot"))
    page = reader.get(reverse("report:results", args=[record.pk]), **CHINESE).content.decode()
    text = re.sub(r"<[^>]+>", "", page)
    assert "支持“时间关联”的论点：在第一次不利事件之前" in text
    assert "论点:" not in text and "作出不利决定的人是否知情：不确定" in text
    assert '<span class="nobr">2026年11月23日</span>' in page
    assert '<span class="nobr">$40,163.54</span>' in page
    # The nearest deadline, said with one colon: the summary's label and its sentence.
    assert "期限：最近的期限是“在接受 Pivot 方案和参加改进计划之间做出选择”" in text


def test_the_chinese_pdf_says_first_that_it_is_a_translation():
    note = "中文译本，仅供本人阅读；以英文版为准"
    first_page = PdfReader(io.BytesIO(pdf_for(example_case("amazon-focus-pivot"), "zh-hans")))
    assert note in "".join((first_page.pages[0].extract_text() or "").split())
    english = PdfReader(io.BytesIO(pdf_for(example_case("amazon-focus-pivot"), "en")))
    assert "translation" not in (english.pages[0].extract_text() or "")


# A date in running Chinese text: no space on either side (在2027年1月21日离职), as the
# glossary says; a space there reads as a break in the sentence.
DATE = r"\d{4}年\d{1,2}月\d{1,2}日"
HAN = "\u4e00-\u9fff"
SPACED_DATE = re.compile(rf"[{HAN}（）：，] {DATE}|{DATE} [{HAN}（）：，]")


def test_a_mistake_about_a_date_says_it_without_spaces_and_keeps_it_on_one_line(reader):
    record = case_record(reader.alice, "Focus", example_document("amazon-focus-pivot"))
    url = reverse("cases:step", args=[record.pk, "job"])
    data = {"employer": "Amazon", "start_date": "2190-01-05", "action": "continue"}
    page = reader.post(url, data, **CHINESE).content.decode()
    # Seen at 390 px as "2030年1月5/日" and "2030年1月5日 是将来的日期：今天是…".
    assert '<span class="nobr">2190年1月5日</span>是将来的日期（今天是' in page
    text = re.sub(r"<[^>]+>", "", page)
    assert SPACED_DATE.findall(text) == []


def test_the_review_names_an_item_and_its_question_with_a_chinese_comma(reader):
    document = example_document("amazon-focus-pivot")
    document["events"][0]["date"] = "2027-01-04"  # after the as-of date, 2026-11-22
    record = case_record(reader.alice, "Focus", document)
    page = reader.get(reverse("cases:step", args=[record.pk, "review"]), **CHINESE)
    text = re.sub(r"<[^>]+>", "", page.content.decode())
    assert "被告知有望晋升，什么时候？2027年1月4日晚于计算基准日2026年11月22日" in text
    assert "晋升, " not in text


def test_an_imports_problems_read_with_chinese_marks(reader):
    document = example_document("amazon-focus-pivot")
    document["employment"]["base_salary_annual"] = "12O,000"
    upload = io.BytesIO(json.dumps(document).encode())
    upload.name = "typo.json"
    page = reader.post(reverse("cases:import"), {"case_file": upload}, **CHINESE)
    text = re.sub(r"<[^>]+>", "", page.content.decode())
    assert (
        "您的工作：每年基本工资（美元）（employment.base_salary_annual）：“12O,000”不是数字" in text
    )
    # A file from a newer pipv: the parts left out, listed the Chinese way.
    document = example_document("amazon-focus-pivot")
    document["employment"]["shoe_size"] = 42
    document["favourite_colour"] = "blue"
    upload = io.BytesIO(json.dumps(document).encode())
    upload.name = "newer.json"
    page = reader.post(reverse("cases:import"), {"case_file": upload}, follow=True, **CHINESE)
    assert "没有导入它们：employment.shoe_size、favourite_colour。" in page.content.decode()


def test_the_results_page_in_chinese_puts_no_space_beside_a_date_or_a_bracket(reader):
    document = example_document("amazon-focus-pivot")
    document["employment"]["weekly_hours"] = 45
    record = case_record(reader.alice, "Focus", document)
    page = reader.get(reverse("report:results", args=[record.pk]), **CHINESE).content.decode()
    text = re.sub(r"<[^>]+>", "", page)
    # Seen as "截止 2026年11月23日" and "留到 2026年12月23日（…），而不是在 2026年11月23日 离开".
    assert "截止于2026年11月23日" in text
    assert "而不是在2026年11月23日离开" in text
    assert SPACED_DATE.findall(text) == []
    # The hours worked come after their answer with no space before the bracket ("是 （约…").
    assert "一年内 1,250 小时：是（约每周 45 小时）" in text


def test_the_chinese_pdf_says_the_next_date_to_act_by_with_chinese_marks():
    text = "".join(
        (page.extract_text() or "")
        for page in PdfReader(
            io.BytesIO(pdf_for(example_case("amazon-focus-pivot"), "zh-hans"))
        ).pages
    )
    text = "".join(text.replace("\u2060", "").split())
    # Seen as "做出选择, 2026年11月23日 (还剩 1 天)" beside "下一个行动期限".
    assert "做出选择，2026年11月23日（还剩1天）" in text
