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
        cursor.execute(
            "SELECT document, drafts, title, progress FROM cases_caserecord WHERE id = %s", [pk]
        )
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


@pytest.mark.django_db
def test_the_steps_done_are_sealed_too(owner):
    # "visa" or "offer" among the steps done says who is on a visa or holds an offer.
    record = CaseRecord.objects.create(
        owner=owner, title="x", document=document(), progress=["job", "visa", "offer"]
    )
    progress = raw_row(record.pk)[3]
    assert "visa" not in progress and "offer" not in progress
    assert progress.startswith("gAAAAA")
    assert CaseRecord.objects.get(pk=record.pk).progress == ["job", "visa", "offer"]


@pytest.mark.django_db(transaction=True)
def test_the_migration_seals_the_steps_of_existing_cases(owner):
    from django.db.migrations.executor import MigrationExecutor

    before, after = [("cases", "0004_seal_titles")], [("cases", "0005_seal_progress")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("cases", "CaseRecord")
        row = old.objects.create(owner_id=owner.pk, progress=["before", "visa", "offer"])
        with connection.cursor() as cursor:
            cursor.execute("SELECT progress FROM cases_caserecord WHERE id = %s", [row.pk])
            assert "visa" in cursor.fetchone()[0]  # plain text before
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(after)
    finally:
        MigrationExecutor(connection).migrate(executor.loader.graph.leaf_nodes())
    token = raw_row(row.pk)[3]
    assert "visa" not in token and token.startswith("gAAAAA")
    assert CaseRecord.objects.get(pk=row.pk).progress == ["before", "visa", "offer"]


def test_sealing_is_not_deterministic():
    # Two equal documents give different tokens: equal cases cannot be spotted in the table.
    assert crypto.seal(document()) != crypto.seal(document())
