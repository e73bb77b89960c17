"""The sentences of ``jurisdictions.toml`` that a reader sees, made findable for translators.

``makemessages`` reads Python and templates, not TOML. ``manage.py jurisdiction_texts`` writes
each entry's ``note`` into ``jurisdiction_messages.py`` as a ``gettext_noop`` call, so that the
catalogue collects it like any other sentence; a test fails when that module and the table
disagree. Names (the state, the agency) and citations are names and stay as the table writes
them: they are not collected. A note the catalogue has no translation for (a clinic's fresh
edit) shows in English, as the table says it.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import jurisdictions

MODULE_PATH = Path(__file__).with_name("jurisdiction_messages.py")

# The table's keys whose text a reader sees as a sentence. ``holidays_note`` is for whoever
# keeps the table and is shown nowhere.
TRANSLATED_KEYS = ("note",)

_WIDTH = 100
_HEADER = '''\
"""Every note of jurisdictions.toml, for the translation catalogue: generated, do not edit.

Written by ``manage.py jurisdiction_texts`` from the table (see ``jurisdiction_texts``); after
editing a note in the table, run that command again. ``makemessages`` finds these calls.
"""

from .i18n import gettext_noop

TEXTS = (
'''


def texts(table: jurisdictions.Table | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """Each translatable text of the table once, in the table's order, with the entries
    ("states.WA", "local.SEA") that use it."""
    table = table or jurisdictions.table()
    entries = [
        *((f"states.{code}", entry) for code, entry in table.states.items()),
        *((f"local.{code}", entry) for code, entry in table.local.items()),
    ]
    found: dict[str, list[str]] = {}
    for where, entry in entries:
        for key in TRANSLATED_KEYS:
            text = getattr(entry, key)
            if text:
                found.setdefault(text, []).append(where)
    return [(text, tuple(places)) for text, places in found.items()]


def module_text(table: jurisdictions.Table | None = None) -> str:
    """The generated module's source, formatted as ``ruff format`` leaves it."""
    lines = [_HEADER]
    for text, places in texts(table):
        lines.append(f"    # {', '.join(places)}\n")
        lines.append(_call(text))
    lines.append(")\n")
    return "".join(lines)


def stale(table: jurisdictions.Table | None = None) -> bool:
    """Whether the committed module differs from what the table gives."""
    committed = MODULE_PATH.read_text("utf-8") if MODULE_PATH.exists() else ""
    return committed != module_text(table)


def write(table: jurisdictions.Table | None = None) -> Path:
    MODULE_PATH.write_text(module_text(table), encoding="utf-8")
    return MODULE_PATH


def _call(text: str) -> str:
    one_line = f"    gettext_noop({_literal(text)}),\n"
    if len(one_line) - 1 <= _WIDTH:
        return one_line
    alone = f"        {_literal(text)}\n"
    if len(alone) - 1 <= _WIDTH:
        return f"    gettext_noop(\n{alone}    ),\n"
    # A long note: implicit concatenation of pieces cut after a space, each line within the
    # width (xgettext joins them back into the one message).
    room = _WIDTH - len('        ""') - 2  # the indent, the quotes, and a backslash's room
    pieces = [""]
    for word in re.findall(r"\s*\S+\s*", text):  # a word with the spaces after it
        if pieces[-1] and len(pieces[-1] + word.rstrip()) > room:
            pieces.append("")
        pieces[-1] += word
    body = "".join(f"        {_literal(p)}\n" for p in pieces)
    return f"    gettext_noop(\n{body}    ),\n"


def _literal(text: str) -> str:
    """A Python string literal in the quotes ``ruff format`` prefers: double, unless the text
    holds more double quotes than single ones."""
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + text.replace(quote, "\\" + quote) + quote
