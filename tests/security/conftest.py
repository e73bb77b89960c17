"""The personas of the questionnaire's tests: Alice owns a case, Bob must never see it."""

from tests.accounts.conftest import alice, alice_client, bob, full_case  # noqa: F401
