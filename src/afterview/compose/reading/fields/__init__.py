"""Each kind of debrief line, read into the form a note needs, or left out with the reason.

Every reader takes the line as the candidate wrote it and returns a
:class:`Reading` (the text in the shape the sentence frames expect) or raises
:class:`~afterview.compose.reading.text.Unusable` with the reason and,
where one can be given, a wording that would work.

Shapes (``Reading.shape``):

- ``clause``: a whole clause with its subject ("I speak Portuguese", "you also
  run marathons"), ready to follow "that" or to stand as a sentence;
- ``np``: a noun phrase, a gerund or a question-word clause ("the ERP
  rollout", "moving batch jobs to Kafka", "how you run code review"), ready to
  follow "about";
- ``exercise``: a noun phrase naming the candidate's own exercise ("the case
  study"), which a note thanks the reader for discussing, never credits to them;
- ``question``: a question the interviewer asked, as a sentence to quote;
- ``whether``: a concern as an indirect question ("whether I have run a budget").

Each kind of line has a module of its own (``strength``, with ``quality`` for a
quality claimed, ``topic``, ``question``,
``concern``, ``rapport``, ``wish``, ``news``); ``first_person`` and ``predicate``
mend a line the candidate wrote about themselves, ``logistics`` knows the terms
of a job, and ``common`` holds what several readers share.
"""

from afterview.compose.reading.fields.common import Reading
from afterview.compose.reading.fields.concern import read_answer, read_concern
from afterview.compose.reading.fields.logistics import practical
from afterview.compose.reading.fields.news import read_news
from afterview.compose.reading.fields.quality import read_pitched_strength
from afterview.compose.reading.fields.question import read_question
from afterview.compose.reading.fields.rapport import read_rapport
from afterview.compose.reading.fields.strength import read_strength
from afterview.compose.reading.fields.topic import read_topic
from afterview.compose.reading.fields.wish import read_wish

__all__ = [
    "Reading",
    "practical",
    "read_answer",
    "read_concern",
    "read_news",
    "read_pitched_strength",
    "read_question",
    "read_rapport",
    "read_strength",
    "read_topic",
    "read_wish",
]
