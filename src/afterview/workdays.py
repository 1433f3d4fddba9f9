"""Which days are working days where the interviewers are: no weekends, no public holidays.

The weekend is the country's own, as the holidays package knows it (Friday and Saturday in
Saudi Arabia, Egypt, Jordan or Israel; Friday in Iran); Saturday and Sunday without a country.

The planner opens follow-up windows on working days only (:mod:`afterview.timing`).
Public holidays come from the ``holidays`` package, for the country of the
interview (``[interview] country``, an ISO 3166 code such as ``US``, or with a
subdivision, ``US-NY``, ``GB-SCT``, ``DE-BY``), else the ``country`` setting;
with neither, only weekends are avoided.

The ``holidays`` package takes a few hundred milliseconds to load and to work
out a year, so each country's holidays of a year are kept in the cache folder
once worked out (a small JSON file, made again when the package is reinstalled):
``afterview plan`` stays quick for people who set a country.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container
from datetime import date
from functools import cache
from pathlib import Path

from afterview.errors import InputError, Problem
from afterview.timing import SATURDAY_SUNDAY

# A country, and a subdivision by its code ("US-NY") or, where the holidays package names it by
# a word, by that word ("BE-Flemish", "NL-Zuid", "DE-Augsburg").
_CODE = re.compile(r"^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,3}|[A-Za-z]{4,20}))?$")
NO_HOLIDAYS: Container[date] = frozenset()


def country(given: str | None) -> str | None:
    """The country whose holidays count: the interview's, else the ``country`` setting."""
    if given:
        return given
    from afterview.settings import load_settings

    return load_settings()["country"] or None


def closed_days(code: str | None, *, where: str = "interview.country") -> Container[date]:
    """The public holidays of ``code`` (a lazy container of dates; empty for None)."""
    if not code:
        return NO_HOLIDAYS
    parts = _parts(code)
    if parts is None:
        raise _unknown(code, where, "is not an ISO 3166 code such as US, GB or DE-BY")
    return _Holidays(*parts, where)


def _parts(code: str) -> tuple[str, str | None] | None:
    """ "us-ny" -> ("US", "NY"), "be-flemish" -> ("BE", "Flemish"), "GB" -> ("GB", None); None
    for what is not such a code."""
    found = _CODE.match(code.strip())
    if found is None:
        return None
    subdivision = found.group(2) or ""
    written = subdivision.capitalize() if len(subdivision) > 3 else subdivision.upper()
    return found.group(1).upper(), written or None


def normal(code: str) -> str | None:
    """``code`` as the holidays package writes it ("us-ny" -> "US-NY", "BE-FLEMISH" ->
    "BE-Flemish"), or None when it is no country code at all."""
    parts = _parts(code)
    return None if parts is None else "-".join(p for p in parts if p)


COUNTRY_HINT = (
    "write the two-letter ISO 3166 code (US, GB, DE, IN...), optionally with a subdivision "
    "the holidays package knows (US-NY, GB-SCT)"
)


def why_unknown(code: str) -> str | None:
    """Why the holidays package cannot use ``code`` ("MX has no subdivision 'OAX' ..."), or
    None. A code whose holidays are cached is known without loading the package."""
    parts = _parts(code)
    if parts is None:
        return None  # its shape is the schema's to judge
    country, subdivision = parts
    if any(_cache_folder().glob(f"{country}-{subdivision or ''}-*.json")):
        return None
    try:
        _Holidays(country, subdivision, "")._year(date.today().year)
    except InputError as error:
        return error.problems[0].message
    return None


def deprecated(code: str | None) -> bool:
    """Whether the holidays package has deprecated ``code``'s subdivision ("NZ-STC"): it works
    today and will not in a later version. Known once its holidays were worked out."""
    parts = _parts(code) if code else None
    return parts is not None and parts[1] is not None and _deprecated_mark(*parts).exists()


def _deprecated_mark(country: str, subdivision: str | None) -> Path:
    return _cache_folder() / f"{country}-{subdivision or ''}.deprecated"


