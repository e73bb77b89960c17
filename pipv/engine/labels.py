"""Plain words for every code in the case file, shared by the questionnaire, report and text.

Codes stay in the file (they are the contract); people see these labels. Each is an
English message id that the web layer translates. The words of each vocabulary are written
once, in its registry (``pipv.engine.vocabulary``); these dicts are drawn from there.
"""

from __future__ import annotations

from . import vocabulary
from .i18n import _
from .processes import PROFILES

PROCESS = {code: profile.label for code, profile in PROFILES.items()}

# Said of anything pipv knows only from public reports about an employer (Amazon's terms).
AS_PUBLICLY_REPORTED = _("as publicly reported, unverified")

IMMIGRATION_STATUS = vocabulary.IMMIGRATION_STATUS.labels()
RATING = vocabulary.RATING.labels()
ACTIVITY_KIND = vocabulary.ACTIVITY_KIND.labels()
ACTIVITY_HINT = vocabulary.ACTIVITY_KIND.hints()
REPORTED_TO = vocabulary.REPORTED_TO.labels()
KNOWLEDGE = vocabulary.KNOWLEDGE.labels()
EVENT_KIND = vocabulary.EVENT_KIND.labels()
EVENT_HINT = vocabulary.EVENT_KIND.hints()
SUBJECT = vocabulary.SUBJECT.labels()
EXIT_PATH = vocabulary.EXIT_PATH.labels()
DIRECTION = vocabulary.DIRECTION.labels()
ARBITRATION = vocabulary.ARBITRATION.labels()
PROTECTED_CHARACTERISTIC = vocabulary.PROTECTED_CHARACTERISTIC.labels()
STATE = vocabulary.STATE.labels()
