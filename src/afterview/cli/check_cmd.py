"""``afterview check`` and ``afterview eval``: their options; the work is in ``check_run``."""

from __future__ import annotations

from typing import Any

import click

from afterview.check.context import KINDS, MEDIA
from afterview.cli.params import PATH

format_option = click.option(
    "--format", type=click.Choice(["text", "json"]), default="text", help="Output format."
)


@click.command("check")
@click.argument("file", type=PATH, required=False)
@click.option(
    "--subject",
    metavar="TEXT",
    help="The email's subject line (overrides a 'Subject:' line in the file).",
)
@click.option("--kind", type=click.Choice(KINDS), help="What the note is.")
@click.option("--medium", type=click.Choice(MEDIA), help="How it is sent.")
@click.option(
    "--to",
    metavar="NAME",
    help="The recipient's name; with --interview, the interviewer the note is for.",
)
@click.option("--title", metavar="TEXT", help="The recipient's job title.")
@click.option("--from", "sender", metavar="NAME", help="Your name, as you sign.")
@click.option("--company", metavar="NAME", help="The company you interviewed with.")
@click.option("--position", metavar="TEXT", help="The position you interviewed for.")
@click.option(
    "--topic",
    metavar="TEXT",
    multiple=True,
    help="Something you discussed with the recipient (repeat for more).",
)
@click.option(
    "--other-company",
    metavar="NAME",
    multiple=True,
    help="Another company you are applying to (repeat for more).",
)
@click.option(
    "--sibling",
    metavar="NAME=FILE",
    multiple=True,
    help="The note to another panel member, as NAME=FILE (repeat for more).",
)
@click.option(
    "--interview-at", metavar="WHEN", help="When the interview started (ISO 8601 with offset)."
)
@click.option(
    "--send-at",
    metavar="WHEN",
    help="When the note would go out (default: now, where timing matters).",
)
@click.option(
    "--decision-by", metavar="DATE", help="The date they gave for a decision (YYYY-MM-DD)."
)
@click.option(
    "--follow-ups",
    type=int,
    default=0,
    metavar="N",
    help="Follow-ups already sent after the thank-you note.",
)
@click.option(
    "--last-contact",
    metavar="WHEN",
    help="When you last wrote to them about this interview (ISO 8601).",
)
@click.option(
    "--interview",
    type=PATH,
    metavar="FILE",
    help="An interview file (TOML) to take the context from; name the recipient with --to.",
)
@click.option(
    "--cases",
    type=PATH,
    metavar="FILE",
    help="Check every case of a JSON Lines cases file instead; prints one JSON line per case.",
)
@click.option(
    "--disable",
    metavar="RULE",
    multiple=True,
    help="A rule id prefix or category to switch off (repeat for more; adds to check.disable).",
)
@click.option(
    "--word",
    metavar="WORD",
    multiple=True,
    help="A word the spelling check accepts (repeat for more; adds to check.words).",
)
@format_option
def check(**opts: Any) -> int:
    """Check a follow-up note for etiquette problems: wrong name or company, unfilled slots,
    tone, spelling, grammar, length and timing. Exit 1 when it finds something, 0 when clean.

    FILE is the note (plain text; '-' reads standard input). A first line
    'Subject: ...' is the subject.
    """
    from afterview.cli.check_run import run_check

    return run_check(opts)


@click.command("eval")
@click.argument("file", type=PATH)
@click.option(
    "--disable",
    metavar="RULE",
    multiple=True,
    help="A rule id prefix or category to switch off (repeat for more).",
)
@format_option
def eval_(**opts: Any) -> int:
    """Score the checker against the 'expected' labels of a cases file: precision, recall and
    F1 per category, then micro and macro F1.

    FILE is a cases file (JSON Lines, the shared etiquette format).
    """
    from afterview.cli.check_run import run_eval

    return run_eval(opts)
