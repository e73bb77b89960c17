"""What pipv changes in WeasyPrint's text layout, and why: the same lines, set with less work.

WeasyPrint sets each piece of text in a Pango layout of its own, and ``Layout.setup`` makes
each one from nothing: a new Pango context (its font map, direction and language) and a new
font description (family, style, stretch, weight, size, variant). A report has a few
thousand such pieces, with a handful of distinct contexts and a few dozen distinct
descriptions, and a layout is set up again each time its text is drawn.

Here both are made once per font configuration and shared:

- a layout keeps its own reference to its context, and nothing changes a context once it is
  set up, so layouts made from one context are set exactly as from contexts of their own;
- Pango copies a font description into each layout, so one description serves them all.

WeasyPrint offers no setting for this, so ``install`` (called when pipv makes a thread's
font configuration, ``pdf.fonts``) puts a copy of ``Layout.setup`` that does it in place,
only if WeasyPrint's own, and the ``get_font_description`` whose inputs make the key of a
description, are the ones this was written against (their source's hash, ``SOURCE_HASH``):
another release keeps its own until this copy is checked against it.
The PDF is byte for byte the same (tests/report/test_text_layout.py).
"""

from __future__ import annotations

from typing import Any

from weasyprint.text import line_break
from weasyprint.text.constants import LST_TO_ISO, PANGO_DIRECTION
from weasyprint.text.ffi import FROM_UNITS, ffi, gobject, pango, unicode_to_char_p
from weasyprint.text.fonts import font_features, get_font_description

from .same_source import same_source

# sha256 of the source of ``Layout.setup``, which ``_setup`` copies, and of
# ``get_font_description``, whose inputs ``_description`` keys on, in WeasyPrint 70.0.
SOURCE_HASH = "73280b173040f15fe7ab0ca0d5d395be30ca1a7c7a3f9e61b37dcc93d17e3fcc"
ORIGINAL_SETUP = line_break.Layout.setup


# A report has a handful of contexts and a few dozen descriptions. Past this many, something
# unforeseen makes new ones each time, and the cache starts again rather than grow: a layout
# holds its own reference to its context and its own copy of its description.
MOST_KEPT = 256


class _Shared:
    """The contexts and font descriptions of one font configuration."""

    def __init__(self) -> None:
        self.contexts: dict[tuple[str, str | None], tuple[Any, Any]] = {}
        self.descriptions: dict[tuple[Any, ...], Any] = {}


def _shared(style: Any) -> _Shared:
    config = style.font_config
    shared = getattr(config, "pipv_shared_text", None)
    if shared is None:
        shared = config.pipv_shared_text = _Shared()
    return shared


def _context(shared: _Shared, style: Any, lang: str | None) -> tuple[Any, Any]:
    """The Pango context (and language) for this direction and language."""
    key = (style["direction"], lang)
    known = shared.contexts.get(key)
    if known is None:
        context = ffi.gc(
            pango.pango_font_map_create_context(style.font_config.font_map),
            gobject.g_object_unref,
        )
        pango.pango_context_set_round_glyph_positions(context, False)
        pango.pango_context_set_base_dir(context, PANGO_DIRECTION[style["direction"]])
        if lang:
            lang_p, _ = unicode_to_char_p(lang)
            language = pango.pango_language_from_string(lang_p)
            pango.pango_context_set_language(context, language)
        else:
            language = pango.pango_language_get_default()
        if len(shared.contexts) >= MOST_KEPT:
            shared.contexts.clear()
        known = shared.contexts[key] = (context, language)
    return known


def _description(shared: _Shared, style: Any) -> Any:
    variations = style["font_variation_settings"]
    key = (
        tuple(style["font_family"]),
        style["font_style"],
        style["font_stretch"],
        style["font_weight"],
        style["font_size"],
        style["font_variant_caps"],
        variations if isinstance(variations, str) else tuple(variations),
    )
    known = shared.descriptions.get(key)
    if known is None:
        if len(shared.descriptions) >= MOST_KEPT:
            shared.descriptions.clear()
        known = shared.descriptions[key] = get_font_description(style)
    return known


def _setup(self: Any, style: Any) -> None:
    """WeasyPrint 70.0's ``Layout.setup`` with a shared context and font description."""
    self.style = style
    self.first_line_direction = 0

    if style["font_language_override"] != "normal":
        override = style["font_language_override"]
        lang = LST_TO_ISO.get(override.lower(), override)
    elif style["lang"]:
        lang = style["lang"]
    else:
        lang = None
    shared = _shared(style)
    pango_context, self.language = _context(shared, style, lang)

    assert not isinstance(style["font_family"], str), "font_family should be a list"
    font_description = _description(shared, style)
    self.layout = ffi.gc(pango.pango_layout_new(pango_context), gobject.g_object_unref)
    pango.pango_layout_set_auto_dir(self.layout, False)
    pango.pango_layout_set_font_description(self.layout, font_description)

    text_decoration = style["text_decoration_line"]
    if text_decoration != "none":
        metrics = ffi.gc(
            pango.pango_context_get_metrics(pango_context, font_description, self.language),
            pango.pango_font_metrics_unref,
        )
        self.ascent = FROM_UNITS * pango.pango_font_metrics_get_ascent(metrics)
        self.underline_position = FROM_UNITS * pango.pango_font_metrics_get_underline_position(
            metrics
        )
        self.strikethrough_position = (
            FROM_UNITS * pango.pango_font_metrics_get_strikethrough_position(metrics)
        )
        self.underline_thickness = FROM_UNITS * pango.pango_font_metrics_get_underline_thickness(
            metrics
        )
        self.strikethrough_thickness = (
            FROM_UNITS * pango.pango_font_metrics_get_strikethrough_thickness(metrics)
        )
    else:
        self.ascent = None
        self.underline_position = None
        self.strikethrough_position = None

    features = font_features(
        style["font_kerning"],
        style["font_variant_ligatures"],
        style["font_variant_position"],
        style["font_variant_caps"],
        style["font_variant_numeric"],
        style["font_variant_alternates"],
        style["font_variant_east_asian"],
        style["font_feature_settings"],
    )
    if features:
        features = ",".join(f"{key} {value}" for key, value in features.items()).encode()
        # One attribute per feature string, as WeasyPrint keeps them; its ``setdefault`` made
        # a new one each time and dropped it, here it is made only when missing.
        kept = style.font_config.font_features
        attr = kept.get(features)
        if attr is None:
            attr = kept[features] = pango.pango_attr_font_features_new(features)
        attr_list = pango.pango_attr_list_new()
        pango.pango_attr_list_insert(attr_list, attr)
        pango.pango_layout_set_attributes(self.layout, attr_list)


def usable() -> bool:
    """WeasyPrint's ``Layout.setup`` and ``get_font_description`` are the ones ``_setup`` and
    ``_description`` were written against."""
    return same_source(SOURCE_HASH, ORIGINAL_SETUP, get_font_description)


def install() -> bool:
    """Share contexts and descriptions from now on, if this WeasyPrint is the one expected.
    Returns whether they are shared."""
    if line_break.Layout.setup is _setup:
        return True
    if not usable():
        return False
    line_break.Layout.setup = _setup  # type: ignore[method-assign]
    return True
