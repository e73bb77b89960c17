"""pipv's engine: plain Python, no Django, no I/O. Case in, assessment out.

case = casefile.loads(text)          # or CaseInvalid with every problem
result = assess(case)
document = to_document(result)       # pipv.assessment/1
"""

from .assessment import Assessment, assess
from .case import CASE_FORMAT, Case
from .casefile import CaseInvalid, Problem, dump, dumps, load_json, loads, parse, validate
from .document import ASSESSMENT_FORMAT, to_document

__all__ = [
    "ASSESSMENT_FORMAT",
    "CASE_FORMAT",
    "Assessment",
    "Case",
    "CaseInvalid",
    "Problem",
    "assess",
    "dump",
    "dumps",
    "load_json",
    "loads",
    "parse",
    "to_document",
    "validate",
]
