"""What pipv changes in WeasyPrint's SVG text, and why: the timeline's labels set as runs.

WeasyPrint sets an SVG ``<text>`` one letter at a time, so that lists of ``x``, ``y``, ``dx``,
``dy`` and ``rotate`` can place each letter: a Pango layout and a text object per letter, and
the whole label laid out once more to measure it. The timeline's labels (months, mark keys,
day counts) each have one position, so such a label is set here as one run: WeasyPrint's own
code, given the label as a single "letter". Pango then places its letters as in the page's
text (with the font's kerning), and a reader copies the label as words.

A text with a list of positions, a rotation, letter spacing or a ``textLength`` is set by
WeasyPrint as before. ``install`` (called where pipv makes a thread's fonts, ``pdf.fonts``)
puts this in place only if WeasyPrint's ``text`` is the one this was written against (its
source's hash, ``SOURCE_HASH``): what this relies on (that the letters are the items of
``node.text``, each set with ``split_first_line``) is in that source.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import weasyprint.svg

from .same_source import same_source

# The module, not the function of the same name that weasyprint.svg imports over it.
SVG_TEXT = sys.modules["weasyprint.svg.text"]
ORIGINAL_TEXT = SVG_TEXT.text

# sha256 of the source of weasyprint.svg.text.text in WeasyPrint 70.0.
SOURCE_HASH = "67a30c3e181b4a8002350771928b86b26dfef05b2706d0b3c6b46943e41af61b"

# What places letters one by one; a text with none of them is one run.
PER_LETTER = ("rotate", "letter-spacing", "textLength")
POSITIONS = ("x", "y", "dx", "dy")


class _OneRun(str):
    """The label's text, whose letters are one: the label itself."""

    def __iter__(self) -> Iterator[str]:
        yield str(self)


class _AsOneRun:
    """An SVG node as WeasyPrint's ``text`` reads it, its text one run; everything else,
    what is read and what is set (the text's bounding box), is the node's own."""

    __slots__ = ("_node",)

    def __init__(self, node: Any) -> None:
        object.__setattr__(self, "_node", node)

    @property
    def text(self) -> _OneRun:
        return _OneRun(self._node.text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._node, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._node, name, value)


def _one_position(node: Any) -> bool:
    attributes = node.attrib
    if any(name in attributes for name in PER_LETTER):
        return False
    return all(
        len(SVG_TEXT.normalize(attributes[name]).split()) <= 1
        for name in POSITIONS
        if name in attributes
    )


def text(svg: Any, node: Any, font_size: float) -> Any:
    """WeasyPrint's ``text``, given a label with one position as a single run."""
    if node.text and _one_position(node):
        return ORIGINAL_TEXT(svg, _AsOneRun(node), font_size)
    return ORIGINAL_TEXT(svg, node, font_size)


def usable() -> bool:
    return same_source(SOURCE_HASH, ORIGINAL_TEXT)


def install() -> bool:
    """Set one-position labels as runs from now on, if this WeasyPrint is the one expected.
    Returns whether they are."""
    if weasyprint.svg.text is text:
        return True
    if not usable():
        return False
    # weasyprint.svg draws a node with TAGS[tag] and tells text nodes apart by comparing
    # with its own name ``text``: both must be this function.
    for tag, draw in weasyprint.svg.TAGS.items():
        if draw is ORIGINAL_TEXT:
            weasyprint.svg.TAGS[tag] = text
    weasyprint.svg.text = text  # type: ignore[attr-defined]
    return True
