"""Every page, checked by axe-core in Debian's Chromium, and worked from the keyboard alone."""

from __future__ import annotations

from typing import Any

import pytest

from web.live import Live, axe_source, serious_violations, shoot, type_live


def pages(live: Live) -> dict[str, str]:
    """Each page of the app, over the demo's records (one message of each medium)."""
    from afterview.store.views import list_applications

    by_medium: dict[str, int] = {}
    app_id = round_id = 0
    for summary in list_applications(live.store):
        for m in live.store.messages_of(summary.application.id):
            by_medium.setdefault(m.medium, m.id)
        if summary.application.company == "Lumen Freight":
            app_id = summary.application.id
            round_id = live.store.interview_documents(app_id)[0][0]
    return {
        "today": "",
        "new-interview-empty": "interviews/new",
        "debrief": f"applications/{app_id}/rounds/{round_id}/debrief",
        "plan": f"applications/{app_id}/plan",
        "application": f"applications/{app_id}",
        "applications": "applications",
        "message-email": f"messages/{by_medium['email']}",
        "message-linkedin": f"messages/{by_medium['linkedin']}",
        "message-card": f"messages/{by_medium['handwritten']}",
        "settings": "settings",
        "not-found": "no-such-page",
    }


def test_no_serious_or_critical_violation_on_any_page(browser: Any, demo_live: Live) -> None:
    source = axe_source()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(demo_live.entry)
    found = {}
    for name, path in pages(demo_live).items():
        page.goto(demo_live.base + path)
        page.wait_for_load_state("networkidle")
        violations = serious_violations(page, source)
        if violations:
            found[name] = violations
        if name in ("today", "applications", "application"):
            shoot(page, name)
    page.close()
    assert found == {}


@pytest.mark.parametrize("width", [390, 1280])
def test_the_debrief_and_draft_after_typing_stay_accessible(
    browser: Any, demo_live: Live, width: int
) -> None:
    """The live regions filled by typing are checked too, on a phone and a desktop."""
    source = axe_source()
    page = browser.new_page(viewport={"width": width, "height": 844})
    page.goto(demo_live.entry)
    urls = pages(demo_live)
    page.goto(demo_live.base + urls["debrief"])
    type_live(page, "#topics_1", "idk lol")
    page.wait_for_selector("#pv-topics_1 .left")
    assert serious_violations(page, source) == []
    page.goto(demo_live.base + urls["message-email"])
    type_live(page, "#body", page.input_value("#body") + "\nPlease reply ASAP.")
    page.wait_for_selector("#findings li:has-text('ASAP')")
    assert serious_violations(page, source) == []
    page.goto(demo_live.base + urls["message-linkedin"])
    type_live(page, "#body", "x" * 301)
    page.wait_for_selector("#count:has-text('301 characters')")
    assert "too long for one" in page.inner_text("#count")
    assert serious_violations(page, source) == []
    page.close()


def _tab_stops(page: Any, limit: int = 250) -> list[str]:
    """What Tab reaches, in order, from the top of the page until it comes round again."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    seen: list[str] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        key = page.evaluate(
            "(() => { const e = document.activeElement; if (!e || e === document.body) return '';"
            " return e.dataset.tabKey || (e.dataset.tabKey = String(Math.random())); })()"
        )
        if not key or (seen and key == seen[0]):
            break
        if key not in seen:  # a date field takes several presses (day, month, year...)
            seen.append(key)
    return seen


def test_every_control_is_reached_from_the_keyboard(browser: Any, demo_live: Live) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(demo_live.entry)
    missed = {}
    for name, path in pages(demo_live).items():
        page.goto(demo_live.base + path)
        page.wait_for_load_state("networkidle")
        reached = len(_tab_stops(page))
        controls = page.evaluate(
            "[...document.querySelectorAll('a[href], button, input, select, textarea')]"
            ".filter(e => !e.disabled && e.type !== 'hidden' && e.offsetParent !== null).length"
        )
        if reached < controls:
            missed[name] = (reached, controls)
    page.close()
    assert missed == {}


def test_approve_and_undo_with_the_keyboard_alone(browser: Any, demo_live: Live) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(demo_live.entry)
    page.goto(demo_live.base + pages(demo_live)["message-email"])
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Approve":
            break
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Approved message")
    assert page.inner_text(".meta .tag") == "approved"
    page.keyboard.press("Tab")  # the skip link, then the header's links, then the notice's Undo
    for _ in range(20):
        if page.evaluate("document.activeElement.textContent.trim()") == "Undo":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=is planned again")
    assert page.inner_text(".meta .tag") == "planned"
    page.close()
