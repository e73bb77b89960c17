"""Text as a browser sends it back: what the person did not change is saved as it was.

A one-line box drops the line breaks of a name imported over two lines, and a text box sends
its line ends as "\\r\\n"; neither may change a person's words behind their back.
"""

import copy

from django.utils.datastructures import MultiValueDict

from pipv.cases.forms import JobForm
from pipv.cases.forms.fields import TextField
from pipv.cases.views.page import _as_posted
from tests.factories import case_record, step_url, stored


def as_a_browser_posts(case, **changed) -> MultiValueDict:
    form = JobForm(document=case.document)
    data = MultiValueDict()
    for bound in form:
        value = _as_posted(bound.value(), bound.field.widget)
        if bound.name == "job_title":
            value = [v.replace("\n", "") for v in value]  # a one-line box holds no break
        data.setlist(bound.html_name, value)
    for name, value in changed.items():
        data[name] = value
    data["action"] = "continue"
    return data


def imported_title(alice, title):
    case = case_record(alice)
    document = copy.deepcopy(case.document)
    document["employment"]["job_title"] = title
    case.document = document
    case.save()
    return case


def test_a_title_imported_over_two_lines_survives_saving_another_answer(alice_client, alice):
    case = imported_title(alice, "SDE: II\nsecond line")
    response = alice_client.post(
        step_url(case, "job"), as_a_browser_posts(case, employee_count="1200")
    )
    assert response.status_code == 302
    employment = stored(case).document["employment"]
    assert employment["job_title"] == "SDE: II\nsecond line"
    assert employment["employee_count"] == 1200


def test_a_title_the_person_changes_is_saved_as_typed(alice_client, alice):
    case = imported_title(alice, "SDE: II\nsecond line")
    alice_client.post(step_url(case, "job"), as_a_browser_posts(case, job_title="SDE III"))
    assert stored(case).document["employment"]["job_title"] == "SDE III"


def test_line_ends_are_saved_one_way_however_the_browser_sent_them():
    notes = TextField(long=True)
    assert notes.clean("first line\r\nsecond line\rthird") == "first line\nsecond line\nthird"
