"""Approving drafts: each is checked first, and one the checker finds an error in waits.

Approval is the user's "yes, send this". A draft with an error-severity finding
(the wrong company's name, an unfilled ``[slot]``, a third follow-up...) is not
approved on the nod: the caller asks the user (``ask``), or, where nobody can be
asked, refuses unless told to go ahead (``force``). All the messages named are
approved together or none of them: an unknown id or a refused draft writes
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from afterview.errors import AfterviewError
from afterview.records.findings import Judged, judge
from afterview.store.messages import State

if TYPE_CHECKING:
    from afterview.store import Store, StoredMessage


class FlaggedDraftError(AfterviewError):
    """Drafts with an error-severity finding were not approved (nothing was)."""

    def __init__(self, flagged: Sequence[Judged]) -> None:
        ids = ", ".join(str(j.message.id) for j in flagged)
        first = flagged[0].message.id
        noun = "draft has" if len(flagged) == 1 else "drafts have"
        super().__init__(
            f"The {noun} an error the checker found (message {ids}); nothing was approved.",
            hint=f"read it with `afterview draft {first}` and fix it with `afterview edit "
            f"{first}`; to approve it as it is, add --force.",
        )
        self.flagged = list(flagged)


@dataclass(frozen=True)
class Approval:
    """What became of one message named: approved (again), or left as it was."""

    before: StoredMessage
    after: StoredMessage
    judged: Judged | None  # the check, where the approval changes something
    skipped: bool = False  # flagged, and the user said no

    @property
    def again(self) -> bool:
        """Approved to go out again after a bounce."""
        return self.before.state == State.BOUNCED.value and not self.skipped


def approve(
    store: Store,
    ids: Sequence[int],
    *,
    now: datetime | None = None,
    force: bool = False,
    ask: Callable[[Judged], bool] | None = None,
) -> list[Approval]:
    """Check, then approve, the messages ``ids`` (see the module docstring).

    ``ask(judged)`` is called for each flagged draft (outside any transaction:
    the user may take their time) and says whether to approve it anyway; a "no"
    leaves that one alone and approves the others. Without ``ask`` and without
    ``force`` a flagged draft raises :class:`FlaggedDraftError`.
    """
    named = [store.get_message(id) for id in dict.fromkeys(ids)]  # unknown id: nothing written
    checked: dict[int, Judged] = {}
    flagged: list[Judged] = []
    for message in named:
        if message.state not in (State.PLANNED.value, State.BOUNCED.value):
            continue  # approved already (nothing to do) or past approving (the store says why)
        judged = judge(store, message.id, now=now)
        checked[message.id] = judged
        if judged.errors and not force:
            flagged.append(judged)
    if flagged and ask is None:
        raise FlaggedDraftError(flagged)
    declined = {j.message.id for j in flagged if ask is not None and not ask(j)}
    out = []
    with store.atomic():
        for message in named:
            if message.id in declined:
                out.append(Approval(message, message, checked.get(message.id), skipped=True))
                continue
            after = store.approve(message.id, now=now)
            out.append(Approval(message, after, checked.get(message.id)))
    return out
