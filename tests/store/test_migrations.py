"""Migrations: from an empty database and from every earlier revision, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from afterview.store import Store, migrate
from afterview.store.schema import metadata

T = "2026-11-20 19:00:00.000000"


def test_head_and_the_revision_list_match_the_scripts() -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrate.SCRIPTS))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_current_head() == migrate.HEAD
    chain = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == migrate.REVISIONS


def _diff(store: Store) -> list[object]:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_an_empty_database_is_migrated_to_exactly_the_declared_schema(db_url: str) -> None:
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        assert _diff(store) == []


def _seed_at_0001(conn) -> None:
    """Rows as version 0001 knew them."""
    conn.execute(
        text(
            "INSERT INTO candidates (id, name, email, strengths, created_at, updated_at) "
            "VALUES (1, 'Priya', 'p@example.com', '[]', :t, :t)"
        ),
        {"t": T},
    )
    conn.execute(
        text(
            "INSERT INTO applications (id, candidate_id, company, position, reference, company_key, "
            "position_key, stage, created_at, updated_at) VALUES "
            "(1, 1, 'Acme', 'Engineer', '', 'acme', 'engineer', 'interviewing', :t, :t)"
        ),
        {"t": T},
    )
    conn.execute(
        text(
            "INSERT INTO interviews (id, application_id, at, utc_offset, source, document, created_at, "
            "updated_at) VALUES (1, 1, :t, -300, 'a.toml', '{}', :t, :t)"
        ),
        {"t": T},
    )
    conn.execute(
        text(
            "INSERT INTO messages (id, application_id, interview_id, kind, recipient, medium, sequence, "
            "send_after, send_by, utc_offset, why, subject, body, state, edited, created_at, updated_at) "
            "VALUES (1, 1, 1, 'thank_you', 'Jane', 'email', 1, :t, :t, -300, 'why', 's', 'b', "
            "'approved', false, :t, :t)"
        ),
        {"t": T},
    )


@pytest.mark.parametrize("start", migrate.REVISIONS[:-1])
def test_every_earlier_revision_upgrades_with_its_data(db_url: str, start: str) -> None:
    store = Store.open(db_url, upgrade=False)
    try:
        with store.engine.begin() as conn:
            migrate.upgrade(conn, "0001_initial")
            _seed_at_0001(conn)
            if start != "0001_initial":
                migrate.upgrade(conn, start)
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == start
        store.upgrade()
        with store.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        assert _diff(store) == []
        kept = store.get_message(1)
        assert (kept.state, kept.recipient, kept.company) == ("approved", "Jane", "Acme")
        assert kept.send_by == datetime(2026, 11, 20, 19, tzinfo=UTC)
        assert store.approved_due(datetime(2026, 11, 21, tzinfo=UTC))[0].id == 1
    finally:
        store.close()


def test_downgrade_to_the_first_revision_and_back(db_url: str) -> None:
    with Store.open(db_url) as store:
        with store.engine.begin() as conn:
            migrate.downgrade(conn, "0001_initial")
            assert migrate.current_revision(conn) == "0001_initial"
        store.upgrade()
        assert _diff(store) == []


def test_a_database_from_a_newer_afterview_is_refused(db_url: str) -> None:
    from afterview.errors import StoreError

    with Store.open(db_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError, match="newer than this version"):
        Store.open(db_url)
