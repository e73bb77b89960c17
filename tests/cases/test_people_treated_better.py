"""People treated better, typed on the job step one a line: a person's account is kept whole.

Nothing typed is cut unseen or dropped, each person may say as much as a note, and a list sent
back unchanged (one imported with stories over several lines among them) stays as it was.
"""

import copy

import pytest
from django.core.exceptions import ValidationError
from django.utils.datastructures import MultiValueDict

from pipv.cases.forms import ComparatorsField, JobForm
from pipv.cases.views.page import _as_posted
from tests.factories import case_record, step_url, stored

FIELD = ComparatorsField(label="People treated better", required=False)


def people(typed: str):
    return FIELD.to_document(FIELD.clean(typed))


def test_each_line_is_a_person_told_as_who_then_what_happened():
    typed = (
        "Teammate, same level: missed the same goal, no plan\r\n"
        "Another manager: kept her team\r\n"
        "Teammate C\r\n"
    )
    assert people(typed) == [
        {"who": "Teammate, same level", "what_happened": "missed the same goal, no plan"},
        {"who": "Another manager", "what_happened": "kept her team"},
        {"who": "Teammate C", "what_happened": ""},
    ]


def test_a_pasted_indented_list_is_still_one_person_a_line():
    typed = "  - Bob: missed the goal\n  - Ann: kept her bonus\n\u3000\u3000同事甲：没有计划"
    assert people(typed) == [
        {"who": "- Bob", "what_happened": "missed the goal"},
        {"who": "- Ann", "what_happened": "kept her bonus"},
        {"who": "同事甲", "what_happened": "没有计划"},
    ]


def test_a_web_address_in_who_is_not_cut_at_its_colon():
    assert people("see https://wiki.example/team: got a month more") == [
        {"who": "see https://wiki.example/team", "what_happened": "got a month more"}
    ]


def test_a_full_width_colon_splits_without_a_space():
    assert people("同级队友：同样没达成目标") == [
        {"who": "同级队友", "what_happened": "同样没达成目标"}
    ]


def test_a_line_too_long_to_be_a_name_is_refused_not_cut():
    typed = "My teammate " + "x" * 300
    with pytest.raises(ValidationError) as refused:
        FIELD.clean(typed)
    assert "at most 200 characters" in str(refused.value)


def test_a_colon_with_no_one_before_it_is_refused_not_dropped():
    with pytest.raises(ValidationError) as refused:
        FIELD.clean(": was given more time")
    assert "say who it was" in str(refused.value)


def test_each_person_may_say_as_much_as_a_note():
    long_story = "word " * 1_800  # 9,000 characters each, 225,000 together
    typed = "\n".join(f"Teammate {n}: {long_story}" for n in range(25))
    assert len(people(typed)) == 25


def test_a_persons_story_over_the_note_limit_is_refused():
    with pytest.raises(ValidationError) as refused:
        FIELD.clean("Teammate A: " + "x" * 10_001)
    assert "too long" in str(refused.value)


IMPORTED = [
    # Written by another tool: a story in several lines, a colon inside the name.
    {"who": "Lead: platform team", "what_happened": "missed the goal\nkept the bonus"},
    {"who": "see https://wiki.example/x", "what_happened": "Note: given a month more"},
    {"who": "Teammate C", "what_happened": ""},
]


@pytest.fixture
def imported_case(alice):
    case = case_record(alice)
    document = copy.deepcopy(case.document)
    document["employment"]["comparators"] = copy.deepcopy(IMPORTED)
    case.document = document
    case.save()
    return case


def the_job_step_as_a_browser_posts_it(case) -> MultiValueDict:
    form = JobForm(document=case.document)
    data = MultiValueDict()
    for bound in form:
        data.setlist(bound.html_name, _as_posted(bound.value(), bound.field.widget))
    # A browser sends a text box's lines with carriage returns.
    data.setlist("comparators", [data["comparators"].replace("\n", "\r\n")])
    data["action"] = "continue"
    return data


def test_saving_the_job_step_unchanged_keeps_an_imported_list_exactly(alice_client, imported_case):
    response = alice_client.post(
        step_url(imported_case, "job"), the_job_step_as_a_browser_posts_it(imported_case)
    )
    assert response.status_code == 302
    assert stored(imported_case).document["employment"]["comparators"] == IMPORTED


def test_adding_a_person_on_the_job_step_keeps_the_imported_ones_exactly(
    alice_client, imported_case
):
    data = the_job_step_as_a_browser_posts_it(imported_case)
    data["comparators"] += "\r\nTeammate D: no plan"
    response = alice_client.post(step_url(imported_case, "job"), data)
    assert response.status_code == 302
    assert stored(imported_case).document["employment"]["comparators"] == [
        *IMPORTED,
        {"who": "Teammate D", "what_happened": "no plan"},
    ]


