"""The store: every application, interview, message and event, kept in one database.

Open it with :meth:`Store.open`. Each public method is one transaction:
it happens entirely or not at all, even if the process is killed midway.
:meth:`Store.atomic` groups several calls into one. Everything handed out is
a frozen dataclass, never a live database object. A message changes state
only through :mod:`afterview.store.transitions`.

The first group of methods is the contract with the delivery code
(:mod:`afterview.deliver`); the second serves the ``afterview`` record commands.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from afterview.errors import InputError, NotFoundError, StoreError
from afterview.store import history, migrate
from afterview.store.addresses import domain_of, is_public_domain
from afterview.store.claims import SenderLocks
from afterview.store.engine import failure, is_read_only, lock_for_writing, make_engine
from afterview.store.ingest import AddResult, store_plan
from afterview.store.messages import (
    CLOSED_STAGES,
    UNSETTLED_STATES,
    EventKind,
    State,
    StoredApplication,
    StoredEvent,
    StoredMessage,
)
from afterview.store.opening import existing
from afterview.store.rows import (
    add_event,
    message_query,
    to_application,
    to_event,
    to_message,
    utcnow,
)
from afterview.store.schema import applications, events, interviewers, interviews, messages
from afterview.store.transitions import Action, allows, move, step
from afterview.store.url import resolve_url, shown_url, sqlite_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from afterview.model import Interview, Plan
    from afterview.store.corrections import Deleted, Merged, Renamed
    from afterview.store.undo import Undone


_BEGIN_ATTEMPTS = 6  # 0.05 s doubling: about 1.5 s of transient "locked" answers at most


class Store:
    """One open database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        # The connection of the transaction under way in this thread, if any (see atomic()).
        self._joined = threading.local()
        self._senders = SenderLocks(engine, sqlite_path(url))

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, upgrade: bool = True, create: bool = True) -> Store:
        """Open (and create or migrate) the database at ``url``.

        ``url`` defaults to the ``db`` setting (``AFTERVIEW_DB``), else a
        SQLite file in the user's data dir. With ``create=False`` a SQLite file
        that does not exist is a :class:`~afterview.store.opening.NoDatabaseError`
        instead of a new file: a command that only reads, or changes records that
        must exist, never creates one from a mistyped ``--db``. With ``upgrade=False`` an old
        schema is left as it is (for tests of the migrations).
        """
        resolved = resolve_url(url) if create else existing(url)
        store = cls(make_engine(resolved), resolved)
        if upgrade:
            try:
                store.upgrade()
            except BaseException:
                store.close()
                raise
        return store

    def upgrade(self) -> None:
        """Bring the schema to :data:`~afterview.store.migrate.HEAD` (no-op when there).

        A database that holds tables of something else is refused, not given
        Afterview's tables. Up to date, it only reads: a database another process
        is writing, or a read-only one, opens at once; the writers' lock is taken
        only to migrate.
        """
        with self.reading() as conn:
            if migrate.current_revision(conn) == migrate.HEAD:
                return
        with self.writing() as conn:
            current = migrate.current_revision(conn)
            if current == migrate.HEAD:
                return
            if current is None:
                _refuse_foreign(conn, self._where())
            if current is not None and current not in migrate.REVISIONS:
                raise StoreError(
                    f"The database {self._where()} is at schema {current!r}, newer than this "
                    "version of Afterview knows.",
                    hint="upgrade Afterview, or use another database with --db.",
                )
            migrate.upgrade(conn)

    def close(self) -> None:
        self._senders.close()
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _where(self) -> str:
        return shown_url(self.url)

    # -- transactions ----------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[Store]:
        """Group calls on this store into one transaction: all of them happen, or none.

        Every method called inside the block (from this thread) joins it, and so
        does an ``atomic()`` nested in it: each runs in a savepoint of its own,
        so an error it raises, once caught, has undone that call alone. The
        writers' lock is held from the start of the block to its end, so keep
        the block short, with no network in it::

            with store.atomic():
                if store.get_message(12).state == "bounced":
                    store.approve(12)
        """
        with self.writing():
            yield self

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction, holding the writers' lock (see :mod:`.engine`).

        Inside :meth:`atomic` (or another ``writing()``) it joins the transaction
        under way, in a savepoint.
        """
        joined = getattr(self._joined, "conn", None)
        if joined is not None:
            with self._errors("written"):
                savepoint = joined.begin_nested()
                try:
                    yield joined
                except BaseException:
                    if savepoint.is_active:
                        savepoint.rollback()
                    raise
                savepoint.commit()
            return
        with self._errors("written"):
            conn, transaction = self._begin_writing()
            self._joined.conn = conn
            try:
                yield conn
                transaction.commit()
            except BaseException:
                transaction.rollback()
                raise
            finally:
                self._joined.conn = None
                conn.close()

    @contextmanager
    def _errors(self, done: str) -> Iterator[None]:
        """A database failure as a :class:`StoreError` that says where (see
        :func:`~afterview.store.engine.failure`: never the SQL or its parameters)."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise failure(exc, self._where(), done) from None

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
                conn = self._connect()  # runs the connection's pragmas (WAL mode)
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
        """A connection for reading: every query in the block sees one snapshot.

        The transaction begins with the first query; do not begin one yourself.
        Inside :meth:`atomic` it is the atomic block's connection, which sees
        the block's own writes.
        """
        joined = getattr(self._joined, "conn", None)
        if joined is not None:
            yield joined
            return
        with self._errors("read"), self._connect() as conn:
            yield conn

    def _connect(self) -> Connection:
        """A connection, retrying a transient "locked" answer to its pragmas: a new SQLite
        file switching to WAL in another process answers "locked" at once, not after the busy
        timeout (two first `afterview add` at the same moment met it)."""
        import time

        for attempt in range(_BEGIN_ATTEMPTS):
            try:
                return self.engine.connect()
            except OperationalError as exc:
                if "locked" not in str(exc.orig).lower() or attempt == _BEGIN_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

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

    def _act(
        self, id: int, action: Action, *, now: datetime | None = None, **step: Any
    ) -> StoredMessage:
        """Take ``action`` on message ``id`` in a transaction of its own; the message after."""
        with self.writing() as conn:
            move(conn, _get_message(conn, id), action, now=now or utcnow(), **step)
            return _get_message(conn, id)

    def mark_sending(self, id: int, rfc_message_id: str) -> None:
        """Claim an approved message for sending, recording the Message-ID it will carry.

        Only an ``approved`` message can be claimed, so two senders can never
        both send it: the second gets a :class:`~afterview.errors.StateError`.
        """
        self._act(id, Action.CLAIM, values={"rfc_message_id": rfc_message_id})

    def mark_sent(self, id: int, at: datetime) -> None:
        """Record that a message went out at ``at`` (from sending or approved)."""
        self._mark_sent(id, at, Action.CONFIRM, how="sent")

    def mark_uncertain(self, id: int, why: str) -> None:
        """A send was cut off during the hand-over: ``uncertain``, with ``why`` as an event.

        The Message-ID stays, so that a copy in the Sent folder can be recognised.
        """
        self._act(
            id, Action.CUT_OFF, summary=why[:2000] or "The send was cut off; it may have gone out."
        )

    def mark_send_failed(self, id: int, error: str) -> None:
        """A send failed for sure: back to ``approved``, with the error as an event."""
        self._act(id, Action.SEND_FAILED, summary=error[:2000] or "The send failed.")

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
            reason = " ".join(reason.split())[:2000] or "no reason given"
            moved = move(
                conn,
                message,
                Action.BOUNCE,
                now=utcnow(),
                at=at,
                summary=f"Delivery to {failed or message.recipient} failed: {reason}",
                data={
                    "address": failed,
                    "reason": reason,
                    "rfc_message_id": message.rfc_message_id,
                },
            )
            assert moved.event_id is not None  # every bounce step records its event
            return moved.event_id

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
        """Applications an email address belongs to: the interviewer's address, else the domain.

        The domain counts only when it is a company's own: at a public mail
        provider (gmail.com, see :mod:`afterview.store.addresses`) only the
        exact address matches. Best match first: applications still open before
        closed ones, then the one whose latest message to that address (or, for
        the domain, to anyone there) went out last, then the most recently
        changed. An empty list when nothing matches.
        """
        from sqlalchemy import case, func

        address = email.strip().casefold()
        domain = domain_of(address)
        if is_public_domain(domain):
            domain = ""
        with self.reading() as conn:
            exact = select(interviews.c.application_id).join(
                interviewers, interviewers.c.interview_id == interviews.c.id
            )
            who = _lower(messages.c.recipient_email) == address
            ids = list(conn.execute(exact.where(_lower(interviewers.c.email) == address)).scalars())
            if not ids and domain:
                pattern = f"%@{_escape_like(domain)}"
                ids = list(
                    conn.execute(
                        exact.where(_lower(interviewers.c.email).like(pattern, escape="\\"))
                    ).scalars()
                )
                who = _lower(messages.c.recipient_email).like(pattern, escape="\\")
            if not ids:
                return []
            last_sent = (
                select(messages.c.application_id, func.max(messages.c.sent_at).label("sent"))
                .where(who, messages.c.sent_at.is_not(None))
                .group_by(messages.c.application_id)
                .subquery()
            )
            closed = case((applications.c.stage.in_([s.value for s in CLOSED_STAGES]), 1), else_=0)
            rows = conn.execute(
                select(applications)
                .outerjoin(last_sent, last_sent.c.application_id == applications.c.id)
                .where(applications.c.id.in_(set(ids)))
                .order_by(
                    closed,
                    last_sent.c.sent.is_(None),
                    last_sent.c.sent.desc(),
                    applications.c.updated_at.desc(),
                    applications.c.id.desc(),
                )
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

    @contextmanager
    def sender_lock(self, id: int) -> Iterator[bool]:
        """Hold the lock of the process sending message ``id`` (see :mod:`.claims`).

        Yields False when another live process holds it: that process is sending
        the message right now. Hold it from before the claim until the outcome is
        recorded; a message in ``sending`` whose lock is free was cut off.
        """
        with self._senders.hold(id) as mine:
            yield mine

    def unsettled_messages(self) -> list[StoredMessage]:
        """Messages in ``sending`` or ``uncertain``: a send under way, or cut off."""
        with self.reading() as conn:
            rows = conn.execute(
                message_query()
                .where(messages.c.state.in_([s.value for s in UNSETTLED_STATES]))
                .order_by(messages.c.id)
            )
            return [to_message(r) for r in rows]

    def bounced_addresses(self) -> dict[str, StoredEvent]:
        """Addresses that bounced (lower case), each with its last bounce event.

        An address that replied after its last bounce is left out: it works.
        """
        import json

        from sqlalchemy import func

        found: dict[str, StoredEvent] = {}
        with self.reading() as conn:
            bounces = conn.execute(
                select(events).where(events.c.kind == EventKind.BOUNCE.value).order_by(events.c.id)
            )
            for row in bounces:
                try:
                    data = json.loads(row.data) if row.data else {}
                except ValueError:
                    data = {}
                address = data.get("address") if isinstance(data, dict) else None
                if isinstance(address, str) and address.strip():
                    found[address.strip().lower()] = to_event(row)
            if not found:
                return {}
            sender = _lower(events.c.sender)
            rows = conn.execute(
                select(sender, func.max(events.c.at))
                .where(events.c.kind == EventKind.REPLY.value, sender.in_(list(found)))
                .group_by(sender)
            )
            replied: dict[str, datetime] = {r[0]: r[1] for r in rows}
        return {
            address: event
            for address, event in found.items()
            if address not in replied or replied[address] < event.at
        }

    # -- records ---------------------------------------------------------------

    def add_interview(
        self, interview: Interview, plan: Plan, *, source: str, now: datetime | None = None
    ) -> AddResult:
        """Store an interview and its plan (see :mod:`afterview.store.ingest`)."""
        now = now or utcnow()
        with self.writing() as conn:
            return store_plan(conn, interview, plan, source=source, now=now)

    def interview_documents(self, application_id: int) -> list[tuple[int, dict[str, Any], str]]:
        """Every round of an application as (interview id, interview file data, source).

        Oldest first.
        """
        import json

        with self.reading() as conn:
            history.application_stage(conn, application_id)
            rows = conn.execute(
                select(interviews.c.id, interviews.c.document, interviews.c.source)
                .where(interviews.c.application_id == application_id)
                .order_by(interviews.c.at)
            ).all()
        return [(r.id, json.loads(r.document), r.source) for r in rows]

    def round_of(self, interview_id: int) -> tuple[dict[str, Any], list[StoredMessage]]:
        """One round: its interview file data and its messages, in sending order."""
        import json

        with self.reading() as conn:
            document = conn.execute(
                select(interviews.c.document).where(interviews.c.id == interview_id)
            ).scalar()
            if document is None:
                raise NotFoundError(f"There is no interview {interview_id}.")
            rows = conn.execute(
                message_query()
                .where(messages.c.interview_id == interview_id)
                .order_by(messages.c.send_after, messages.c.id)
            )
            return json.loads(document), [to_message(r) for r in rows]

    def other_companies(self, application_id: int) -> list[str]:
        """The companies of the candidate's other applications (for the wrong-company rule)."""
        from sqlalchemy import text

        from afterview.store.companies import OTHER_COMPANIES_SQL
        from afterview.store.schema import candidates

        with self.reading() as conn:
            row = conn.execute(
                select(candidates.c.name, applications.c.company_key)
                .join(candidates, candidates.c.id == applications.c.candidate_id)
                .where(applications.c.id == application_id)
            ).first()
            if row is None:
                return []
            found = conn.execute(
                text(OTHER_COMPANIES_SQL), {"candidate": row.name, "company_key": row.company_key}
            ).scalars()
            return sorted({str(c) for c in found})

    def save_findings(self, findings: dict[int, str], now: datetime | None = None) -> None:
        """Keep the checker's findings (JSON) on drafts, by message id."""
        from sqlalchemy import bindparam, update

        if not findings:
            return
        with self.writing() as conn:
            conn.execute(
                update(messages)
                .where(messages.c.id == bindparam("mid"))
                .values(findings=bindparam("found")),
                [{"mid": id, "found": text} for id, text in findings.items()],
            )

    def approve(self, id: int, now: datetime | None = None) -> StoredMessage:
        """Approve a planned message for sending, or a bounced one for sending again.

        A bounced message loses its old Message-ID (kept in the bounce event),
        so the next send gives it a new one: to the recipient's mail program
        the second attempt is a message of its own.
        """
        now = now or utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            if message.state == State.BOUNCED.value:
                to = message.recipient_email or message.recipient
                summary = f"Approved to send again to {to} after a bounce."
            else:
                summary = "Approved for sending."
            if move(conn, message, Action.APPROVE, now=now, summary=summary).event_id is None:
                return message  # approved already: nothing changed
            return _get_message(conn, id)

    def update_draft(
        self, id: int, subject: str, body: str, now: datetime | None = None
    ) -> StoredMessage:
        """Replace a draft's text; a re-added interview will keep it."""
        values = {"subject": subject, "body": body, "edited": True}
        return self._act(id, Action.EDIT, now=now, summary="Draft edited.", values=values)

    def reopen(self, id: int, now: datetime | None = None) -> StoredMessage:
        """Take back an approval or a skip: the message is planned again (undo)."""
        now = now or utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            was = "approval" if message.state == State.APPROVED.value else "skip"
            move(conn, message, Action.REOPEN, now=now, summary=f"The {was} was taken back.")
            return _get_message(conn, id)

    def log_sent(self, id: int, at: datetime, *, now: datetime | None = None) -> StoredMessage:
        """Record a message sent outside Afterview (by hand, by post, or after a bounce).

        :meth:`undo` takes it back.
        """
        with self.atomic():  # the message returned is the one written
            message = self.get_message(id)
            what = (
                f"afterview log {id} sent ({message.kind.replace('_', ' ')} to {message.recipient})"
            )
            with self.undoable(message.application_id, "log_sent", what, now=now):
                self._mark_sent(id, at, Action.LOG_SENT, how="sent outside Afterview", now=now)
            return self.get_message(id)

    def log_replied(
        self,
        id: int,
        at: datetime,
        summary: str = "",
        *,
        until: date | None = None,
        now: datetime | None = None,
    ) -> StoredMessage:
        """Record that the recipient of a message replied (``until``: see :meth:`record_reply`).

        :meth:`undo` takes it back.
        """
        now = now or utcnow()
        with self.writing() as conn:
            message = _get_message(conn, id)
            step(Action.REPLY, message)  # refused unless it was sent
            what = f"afterview log {id} replied ({message.recipient})"
            with self.undoable(message.application_id, "log_replied", what, now=now):
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

    @contextmanager
    def undoable(
        self, application_id: int, kind: str, summary: str, *, now: datetime | None = None
    ) -> Iterator[None]:
        """Record what the block changes in an application, so :meth:`undo` can take it back.

        ``kind`` and ``summary`` say what it was (``summary`` in words, as the
        user typed it). The block runs in one transaction with the record; a
        block that changed nothing (the same log twice) records nothing.
        """
        from afterview.store import undo

        with self.writing() as conn:
            before = undo.snapshot(conn, application_id)
            mark = undo.last_event_id(conn)
            yield
            undo.record(conn, application_id, kind, summary, before, mark, now or utcnow())

    def undo(self, application_id: int, now: datetime | None = None) -> Undone:
        """Take back the application's last ``log`` or ``outcome``; returns what was undone.

        Refused (:class:`~afterview.errors.StateError`, nothing written) when what
        it changed has changed since; see :mod:`afterview.store.undo`.
        """
        from afterview.store import undo

        with self.writing() as conn:
            history.application_stage(conn, application_id)  # raises if unknown
            return undo.undo_last(conn, application_id, now or utcnow())

    def skip(self, id: int, reason: str = "", now: datetime | None = None) -> StoredMessage:
        """The user decides not to send a message: it is cancelled, with the reason.

        Adding the interview file again does not bring it back.
        """
        now = now or utcnow()
        why = " ".join(reason.split())[:2000]
        summary = f"Skipped: {why}" if why else "Skipped: you decided not to send it."
        return self._act(id, Action.SKIP, now=now, summary=summary)

    def unapprove(self, id: int, now: datetime | None = None) -> StoredMessage:
        """Take an approval back: the message is planned again and nothing sends it."""
        return self._act(
            id,
            Action.UNAPPROVE,
            now=now,
            summary="Approval taken back: it waits for your approval again.",
        )

    def _mark_sent(
        self, id: int, at: datetime, action: Action, *, how: str, now: datetime | None = None
    ) -> None:
        """Sent at ``at``; recording it twice changes nothing (see the table)."""
        with self.writing() as conn:
            message = _get_message(conn, id)
            what = message.kind.replace("_", " ").capitalize()
            move(
                conn,
                message,
                action,
                now=now or utcnow(),
                at=at,
                summary=f"{what} to {message.recipient} {how}.",
                values={"sent_at": at},
            )

    # -- corrections -----------------------------------------------------------

    def rename_application(
        self,
        id: int,
        *,
        company: str | None = None,
        position: str | None = None,
        reference: str | None = None,
        now: datetime | None = None,
    ) -> Renamed:
        """Give an application a new company, position or reference (None: unchanged).

        The interview file kept for each round is renamed too; plan the rounds
        again (:func:`afterview.records.service.rename`) to refresh the drafts.
        Refused when another application has that name (merge them instead).
        """
        from afterview.store import corrections

        with self.writing() as conn:
            return corrections.rename(
                conn,
                id,
                company=company,
                position=position,
                reference=reference,
                now=now or utcnow(),
            )

    def merge_applications(self, keep: int, other: int, now: datetime | None = None) -> Merged:
        """Move application ``other`` (rounds, messages, history) into ``keep``; see
        :mod:`afterview.store.corrections`."""
        from afterview.store import corrections

        with self.writing() as conn:
            return corrections.merge(conn, keep, other, now=now or utcnow())

    def application_contents(self, id: int) -> Deleted:
        """How many rounds, messages and events an application holds (before deleting it)."""
        from afterview.store import corrections

        with self.reading() as conn:
            return corrections.counts(conn, id)

    def delete_application(self, id: int) -> Deleted:
        """Remove an application with its rounds, messages and history, for good."""
        from afterview.store import corrections

        with self.writing() as conn:
            return corrections.delete_application(conn, id)

    def sweep(self, now: datetime | None = None) -> list[int]:
        """Mark applications silent after two unanswered inquiries; returns their ids.

        It looks first, and writes (waiting for the writers' lock) only when there is
        something to mark: readers such as ``afterview list`` do not wait behind a
        writer, and a read-only database is listed as it is.
        """
        now = now or utcnow()
        with self.reading() as conn:
            if not history.silent_applications(conn, now):
                return []
        if is_read_only(self.engine):
            return []
        with self.writing() as conn:
            return history.mark_silent(conn, now)

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


def _refuse_foreign(conn: Connection, where: str) -> None:
    """Refuse a database that holds tables but none of Afterview's migrations."""
    from sqlalchemy import inspect

    tables = sorted(set(inspect(conn).get_table_names()) - {"alembic_version"})
    if tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise InputError(
            f"The database {where} is not an Afterview database: it holds other tables "
            f"({shown}). Nothing was changed in it.",
            hint="give Afterview a database of its own with --db (or the db setting).",
        )


def _get_message(conn: Connection, id: int) -> StoredMessage:
    row = conn.execute(message_query().where(messages.c.id == id)).first()
    if row is None:
        raise NotFoundError(
            f"There is no message {id}.", hint="`afterview due` lists messages with their ids."
        )
    return to_message(row)


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
    message = _get_message(conn, message_id) if message_id is not None else None
    if message is not None and allows(Action.REPLY, message.state):
        event_id = move(
            conn, message, Action.REPLY, now=now, at=at, sender=sender, summary=summary
        ).event_id
        assert event_id is not None  # every reply step records its event
    else:  # a reply to the application, or to a message that was never sent: history only
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
