"""Export, import, duplicate and delete: a case is its case file, so nothing is lost."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from pipv.cases.models import CaseRecord


def upload(content: bytes, name="case.json"):
    return SimpleUploadedFile(name, content, content_type="application/json")


def test_export_is_the_canonical_case_file(alice_client, full_case):
    response = alice_client.get(reverse("cases:export", args=[full_case.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    document = json.loads(response.content)
    assert document["format"] == "pipv.case/1"
    assert document["employment"]["base_salary_annual"] == "165000.00"


def test_export_import_export_is_byte_identical(alice_client, full_case):
    first = alice_client.get(reverse("cases:export", args=[full_case.pk])).content
    response = alice_client.post(
        reverse("cases:import"), {"case_file": upload(first, "plan-b.json")}
    )
    assert response.status_code == 302
    imported = CaseRecord.objects.exclude(pk=full_case.pk).get()
    assert imported.title == "plan-b"
    second = alice_client.get(reverse("cases:export", args=[imported.pk])).content
    assert second == first


def test_an_import_says_which_parts_of_the_file_it_did_not_understand(alice_client, full_case):
    document = json.loads(alice_client.get(reverse("cases:export", args=[full_case.pk])).content)
    document["unknown_key"] = "kept by a newer pipv"
    document["events"][0]["mood"] = "tense"
    document["employment"]["nickname"] = ""  # nothing in it: nothing lost
    response = alice_client.post(
        reverse("cases:import"), {"case_file": upload(json.dumps(document).encode())}, follow=True
    )
    page = response.content.decode()
    assert "The case file is imported." in page
    assert (
        "pipv did not understand these parts of the file and left them out: "
        "events[0].mood, unknown_key." in page
    )


def test_an_import_counted_from_a_day_still_to_come_says_so(alice_client, full_case):
    document = json.loads(alice_client.get(reverse("cases:export", args=[full_case.pk])).content)
    document["as_of"] = "2030-01-01"
    response = alice_client.post(
        reverse("cases:import"), {"case_file": upload(json.dumps(document).encode())}, follow=True
    )
    assert "This file counts from Jan. 1, 2030, a day still to come" in response.content.decode()


def test_a_file_pipv_wrote_imports_without_a_word_of_anything_left_out(alice_client, full_case):
    first = alice_client.get(reverse("cases:export", args=[full_case.pk])).content
    response = alice_client.post(reverse("cases:import"), {"case_file": upload(first)}, follow=True)
    assert "did not understand" not in response.content.decode()


def test_a_file_listing_its_items_out_of_date_order_loses_nothing_and_says_nothing_lost(
    alice_client, full_case
):
    # A file written by hand or by another tool need not list items in date order; pipv keeps
    # them in date order. The leave's end and a note are kept, so none is reported lost.
    document = json.loads(alice_client.get(reverse("cases:export", args=[full_case.pk])).content)
    leave = {
        "id": "leave",
        "kind": "fmla_leave",
        "date": "2026-06-01",
        "end_date": "2026-08-28",
        "reported_to": "hr",
        "in_writing": True,
        "decision_maker_knew": "yes",
        "notes": "twelve weeks after my baby was born",
    }
    document["protected_activities"].append(leave)  # the earliest, listed last
    document["events"].reverse()
    document["events"][0]["mood"] = "tense"  # not a field pipv knows: still named
    response = alice_client.post(
        reverse("cases:import"), {"case_file": upload(json.dumps(document).encode())}, follow=True
    )
    page = response.content.decode()
    assert "The case file is imported." in page
    assert (
        "pipv did not understand these parts of the file and left them out: events[0].mood." in page
    )
    imported = CaseRecord.objects.exclude(pk=full_case.pk).get()
    kept = {a["id"]: a for a in imported.document["protected_activities"]}
    assert kept["leave"]["end_date"] == "2026-08-28"
    assert kept["leave"]["notes"] == "twelve weeks after my baby was born"


def test_an_imported_case_lands_on_review(alice_client, full_case):
    first = alice_client.get(reverse("cases:export", args=[full_case.pk])).content
    response = alice_client.post(reverse("cases:import"), {"case_file": upload(first)})
    imported = CaseRecord.objects.exclude(pk=full_case.pk).get()
    assert response.url == reverse("cases:step", args=[imported.pk, "review"])


def test_a_bad_file_lists_its_problems_and_changes_nothing(alice_client, full_case):
    document = json.loads(alice_client.get(reverse("cases:export", args=[full_case.pk])).content)
    document["employment"]["start_date"] = "2021-02-30"
    document["events"][0]["kind"] = "nonsense"
    response = alice_client.post(
        reverse("cases:import"), {"case_file": upload(json.dumps(document).encode())}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "was not imported" in page
    # Each problem where the questionnaire asks it, and the file's own place for whoever
    # edits the file.
    for line in (
        "Your job: First day at this employer (employment.start_date): ",
        "Events at work, item 1: What happened? (events[0].kind): ",
    ):
        assert line in page.replace("&#x27;", "'")
    assert CaseRecord.objects.count() == 1


def test_a_problem_no_question_answers_is_named_by_the_files_path_alone(alice_client):
    document = {"format": "pipv-case/1", "employment": {}}
    response = alice_client.post(
        reverse("cases:import"), {"case_file": upload(json.dumps(document).encode())}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "<li>This is not a case file pipv can read: it was made by another program, or by "
        "another version of pipv.</li>" in page
    )
    assert "<li>Your job: Employer (employment.employer): is required</li>" in page


def test_a_file_that_is_not_json_is_refused(alice_client, full_case):
    response = alice_client.post(reverse("cases:import"), {"case_file": upload(b"{nope")})
    # Where it broke off, in the reader's words; not the parser's English.
    assert (
        "This file is damaged or was changed by hand: it cannot be read past line 1, column 2."
        in response.content.decode()
    )
    assert CaseRecord.objects.count() == 1


def test_a_file_nested_too_deep_is_refused_in_the_readers_language(alice_client, full_case):
    deep = b'{"a":' * 30 + b"1" + b"}" * 30
    response = alice_client.post(reverse("cases:import"), {"case_file": upload(deep)})
    assert "more than 20 levels deep; a case file nests four" in response.content.decode()
    alice_client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    response = alice_client.post(reverse("cases:import"), {"case_file": upload(deep)})
    assert "嵌套超过 20 层；档案文件只嵌套四层" in response.content.decode()
    assert CaseRecord.objects.count() == 1


def test_import_without_a_file_asks_for_one(alice_client):
    response = alice_client.post(reverse("cases:import"), {})
    assert "Choose a case file" in response.content.decode()


def test_a_draft_exports_as_it_is(alice_client, new_case):
    response = alice_client.get(reverse("cases:export", args=[new_case.pk]))
    assert json.loads(response.content) == {"format": "pipv.case/1", "as_of": "2026-11-22"}


def test_duplicate_makes_an_independent_copy(alice_client, full_case):
    response = alice_client.post(reverse("cases:duplicate", args=[full_case.pk]))
    assert response.status_code == 302
    copy = CaseRecord.objects.exclude(pk=full_case.pk).get()
    assert copy.title == "Copy of Full"
    assert copy.document == full_case.document
    copy.document["employment"]["employer"] = "Changed"
    copy.save()
    assert CaseRecord.objects.get(pk=full_case.pk).document["employment"]["employer"] == "Amazon"


def test_delete_asks_first_then_deletes(alice_client, full_case):
    page = alice_client.get(reverse("cases:delete", args=[full_case.pk])).content.decode()
    assert "cannot be undone" in page
    assert CaseRecord.objects.filter(pk=full_case.pk).exists()
    response = alice_client.post(reverse("cases:delete", args=[full_case.pk]))
    assert response.status_code == 302
    assert not CaseRecord.objects.filter(pk=full_case.pk).exists()


def test_a_new_case_starts_before_you_start_as_of_today(alice_client, alice):
    response = alice_client.post(reverse("cases:create"), {"new-title": "Plan A"})
    case = CaseRecord.objects.get(owner=alice)
    assert response.url == reverse("cases:step", args=[case.pk, "before"])
    assert case.title == "Plan A"
    assert case.document["format"] == "pipv.case/1"
    # No date is pinned: the case counts from today each time its results are made.
    assert "as_of" not in case.document


def test_the_list_shows_only_my_cases_and_where_each_stands(alice_client, full_case, new_case, bob):
    CaseRecord.objects.create(owner=bob, title="Bob's secret", document={})
    page = alice_client.get(reverse("cases:list")).content.decode()
    assert "Full" in page and "My case" in page
    assert "Bob's secret" not in page
    assert "Ready for the report" in page
    assert "next, Before you start" in page


def test_the_export_is_named_by_the_day_only(alice_client, alice):
    # A downloads folder or a synced drive shows a file's name to whoever looks.
    record = CaseRecord.objects.create(
        owner=alice, title="PIP after my FMLA", document={"format": "pipv.case/1"}
    )
    response = alice_client.get(reverse("cases:export", args=[record.pk]))
    disposition = response["Content-Disposition"]
    day = timezone.localdate().isoformat()
    assert disposition == f'attachment; filename="pipv-case-{day}.json"'
    assert "FMLA" not in disposition and "PIP" not in disposition


def test_an_import_with_text_that_cannot_be_utf8_is_explained_not_a_server_error(
    alice_client, alice, full_case
):
    document = alice_client.get(reverse("cases:export", args=[full_case.pk])).content.decode()
    broken = document.replace(
        "asked for 6 weeks of leave for my father's surgery", "asked for leave \\ud800"
    )
    assert broken != document
    before = CaseRecord.objects.count()
    response = alice_client.post(reverse("cases:import"), {"case_file": upload(broken.encode())})
    assert response.status_code == 200
    page = response.content.decode()
    assert "protected_activities[0].notes" in page
    assert "cannot be stored as text" in page
    assert CaseRecord.objects.count() == before


def test_a_case_not_pinned_to_a_day_counts_from_the_persons_today(alice_client, alice, settings):
    # Kiritimati (UTC+14) and Baker Island (UTC-12) are never on the same day: whatever the
    # hour, each counts from its own, as 6 pm in California counts from that day, not UTC's.
    from django.utils.formats import date_format

    from tests.factories import case_record, complete

    document = complete()
    del document["as_of"]
    record = case_record(alice, document=document)
    shown = {}
    for zone in ("Pacific/Kiritimati", "Etc/GMT+12"):
        settings.TIME_ZONE = zone
        before = timezone.localdate()
        page = alice_client.get(reverse("report:results", args=[record.pk])).content.decode()
        days = {before, timezone.localdate()}  # the same, unless midnight passed meanwhile
        (shown[zone],) = [d for d in days if date_format(d, "DATE_FORMAT") in page][:1]
    assert shown["Pacific/Kiritimati"] > shown["Etc/GMT+12"]


def test_a_case_can_be_renamed_and_a_blank_name_is_refused(alice_client, full_case):
    url = reverse("cases:rename", args=[full_case.pk])
    assert 'value="Full"' in alice_client.get(url).content.decode()
    refused = alice_client.post(url, {"title": "  "})
    assert refused.status_code == 200 and "Please answer this question." in refused.content.decode()
    assert CaseRecord.objects.get(pk=full_case.pk).title == "Full"
    alice_client.post(url, {"title": "Plan B: if I take T1"})
    renamed = CaseRecord.objects.get(pk=full_case.pk)
    assert renamed.title == "Plan B: if I take T1"
    # Not a change of the answers: another tab's open step is not refused for it.
    assert renamed.version == full_case.version
    assert "Plan B: if I take T1" in alice_client.get(reverse("cases:list")).content.decode()
