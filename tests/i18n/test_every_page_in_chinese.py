"""Every page in Simplified Chinese: no English sentence from the catalogue is left on any of them.

The pages are walked with the test client as a Chinese reader (Accept-Language zh-CN): the
welcome and account pages, every questionnaire step with its lists and mistakes, the case list
and the results page of the Amazon example. A phrase of four words or more from any English
message id found in a page means a string was not marked or not translated. What the user
typed (their notes, names and the citations of cases) is theirs and is not a message id.
"""

import html
import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from pipv.cases.models import CaseRecord
from pipv.cases.steps import STEPS
from pipv.engine.rules import RULES
from tests.report.conftest import example_document

from .catalogue import read

CHINESE = {"HTTP_ACCEPT_LANGUAGE": "zh-CN,zh;q=0.9"}
WORDS = re.compile(r"[A-Za-z'’]+")


def english_phrases() -> set[str]:
    """Runs of four or more words from every message id, cut at blanks and markup."""
    phrases = set()
    for entry in read():
        for text in filter(None, (entry.msgid, entry.msgid_plural)):
            for part in re.split(r"%\(\w+\)[sd]|<[^>]+>|\{\{.*?\}\}", text):
                part = " ".join(part.split()).strip(" .,:;()“”\"'")
                if len(WORDS.findall(part)) >= 4:
                    phrases.add(part)
    return phrases


PHRASES = english_phrases()


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    labels = re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', page)
    text = re.sub(r"<[^>]+>", " ", page)
    return " ".join(html.unescape(" ".join([text, *labels])).split())


def strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return [value] if isinstance(value, str) else []


# The example's notes are the user's own words ("Told I was on track for promotion in the
# next cycle."): a phrase they contain is not a sign of a missing translation.
USERS_OWN_WORDS = " ".join(strings(example_document("amazon-focus-pivot")))


def table_notes_left_in_english() -> str:
    """The jurisdiction table's notes that the catalogue has no Chinese for (a clinic's fresh
    edit): they show in English on purpose, as the table says them."""
    with translation.override("zh-hans"):
        return " ".join(
            value
            for rule in RULES.values()
            for key, value in rule.args
            if key == "note" and value and translation.gettext(value) == value
        )


def english_in(page: str) -> list[str]:
    text = visible_text(page)
    theirs = USERS_OWN_WORDS + " " + table_notes_left_in_english()
    return sorted(p for p in PHRASES if p in text and p not in theirs)


@pytest.fixture
def reader(client, alice):
    client.force_login(alice)
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    return client


@pytest.fixture
def amazon(alice):
    return CaseRecord.objects.create(
        owner=alice,
        title="Focus",
        document=example_document("amazon-focus-pivot"),
        progress=[step.slug for step in STEPS],
    )


def get(client, url):
    response = client.get(url, **CHINESE)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_catalogue_gives_phrases_to_look_for():
    assert "Put your facts in order, calmly" in PHRASES
    assert "Last day to file an EEOC charge" in PHRASES
    assert len(PHRASES) > 300


def test_the_check_sees_english_when_it_is_there(client, db):
    page = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Put your facts in order, calmly" in english_in(page)


def test_the_pages_before_logging_in_are_in_chinese(client, db, settings):
    settings.PIPV_SELF_REGISTRATION = True
    for name in ("home", "accounts:login", "accounts:signup"):
        page = get(client, reverse(name))
        assert '<html lang="zh-hans">' in page
        assert english_in(page) == [], name
    failed = client.post(
        reverse("accounts:login"), {"username": "nobody", "password": "wrong"}, **CHINESE
    )
    assert english_in(failed.content.decode()) == []


def test_the_account_pages_are_in_chinese(reader):
    for name in ("accounts:settings", "accounts:password_change", "accounts:delete"):
        assert english_in(get(reader, reverse(name))) == [], name
    assert english_in(get(reader, reverse("accounts:password_changed"))) == []


