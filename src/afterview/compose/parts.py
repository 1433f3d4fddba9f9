"""The sentences of one thank-you note, chosen for its recipient from what the debrief says.

Every part is a finished sentence or ``""``: a missing or unusable line drops
its sentence, it never leaves a gap. :mod:`.composer` lays the parts out and
keeps the note within its medium's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from afterview.compose.reading import InterviewReading, PersonReading, Used
from afterview.compose.reading.text import lower_first
from afterview.compose.wording import Wording
from afterview.model import Interview, Interviewer

# The parts a layout places; each layout of wording.toml holds every one of them once.
BODY_PARTS = ("thanks", "topics", "fit", "concern", "wish", "news", "rapport", "closing")
# Dropped in this order when a note runs long; thanks, topics and closing always stay.
OPTIONAL = ("rapport", "wish", "news", "concern", "fit")


@dataclass
class ThankYouParts:
    """The sentences of one thank-you note (the templates' ``p``)."""

    greeting: str
    thanks: str
    topics: str
    concern: str
    fit: str
    wish: str
    news: str
    rapport: str
    closing: str
    sign_off: str
    signature: str
    subject: str
    extras: list[str] = field(default_factory=list)
    layout: list[list[str]] = field(default_factory=list)
    # Where each optional sentence came from in the file, for the plan's advice.
    sources: dict[str, Used] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        """The layout filled: one string a paragraph, empty parts and paragraphs left out."""
        out = []
        for names in self.layout:
            sentences = [getattr(self, name) for name in names]
            if "topics" in names:
                sentences.insert(names.index("topics") + 1, " ".join(self.extras))
            text = " ".join(s for s in sentences if s)
            if text:
                out.append(text)
        if self.extras and not any("topics" in names for names in self.layout):
            out.append(" ".join(self.extras))
        return out


def role(position: str) -> str:
    """'the Senior Data Engineer role'; a position named as a post keeps its own word, and an
    aside in brackets ("Barista (casual, weekends)") stays out of the sentence."""
    position = re.sub(r"\s*\([^)]*\)", "", position).strip() or position
    last = position.split()[-1].lower() if position.split() else ""
    if last in ("role", "position", "post", "job", "opening", "vacancy", "placement"):
        return f"the {position}"
    return f"the {position} role"


# Employers whose names take "the" in a sentence: "at the University of Glasgow".
_INSTITUTIONS = re.compile(
    r"^(?:university|department|ministry|agency|office|institute|authority|commission|bureau|"
    r"society|association|council of|school of|college of)\b|\b(?:agency|institute|ministry|"
    r"department|commission|authority|bureau)(?: of\b.*)?$",
    re.IGNORECASE,
)


def company(name: str) -> str:
    """The employer as it reads mid-sentence: 'the University of Glasgow', 'Acme Robotics'."""
    if name.lower().startswith("the ") or not _INSTITUTIONS.search(name):
        return name
    return f"the {name}"


def values(interview: Interview) -> dict[str, str]:
    """The placeholders every bank may use."""
    meeting = {
        "phone": "our phone call",
        "video": "our video call",
        "onsite": "our meeting",
        "panel": "the panel interview",
        None: "our conversation",
    }[interview.interview.format]
    app = interview.application
    return {
        "role": role(app.position),
        "position": app.position,
        "company": company(app.company),
        "meeting": meeting,
        "weekday": f"{interview.interview.at:%A}",
        "candidate": interview.candidate.name,
    }


class PartsBuilder:
    """Builds the parts of each thank-you note of one interview."""

    def __init__(self, interview: Interview, reading: InterviewReading, wording: Wording) -> None:
        self.interview = interview
        self.reading = reading
        self.wording = wording
        self.values = values(interview)
        app = interview.application
        self.seed = _seed(interview.candidate.name, app.company, app.position)

    def build(self, person: Interviewer, place: int, greeting: str, section: str) -> ThankYouParts:
        reading = self.reading.people[place]
        own = self._picker(section, place)  # this medium's banks: the short ones of a connection
        pick = self._picker("thank_you", place)
        sources: dict[str, Used] = {}
        topics = self._topics(reading, own, sources)
        answer_used = None
        concern = ""
        if reading.concerns:
            asked, answer = reading.concerns[0]
            concern = self._concern(asked, answer, pick)
            sources["concern"] = asked
            answer_used = answer
        fit = self._fit(person, reading, answer_used, place, pick, sources)
        wish = news = ""
        owner_of_wish = self._owner(self.reading.wish)
        if self.reading.wish and owner_of_wish is person:
            shape = self.reading.wish.reading.shape
            if self.reading.wish is not answer_used:
                wish = pick(
                    "wish" if shape == "clause" else "wish_np", wish=_mid(self.reading.wish)
                )
                sources["wish"] = self.reading.wish
        if self.reading.news and self._owner(self.reading.news) is person:
            news = pick("news", news=_mid(self.reading.news))
            sources["news"] = self.reading.news
        rapport = ""
        if reading.rapport:
            bank = "rapport" if reading.rapport.reading.shape == "clause" else "rapport_np"
            rapport = pick(bank, rapport=_mid(reading.rapport))
            sources["rapport"] = reading.rapport
        extras = (
            [pick("extra", place=place + k) for k in range(3)] if section == "thank_you" else []
        )
        thanks, closing = own("thanks"), own("closing")
        return ThankYouParts(
            greeting=greeting,
            thanks=thanks,
            topics=topics,
            concern=concern,
            fit=fit,
            wish=wish,
            news=news,
            rapport=rapport,
            closing=closing,
            sign_off=self._sign_off(section, place, f"{thanks} {closing}"),
            signature=self.interview.candidate.name,
            subject=pick("subject"),
            extras=extras,
            layout=self.wording.pick(section, "layouts", self.seed, place),
            sources=sources,
        )

    def _sign_off(self, section: str, place: int, said: str) -> str:
        """The sign-off, never one that repeats the note's own words ("Many thanks" twice)."""
        rows = self.wording.rows(section, "sign_off")
        first = rows.index(self.wording.pick(section, "sign_off", self.seed, place))
        said = said.lower()
        for k in range(len(rows)):
            row = rows[(first + k) % len(rows)]
            if row.rstrip(",").lower() not in said:
                return str(row)
        return str(rows[first])

    def _picker(self, section: str, place: int):  # type: ignore[no-untyped-def]
        """pick(bank, **values): this note's row of a bank, filled. Rows whose telling words
        ("enjoyed", "insights"...) another sentence of the note already used are passed over,
        so a note never says "I enjoyed" twice."""
        said: set[str] = set()

        def pick(bank: str, place: int = place, **extra: str) -> str:
            rows = self.wording.rows(section, bank)
            first = rows.index(self.wording.pick(section, bank, self.seed, place))
            value_words = {w.lower() for v in extra.values() for w in v.split()}
            for k in range(len(rows)):
                row = rows[(first + k) % len(rows)]
                words = _telling(row)
                if not words & said and not words & value_words:
                    break
            else:
                row = rows[first]
            said.update(_telling(row))
            return self.wording.fill(row, {**self.values, **extra}, f"{section}] {bank}")

        return pick

    def _topics(self, reading: PersonReading, pick, sources: dict[str, Used]) -> str:  # type: ignore[no-untyped-def]
        if reading.topics:
            first = reading.topics[0]
            sources["topics"] = first
            shape = first.reading.shape
            if shape == "clause":
                return str(pick("topic_clause", topic=first.reading.text))
            if shape == "exercise":
                return str(pick("exercise", topic=first.reading.text))
            text = first.reading.text
            second = next((t for t in reading.topics[1:] if t.reading.shape == "np"), None)
            if second and len(text.split()) + len(second.reading.text.split()) <= 14:
                text = f"{text} and {second.reading.text}"
            return str(pick("topic", topic=text))
        if reading.questions:
            sources["topics"] = reading.questions[0]
            return str(pick("question", question=reading.questions[0].reading.text))
        return ""

    def _concern(self, asked: Used, answer: Used, pick) -> str:  # type: ignore[no-untyped-def]
        shape = asked.reading.shape
        bank = {"np": "concern", "whether": "concern_whether"}.get(shape, "concern_unsaid")
        return str(pick(bank, concern=asked.reading.text, answer=_mid(answer)))

    def _fit(self, person, reading, answer_used, place, pick, sources) -> str:  # type: ignore[no-untyped-def]
        strengths = [s for s in self.reading.strengths if s is not answer_used]
        if not strengths:
            return str(pick("fit_general"))
        talked = " ".join(u.raw for u in [*reading.topics, *reading.questions])
        choice = _best_match(strengths, talked)
        if choice is None:
            choice = strengths[place % len(strengths)]
        sources["fit"] = choice
        return str(pick("fit", strength=_mid(choice)))

    def _owner(self, used: Used | None) -> Interviewer | None:
        """The interviewer whose conversation a debrief line is clearly about, else the contact."""
        if used is None:
            return None
        from afterview.compose.language import content_words

        words = content_words(used.raw)
        best, score = self.interview.contact, 1
        for person in self.interview.interviewers:
            talked = " ".join([*person.topics, *person.concerns, *person.questions])
            n = len(words & content_words(talked))
            if n > score:
                best, score = person, n
        return best


_TELLING = frozenset(
    """enjoyed enjoy appreciated appreciate conversation discussion discussing talk talking
    insights useful helpful pleasure grateful really especially also highlight stayed keep
    thinking learn learned interesting glad delighted thoughtful experience""".split()
)


def _telling(row: str) -> set[str]:
    """The words of a row that would jar if another sentence of the note used them too."""
    return {w.strip(".,;:“”").lower() for w in row.split()} & _TELLING


def _mid(used: Used) -> str:
    """A reading as it sits mid-sentence ("my talk was accepted", "I speak French")."""
    return lower_first(used.reading.text)


def _best_match(strengths: list[Used], talked: str) -> Used | None:
    from afterview.compose.language import content_words

    wanted = content_words(talked)
    best, score = None, 0
    for used in strengths:
        n = len(content_words(used.raw) & wanted)
        if n > score:
            best, score = used, n
    return best


def _seed(*parts: object) -> int:
    from afterview.compose.wording import seed

    return seed(*parts)
