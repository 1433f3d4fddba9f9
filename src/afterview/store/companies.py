"""The candidate's other applications, for the wrong-company rule of the checker.

A note about one application that names the company of another is a copy-paste
error. ``afterview plan`` and ``afterview check --interview`` ask for the other
companies before they judge a draft, as the record commands do
(:meth:`afterview.store.Store.other_companies`). The records are only read,
never created, and on the default SQLite file with the standard library's
``sqlite3`` alone: ``plan`` must stay quick, and SQLAlchemy takes longer to
import than the whole plan takes to make.
"""

from __future__ import annotations

from afterview.store.url import resolve_url, sqlite_path

#: The one statement of "the candidate's other applications" (the store runs it too).
OTHER_COMPANIES_SQL = """
SELECT DISTINCT a.company FROM applications a JOIN candidates c ON c.id = a.candidate_id
WHERE c.name = :candidate AND a.company_key != :company_key
"""


def fold(text: str) -> str:
    """The key two spellings of one name share (as :func:`afterview.store.rows.fold`)."""
    return " ".join(text.split()).casefold()


def other_companies(candidate: str, company: str, url: str | None = None) -> list[str]:
    """Companies of the candidate's other stored applications; none without records."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    params = {"candidate": candidate, "company_key": fold(company)}
    if resolved.startswith("sqlite"):
        if path is None or not path.is_file():
            return []  # no records yet; opening would create the file
        import sqlite3  # only with records to read: 3 ms to import

        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30) as conn:
                rows = conn.execute(OTHER_COMPANIES_SQL, params).fetchall()
            return sorted({str(r[0]) for r in rows})
        except sqlite3.Error:
            return []  # not (yet) Afterview's tables: nothing to compare with
    from sqlalchemy import text

    from afterview.store import Store

    store = Store.open(resolved, upgrade=False)
    try:
        with store.reading() as conn:
            return sorted({str(r[0]) for r in conn.execute(text(OTHER_COMPANIES_SQL), params)})
    finally:
        store.close()