def test_the_case_list_is_in_chinese_with_and_without_cases(reader, amazon):
    assert english_in(get(reader, reverse("cases:list"))) == []
    bad = io.BytesIO(json.dumps({"format": "pipv.case/1", "employment": {"process": "x"}}).encode())
    bad.name = "bad.json"
    response = reader.post(reverse("cases:import"), {"case_file": bad}, **CHINESE)
    page = response.content.decode()
    assert "没有导入" in page
    assert english_in(page) == []
    assert english_in(get(reader, reverse("cases:delete", args=[amazon.pk]))) == []
    amazon.delete()
    assert english_in(get(reader, reverse("cases:list"))) == []


def test_every_questionnaire_step_is_in_chinese(reader, amazon):
    for step in STEPS:
        page = get(reader, reverse("cases:step", args=[amazon.pk, step.slug]))
        assert english_in(page) == [], step.slug


def test_every_item_form_is_in_chinese(reader, amazon):
    for kind, item in (("activities", "pa1"), ("events", "e5"), ("vests", "v1")):
        page = get(reader, reverse("cases:item_edit", args=[amazon.pk, kind, item]))
        assert english_in(page) == [], kind


def test_mistakes_are_explained_in_chinese(reader, amazon):
    url = reverse("cases:step", args=[amazon.pk, "job"])
    response = reader.post(
        url,
        {
            "employer": "",
            "start_date": "2026-13-01",
            "base_salary_annual": "-5",
            "action": "continue",
        },
        **CHINESE,
    )
    page = response.content.decode()
    assert 'class="error-summary"' in page
    assert english_in(page) == []


def test_a_case_not_ready_for_its_report_says_so_in_chinese(reader, alice):
    record = CaseRecord.objects.create(
        owner=alice, title="New", document={"format": "pipv.case/1", "as_of": "2026-11-22"}
    )
    response = reader.get(reverse("report:results", args=[record.pk]), **CHINESE)
    assert response.status_code == 409
    assert english_in(response.content.decode()) == []


def test_the_results_page_follows_the_interface_language(reader, amazon):
    page = get(reader, reverse("report:results", args=[amazon.pk]))
    assert english_in(page) == []
    # The same figures as the English page (worked out in tests/report/test_pdf.py).
    for figure in ("$40,163.54", "$34,600.99", "$31,284.23", "$98,270.13"):
        assert figure in page
    assert "2026年11月23日" in page  # the Pivot decision deadline, in the reader's own form
    # The lawyer's PDF stays English; the Chinese copy is one link away.
    pdf_url = reverse("report:pdf", args=[amazon.pk])
    assert f'href="{pdf_url}"' in page
    assert f'href="{pdf_url}?lang=zh-hans"' in page


def test_the_stock_grant_tool_explains_its_mistakes_in_the_questionnaires_words(reader, amazon):
    data = {
        "action": "grant",
        "version": str(amazon.version),
        "grant-date": "2025-05-15",
        "grant-shares": "-100",
        "grant-pattern": "even_annual",
        "grant-years": "0",
    }
    response = reader.post(reverse("cases:step", args=[amazon.pk, "pay"]), data, **CHINESE)
    text = visible_text(response.content.decode())
    # Django's own "Ensure this value is greater than or equal to 1.", in Django's Chinese.
    assert "确保该值" not in text
    assert "分几年归属：请输入 1 或更大的数，不要加负号。" in text
    # A number of shares is not an amount of money (金额).
    assert "授予的股数：请输入数字，不要带负号。" in text


def test_the_note_under_each_step_names_the_back_button_as_it_reads(reader, amazon):
    page = get(reader, reverse("cases:step", args=[amazon.pk, "job"]))
    assert ">上一步</button>" in page
    assert "按下任何按钮（包括“上一步”）时，每个回答都会保存。" in page
    before = get(reader, reverse("cases:step", args=[amazon.pk, "before"]))
    assert "“保存并继续”、“上一步”或某一步的名称" in before
