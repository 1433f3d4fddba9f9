"""Working days: public holidays by country, worked out once and kept in the cache."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from afterview import timing, workdays
from afterview.errors import InputError


def test_holidays_of_a_country_and_a_subdivision() -> None:
    us = workdays.closed_days("US")
    assert date(2026, 11, 26) in us and date(2026, 11, 27) not in us  # Thanksgiving
    scotland, england = workdays.closed_days("GB-SCT"), workdays.closed_days("GB")
    assert date(2026, 1, 2) in scotland and date(2026, 1, 2) not in england
    assert workdays.closed_days(None) == workdays.NO_HOLIDAYS
    assert timing.next_weekday_after(date(2026, 11, 25), us) == date(2026, 11, 27)
    assert timing.next_weekday_after(date(2026, 11, 25)) == date(2026, 11, 26)


@pytest.mark.parametrize(
    ("code", "says"),
    [
        ("Narnia", "is not an ISO 3166 code"),
        ("XX", "knows no such country"),
        ("US-ZZ", "US has no subdivision 'ZZ'"),
        # what to write instead: the ones it knows, or the country alone
        ("BE-VLG", "it knows BE-Flemish, BE-French, BE-German; or write BE alone"),
        ("AE-AZ", "it has none for AE: write AE alone"),
    ],
)
def test_a_country_that_cannot_be_used(code: str, says: str) -> None:
    with pytest.raises(InputError) as caught:
        date(2026, 1, 1) in workdays.closed_days(code)  # noqa: B015 (the lookup is the test)
    assert says in str(caught.value) and "interview.country" in str(caught.value)


def test_a_year_is_worked_out_once_then_read_from_the_cache() -> None:
    assert date(2027, 12, 25) in workdays.closed_days("DE-BY")
    kept = workdays._cache_folder() / "DE-BY-2027.json"
    assert date(2027, 12, 25).isoformat() in json.loads(kept.read_text(encoding="utf-8"))["days"]
    # A new process answers from the file, without loading the holidays package.
    code = (
        "import sys; from datetime import date; from afterview import workdays; "
        "assert date(2027, 12, 25) in workdays.closed_days('DE-BY'); "
        "print('holidays' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_weekend_is_the_countrys_own() -> None:
    saudi, britain = workdays.closed_days("SA"), workdays.closed_days("GB")
    assert saudi.weekend == {4, 5} and britain.weekend == timing.SATURDAY_SUNDAY  # type: ignore[attr-defined]
    thursday = date(2026, 12, 10)
    assert timing.next_weekday_after(thursday, saudi) == date(2026, 12, 13)  # Sunday
    assert timing.next_weekday_after(thursday, britain) == date(2026, 12, 11)  # Friday
    assert timing.is_weekend(date(2026, 12, 12), saudi) and not timing.is_weekend(
        date(2026, 12, 13), saudi
    )
    # A new process reads the weekend from the cache too.
    code = "from afterview import workdays; print(sorted(workdays.closed_days('SA').weekend))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[4, 5]"


def test_follow_ups_in_a_country_with_a_friday_weekend() -> None:
    from afterview.planner import schedule

    from scenarios import scenario

    # Interviewed on a Wednesday in Riyadh; the decision promised for Thursday 10 December.
    riyadh = scenario(
        interview={
            "country": "SA",
            "at": "2026-12-02T10:00:00+03:00",
            "decision_expected_by": "2026-12-10",
        }
    )
    inquiries = [m for m in schedule(riyadh) if m.kind.value == "status_inquiry"]
    assert inquiries and inquiries[0].send_after.date() == date(2026, 12, 13)  # Sunday, not Friday
    assert all(m.send_after.weekday() not in (4, 5) for m in inquiries)
    # A thank-you due on a Friday says when it will be read: on Sunday.
    thursday = scenario(interview={"country": "SA", "at": "2026-12-03T15:00:00+03:00"})
    why = next(m.why for m in schedule(thursday) if m.kind.value == "thank_you")
    assert "waiting for them on Sunday morning" in why, why


def test_the_country_setting_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert workdays.country(None) is None
    monkeypatch.setenv("AFTERVIEW_COUNTRY", "FR")
    assert workdays.country(None) == "FR" and workdays.country("DE") == "DE"


def test_a_deprecated_subdivision_works_and_the_plan_says_so() -> None:
    import warnings

    from afterview.planner import advice

    from scenarios import scenario

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # the package's warning is caught
        assert date(2026, 12, 25) in workdays.closed_days("NZ-STC")
    assert workdays.deprecated("NZ-STC") and not workdays.deprecated("GB-SCT")
    notes = advice(scenario(interview={"country": "NZ-STC"}))
    assert any("deprecated the subdivision" in n and "NZ-STC" in n for n in notes)
    assert not any("deprecated" in n for n in advice(scenario(interview={"country": "NZ-AUK"})))


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("BE-Flemish", "BE-Flemish"),  # a subdivision the package names by a word
        ("be-flemish", "BE-Flemish"),
        ("NL-ZUID", "NL-Zuid"),
        ("us-ny", "US-NY"),
        ("Narnia", None),
    ],
)
def test_a_subdivision_is_written_as_the_holidays_package_names_it(code, written) -> None:
    # late277's writer wrote "NL-Zuid", refused as no country code though the package knows it
    assert workdays.normal(code) == written


def test_a_subdivision_named_by_a_word_has_its_holidays() -> None:
    assert date(2026, 1, 1) in workdays.closed_days("be-flemish")  # no error, and New Year
    assert workdays.why_unknown("NL-Zuid") is None and workdays.why_unknown("NL-Oost")
