"""The candidate's other applications, from the records store, for the wrong-company rule.

Used by ``afterview check --interview``: a note about one application that
names the company of another stored application is a copy-paste error. The
store is only read, never created: without a database file there is nothing
to compare with. The reading is :func:`afterview.store.companies.other_companies`
(``sqlite3`` alone on a SQLite file), shared with ``afterview plan``.
"""

from __future__ import annotations


def other_companies(candidate: str, company: str, url: str | None = None) -> list[str]:
    """Companies of the candidate's other stored applications (none when no database exists yet)."""
    from afterview.store.companies import other_companies as stored

    return stored(candidate, company, url)
