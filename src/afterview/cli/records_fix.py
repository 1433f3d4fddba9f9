"""Putting the records right: ``skip``, ``unapprove``, ``undo``, ``rename``, ``merge`` and
``delete``."""

from __future__ import annotations

import click

from afterview.cli import output
from afterview.cli.params import RECORD_ID, db_option, now_option


@click.command("skip")
@click.argument("message_ids", nargs=-1, required=True, type=RECORD_ID, metavar="ID...")
@click.option("--reason", metavar="TEXT", default="", help="Why, for the history.")
@now_option
@db_option
def skip(message_ids: tuple[int, ...], reason: str, now: str | None, db: str | None) -> None:
    """Decide not to send a message: it leaves `due` and the calendar for good.

    ID is a message (see `afterview due`). Adding the interview file again does
    not bring it back. All the messages named are skipped, or none is.
    """
    from afterview.clock import now as clock
    from afterview.store import Store

    moment = clock(now)
    with Store.open(db, create=False) as store, store.atomic():
        skipped = [store.skip(id, reason, now=moment) for id in dict.fromkeys(message_ids)]
    for m in skipped:
        output.say(
            f"Skipped message {m.id}: {m.kind.replace('_', ' ')} to {output.visible(m.recipient)}."
        )


@click.command("unapprove")
@click.argument("message_ids", nargs=-1, required=True, type=RECORD_ID, metavar="ID...")
@now_option
@db_option
def unapprove(message_ids: tuple[int, ...], now: str | None, db: str | None) -> None:
    """Take an approval back before the message goes: it waits for you again.

    ID is an approved message. All the messages named are unapproved, or none is.
    """
    from afterview.clock import now as clock
    from afterview.store import Store

    moment = clock(now)
    with Store.open(db, create=False) as store, store.atomic():
        done = [store.unapprove(id, now=moment) for id in dict.fromkeys(message_ids)]
    for m in done:
        output.say(f"Message {m.id} is planned again: `afterview approve {m.id}` when it is ready.")


@click.command("undo")
@click.argument("application_id", type=RECORD_ID, metavar="ID")
@now_option
@db_option
def undo(application_id: int, now: str | None, db: str | None) -> None:
    """Take back the last `afterview log` or `afterview outcome` of an application.

    ID is the application (see `afterview list`; `afterview show ID` shows its
    history). The messages it changed are as they were before; what it added
    goes. Refused, changing nothing, if those messages changed since.
    """
    from afterview.cli.records_parse import when
    from afterview.clock import now as clock
    from afterview.records.service import undo as undo_last
    from afterview.store import Store

    moment = clock(now)
    with Store.open(db, create=False) as store:
        done = undo_last(store, application_id, now=moment)
    stamp = when(done.created_at.astimezone())
    output.say(f"Undid `{done.summary}` (recorded {stamp}) on application {application_id}.")
    for id, before, after in done.restored:
        output.say(f"  Message {id}: {before} → {after}.")
    for id in done.removed:
        output.say(f"  Message {id}, which it had planned, is gone.")
    if done.stage is not None:
        output.say(f"  The application is {done.stage[1]} again (was {done.stage[0]}).")


@click.command("rename")
@click.argument("application_id", type=RECORD_ID, metavar="ID")
@click.option("--company", metavar="NAME", help="The company's name as it should read.")
@click.option("--position", metavar="TEXT", help="The position as it should read.")
@click.option("--reference", metavar="TEXT", help="The posting's reference ('' for none).")
@now_option
@db_option
def rename(
    application_id: int,
    company: str | None,
    position: str | None,
    reference: str | None,
    now: str | None,
    db: str | None,
) -> None:
    """Correct an application's company, position or reference.

    ID is the application (see `afterview list`). The drafts not yet approved
    take the new name; drafts you edited keep your words, so read them again.
    """
    from afterview.clock import now as clock
    from afterview.errors import UsageError
    from afterview.records.service import rename as rename_application
    from afterview.store import Store
    from afterview.store.corrections import describe

    if company is None and position is None and reference is None:
        raise UsageError(
            "Say what to change: --company, --position or --reference.",
            hint="e.g. afterview rename 3 --company 'Acme Robotics'",
        )
    moment = clock(now)
    with Store.open(db, create=False) as store:
        done = rename_application(
            store,
            application_id,
            company=company,
            position=position,
            reference=reference,
            now=moment,
        )
    if done.before == done.after:
        output.say(f"Application {application_id} already reads {describe(done.after)}.")
        return
    output.say(
        f"Application {application_id}: {describe(done.before)} → {describe(done.after)}; "
        "its planned drafts were written again."
    )


@click.command("merge")
@click.argument("keep", type=RECORD_ID, metavar="KEEP")
@click.argument("other", type=RECORD_ID, metavar="OTHER")
@now_option
@db_option
def merge(keep: int, other: int, now: str | None, db: str | None) -> None:
    """Join two applications that are one (the same interview added under two spellings).

    OTHER's rounds, messages and history move into KEEP, and OTHER is deleted.
    A message both hold is kept once: the copy that went further (approved,
    sent...). KEEP's name and stage stand.
    """
    from afterview.clock import now as clock
    from afterview.records.service import merge as merge_applications
    from afterview.store import Store

    moment = clock(now)
    with Store.open(db, create=False) as store:
        done = merge_applications(store, keep, other, now=moment)
    output.say(
        f"Merged application {other} into {keep}: {done.rounds_moved} round(s) and "
        f"{done.messages_moved} message(s) moved, {done.duplicates_dropped} duplicate(s) dropped."
    )


@click.command("delete")
@click.argument("application_id", type=RECORD_ID, metavar="ID")
@click.option("--yes", "-y", is_flag=True, help="Delete without asking (for scripts).")
@db_option
def delete(application_id: int, yes: bool, db: str | None) -> None:
    """Delete an application with its rounds, messages and history, for good.

    ID is the application (see `afterview list`). Asks first at a terminal;
    elsewhere it needs --yes.
    """
    from afterview.cli.records_ask import at_terminal, confirm
    from afterview.errors import UsageError
    from afterview.store import Store

    with Store.open(db, create=False) as store:
        found = store.application_contents(application_id)
        what = (
            f"application {application_id} ({found.company}, {found.position}) with its "
            f"{found.rounds} round(s), {found.messages} message(s) and {found.events} event(s)"
        )
        if not yes:
            if not at_terminal():
                raise UsageError(
                    f"Not deleted: {what}. Deleting cannot be undone.",
                    hint=f"to delete it without being asked, add --yes: "
                    f"afterview delete {application_id} --yes",
                )
            if not confirm(f"Delete {what}? This cannot be undone"):
                output.say("Nothing was deleted.")
                return
        store.delete_application(application_id)
    output.say(f"Deleted {output.visible(what)}.")
