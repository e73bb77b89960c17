"""Personas for the questionnaire's tests: Alice owns the case, Bob must never see it."""

import pytest
from django.contrib.auth import get_user_model

from pipv.cases.models import CaseRecord

COMPLETE = {
    "format": "pipv.case/1",
    "as_of": "2026-11-22",
    "employment": {
        "employer": "Amazon",
        "process": "amazon-focus-pivot",
        "work_state": "WA",
        "start_date": "2021-06-14",
        "base_salary_annual": "165000.00",
        "age_40_or_over": False,
        "immigration_status": "h1b",
        "last_review": {"date": "2025-05-01", "rating": "exceeds"},
    },
    "protected_activities": [
        {
            "id": "pa1",
            "kind": "fmla_request",
            "date": "2026-08-04",
            "reported_to": "manager",
            "in_writing": True,
            "decision_maker_knew": "yes",
            "notes": "asked for 6 weeks of leave for my father's surgery",
        }
    ],
    "events": [
        {"id": "e1", "kind": "negative_feedback", "date": "2026-09-02", "by": "manager"},
        {"id": "e2", "kind": "pivot_meeting", "date": "2026-11-18", "by": "manager"},
    ],
    "compensation": {
        "share_price": "210.00",
        "vests": [{"id": "v1", "date": "2026-12-14", "shares": "40"}],
        "bonuses": [
            {"id": "b1", "date": "2027-01-15", "amount": "20000.00", "repay_if_leave_before": None}
        ],
    },
    "severance": {"offer_in_hand": False},
}

ALL_STEPS = ["before", "job", "visa", "activities", "events", "pay", "severance", "offer"]


@pytest.fixture
def alice(db):
    return get_user_model().objects.create_user("alice", password="correct horse battery")


@pytest.fixture
def bob(db):
    return get_user_model().objects.create_user("bob", password="another long phrase")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(client, bob):
    client.force_login(bob)
    return client


@pytest.fixture
def new_case(alice):
    return CaseRecord.objects.create(
        owner=alice, title="My case", document={"format": "pipv.case/1", "as_of": "2026-11-22"}
    )


@pytest.fixture
def full_case(alice):
    import copy

    return CaseRecord.objects.create(
        owner=alice, title="Full", document=copy.deepcopy(COMPLETE), progress=list(ALL_STEPS)
    )