def test_a_story_imported_over_several_lines_is_shown_on_one_and_kept_one_persons():
    story = [{"who": "Teammate A", "what_happened": "missed the goal\nNote: kept the bonus"}]
    shown = FIELD.from_document(story)
    assert shown == "Teammate A: missed the goal Note: kept the bonus"
    assert [p["who"] for p in people(shown)] == ["Teammate A"]


def test_a_name_the_case_file_would_refuse_is_refused_by_the_form_too():
    # An open right-to-left override is closed in the name itself, as the reader closes it;
    # the closing mark does not count against the limit, the 201st letter does.
    assert people("\u202e" + "x" * 199 + ": story")[0]["who"] == "\u202e" + "x" * 199 + "\u202c"
    with pytest.raises(ValidationError):
        FIELD.clean("\u202e" + "x" * 201 + ": story")


def field_over(saved) -> ComparatorsField:
    """The field as a form makes it over a case file that holds ``saved``."""
    field = ComparatorsField(label="People treated better", required=False)
    field.saved = copy.deepcopy(saved)
    return field


def sent_back(field: ComparatorsField, edit=lambda lines: lines):
    """What saving the box gives, once the person has edited its shown lines."""
    lines = edit(field.from_document(field.saved).split("\n"))
    return field.to_document(field.clean("\r\n".join(lines)))


def test_a_list_sent_back_unchanged_is_kept_with_its_direction_marks_and_lines():
    saved = [{"who": "\u202eBob\u202c", "what_happened": "x\ny"}]
    assert sent_back(field_over(saved)) == saved


def test_editing_one_person_keeps_the_other_imported_people_exactly():
    def edit(lines):
        return [lines[0], lines[1], "Teammate C: given a second chance", "Teammate D: no plan"]

    assert sent_back(field_over(IMPORTED), edit) == [
        IMPORTED[0],  # still "Lead: platform team", the story still over two lines
        IMPORTED[1],
        {"who": "Teammate C", "what_happened": "given a second chance"},
        {"who": "Teammate D", "what_happened": "no plan"},
    ]


def test_a_person_whose_line_is_deleted_is_gone_and_the_others_stay_in_order():
    assert sent_back(field_over(IMPORTED), lambda lines: [lines[2], lines[0]]) == [
        IMPORTED[2],
        IMPORTED[0],
    ]


def test_an_unchanged_imported_person_is_not_refused_by_the_typing_rules():
    # Read as typed, this line's story would be "platform team: " plus 9,990 characters: over
    # the limit. Shown and sent back unchanged, it is the saved person.
    saved = [{"who": "Lead: platform team", "what_happened": "x" * 9_990}]
    assert sent_back(field_over(saved)) == saved
    with pytest.raises(ValidationError):
        FIELD.clean(FIELD.from_document(saved))


def test_two_people_shown_the_same_are_each_kept_once_and_a_third_copy_is_read_as_typed():
    saved = [{"who": "Lead: ops", "what_happened": ""}] * 2
    assert sent_back(field_over(saved), lambda lines: lines + [lines[0]]) == [
        *saved,
        {"who": "Lead", "what_happened": "ops"},
    ]


def test_the_pdf_keeps_the_lines_of_a_persons_story(full_case):
    from pipv.engine import parse
    from pipv.report.render import pdf_html

    document = copy.deepcopy(full_case.document)
    document["employment"]["comparators"] = [
        {"who": "Teammate A", "what_happened": "missed the goal\nkept the bonus"}
    ]
    html, _title = pdf_html(parse(document), "en")
    assert "missed the goal<br>kept the bonus" in html


def test_a_name_written_without_spaces_wraps_on_the_page_instead_of_running_off(full_case):
    from pipv.engine import parse
    from pipv.report.render import pdf_for
    from tests.report.conftest import pdf_text

    who = "Teammate" + "z" * 150 + "End"
    document = copy.deepcopy(full_case.document)
    document["employment"]["comparators"] = [{"who": who, "what_happened": "kept the bonus"}]
    text = pdf_text(pdf_for(parse(document), "en"))
    # All of it is printed, over more than one line: cut off at the page's edge, the whole
    # name would still be one run of text.
    assert who in "".join(text.split())
    assert who not in text


def test_the_review_shows_each_person_on_a_line_of_their_own(alice_client, imported_case):
    page = alice_client.get(step_url(imported_case, "review")).content.decode()
    assert (
        "kept the bonus<br>see https://wiki.example/x: Note: given a month more<br>Teammate C"
        in (page)
    )