def _its_subdivisions(country: str, subdivisions: list[str]) -> str:
    """What to write instead: "it knows BE-Flemish, BE-French, BE-German", or "write AE alone"."""
    if not subdivisions:
        return f"it has none for {country}: write {country} alone"
    shown = ", ".join(f"{country}-{s}" for s in subdivisions[:12])
    more = f" and {len(subdivisions) - 12} more" if len(subdivisions) > 12 else ""
    return f"it knows {shown}{more}; or write {country} alone"


def _unknown(code: str, where: str, why: str) -> InputError:
    return InputError(
        f"The country {code!r} cannot be used for public holidays.",
        problems=[Problem(why, location=where)],
        hint=f"{COUNTRY_HINT}; see docs/interview-file.md.",
    )


class _Holidays:
    """The holidays of one country (and subdivision), worked out a year at a time."""

    def __init__(self, country: str, subdivision: str | None, where: str) -> None:
        self.country = country
        self.subdivision = subdivision
        self.where = where
        self.years: dict[int, frozenset[date]] = {}
        self._weekend: frozenset[int] | None = None

    @property
    def weekend(self) -> frozenset[int]:
        """The country's days of the weekend (0 is Monday): {4, 5} in Saudi Arabia."""
        if self._weekend is None:
            year = date.today().year  # any year's file says it; kept, not read again
            self.years.setdefault(year, self._year(year))
        return self._weekend or SATURDAY_SUNDAY

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        year = self.years.get(day.year)
        if year is None:
            year = self.years[day.year] = self._year(day.year)
        return day in year

    def _year(self, year: int) -> frozenset[date]:
        name = f"{self.country}-{self.subdivision or ''}-{year}.json"
        path = _cache_folder() / name
        try:
            kept = json.loads(path.read_text("utf-8"))
            self._weekend = frozenset(int(d) for d in kept["weekend"])
            return frozenset(date.fromisoformat(d) for d in kept["days"])
        except (OSError, ValueError, TypeError, KeyError):
            pass
        days = self._work_out(year)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            kept = {"days": sorted(d.isoformat() for d in days), "weekend": sorted(self.weekend)}
            tmp.write_text(json.dumps(kept), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only cache: work it out again next time
        return days

    def _work_out(self, year: int) -> frozenset[date]:
        import warnings

        import holidays

        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", DeprecationWarning)
                found = holidays.country_holidays(self.country, subdiv=self.subdivision, years=year)
        except NotImplementedError:  # an unknown country, or a subdivision it does not have
            code = f"{self.country}-{self.subdivision}" if self.subdivision else self.country
            known = holidays.list_supported_countries()
            why = (
                f"{self.country} has no subdivision {self.subdivision!r} in the holidays package"
                f"; {_its_subdivisions(self.country, known[self.country])}"
                if self.country in known
                else "the holidays package knows no such country"
            )
            raise _unknown(code, self.where, why) from None
        self._weekend = frozenset(found.weekend)
        if any("subdivision is deprecated" in str(w.message) for w in caught):
            mark = _deprecated_mark(self.country, self.subdivision)  # said in the plan's advice
            try:
                mark.parent.mkdir(parents=True, exist_ok=True)
                mark.touch()
            except OSError:
                pass  # a read-only cache: the plan cannot say it, the holidays still stand
        return frozenset(found)


@cache
def _cache_folder() -> Path:
    """The cache of the installed holidays package, named by when it was installed: found
    without importing it or importlib.metadata (either costs more than a whole plan)."""
    from importlib.util import find_spec

    from afterview.settings import cache_dir

    spec = find_spec("holidays")
    try:
        installed = str(int(Path(spec.origin).stat().st_mtime)) if spec and spec.origin else ""
    except OSError:
        installed = ""
    # the folder's version changes when what is kept in it does (2: deprecated subdivisions;
    # 3: each file a table of the days and the weekend)
    return cache_dir() / "holidays" / f"{installed or 'unknown'}-3"
