"""Shared fixtures for pipv's tests: the personas. Alice owns the case, Bob must never see it.

The test environment (a test-only secret key, plain HTTP) is set by the pytest plugin
pipv/testenv.py, because pytest-django imports pipv.settings before any conftest.py runs.
Case documents come from tests/factories.py.
"""

import os

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import Resolver404, resolve
from django.utils import translation
from hypothesis import settings

from tests.factories import case_record

# Property tests are derandomized by default, so `make test` and CI give the same result on
# every run; HYPOTHESIS_PROFILE=explore draws new examples each run, for wider search locally.
settings.register_profile("derandomized", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "derandomized"))


class PageClient(Client):
    """A test client whose POST to a case sends the case's version, as every form that saves
    does (templates/cases/_version.html): a test posts the answers, the page adds the rest.

    A test of the version protocol passes its own ``version``, or uses a plain ``Client``.
    """

    def post(self, path, data=None, *args, **kwargs):
        if (data is None or isinstance(data, dict)) and "version" not in (data or {}):
            version = stored_version(path)
            if version is not None:
                data = {**(data or {}), "version": str(version)}
        return super().post(path, data, *args, **kwargs)


def stored_version(path: str) -> int | None:
    from pipv.cases.models import CaseRecord

    try:
        match = resolve(str(path).split("?")[0])
    except Resolver404:
        return None
    if match.namespace != "cases" or "pk" not in match.kwargs:
        return None
    record = CaseRecord.objects.filter(pk=match.kwargs["pk"]).first()
    return record.version if record else None


@pytest.fixture
def client():
    return PageClient()


@pytest.fixture(autouse=True)
def language_left_as_found():
    """A request in Chinese leaves Chinese active in the test's thread (the locale middleware
    turns a language on and not off): each test starts with none, whatever ran before it."""
    translation.deactivate()
    yield
    translation.deactivate()


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
    document = {"format": "pipv.case/1", "as_of": "2026-11-22"}
    return case_record(alice, "My case", document, progress=())


@pytest.fixture
def full_case(alice):
    return case_record(alice)
