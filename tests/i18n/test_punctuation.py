"""Punctuation and line breaks in Chinese come from the language, not from ASCII in templates.

The reader saw "雇主: 请回答这个问题。", "进行中: 下一步：",
"受保护的行为（protected activity）: A1" and "请检查：  请回答" (a full-width colon, then the
template's own space), and dates broken across lines as "2026年9月17/日".
"""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from pipv.cases.models import CaseRecord
from pipv.cases.steps import STEPS
from pipv.core import punctuation
from pipv.core.templatetags.punctuation import keep_together
from pipv.report.render import pdf_for
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
    record = CaseRecord.objects.create(
        owner=reader.alice,
        title="Focus",
        document=example_document("amazon-focus-pivot"),
        progress=[step.slug for step in STEPS],
    )
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
    record = CaseRecord.objects.create(
        owner=reader.alice,
        title="Focus",
        document=example_document("amazon-focus-pivot"),
        progress=[step.slug for step in STEPS],
    )
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
