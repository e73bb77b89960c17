"""Signals other apps listen to without the cases app knowing them."""

from django.dispatch import Signal

# Sent with ``record`` after a case's answers were saved (its version went up); what was made
# from the old answers (a rendered PDF) no longer holds.
case_changed = Signal()
