"""The Chinese catalogue follows its glossary (locale/glossary.toml) and Chinese punctuation.

A native reader stopped trusting the Chinese copy where one English term came out several
ways (案例 and 档案 for the person's case; 宽限期 for both the employer's paid days and the
visa's grace period), where "not known" read as "they did not know", and where half-width
"(FMLA)" and "雇主: " sat in Chinese sentences. Each check runs on the committed catalogue and,
to show it can fail, on a few wrong translations made up here.
"""

import re
import tomllib

import pytest

from pipv.engine.casefile.problems import MESSAGES

from .catalogue import ROOT, Entry, read

GLOSSARY = tomllib.loads((ROOT / "locale" / "glossary.toml").read_text(encoding="utf-8"))
TERMS = GLOSSARY["term"]
NAMES = GLOSSARY["name"]

# Chinese text: ideographs, and the CJK marks that are not brackets or a colon themselves
# (、。《》“”…). A half-width mark beside these, or one space away, is wrong. Full-width ，：；
# are left out so that a statute's "(e)(1)；" is not caught.
CHINESE = "\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3011\u201c\u201d"
HALF_WIDTH_BESIDE_CHINESE = re.compile(rf"[{CHINESE}] ?[:;()]|[:;()] ?[{CHINESE}]")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
# Placeholders that the code fills with a date (2027年1月21日): no space around them.
DATE_PLACEHOLDER = re.compile(
    r"%\((date|day|last_day|decision|consider|recorded|computed|start_date|as_of|when"
    r"|stay_day|leave_day|changed_on|valid_until|end_date)\)s"
)


def matches(pattern: str, entry: Entry) -> bool:
    return any(
        re.search(pattern, text, re.IGNORECASE)
        for text in (entry.msgid, entry.msgid_plural)
        if text
    )


def term_problems(entries: list[Entry]) -> list[str]:
    problems = []
    for term in TERMS:
        for e in entries:
            if not matches(term["english"], e):
                continue
            for s in e.msgstr:
                if not any(form in s for form in term["chinese"]):
                    problems.append(f"{e.msgid!r}: {s!r} lacks {term['chinese']}")
                problems += [
                    f"{e.msgid!r}: {s!r} says {bad}" for bad in term.get("avoid", []) if bad in s
                ]
    for term in TERMS:
        for bad in term.get("avoid_anywhere", []):
            problems += [
                f"{e.msgid!r}: {s!r} says {bad}" for e in entries for s in e.msgstr if bad in s
            ]
    return problems


def name_problems(entries: list[Entry]) -> list[str]:
    """A law's or an agency's Chinese name always has its English beside it, full name first."""
    problems = []
    for name in NAMES:
        full, english, chinese = name["first_use"], name["english"], name["chinese"]
        for e in entries:
            for s in e.msgstr:
                if chinese in s:
                    if s.count(chinese) != s.count(full):
                        problems.append(f"{s!r}: {chinese} without （{english}）")
                    if s.count(full) > 1:
                        problems.append(f"{s!r}: {full} more than once")
                    if 0 <= s.find(english) < s.find(full) + len(chinese):
                        problems.append(f"{s!r}: {english} before its full name")
                if re.search(rf"\b{re.escape(english)}\b", e.msgid) and english not in s:
                    problems.append(f"{e.msgid!r}: {s!r} drops {english}")
    return problems


def punctuation_problems(entries: list[Entry]) -> list[str]:
    problems = []
    for e in entries:
        for s in e.msgstr:
            text = PLACEHOLDER.sub("X", s)
            if HALF_WIDTH_BESIDE_CHINESE.search(text):
                problems.append(f"{s!r}: half-width punctuation beside Chinese")
            if "  " in s or s != s.strip() and e.msgid == e.msgid.strip():
                problems.append(f"{s!r}: stray spaces")
            for m in DATE_PLACEHOLDER.finditer(s):
                before, after = s[: m.start()], s[m.end() :]
                if re.search(rf"[{CHINESE}] $", before) or re.match(rf" [{CHINESE}]", after):
                    problems.append(f"{s!r}: a space beside the date {m.group(0)}")
    return problems


