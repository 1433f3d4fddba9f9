"""The store: every application, interview, message and event, kept in one database.

Open it with :meth:`Store.open`. Each public method is one transaction:
it happens entirely or not at all, even if the process is killed midway.
Everything handed out is a frozen dataclass, never a live database object.

The first group of methods is the contract with the delivery code
(:mod:`afterview.deliver`); the second serves the ``afterview`` record commands.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from afterview.errors import InputError, NotFoundError, StoreError
from afterview.store import history, migrate
from afterview.store.addresses import domain_of, is_public_domain
from afterview.store.engine import lock_for_writing, make_engine
from afterview.store.ingest import AddResult, store_plan
from afterview.store.messages import (
    EDITABLE_STATES,
    EventKind,
    State,
    StoredApplication,
    StoredEvent,
    StoredMessage,
)
from afterview.store.rows import (
    add_event,
    message_query,
    to_application,
    to_event,
    to_message,
    utcnow,
)
from afterview.store.schema import applications, events, interviewers, interviews, messages
from afterview.store.url import resolve_url

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from afterview.model import Interview, Plan


_BEGIN_ATTEMPTS = 6  # 0.05 s doubling: about 1.5 s of transient "locked" answers at most


class Store:
    """One open database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, upgrade: bool = True) -> Store:
        """Open (and create or migrate) the database at ``url``.

        ``url`` defaults to the ``db`` setting (``AFTERVIEW_DB``), else a
        SQLite file in the user's data dir. With ``upgrade=False`` an old
        schema is left as it is (for tests of the migrations).
        """
        resolved = resolve_url(url)
        store = cls(make_engine(resolved), resolved)
        if upgrade:
            store.upgrade()
        return store

    def upgrade(self) -> None:
        """Bring the schema to :data:`~afterview.store.migrate.HEAD` (no-op when there)."""
        with self.writing() as conn:
            current = migrate.current_revision(conn)
            if current == migrate.HEAD:
                return
            if current is not None and current not in migrate.REVISIONS:
                raise StoreError(
                    f"The database {self._where()} is at schema {current!r}, newer than this "
                    "version of Afterview knows.",
                    hint="upgrade Afterview, or use another database with --db.",
                )
            migrate.upgrade(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _where(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction, holding the writers' lock (see :mod:`.engine`)."""
        try:
            conn, transaction = self._begin_writing()
            try:
                yield conn
                transaction.commit()
            except BaseException:
                transaction.rollback()
                raise
            finally:
                conn.close()
        except OperationalError as exc:
            raise StoreError(
                f"The database {self._where()} could not be written: {exc.orig}",
                hint="is another afterview holding it, or the disk full?",
            ) from None
        except SQLAlchemyError as exc:
            raise StoreError(f"The database {self._where()} failed: {exc}") from None

    def _begin_writing(self) -> tuple[Connection, Any]:
        """Connect and take the writers' lock, retrying a transient "locked" answer.

        SQLite's busy timeout covers waiting for another writer, but a few moments
        answer "locked" at once instead (another process closing the last
        connection and checkpointing its WAL, or switching a new file to WAL).
        Nothing has been done yet at this point, so trying again is safe.
        """
        import time

        for attempt in range(_BEGIN_ATTEMPTS):
            conn = None
            try:
                conn = self.engine.connect()  # runs the connection's pragmas (WAL mode)
                conn.execution_options(afterview_write=True)
                transaction = conn.begin()
                lock_for_writing(conn)
                return conn, transaction
            except OperationalError as exc:
                if conn is not None:
                    conn.close()
                if "locked" not in str(exc.orig).lower() or attempt == _BEGIN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reading; ``with conn.begin():`` inside makes one consistent snapshot."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as exc:
            raise StoreError(
                f"The database {self._where()} could not be read: {exc.orig}"
            ) from None

    # -- the delivery contract -------------------------------------------------

    def approved_due(self, now: datetime) -> list[StoredMessage]:
        """Approved messages whose window has opened (``send_after <= now``), most urgent first."""
        with self.reading() as conn:
            rows = conn.execute(
                message_query()
                .where(messages.c.state == State.APPROVED.value, messages.c.send_after <= now)
                .order_by(messages.c.send_by, messages.c.id)
            )
            return [to_message(r) for r in rows]

    def get_message(self, id: int) -> StoredMessage:
        """One message; :class:`NotFoundError` when there is none with this id."""
        with self.reading() as conn:
            return _get_message(conn, id)

    def mark_sending(self, id: int, rfc_message_id: str) -> None:
        """Claim an approved message for sending, recording the Message-ID it will carry.

        Only an ``approved`` message can be claimed, so two senders can never
        both send it: the second gets a :class:`StoreError`.
        """
        now = utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state != State.APPROVED.value:
                raise StoreError(
                    f"Message {id} is {message.state}, not approved: it cannot be sent now."
                )
            conn.execute(
                update(messages)
                .where(messages.c.id == id)
                .values(state=State.SENDING.value, rfc_message_id=rfc_message_id, updated_at=now)
            )

    def mark_sent(self, id: int, at: datetime) -> None:
        """Record that a message went out at ``at`` (from sending or approved)."""
        self._mark_sent(id, at, allowed=(State.SENDING, State.APPROVED), how="sent")

    def mark_send_failed(self, id: int, error: str) -> None:
        """A send failed for sure: back to ``approved``, with the error as an event."""
        now = utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state != State.SENDING.value:
                raise StoreError(f"Message {id} is {message.state}, not sending.")
            conn.execute(
                update(messages)
                .where(messages.c.id == id)
                .values(state=State.APPROVED.value, rfc_message_id=None, updated_at=now)
            )
            add_event(
                conn,
                application_id=message.application_id,
                message_id=id,
                kind=EventKind.SEND_FAILED,
                at=now,
                now=now,
                summary=error[:2000],
            )

    def record_bounce(self, id: int, at: datetime, reason: str, address: str = "") -> int:
        """Record that a sent message came back undelivered; returns the bounce event's id.

        The message becomes ``bounced`` (from ``sent``, or from ``sending``
        when the bounce beats the confirmation), with an event holding the
        server's reason and the address that failed (``address``, else the
        one it went to). Nothing else changes: the status inquiries stay
        planned, because nobody has answered. A second report of the same
        bounce changes nothing. A message that was answered meanwhile keeps
        its state; the bounce is only written into its history.
        """
        now = utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            failed = (address.strip() or message.recipient_email or "").lower()
            if message.state == State.BOUNCED.value:
                earlier = conn.execute(
                    select(events.c.id)
                    .where(
                        events.c.application_id == message.application_id,
                        events.c.message_id == id,
                        events.c.kind == EventKind.BOUNCE.value,
                    )
                    .order_by(events.c.id.desc())
                ).scalar()
                if earlier is not None:
                    return int(earlier)
            elif message.state in (State.SENT.value, State.SENDING.value):
                _set_state(conn, id, State.BOUNCED, now)
            elif message.state != State.ANSWERED.value:
                raise InputError(
                    f"Message {id} is {message.state}: it was never sent, so it cannot have bounced."
                )
            reason = " ".join(reason.split())[:2000] or "no reason given"
            return add_event(
                conn,
                application_id=message.application_id,
                message_id=id,
                kind=EventKind.BOUNCE,
                at=at,
                now=now,
                summary=f"Delivery to {failed or message.recipient} failed: {reason}",
                data={
                    "address": failed,
                    "reason": reason,
                    "rfc_message_id": message.rfc_message_id,
                },
            )

    def record_reply(
        self,
        message_id: int | None,
        application_id: int,
        at: datetime,
        sender: str,
        summary: str,
        *,
        until: date | None = None,
    ) -> int:
        """Record a reply (an event); returns the event's id.

        The message answered (if known, and sent) becomes ``answered``, and the
        application's status inquiries not yet sent are cancelled: they have
        been answered too. With ``until`` (a date the reply gave, "we decide
        by the 15th") they are moved after that date instead.
        """
        now = utcnow()
        with self.writing() as conn:
            return _record_reply(conn, message_id, application_id, at, sender, summary, now, until)

    def postpone_inquiries(self, application_id: int, until: date) -> int:
        """Move the pending status inquiries to after ``until`` (a date a reply gave)."""
        with self.writing() as conn:
            return history.postpone_inquiries(conn, application_id, until, now=utcnow())

    def find_by_rfc_message_id(self, mid: str) -> StoredMessage | None:
        """The message sent with this Message-ID (with or without angle brackets)."""
        bare = mid.strip().strip("<>")
        with self.reading() as conn:
            row = conn.execute(
                message_query().where(messages.c.rfc_message_id.in_([bare, f"<{bare}>"]))
            ).first()
            return to_message(row) if row else None

    def find_applications_by_address(self, email: str) -> list[StoredApplication]:
        """Applications an email address belongs to: the interviewer's exact address, else the domain.

        The domain counts only when it is a company's own: at a public mail
        provider (gmail.com, see :mod:`afterview.store.addresses`) only the
        exact address matches. Newest first; an empty list when nothing matches.
        """
        address = email.strip().casefold()
        domain = domain_of(address)
        if is_public_domain(domain):
            domain = ""
        with self.reading() as conn:
            exact = select(interviews.c.application_id).join(
                interviewers, interviewers.c.interview_id == interviews.c.id
            )
            ids = list(conn.execute(exact.where(_lower(interviewers.c.email) == address)).scalars())
            if not ids and domain:
                ids = list(
                    conn.execute(
                        exact.where(
                            _lower(interviewers.c.email).like(
                                f"%@{_escape_like(domain)}", escape="\\"
                            )
                        )
                    ).scalars()
                )
            if not ids:
                return []
            rows = conn.execute(
                select(applications)
                .where(applications.c.id.in_(set(ids)))
                .order_by(applications.c.updated_at.desc(), applications.c.id.desc())
            )
            return [to_application(r) for r in rows]

    def sending_messages(self) -> list[StoredMessage]:
        """Messages left in ``sending`` (a crash mid-send): check the Sent folder, then decide."""
        with self.reading() as conn:
            rows = conn.execute(
                message_query()
                .where(messages.c.state == State.SENDING.value)
                .order_by(messages.c.id)
            )
            return [to_message(r) for r in rows]

    # -- records ---------------------------------------------------------------

    def add_interview(
        self, interview: Interview, plan: Plan, *, source: str, now: datetime | None = None
    ) -> AddResult:
        """Store an interview and its plan (see :mod:`afterview.store.ingest`)."""
        now = now or utcnow()
        with self.writing() as conn:
            return store_plan(conn, interview, plan, source=source, now=now)

    def interview_documents(self, application_id: int) -> list[tuple[int, dict[str, Any], str]]:
        """Every round of an application as (interview id, interview file data, source), oldest first."""
        import json

        with self.reading() as conn:
            history.application_stage(conn, application_id)
            rows = conn.execute(
                select(interviews.c.id, interviews.c.document, interviews.c.source)
                .where(interviews.c.application_id == application_id)
                .order_by(interviews.c.at)
            ).all()
        return [(r.id, json.loads(r.document), r.source) for r in rows]

    def approve(self, id: int, now: datetime | None = None) -> StoredMessage:
        """Approve a planned message for sending, or a bounced one for sending again.

        A bounced message loses its old Message-ID (kept in the bounce event),
        so the next send gives it a new one: to the recipient's mail program
        the second attempt is a message of its own.
        """
        now = now or utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state == State.APPROVED.value:
                return message
            if message.state == State.BOUNCED.value:
                conn.execute(
                    update(messages)
                    .where(messages.c.id == id)
                    .values(
                        state=State.APPROVED.value,
                        rfc_message_id=None,
                        sent_at=None,
                        updated_at=now,
                    )
                )
                to = message.recipient_email or message.recipient
                add_event(
                    conn,
                    application_id=message.application_id,
                    message_id=id,
                    kind=EventKind.APPROVED,
                    at=now,
                    now=now,
                    summary=f"Approved to send again to {to} after a bounce.",
                )
                return _get_message(conn, id)
            if message.state != State.PLANNED.value:
                raise InputError(
                    f"Message {id} is {message.state}; only a planned or bounced message can be approved."
                )
            _set_state(conn, id, State.APPROVED, now)
            add_event(
                conn,
                application_id=message.application_id,
                message_id=id,
                kind=EventKind.APPROVED,
                at=now,
                now=now,
                summary="Approved for sending.",
            )
            return _get_message(conn, id)

    def update_draft(
        self, id: int, subject: str, body: str, now: datetime | None = None
    ) -> StoredMessage:
        """Replace a draft's text; a re-added interview will keep it."""
        now = now or utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state not in {s.value for s in EDITABLE_STATES}:
                raise InputError(f"Message {id} is {message.state}: its text can no longer change.")
            conn.execute(
                update(messages)
                .where(messages.c.id == id)
                .values(subject=subject, body=body, edited=True, updated_at=now)
            )
            add_event(
                conn,
                application_id=message.application_id,
                message_id=id,
                kind=EventKind.EDITED,
                at=now,
                now=now,
                summary="Draft edited.",
            )
            return _get_message(conn, id)

    def log_sent(self, id: int, at: datetime) -> StoredMessage:
        """Record a message sent outside Afterview (by hand, by post, or after a bounce)."""
        self._mark_sent(
            id,
            at,
            allowed=(State.PLANNED, State.APPROVED, State.SENDING, State.BOUNCED),
            how="sent outside Afterview",
        )
        return self.get_message(id)

    def log_replied(
        self, id: int, at: datetime, summary: str = "", *, until: date | None = None
    ) -> StoredMessage:
        """Record that the recipient of a message replied (``until``: see :meth:`record_reply`)."""
        now = utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state not in (State.SENT.value, State.ANSWERED.value):
                raise InputError(
                    f"Message {id} is {message.state}: log it as sent first "
                    f"(`afterview log {id} sent`)."
                )
            _record_reply(
                conn,
                id,
                message.application_id,
                at,
                message.recipient,
                summary or f"{message.recipient} replied.",
                now,
                until,
            )
            return _get_message(conn, id)

    def _mark_sent(self, id: int, at: datetime, *, allowed: tuple[State, ...], how: str) -> None:
        now = utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state == State.SENT.value:
                return  # recording it twice changes nothing
            if message.state not in {s.value for s in allowed}:
                raise InputError(f"Message {id} is {message.state}; it cannot be marked sent.")
            values: dict[str, Any] = {"state": State.SENT.value, "sent_at": at, "updated_at": now}
            if message.state == State.BOUNCED.value:
                # Sent again by other means: a late copy of the old bounce must not match it.
                values["rfc_message_id"] = None
            conn.execute(update(messages).where(messages.c.id == id).values(**values))
            add_event(
                conn,
                application_id=message.application_id,
                message_id=id,
                kind=EventKind.SENT,
                at=at,
                now=now,
                summary=f"{message.kind.replace('_', ' ').capitalize()} to {message.recipient} {how}.",
            )

    def sweep(self, now: datetime | None = None) -> list[int]:
        """Mark applications silent after two unanswered inquiries; returns their ids."""
        with self.writing() as conn:
            return history.mark_silent(conn, now or utcnow())

    def application(self, id: int) -> StoredApplication:
        with self.reading() as conn:
            row = conn.execute(select(applications).where(applications.c.id == id)).first()
            if row is None:
                raise NotFoundError(
                    f"There is no application {id}.", hint="`afterview list` shows them all."
                )
            return to_application(row)

    def messages_of(self, application_id: int) -> list[StoredMessage]:
        with self.reading() as conn:
            rows = conn.execute(
                message_query()
                .where(messages.c.application_id == application_id)
                .order_by(messages.c.send_by, messages.c.id)
            )
            return [to_message(r) for r in rows]

    def events_of(self, application_id: int) -> list[StoredEvent]:
        with self.reading() as conn:
            rows = conn.execute(
                select(events)
                .where(events.c.application_id == application_id)
                .order_by(events.c.at, events.c.id)
            )
            return [to_event(r) for r in rows]


def _get_message(conn: Connection, id: int) -> StoredMessage:
    row = conn.execute(message_query().where(messages.c.id == id)).first()
    if row is None:
        raise NotFoundError(
            f"There is no message {id}.", hint="`afterview due` lists messages with their ids."
        )
    return to_message(row)


def _set_state(conn: Connection, id: int, state: State, now: datetime) -> None:
    conn.execute(
        update(messages).where(messages.c.id == id).values(state=state.value, updated_at=now)
    )


def _record_reply(
    conn: Connection,
    message_id: int | None,
    application_id: int,
    at: datetime,
    sender: str,
    summary: str,
    now: datetime,
    until: date | None = None,
) -> int:
    history.application_stage(conn, application_id)  # raises if unknown
    if message_id is not None:
        message = _get_message(conn, message_id)
        if message.state == State.SENT.value:
            _set_state(conn, message_id, State.ANSWERED, now)
    event_id = add_event(
        conn,
        application_id=application_id,
        message_id=message_id,
        kind=EventKind.REPLY,
        at=at,
        now=now,
        sender=sender,
        summary=summary,
    )
    if until is not None:
        history.postpone_inquiries(conn, application_id, until, now=now)
    else:
        history.cancel_pending_inquiries(
            conn, application_id, now=now, why=f"{sender} replied: no need to ask again."
        )
    return event_id


def _lower(column: Any) -> Any:
    from sqlalchemy import func

    return func.lower(column)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
