"""What no note may still hold when it goes out, by any medium.

The composer greets with a slot where the name alone cannot tell how someone is
addressed (:attr:`afterview.names.Greeting.slot`). The checker flags it and
approval waits for it; this is the last word, for a draft approved with
``--force`` or a note handed over by hand (LinkedIn, a card).
"""

from __future__ import annotations

from afterview.errors import InputError
from afterview.names import UNFILLED_GREETING


def refuse_unfilled(body: str, id: int) -> None:
    """Raise when message ``id`` still greets with the slot left for the user to fill."""
    found = UNFILLED_GREETING.search(body)
    if found:
        raise InputError(
            f"Message {id} still opens with a greeting to fill in: “{found.group()},”.",
            hint=f"write the greeting with `afterview edit {id}`, or set salutation for them "
            "in the interview file and `afterview add` it again (a draft not yet approved is "
            "written anew).",
        )
