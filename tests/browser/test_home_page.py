"""The welcome page in a real browser: accessible, phone-sized, nothing from other hosts."""

import pytest

from .a11y import axe_violations, has_horizontal_scroll
from .conftest import screenshot

pytestmark = pytest.mark.browser


def test_the_welcome_page_has_no_accessibility_violations(page):
    page.goto("/")
    assert axe_violations(page) == []
    screenshot(page, "home")


def test_the_welcome_page_fits_a_phone_and_200_percent_zoom(page):
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto("/")
    assert not has_horizontal_scroll(page)
    # 200% zoom of a 1280px window lays out like a 640px one.
    page.set_viewport_size({"width": 640, "height": 450})
    page.goto("/")
    assert not has_horizontal_scroll(page)


def test_the_skip_link_is_the_first_stop_for_the_keyboard(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
