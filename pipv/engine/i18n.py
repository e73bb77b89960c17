"""Marks engine sentences for translation without importing Django.

The engine returns English message ids; the web layer translates them with
Django's gettext when it renders. ``makemessages`` finds these calls because
``gettext_noop`` is one of the keywords it passes to xgettext.
"""


def gettext_noop(message: str) -> str:
    return message


_ = gettext_noop