# A case file's problems whose %(value)s is the date that is wrong ("2030-01-05 is in the
# future"): read as "2030年1月5日 是将来的日期" with the space the others have not.
DATE_VALUE_PROBLEMS = (
    "date_out_of_range",
    "after_as_of",
    "after_today",
    "before_date",
    "before_start",
    "before_offer",
    "before_employment",
    "after_employment",
)


@pytest.fixture(scope="module")
def catalogue():
    return [e for e in read() if not e.obsolete]


def test_the_glossary_pairs_each_name_with_its_english_in_full_width_brackets():
    assert len(TERMS) >= 25 and len(NAMES) >= 20
    for name in NAMES:
        assert name["first_use"] == f"{name['chinese']}（{name['english']}）"
    by_english = {name["english"]: name for name in NAMES}
    assert by_english["Title VII"]["first_use"] == "《1964年民权法案》第七章（Title VII）"
    assert by_english["USCIS"]["first_use"] == "美国公民及移民服务局（USCIS）"


def test_every_glossary_term_is_translated_the_one_way_it_says(catalogue):
    assert term_problems(catalogue) == []


def test_the_decision_makers_knowledge_not_known_reads_not_sure(catalogue):
    # The engine counts "unknown" one band weaker and "no" as no inference at all; 不知道
    # read as "no, they did not know", the opposite of what the person chose.
    translations = {e.msgid: e.msgstr[0] for e in catalogue}
    assert translations["not known"] == "不确定"
    assert translations["I don't know"] == "我不确定"
    assert translations["Did the decision-maker know?"] == "作出不利决定的人是否知情？"
    assert translations["Did the person who acted against you know about it?"] == (
        "作出不利决定的人是否知情？"
    )


def test_a_law_or_agency_is_named_with_its_english_and_in_full_first(catalogue):
    assert name_problems(catalogue) == []


def test_no_translation_has_half_width_punctuation_beside_chinese_or_stray_spaces(catalogue):
    assert punctuation_problems(catalogue) == []


def test_the_checks_catch_what_the_reader_found():
    wrong = [
        Entry(msgid="My case", msgstr=["我的案例"]),
        Entry(msgid="Protected activity", msgstr=["受保护的行为"]),
        Entry(msgid="not known", msgstr=["不知道"]),
        Entry(
            msgid="Last day to file with the state agency",
            msgstr=["向州政府机构提出申诉的最后一天"],
        ),
        Entry(
            msgid="Days you stay employed after choosing to leave (grace period)", msgstr=["宽限期"]
        ),
        Entry(msgid="Immigration status", msgstr=["移民身份"]),
        Entry(msgid="Did the person who acted know?", msgstr=["采取行动的人是否知情？"]),
    ]
    assert len(term_problems(wrong)) >= len(wrong)
    names = [
        Entry(msgid="Asked for FMLA leave", msgstr=["申请了《家庭和医疗休假法》(FMLA) 假期"]),
        Entry(msgid="EEOC, EEOC", msgstr=["EEOC，美国平等就业机会委员会（EEOC）"]),
        Entry(msgid="Title VII", msgstr=["《民权法案》第七章 Title VII"]),
    ]
    assert len(name_problems(names)) == 2  # the Title VII line names no glossary name
    assert len(punctuation_problems(names)) == 1
    spaces = [
        Entry(msgid="%(label)s: %(text)s", msgstr=["雇主: 请回答"]),
        Entry(msgid="Default: 12", msgstr=["默认值：  12"]),
        Entry(msgid="ends %(day)s", msgstr=["于 %(day)s 结束"]),
    ]
    assert len(punctuation_problems(spaces)) == 3


def test_a_problem_with_a_date_puts_no_space_beside_it(catalogue):
    translations = {e.msgid: e.msgstr[0] for e in catalogue}
    spaced = [
        translations[MESSAGES[code]]
        for code in DATE_VALUE_PROBLEMS
        if punctuation_problems(
            [
                Entry(
                    msgid=MESSAGES[code],
                    msgstr=[
                        re.sub(
                            r"%\((value|first|last)\)s", "%(date)s", translations[MESSAGES[code]]
                        )
                    ],
                )
            ]
        )
    ]
    assert spaced == []
