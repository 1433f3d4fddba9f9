"""Drafts for planned messages: a complete subject and body for each, fit for its medium.

A thank-you note is built from parts chosen for one recipient (``parts.py``)
out of what :mod:`.reading` made of the debrief, laid out by one of the
layouts of ``wording.toml``, and kept within its medium: an email or a
LinkedIn message within 125 words, a card within 80, a LinkedIn note sent
with a connection request within 300 characters. Optional sentences are
dropped, least important first, when a note runs long; what a note leaves out
is reported (:attr:`Composer.left_out`) for the plan's advice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from afterview import workdays
from afterview.check.lazy import lazy
from afterview.compose import layout, proofread
from afterview.compose.parts import (
    AGENCY_BRANDS,
    NOT_TO_A_FAMILY,
    OPTIONAL,
    PartsBuilder,
    ThankYouParts,
    as_a_newcomer,
    echoes,
    employer_named_for,
    formal_greeting,
    naming_the_employer,
    never_to,
    no_pitch,
    says_again,
    says_thanks,
    thanks_bank,
    values,
)
from afterview.compose.reading import (
    InterviewReading,
    LeftOut,
    Used,
    read_interview,
    thanked_for_their_part,
)
from afterview.compose.reading.shapes import sounds_grave
from afterview.compose.reading.text import lower_first, prose_numbers
from afterview.compose.render import day, render
from afterview.compose.wording import Wording, seed, wording
from afterview.model import Interview, Interviewer, Kind, Medium, PlannedMessage
from afterview.model.message import FromNotes
from afterview.names import Greeting, is_group, name_words, titled_greeting
from afterview.timing import CONNECTION_NOTE_LIMIT, DRAFT_WORDS, word_count


def greeting(found: Greeting, medium: Medium) -> str:
    """'Dear Dr. Moritz,' or, on LinkedIn to someone greeted by first name, 'Hi Aoife,'.

    Where the name cannot tell how they are addressed, a slot to fill: never a guess.
    """
    if found.ask:
        return f"Dear {found.slot},"
    if re.match(
        r"(?:Your|His|Her) (?:Highness|Excellency|Honou?r|Majesty|Grace|Eminence)\b", found.name
    ):
        return f"{found.name},"  # a style of address opens a letter alone, never "Dear Your ..."
    titled = titled_greeting(found.name)  # a salutation of a first name or nickname is casual
    casual = medium is Medium.LINKEDIN and not titled and not is_group(found.name)  # a team
    # "Dear Tank" mixes a formal opening with a nickname; a card opens "Dear" whatever the name
    # (late363 readers: "Hi Ronnie," on a card to the firm's name partner)
    casual = casual or (found.nickname and medium is not Medium.HANDWRITTEN)
    return f"{'Hi' if casual else 'Dear'} {found.name},"


def connection_note(person: Interviewer | None, medium: Medium) -> bool:
    """True for a LinkedIn note to someone not (known to be) connected: 300 characters."""
    return medium is Medium.LINKEDIN and not (person is not None and person.connected)


class Composer:
    """Writes drafts from templates; ``templates`` is a folder of overrides, or None."""

    def __init__(self, templates: str | None = None) -> None:
        self.templates = templates
        self.left_out: list[LeftOut] = []
        self._readings: dict[int, InterviewReading] = {}
        # One builder per interview: it assigns the strengths of the whole panel at once.
        self._builders: dict[tuple[int, int], PartsBuilder] = {}
        self._used: set[str] = set()
        self._told_news: set[str] = set()  # who has read the news in a thank-you note
        self._withheld: set[str] = set()  # the fields of own lines no thank-you note says
        self._thanked: dict[str, str] = {}  # each thank-you note's body, by recipient
        self.generic: list[str] = []  # whose thank-you note names nothing from the conversation
        self._carried: list[tuple[Used, str]] = []  # the draft's lines of the file, as said

    def draft_all(
        self, interview: Interview, messages: list[PlannedMessage]
    ) -> list[PlannedMessage]:
        reading = self._reading(interview)
        self.left_out = list(reading.left_out)
        self.generic = []
        self._used = set()
        self._told_news = set()
        self._withheld = set()
        self._thanked = {}
        drafted = [self.draft(interview, m) for m in messages]
        position = interview.application.position
        for used in reading.strengths:
            why = no_pitch(used, position) if used.field not in self._used else None
            if why:  # the better reason: it would not be said even if asked for
                self.left_out = [x for x in self.left_out if x.field != used.field]
                self.left_out.append(LeftOut(used.field, used.raw, why))
        # A line left out of one note but said in another is not lost: no advice for it.
        self.left_out = [
            left for left in self.left_out if not (left.field in self._used and left.dropped)
        ]
        return drafted

    def draft(self, interview: Interview, message: PlannedMessage) -> PlannedMessage:
        self._carried = []
        if message.kind is Kind.THANK_YOU:
            subject, body = self._thank_you(interview, message)
        else:
            subject, body = self._later(interview, message)
        # "planning officer interview: thank you": a subject opens with a capital, whatever
        # the position was typed as (late489, late506 readers)
        subject = subject[:1].upper() + subject[1:] if message.medium is Medium.EMAIL else ""
        drafted = message.with_draft(subject, body)
        return replace(drafted, from_notes=from_notes(body, self._carried))

    # ---------------------------------------------------------------- helpers

    def _reading(self, interview: Interview) -> InterviewReading:
        key = id(interview)
        if key not in self._readings:
            self._readings = {key: read_interview(interview)}
        return self._readings[key]

    def _builder(self, interview: Interview) -> PartsBuilder:
        reading, wording = self._reading(interview), self._wording()
        key = (id(reading), id(wording))
        if key not in self._builders:
            self._builders = {
                key: PartsBuilder(interview, reading, wording, interview.candidate.own_lines)
            }
        return self._builders[key]

    def _wording(self) -> Wording:
        return wording(self.templates)

    def _render(self, message: PlannedMessage, context: dict[str, Any], part: str = "") -> str:
        kind = message.kind.value
        return render(
            self.templates,
            self._names(message, part),
            context,
            lambda: layout.note(context, kind, part),
        )

    def _names(self, message: PlannedMessage, part: str = "") -> list[str]:
        kind = message.kind.value
        if part:
            return [f"{kind}.{message.medium.value}.{part}.j2", f"{kind}.{part}.j2"]
        return [f"{kind}.{message.medium.value}.j2", f"{kind}.j2"]

    # ---------------------------------------------------------------- thank-you notes

    def _thank_you(self, interview: Interview, message: PlannedMessage) -> tuple[str, str]:
        person = interview.find(message.recipient)
        assert person is not None, "a thank-you always goes to an interviewer"
        place = _place(interview, person)
        builder = self._builder(interview)
        context = self._context(interview, message, person)
        hello = context["greeting"]
        if connection_note(person, message.medium):
            parts = self._proofread(builder.build(person, place, hello, "connection"), message)
            body = self._connection(parts, context, message, builder, place)
        else:
            card = message.medium is Medium.HANDWRITTEN
            parts = self._proofread(
                builder.build(person, place, hello, "thank_you", card=card), message
            )
            body, parts = self._within(self._one_of_yours(parts, message), context, message)
        for used in parts.withheld.values():
            if used.field not in self._withheld:
                self._withheld.add(used.field)
                why = WITHHELD.format(whom=message.recipient)
                self.left_out.append(LeftOut(used.field, used.raw, why, message.recipient, True))
        enough = thanked_for_their_part(person, interview.application.position)
        if "topics" not in parts.sources and (person.topics or person.questions) and not enough:
            self.generic.append(person.name)
        said = {name for name in parts.sources if getattr(parts, name, "")}
        if "concern" in said:
            said.add("answer")  # the answer is said with its concern
        self._carried = [
            (parts.sources[name], getattr(parts, "concern" if name == "answer" else name))
            for name in sorted(said, key=list(parts.sources).index)
        ]
        self._used.update(parts.sources[name].field for name in said)
        if "news" in said:
            self._told_news.add(message.recipient)  # their follow-up will not repeat it
        self._thanked[message.recipient] = body
        subject = self._render(message, {**context, "p": parts}, "subject")
        return subject, body

    def _body(self, parts: ThankYouParts, context: dict[str, Any], message: PlannedMessage) -> str:
        return self._render(message, {**context, "p": parts})

    def _one_of_yours(self, parts: ThankYouParts, message: PlannedMessage) -> ThankYouParts:
        """The note with one line of the candidate's own besides the topic, the one that matters
        most: each such line is one more chance of a slip, and in blind reads of 462 notes those
        with two or more were almost never sent as written (5%, against 20% with one)."""
        own = [n for n in _ADDS if n in parts.sources and getattr(parts, n)]
        if len(own) < 2:
            return parts
        why = f"a note adds one thing of yours to the conversation; this one adds {_ADDS[own[0]]}"
        for name in own[1:]:
            self._dropped(parts, name, message, why)
            parts = parts.without(name)
        return parts

    def _within(
        self, parts: ThankYouParts, context: dict[str, Any], message: PlannedMessage
    ) -> tuple[str, ThankYouParts]:
        """The note within its medium's words: optional sentences dropped, least important
        first, then put back, most important first, wherever they still fit."""
        low, high = DRAFT_WORDS[message.medium.value]
        extras = list(parts.extras)
        current = replace(parts, extras=[])
        body = self._body(current, context, message)
        dropped: list[str] = []
        # Sentences of the bank's own (no line of the file behind them) go first.
        filler = [n for n in OPTIONAL if n not in parts.sources]
        wish = parts.sources.get("wish")
        order = [*filler, *(n for n in OPTIONAL if n not in filler)]
        order = [n for n in order if n not in parts.kept]  # "I have withdrawn ...": always said
        if wish is not None and wish.reading.shape != "clause":
            order = ["wish", *(n for n in order if n != "wish")]  # a thing named, not said
        for name in order:
            if word_count(body) <= high:
                break
            if getattr(current, name):
                dropped.append(name)
                current = current.without(name)
                body = self._body(current, context, message)
        for name in reversed(dropped[:-1]):
            attempt = current.having(name, getattr(parts, name))
            longer = self._body(attempt, context, message)
            if word_count(longer) <= high:
                current, body = attempt, longer
        if word_count(body) > high and parts.kept and current.topics:
            # a withdrawal on a card: the reason is said before what was talked about
            dropped.append("topics")
            current = current.without("topics")
            body = self._body(current, context, message)
        for name in dropped:
            if not getattr(current, name):
                self._dropped(parts, name, message, f"to keep the note within {high} words")
        while word_count(body) < low and extras:
            current = replace(current, extras=[*current.extras, extras.pop(0)])
            body = self._body(current, context, message)
        return body, current

    def _connection(
        self,
        parts: ThankYouParts,
        context: dict[str, Any],
        message: PlannedMessage,
        builder: PartsBuilder,
        place: int,
    ) -> str:
        """A note for a connection request, within 300 characters: the thanks, one point from
        the conversation and the closing, with the personal connection if it fits too; then
        the shortest rows, then a shorter point, before anything is left out."""
        # after a withdrawal, saying so is the point of the note: it stays, the topic may go
        kept = ("rapport", "fit") if builder.withdrawn else ("rapport",)
        for name in OPTIONAL:
            if name not in kept and getattr(parts, name):
                self._dropped(parts, name, message, "a connection request holds 300 characters")
        current = replace(parts.without(*(n for n in OPTIONAL if n not in kept)), extras=[])
        body = self._body(current, context, message)
        if len(body) > CONNECTION_NOTE_LIMIT and current.rapport:
            self._dropped(parts, "rapport", message, "a connection request holds 300 characters")
            current = current.without("rapport")
            body = self._body(current, context, message)
        if len(body) <= CONNECTION_NOTE_LIMIT:
            return body
        # someone who only watched is still thanked as one: never "for interviewing me"
        thanks = thanks_bank(builder.reading.people[place])
        named = builder.employer_named_as(place)  # "with your family", as the long note said
        for part, bank in (("thanks", thanks), ("closing", "closing"), ("sign_off", "sign_off")):
            written = [
                naming_the_employer(r, **named) for r in builder.wording.rows("connection", bank)
            ]
            rows = [
                builder.wording.fill(r, builder.values, f"connection] {bank}")
                for r in (
                    [r for r in written if r is not None]
                    or builder.wording.rows("connection", bank)
                )
            ]
            if bank == "sign_off":  # not "Many thanks for our chat ..." then "Many thanks,"
                rows = [r for r in rows if not echoes(r, current.thanks)] or rows
            # thanks once: not "Thank you for interviewing me ... Thank you for telling me ..."
            before = current.topics if part == "thanks" else f"{current.thanks} {current.topics}"
            if part != "sign_off" and says_thanks(before):
                rows = [r for r in rows if not says_thanks(r)] or rows
            if part == "thanks" and formal_greeting(context["greeting"]):
                rows = [r for r in rows if not r.startswith("Thanks")] or rows  # "Dear Dr. ..."
            current = current.having(part, min(rows, key=len))
        body = self._body(current, context, message)
        for shorter in builder.shorter_topics(place):
            if len(body) <= CONNECTION_NOTE_LIMIT:
                break
            current = replace(current, topics=shorter)
            body = self._body(current, context, message)
        if len(body) > CONNECTION_NOTE_LIMIT and current.topics:
            source = parts.sources.get("topics")
            if source is not None:
                self.left_out.append(
                    LeftOut(
                        source.field,
                        source.raw,
                        "it is too long for the 300 characters of a connection request; once "
                        "you are connected, set connected = true for a full note",
                        message.recipient,
                    )
                )
            current = replace(current, topics="")
            body = self._body(current, context, message)
        if len(body) > CONNECTION_NOTE_LIMIT and current.fit:  # after a withdrawal
            whom = builder.whom(place)
            filled = [
                builder.wording.fill(row, builder.values, f"{section}] withdrawn")
                for section in ("thank_you", "connection")  # the second's are short, for anyone
                for row in builder.wording.rows(section, "withdrawn")
                if not never_to(row, whom)
            ]
            # not "your time" again after "I appreciated your time on Wednesday", where the
            # shortest that does not say it again fits
            fresh = [r for r in filled if not says_again(r, current.thanks)] or filled
            for row in (min(fresh, key=len), min(filled, key=len)):
                current = current.having("fit", row)
                body = self._body(current, context, message)
                if len(body) <= CONNECTION_NOTE_LIMIT:
                    break
            else:
                current = current.without("fit")
                body = self._body(current, context, message)
        return body

    def _proofread(self, parts: ThankYouParts, message: PlannedMessage) -> ThankYouParts:
        """Each sentence that carries the candidate's words, proofread; a slip leaves it out,
        and so does one that speaks of the reader by name ("Prof. Qureshi would have liked
        that"), as a note to oneself does."""
        named = name_words(message.recipient)
        # "Pichler-Stein": a sentence's words are split at the hyphen, so the name's are too
        named |= {p for w in named if "-" in w for p in re.findall(r"[^\W\d_]{3,}", w)}
        for name, source in list(parts.sources.items()):
            sentence = getattr(parts, name, "")
            slip = proofread.problem(sentence) if sentence else None
            if sentence and not slip and named & set(re.findall(r"[^\W\d_]+", sentence)):
                pieces = _sentences(sentence)
                kept = [p for p in pieces if not named & set(re.findall(r"[^\W\d_]+", p))]
                if kept and kept[0] == pieces[0]:  # "... 300 respondents. Prof. Qureshi would
                    parts = parts.having(name, " ".join(kept))  # have liked that." loses its end
                else:
                    slip = "it speaks of them by name, as a note to yourself does"
            if slip:
                self.left_out.append(
                    LeftOut(source.field, source.raw, f"in a sentence it came out wrong: {slip}")
                )
                parts = parts.without(name)
        return parts

    def _dropped(self, parts: ThankYouParts, name: str, message: PlannedMessage, why: str) -> None:
        if name == "concern" and "answer" in parts.sources:
            self._dropped(parts, "answer", message, why)  # the answer goes with its concern
        source = parts.sources.get(name)
        if source is not None:
            self.left_out.append(
                LeftOut(
                    source.field,
                    source.raw,
                    f"it did not fit in the note to {message.recipient} ({why})",
                    message.recipient,
                    dropped=True,
                )
            )

    # ---------------------------------------------------------------- later messages

    def _later(self, interview: Interview, message: PlannedMessage) -> tuple[str, str]:
        person = interview.find(message.recipient)
        context = self._context(interview, message, person)
        section = message.kind.value
        w = self._wording()
        app = interview.application
        note_seed = seed(interview.candidate.name, app.company, app.position, section)
        place = message.sequence
        topic = ""
        reading = self._reading(interview)
        if person is not None:
            own = reading.people[_place(interview, person)].topics
            # never a hardship of theirs: "I especially enjoyed hearing about no-shows"
            said = [
                u.reading.text
                for u in own
                if u.reading.shape == "np" and not sounds_grave(u.reading.text)
            ]
            # a follow-up recalls what their thank-you note did not (the same words read
            # twice look pasted), and the second what the first did not
            thanked = self._thanked.get(message.recipient, "")
            fresh = [t for t in said if t not in thanked]
            if message.kind is Kind.STATUS_INQUIRY and message.sequence == 2:
                fresh = fresh[1:]  # the first inquiry recalled the first: not a third time
            topic = fresh[0] if fresh else ""
            if len(topic.split()) > 10:
                topic = ""  # too long to recall in passing
            self._carried += [
                (u, prose_numbers(topic)) for u in own if topic and u.reading.text == topic
            ][:1]
        country = workdays.country(interview.interview.country)  # as the holidays do
        fill_values = {
            **values(interview),
            # never a job's number to one's own manager, who knows the post (late487 readers)
            "reference": f" ({_unbracketed(app.reference)})"
            if app.reference and not (reading.internal and _known_to(reading, interview, person))
            else "",
            "date": day(interview.interview.at, country),
            "decision": day(interview.interview.decision_expected_by, country)
            if interview.interview.decision_expected_by
            else "",
            "topic": prose_numbers(topic),
            "news": prose_numbers(lower_first(reading.news.reading.text))
            if reading.news and message.recipient not in self._told_news
            else "",
        }
        if reading.news and fill_values["news"]:
            self._carried.append((reading.news, fill_values["news"]))

        named: list[str] = []  # the company is named once: a second time reads as a form
        # "Denise Albrecht (Kincaid Ag Search)": a recruiter of another firm, never "everyone at"
        agency = _AN_AGENCY.search(message.recipient) or AGENCY_BRANDS.search(message.recipient)
        elsewhere = agency is not None and agency[agency.lastindex or 0] not in app.company
        # "Shibu - agency coordinator": who placed the candidate decides nothing, so never
        # "you hoped to decide by" to them (late359 readers)
        who = f"{person.name} {person.title or ''}" if person else message.recipient
        placed = elsewhere or _PLACES_PEOPLE.search(who)
        # the employer named as the thank-you note named it (a family hires: no "team", no
        # "colleagues"); and who works there already never asks to "join" it
        them = reading.people[_place(interview, person)] if person else None
        named_as = employer_named_for(interview, reading, person, them, who)
        household = named_as["household"]
        inside = reading.internal

        def pick(bank: str) -> str:
            row = w.pick_where(
                section,
                bank,
                note_seed,
                place,
                lambda r: (
                    not (named and "{{ company }}" in r)
                    and not (elsewhere and _THEIR_CLIENTS_PEOPLE.search(r))
                    and not (household and NOT_TO_A_FAMILY.search(r))
                    and not (inside and as_a_newcomer(r))
                    # "I hope things are going well at Yantai Huasheng International School",
                    # to one's own manager there (late435 readers)
                    and not (inside and bank == "opener" and "{{ company }}" in r)
                    and naming_the_employer(r, **named_as) is not None
                    and not (placed and _THEY_DECIDE.search(r))
                ),
            )
            # unnamed to a colleague; "with the Lim family", "with your family"
            row = naming_the_employer(row, **named_as) or row
            if "{{ company }}" in row:
                named.append(bank)
            return w.fill(row, fill_values, f"{section}] {bank}")

        def sign_off(after: str, bank: str = "sign_off") -> str:
            """The bank's row for this note, or the next that does not echo ``after``."""
            from afterview.compose.parts import echoes

            row = w.pick_where(section, bank, note_seed, place, lambda r: not echoes(r, after))
            return w.fill(row, fill_values, f"{section}] {bank}")

        s: dict[str, str] = {}
        short = connection_note(person, message.medium)  # 300 characters on LinkedIn
        if message.kind is Kind.STATUS_INQUIRY and short:
            again = "_again" if message.sequence == 2 else ""
            s.update(opener="", timeline="", interest="", news="", understanding="", either_way="")
            s["follow"] = s["ask"] = pick(f"short_follow{again}")
            s["close"] = pick(f"short_close{again}")
            s["sign_off"] = sign_off(s["close"])
            s["subject"] = ""
        elif message.kind is Kind.STATUS_INQUIRY and message.sequence == 1:
            s["opener"] = pick("opener_known" if them and them.known else "opener")
            s["follow"] = pick("follow")
            s["timeline"] = pick("timeline") if fill_values["decision"] else ""
            general = "interest_inside" if inside else "interest_general"
            s["interest"] = pick("interest") if topic else pick(general)
            s["news"] = pick("news") if fill_values["news"] else ""
            s["close"] = pick("close")
            s["sign_off"] = sign_off(s["close"])
            s["subject"] = pick("subject")
        elif message.kind is Kind.STATUS_INQUIRY:
            s["ask"] = pick("ask_again")
            s["understanding"] = pick("understanding")
            s["interest"] = pick("interest_again") if topic else pick("interest_again_general")
            s["either_way"] = pick("either_way")
            s["close"] = pick("close_again")
            s["sign_off"] = sign_off(s["close"], "sign_off_again")
            s["subject"] = pick("subject_again")
        elif message.kind is Kind.REJECTION_REPLY:
            s["thanks"] = pick("thanks")
            s["memory"] = pick("memory") if topic else pick("memory_general")
            s["door"] = pick("door")
            s["wish_well"] = pick("wish_well")
            s["sign_off"] = sign_off(s["wish_well"])
            s["subject"] = pick("subject")
        else:
            s["thanks"] = pick("thanks")
            s["ask"] = pick("ask")
            s["understand"] = pick("understand")
            s["wish_well"] = pick("wish_well")
            s["sign_off"] = sign_off(s["wish_well"])
            s["subject"] = pick("subject")
        if s.get("news") and reading.news:
            self._used.add(reading.news.field)  # told here: no advice that it was left out
        context["s"] = s
        context["topic"] = topic
        context["news"] = fill_values["news"]
        body = self._render(message, context)
        subject = self._render(message, context, "subject")
        return subject, body

    def _context(
        self, interview: Interview, message: PlannedMessage, person: Interviewer | None
    ) -> dict[str, Any]:
        if person is not None:
            hello = greeting(interview.greeting_of(person.name, person.salutation), message.medium)
        else:  # someone outside the panel, known only by name
            hello = greeting(interview.greeting_of(message.recipient), Medium.EMAIL)
        return {
            "message": message,
            "interview": interview.interview,
            "application": interview.application,
            "candidate": interview.candidate,
            "debrief": interview.debrief,
            "interviewer": person,
            "greeting": hello,
            "topic": "",
        }


# Who works for a firm that places people, by what they do: never the one who decides.
_PLACES_PEOPLE = lazy(
    r"\b(?:agency|manpower|headhunter|recruitment (?:consultant|consultancy|firm|partner))\b",
    re.I,
)
# Rows that say the reader decides ("You mentioned that you hoped to decide by ...").
_THEY_DECIDE = lazy(r"\byou (?:hoped|were aiming|had mentioned \{\{ decision)", re.I)
# A row that wishes well the client's people, never an agency recruiter's colleagues.
_THEIR_CLIENTS_PEOPLE = lazy(r"\b(?:everyone|the team|your colleagues) at \{\{ company \}\}")
_AN_AGENCY = lazy(
    r"\(([A-Z][^()]*\b(?:Search|Recruitment|Recruiting|Staffing|Hays|Reynolds|Heidrick|Korn|"
    r"Agency|agency|Executive|Talent Partners)\b[^()]*)\)"
)


def _sentences(text: str) -> list[str]:
    """'... 300 respondents. Prof. Qureshi would have liked that.' in its two sentences."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", text):
        if out and re.search(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Eng|Sr|Fr|Rev|Capt)\.$", out[-1]):
            out[-1] = f"{out[-1]} {piece}"  # "Prof. Qureshi": a title, not a full stop
        else:
            out.append(piece)
    return out


def _known_to(reading: InterviewReading, interview: Interview, person: Interviewer | None) -> bool:
    """Whether ``person`` is one the candidate knows already (a colleague, their manager)."""
    return person is not None and reading.people[_place(interview, person)].known


def _place(interview: Interview, person: Interviewer) -> int:
    """Where ``person`` stands in the panel: found by identity, not by comparing every field."""
    places = _PLACES.get(id(interview))
    if places is None or places[0] is not interview:
        _PLACES.clear()  # one interview at a time
        places = _PLACES[id(interview)] = (
            interview,
            {id(p): i for i, p in enumerate(interview.interviewers)},
        )
    return places[1][id(person)]


# Why no thank-you note says a line about the candidate unless they ask for it: in blind reads
# of 620 thank-you notes, those with such a line (a strength, an answer to a doubt, a wish, news)
# were sent as written a third as often as those without (18% against 53% of emails), the line
# itself the one most often quoted as wrong.
WITHHELD = (
    "no thank-you note adds a line about you unless [candidate] own_lines = true asks for it; "
    "if it matters to {whom}, say it in your own words"
)

# The lines of the candidate's own a thank-you may add, the one that matters most first: their
# doubt answered, then what was left unsaid, then news they have not heard, then why you fit.
_ADDS = {
    "concern": "your answer to their doubt",
    "wish": "what you wish you had said",
    "news": "your news",
    "fit": "a strength",
    "rapport": "what you have in common",
}

_PLACES: dict[int, tuple[Interview, dict[int, int]]] = {}


def _unbracketed(reference: str) -> str:
    """ "PHO-2026-MW2-07 (Item No. 0412)" goes in brackets itself: its own become a comma."""
    reference = _A_JOB_BOARD.sub("", reference)  # "Indeed - KS-REC-04": the board is no ref
    return re.sub(r"\s*\(([^()]*)\)", r", \1", reference).strip(", ")


# Where the advert was seen, typed before its number (late492 readers: "(Indeed - KS-REC-04)").
_A_JOB_BOARD = lazy(
    r"^(?:Indeed|LinkedIn|Seek|StepStone|Glassdoor|Reed|Totaljobs|JobStreet|Naukri|Monster|"
    r"Saramin|JobKorea|Workday)\s*[-–:]\s*",
    re.I,
)


_SENTENCE_END = lazy(r"[.!?](?=\s|$)")


def from_notes(body: str, carried: list[tuple[Used, str]]) -> tuple[FromNotes, ...]:
    """Where each line of the file is said in ``body``: the whole sentence around the words
    said, for the candidate to read first; a line whose words a later step changed (a
    shortened topic) is not marked."""
    spans: list[FromNotes] = []
    for used, said in carried:
        at = body.find(said) if said else -1
        if at < 0:
            continue
        start = max(body.rfind(mark, 0, at) for mark in (". ", "! ", "? ", "\n"))
        start = 0 if start < 0 else start + (1 if body[start] == "\n" else 2)
        end = _SENTENCE_END.search(body, at + len(said) - 1)
        stop = end.end() if end else len(body)
        if not any(s.field == used.field for s in spans):
            spans.append(FromNotes(used.field, used.raw, start, stop))
    return tuple(spans)
