"""Cases are encrypted at rest: the database alone reveals nothing of them."""

import io

import pytest
from cryptography.fernet import Fernet, InvalidToken
from django.core.management import call_command
from django.db import connection

from pipv.cases import crypto
from pipv.cases.models import CaseRecord

SECRETS = (
    "Initech Secret Employer",
    "chemotherapy on Tuesdays",
    "complained about Bill",
    "PIP after my FMLA",
)


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("erin", password="a long pass phrase")


def document():
    return {
        "format": "pipv.case/1",
        "as_of": "2026-11-22",
        "employment": {"employer": SECRETS[0]},
        "protected_activities": [{"id": "pa1", "notes": SECRETS[1]}],
        "events": [{"id": "e1", "notes": SECRETS[2]}],
    }


def raw_row(pk):
    with connection.cursor() as cursor:
        cursor.execute("SELECT document, drafts, title FROM cases_caserecord WHERE id = %s", [pk])
        return cursor.fetchone()


@pytest.mark.django_db
def test_the_database_holds_no_case_text(owner):
    record = CaseRecord.objects.create(owner=owner, title=SECRETS[3], document=document())
    raw = " ".join(str(v) for v in raw_row(record.pk))
    for secret in SECRETS:
        assert secret not in raw
    assert raw.startswith("gAAAAA")  # a Fernet token
    # The application still reads it back as it was written.
    again = CaseRecord.objects.get(pk=record.pk)
    assert again.document == document() and again.title == SECRETS[3]


@pytest.mark.django_db
def test_rotating_keys_keeps_old_cases_readable_and_reencrypt_moves_them(owner, settings):
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.PIPV_DATA_KEYS = [old_key]
    record = CaseRecord.objects.create(owner=owner, title="x", document=document())

    settings.PIPV_DATA_KEYS = [new_key, old_key]  # a new key first, the old one still known
    assert CaseRecord.objects.get(pk=record.pk).document == document()

    out = io.StringIO()
    call_command("reencrypt_cases", stdout=out)
    assert "Re-encrypted 1 case(s)" in out.getvalue()

    token = raw_row(record.pk)[0]
    assert Fernet(new_key.encode()).decrypt(token.encode())
    with pytest.raises(InvalidToken):
        Fernet(old_key.encode()).decrypt(token.encode())
    settings.PIPV_DATA_KEYS = [new_key]  # the old key can go
    assert CaseRecord.objects.get(pk=record.pk).document == document()


@pytest.mark.django_db
def test_a_case_sealed_under_a_removed_key_says_so(owner, settings):
    settings.PIPV_DATA_KEYS = [Fernet.generate_key().decode()]
    record = CaseRecord.objects.create(owner=owner, title="x", document=document())
    settings.PIPV_DATA_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(Exception, match="reencrypt_cases"):
        CaseRecord.objects.get(pk=record.pk)


def test_sealing_is_not_deterministic():
    # Two equal documents give different tokens: equal cases cannot be spotted in the table.
    assert crypto.seal(document()) != crypto.seal(document())
