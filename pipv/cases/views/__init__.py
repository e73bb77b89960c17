"""The questionnaire and the case list, by concern: cases.py (the list; make, copy, delete),
files.py (import, export), questionnaire.py (a step's page and its buttons), page.py (what a
step's page shows), items.py (a list's items), review.py (the review), answers.py (answers
as a person reads them), links.py (URLs). The two-tab protocol is ../versioning.py."""
