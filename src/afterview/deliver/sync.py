"""``afterview sync``: what arrived in the mailbox, turned into records.

Each new message of the inbox is classified (:mod:`.classify`) and matched to
an application: by In-Reply-To/References to a message we sent, else by the
sender's address or the company's domain (never a public mail domain such as
gmail.com: the store knows those, see :mod:`afterview.store.addresses`). Then:

- a real reply is recorded, which cancels the pending status inquiries, or,
  when it names a date still to come ("we decide by the 18th"), moves them
  to after it;
- an out-of-office with a return date moves them to after that date;
- other auto-replies change nothing;
- a bounce of a message we sent is recorded as a delivery failure: the
  message becomes ``bounced`` and ``afterview due`` asks the user to fix the
  address and approve it again. The status inquiries stay as they are.

Where the previous sync stopped is kept in a small JSON file (folder,
UIDVALIDITY, last UID), so each message is looked at once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from afterview.deliver.classify import Incoming, Verdict, classify, parse_bytes
from afterview.deliver.mailbox import Fetched, Mailbox
from afterview.deliver.ports import ReplyStore
from afterview.errors import InputError
from afterview.store.messages import StoredMessage

FIRST_SYNC_DAYS = 60  # on a first sync, look this far back
STATE_FILE = "sync-state.json"


@dataclass(frozen=True)
class Seen:
    """One incoming message and what was done about it."""

    incoming: Incoming
    application_id: int | None
    message: StoredMessage | None  # the message of ours it answers, where known
    action: str  # for the user: "recorded reply", "postponed to ...", "ignored: ..."


@dataclass
class SyncReport:
    seen: list[Seen] = field(default_factory=list)
    unmatched: int = 0


@dataclass
class SyncState:
    """Where the last sync of a folder stopped."""

    path: Path
    folders: dict[str, dict[str, int]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> SyncState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            folders = {
                str(k): {"uidvalidity": int(v["uidvalidity"]), "last_uid": int(v["last_uid"])}
                for k, v in data.get("folders", {}).items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            folders = {}  # missing or damaged: start over from the recent past
        return cls(path, folders)

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".part")
        tmp.write_text(json.dumps({"folders": self.folders}, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def default_state_path() -> Path:
    from afterview.settings import data_dir

    return data_dir() / STATE_FILE


def match(store: ReplyStore, incoming: Incoming) -> tuple[int | None, StoredMessage | None]:
    """The application (and our message, where known) an incoming email belongs to."""
    for ref in incoming.refs:
        ours = store.find_by_rfc_message_id(ref)
        if ours is not None:
            return ours.application_id, ours
    if incoming.sender:
        apps = store.find_applications_by_address(incoming.sender)
        if apps:
            return apps[0].id, None  # open first, then the latest written to (see the store)
    return None, None


def apply(store: ReplyStore, incoming: Incoming, *, today: date, at: datetime) -> Seen:
    """Record what one classified email means for the applications."""
    if incoming.verdict is Verdict.BOUNCE:
        ours = next(
            (m for m in (store.find_by_rfc_message_id(i) for i in incoming.bounced_ids) if m), None
        )
        who = ", ".join(incoming.failed_recipients) or (ours.recipient_email if ours else "") or "?"
        words = incoming.diagnostic or incoming.subject
        if ours is None:
            return Seen(incoming, None, None, f"a bounce not about our mail: {words}")
        failed = incoming.failed_recipients
        address = (ours.recipient_email or "").lower()
        try:
            store.record_bounce(
                ours.id, at, words, address if address in failed else next(iter(failed), "")
            )
        except InputError as exc:  # a state that cannot bounce: say so, keep syncing
            return Seen(
                incoming,
                ours.application_id,
                ours,
                f"delivery failed to {who}: {words} (not recorded: {exc.message})",
            )
        return Seen(
            incoming,
            ours.application_id,
            ours,
            f"delivery failed to {who}: {words}; message {ours.id} is marked bounced: fix the "
            f"address, then `afterview approve {ours.id}` to send it again",
        )
    if incoming.verdict is Verdict.DELAYED:
        return Seen(incoming, None, None, "ignored: a server is still trying to deliver")
    app_id, ours = match(store, incoming)
    if app_id is None:
        return Seen(incoming, None, None, "ignored: not about any application")
    if ours is not None and incoming.sender == (ours.candidate_email or "").lower():
        return Seen(incoming, app_id, ours, "ignored: your own message in the thread")
    if incoming.verdict is Verdict.OUT_OF_OFFICE:
        back = incoming.return_date
        if back is not None and back > today:
            moved = store.postpone_inquiries(app_id, back)
            return Seen(
                incoming, app_id, ours, f"out of office until {back}: moved {moved} inquiries"
            )
        return Seen(incoming, app_id, ours, "ignored: out of office, no return date to wait for")
    if incoming.verdict is Verdict.AUTO_REPLY:
        return Seen(incoming, app_id, ours, f"ignored: automatic ({incoming.why})")
    summary = incoming.summary or incoming.subject
    named = incoming.named_date if incoming.named_date and incoming.named_date > today else None
    store.record_reply(ours.id if ours else None, app_id, at, incoming.sender, summary, until=named)
    if named is not None:  # "we decide by the 18th": ask after it, not never
        return Seen(incoming, app_id, ours, f"recorded the reply; inquiries wait until {named}")
    return Seen(incoming, app_id, ours, "recorded the reply")


def process(
    store: ReplyStore,
    fetched: Iterable[Fetched],
    *,
    own_addresses: Iterable[str] = (),
    now: datetime | None = None,
    done: Callable[[int], None] = lambda uid: None,
) -> SyncReport:
    """Classify and record each fetched message, calling ``done(uid)`` after each."""
    now = now or datetime.now(UTC)
    own = {a.lower() for a in own_addresses if a}
    report = SyncReport()
    for item in fetched:
        incoming = classify(parse_bytes(item.raw), received=item.received or now)
        if incoming.sender not in own:  # our own mail (a copy, a note to self) is never a reply
            received = item.received or now
            seen = apply(store, incoming, today=received.date(), at=incoming.date or received)
            if seen.application_id is None and incoming.verdict is not Verdict.BOUNCE:
                report.unmatched += 1
            else:
                report.seen.append(seen)
        done(item.uid)
    return report


def sync(
    store: ReplyStore,
    mailbox: Mailbox,
    *,
    state_path: Path | None = None,
    own_addresses: Iterable[str] = (),
    now: datetime | None = None,
) -> SyncReport:
    """Read what is new in the inbox and record what it means.

    The position is saved after every message, so a crash or a signal
    mid-way never records the same reply twice.
    """
    now = now or datetime.now(UTC)
    state = SyncState.load(state_path or default_state_path())
    folder = mailbox.config.inbox
    known = state.folders.get(folder, {})
    validity, fetched = mailbox.new_messages(
        folder,
        after_uid=known.get("last_uid", 0),
        uidvalidity=known.get("uidvalidity"),
        since=(now - timedelta(days=FIRST_SYNC_DAYS)).date(),
    )

    def done(uid: int) -> None:
        state.folders[folder] = {"uidvalidity": validity, "last_uid": uid}
        state.save()

    return process(store, fetched, own_addresses=own_addresses, now=now, done=done)
