"""The candidate's other applications, from the records store, for the wrong-company rule.

Used by ``afterview check --interview``: a note about one application that
names the company of another stored application is a copy-paste error. The
store is only read, never created: without a database file there is nothing
to compare with. This module loads SQLAlchemy, so nothing imports it on the
fast path of a plain ``afterview check``.
"""

from __future__ import annotations


def other_companies(candidate: str, company: str, url: str | None = None) -> list[str]:
    """Companies of the candidate's other stored applications (none when no database exists yet)."""
    from afterview.store.url import resolve_url, sqlite_path

    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if resolved.startswith("sqlite") and (path is None or not path.is_file()):
        return []  # no records yet; opening would create the file
    from sqlalchemy import select

    from afterview.store import Store
    from afterview.store.rows import fold
    from afterview.store.schema import applications, candidates

    query = (
        select(applications.c.company)
        .join(candidates, candidates.c.id == applications.c.candidate_id)
        .where(candidates.c.name == candidate, applications.c.company_key != fold(company))
        .distinct()
    )
    store = Store.open(resolved, upgrade=False)
    try:
        with store.reading() as conn:
            return sorted({str(row[0]) for row in conn.execute(query)})
    finally:
        store.close()
