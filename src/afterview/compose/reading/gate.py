"""The last look at a debrief line before a note uses it: does what the readers made read as
English?

The readers in :mod:`fields` turn hasty notes into sentence parts one shape of
shorthand at a time, and every new debrief brings shapes no reader has met. The
gate judges the result, not the route: a part that still shows a mark of
shorthand (a bracket, a slash or a plus between words, a tail of fragments after
a comma, a name set down with no word to join it, a noun read as a verb) is
trimmed to the part that reads well, or left out with the reason. The trade is
deliberate: leaving a line out costs the note a detail, pasting one costs the
candidate the reader's good opinion.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise, takewhile

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.asked import retold
from afterview.compose.reading.closed import (
    AUXILIARIES,
    DETERMINERS,
    DETERMINING,
    FUNCTION_WORDS,
    MONTHS,
    MONTHS_SHORT,
    PREPOSITIONS,
    PRONOUNS,
    TIME_NOUNS,
)
from afterview.compose.reading.english import (
    ANYONE,
    INSTITUTIONS,
    NAMED_BARE,
    OWN,
    SCHOOL_STAGES,
    SINCE,
    a_wh_clauses_verb,
    counted,
    in_another_language,
    in_practice,
    is_idiom,
    read_as_english,
    uncounted,
)
from afterview.compose.reading.fields import Reading
from afterview.compose.reading.fields.common import DEGREES
from afterview.compose.reading.fields.predicate import A_VERBS_PARTICLE
from afterview.compose.reading.fields.topic import (
    object_article,
    subject_adverb_verb,
    with_determiner,
)
from afterview.compose.reading.shapes import (
    A_TIME_OR_A_BLIGHT,
    ADVERBS,
    MASS_NOUNS,
    RELATIVES,
    STATES,
    STATES_AFTER_BE,
    a_field_or_a_way,
    acts_on_described,
    article_for,
    describes_one_noun,
    finite_verb_index,
    is_clause,
    is_finite,
    is_mass,
    is_noun_like,
    is_person_noun,
    is_verb,
    plural_as_noun,
    tags_of,
)
from afterview.compose.reading.slips import noted_question, second_language, shorthand_left
from afterview.compose.reading.text import NUMBER_WORDS, Unusable, bare, is_name, name_set_down
from afterview.compose.reading.topics import (
    ASKING,
    OTHERS,
    a_topic_as_a_subject,
    as_subject,
    no_sentence_inside,
    not_an_instruction,
    not_cut_short,
    plain_state,
    verb_only,
)
from afterview.compose.reading.vocabulary import word_set

__all__ = ["passed"]

_ASIDE = lazy(r"\s*\([^()]*\)")
_MARK = lazy(  # "cash+card", "a + b", "x = y", "->"; not "C++" nor "CIPP/E"
    r"(?<=[a-z])\s*[+~]\s*(?=[A-Za-z])|(?:^|\s)[+~&/=<>](?:\s|$)|(?<=[a-z])/(?=[a-z])|->|=>"
)
# After a comma, words that carry on the sentence rather than start a note.
_CARRY_ON = frozenset(
    "and but so or with including which who where when as from since while especially "
    "both because although though whose".split()
)
# Acronyms that end a name by themselves ("Aberdeen FC", "Acme PLC", "Deloitte UK").
_NAME_ENDINGS = frozenset(
    "FC AFC PLC LLC LLP LTD INC GMBH AG SA NV BV UK US USA UAE EU NZ HQ CPA".split()
)
_YEAR = lazy(r"^(?:19|20)\d\d$")
_MONTH_FULL = (
    "January February March April May June July August September October November December"
).split()
_MONTHS = frozenset(
    [m.lower() for m in _MONTH_FULL]
    + "jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter".split()
)


def passed(kind: str, raw: str, reading: Reading) -> Reading:
    """The reading as a note may use it, trimmed where a tail does not read; or Unusable.

    ``kind`` is the field's kind: strength, answer, topic, question, rapport, wish, news,
    concern. A question is the interviewer's words: it passes as they asked it, retold as
    what was talked through (:mod:`.asked`).
    """
    noted_question(reading)
    if reading.shape == "question":
        _no_article_before_uncounted(reading.text)  # "an overbooking": theirs, but not English
        told = retold(reading.text)
        wh, _, clause = told.partition(" ")
        if clause.startswith("I ") and " for " in clause:
            # "how I decide reflow profile for new board": the one for it keeps its "the" (not
            # "how I teach survival analysis", a field, nor "how I build trust")
            told = f"{wh} {object_article(clause)}"
        return Reading("asked", told)  # never quoted back unanswered
    if reading.shape == "unsaid":
        return reading
    if any(name in reading.text for name in _THE_FORCES):  # "25 years in Army", as typed or
        # once a reader has put its "in" before it ("25 yrs Army": "experience in Army")
        reading = replace(reading, text=_FORCE_WITH_THE.sub(r"\1 the \2", reading.text))
    if kind == "answer":
        _an_answer_whole(raw, reading.text)
    if _CLIENTS_FOLLOW.search(raw):
        raise Unusable(
            "it says clients would follow you, which an employer may read as a risk (a "
            "non-solicitation clause); leave it to a conversation"
        )
    if _CHAIN.search(raw):  # "withering -> rolling -> drying": steps in shorthand
        raise Unusable("it is a chain of steps in shorthand; write it as you would say it")
    text = _without_asides(reading.text)
    if all(bare(w) in FUNCTION_WORDS for w in text.split()):
        raise Unusable("nothing of it is left to say once read; write it as a plain phrase")
    # as typed, up to its first tail, since reading may change "de" to "DE"
    in_another_language(re.split(r"[,;:]|\s[-–—]\s", _ASIDE.sub("", raw))[0])
    _no_marks(text)
    if "?" in text and re.search(r"\w\?\s+\w", text):  # "the Hastings Municipal Bldg? job"
        raise Unusable("it keeps a doubt of yours (“?”); check it, and write it without the mark")
    whole, text = text, _without_loose_tail(kind, text)
    if kind == "answer" and text != whole and _ONLY_WHO_I_AM.match(text):
        raise Unusable(  # "I was a trainer, not a drill sergeant - my whole job was ...": what
            # showed it went with the tail
            "what is left of it says who you are, not how that answers the doubt; write your "
            "answer as one sentence"
        )
    bare_first = text.split()[0].lower() not in DETERMINERS | PRONOUNS if text.split() else False
    often = _HOW_OFTEN_AT_THE_END.search(text) if kind == "topic" and bare_first else None
    if often:  # "change advisory board every Thurs": the board, which meets then
        text = with_determiner(text[: often.start()]) + often[0]
    if text.endswith(" anyway"):  # "up at 5 every day anyway": said to oneself
        text = text[: -len(" anyway")]
    if (
        kind == "topic"
        and text.count(" ") > 1
        and text.endswith(" now")
        and not _RIGHT_NOW.search(text)
    ):
        text = text[: -len(" now")]  # "my crew now": when, for oneself; the subject is the crew
    first = text.split()[0] if text.split() else ""
    named_first = is_noun_like(first) and "R" not in tags_of(bare(first))  # not "just observed"
    if kind == "topic" and reading.shape == "clause" and named_first and not _still_a_clause(text):
        reading = Reading("np", reading.text)  # "rotation sites across the UP, some are ...": a
        # subject, once its tail is cut
    in_another_language(text)
    text = _without_intensifiers(_degree_with_article(text))
    text = _word_order(_mended(_with_its_verb(_without_passive_tail(text))))
    if " start to finish" in text:  # "handled the BEC incident at Garden State Mutual start
        text = re.sub(r"(?<!\bfrom) start to finish\b", " from start to finish", text)  # ..."
    shape = reading.shape
    if kind == "topic" and shape == "clause" and _TAKEN_BY.search(text):
        shape = "np"  # "Arabic and Islamic studies taken by local teachers": no verb, a subject
    shorthand_left(kind, shape, text)
    if kind == "rapport" and _SPOKE_A_WHILE.match(raw):  # "we speak Chinese some minutes in
        raise Unusable(  # the end": what happened, which they know
            "it says which language you spoke for a while, not a bond between you; leave it out"
        )
    if kind == "rapport" and shape == "np":
        if " also " in f" {text} " or " too" in f" {text} ":
            raise Unusable("it speaks of someone in passing; write it with “you” or “we both”")
        ws = text.split()
        if len(ws) > 3 and ws[0] in ("your", "our", "my") and "Z" in tags_of(bare(ws[2])):
            shape = "clause"  # "your daughter plays at the same club as Maddie": a clause
    if kind == "topic" and shape == "np" and bare(text.split()[0]) in _SUBJECTS:
        raise Unusable("it is a sentence, not a subject; name the subject in a few words")
    if (" own" in text or "certification" in text) and _ODD_HOLDING.search(text):
        raise Unusable("it does not read as something you hold; write it as you would say it")
    if kind == "topic" and reading.shape == "np":
        text = as_subject(raw, text)
        no_sentence_inside(text)
        if _A_MEASURE_OF.match(text):
            text = "the " + text  # "ROI of the migration": the ROI, as one says it
    if kind == "topic" and shape == "clause":
        not_cut_short(text)
        _their_object_bare(text)
    if kind == "topic":
        text = a_topic_as_a_subject(text, shape)
    if kind == "topic" and shape == "np" and text.startswith(("new ", "upcoming ")):
        text = f"the {text}"  # "new handheld scanners": theirs, the ones coming
    if kind == "topic" and shape == "np":
        text = _dated_event_with_article(text)
    if " season" in text:
        text = _A_SEASON.sub(r"\1 the \2", text)  # "line faults in rainy season"
    if "police" in text:
        text = _THE_POLICE.sub(r"\1 the police", text)  # "who calls police" (late401)
    text = _AN_ORDINAL_BARE.sub(r"\1 the \2", text)  # "by fifth working day" (late407)
    if "'s " in text or "’s " in text:  # "insurance and seaman's book": the seaman's book
        text = _A_BARE_POSSESSOR.sub(
            lambda m: f"{m[1]} the {m[2]}" if _count_noun(m[2][:-2]) else m[0], text
        )
    _joined(text)
    _no_article_before_uncounted(text)
    _no_article_before_plural(text)
    text = _named_thing_with_article(text, topic=kind == "topic" and shape == "np")
    if any(c.isdigit() for c in text):
        text = _BY_HOW_MUCH.sub(r"\g<change> \g<what> by \g<much>", _dated_with_article(text))
    text = _INSTITUTION_NAMED.sub(lambda m: f"{m[1]} {m[2].capitalize()}", text)
    if " studied in " in text:  # "studied in Hanoi University of Pharmacy": at a school
        text = _STUDIED_IN.sub("studied at", text)
    if " of " in text:
        text = _BODY_OF.sub(r"\g<before> the \g<body>", text)  # "of Ministry of Commerce"
    text = _a_law_with_article(text)
    if text.startswith("I "):
        _verb_not_noun(raw, text)
    if kind in OWN:
        if text.startswith("I ") and " and " in text:  # "I co-advised ... and listed as ..."
            text = _AND_DONE_TO_ME.sub(r"and was \1 ", text)
        text = _ON_A_SHIFT.sub(r"\1 the \2", text)  # "charge nurse for night shift"
        text = _NOTED_DATE.sub("", text)  # "I got my Plaxis 3D certificate 25/11": a note's date
        if text.endswith((" came", " arrived")):
            text = f"{text.rsplit(' ', 1)[0]} came through"  # "result came 20.11.": it came
            named = text[:1].isupper() and not text.startswith("I ") and "," not in text
            text = f"my {text}" if named else text  # "my NMBI decision letter came through"
        if _EXPERIENCE_IS.search(text):  # "experience in council meetings is the same work"
            raise Unusable("it runs two sentences together; write it as you would say it")
        text = _the_body_that_did(text)
        text = _languages_spoken(text)
        if " so I " in text or " so we " in text:  # "... at Big Spring so I know the
            text = _SO_I.sub(", so ", text)  # assembly": a second clause, with its comma
        if text.startswith(("I was ", "I am ", "I have been ")):
            text = _A_POST_HELD.sub(_a_post_held, text)  # "I was mentor for new nurses"
        text = _with_its_articles(_included_with_article(_name_led_object(text)))
        _object_with_its_article(text)
    someone = _SOMEONE_ELSE.search(text) if kind in OWN else None
    if someone:  # "I covered for the client geologist when he was sick"
        raise Unusable(
            f"it speaks of someone as “{someone[0]}”, and in a note to one person it may read "
            "as them; name who you mean"
        )
    thing = (
        re.search(r"\b(\w+) thing\b(?! (?:is|was|about|that|which)\b)", text)
        if " thing" in text
        else None
    )
    if thing and is_noun_like(thing[1]) and "J" not in tags_of(bare(thing[1])):
        raise Unusable(
            "it reads as a note to yourself (“… thing”); say what it was"
        )  # "the Poole waiting list thing"
    if kind in OWN and _CARE_AT_HOME.search(text):  # "my husband does drop off + pick up"
        raise Unusable(
            "it is about your family's arrangements, which an employer should not weigh; a note "
            "leaves them out"
        )
    if kind in ("answer", "wish", "news") and _AND_YOU_DID.search(text):
        raise Unusable(  # "I brought the copy and she checked it on the spot": they know
            "it tells them what they did, which they know; say only your part"
        )
    if kind in ("answer", "wish", "news") and _IT_UNSAID.match(text):
        raise Unusable("it says “it” or “this” without saying what; name the thing you mean")
    if kind in ("strength", "answer") and _A_MOVE.match(text):
        raise Unusable("it is a move of yours, not experience; say it as news, if at all")
    if kind in ("strength", "answer"):
        held = _HELD.match(text) if "experience" in text else None
        if held and held.end() == len(text):  # "experience in mountain flying rating": held
            what = held["what"]
            bare_what = bare(what.split()[0]) not in DETERMINERS
            text = f"I hold {article_for(what)} {what}" if bare_what else f"I hold {what}"
        _experience_in_a_field(text)
        text = _A_FIELD_HELD.sub(r"I have a background in \1", text)  # "I have civil engineering"
        if " as " in text:
            text = _AS_A_POST.sub(_post_with_article, text)  # "experience as an engineer"
    if kind == "strength" and text.endswith(" trained") and _A_POST_TRAINED.match(text):
        text = _A_POST_TRAINED.sub(r"I am a trained \1", text)  # "a diver-supervisor trained"
    if kind in OWN and text.startswith(("I'm ", "I've ")):
        text = "I am " + text[4:] if text.startswith("I'm ") else "I have " + text[5:]
    held = _A_DEED_HELD.match(text) if kind in OWN else None
    if held:  # "Revalidated my diploma": a deed the dictionary lacks, read as a thing held
        raise Unusable(
            f"“{held[1]}” reads as a thing you hold, not as what you did; write it as a "
            f"sentence (“I {held[1].lower()} my ...”)"
        )
    letters = _LETTERS_BEEN.match(text) if kind in OWN else None
    if letters:  # "MNIQS, registered since 2023" read "I have been MNIQS": letters, no post
        raise Unusable(
            f"“{letters[1]}” is letters, not a post one can be; write what they stand for "
            f"(“I am a member of ...”)"
        )
    if kind in OWN and _IF_HIRED.search(text):
        done = re.match(r"^I (\w+) ", text)
        base = lexicon.lemma(done[1]) if done else None
        if done and base and base != done[1] and is_verb(done[1], "D"):
            # "enrolled for BKE from February if hired": done only if hired, so not yet done
            text = f"I would {base} {text[done.end() :]}"
    held = _STILL_SO.match(text) if kind in OWN and " for " in text else None
    if held and is_verb(held[1], "D") and (base := lexicon.lemma(held[1])):
        # "drove 40 min each way to my current job for 2 years": still so, so "I have driven"
        # (late382 readers: "wrong tense for a job she still has")
        text = f"I have {lexicon.inflect(base, 'VBN')} {text[held.end() :]}"
    done_since = re.match(r"^I (\w+) ", text) if kind in OWN and " since " in text else None
    base = lexicon.lemma(done_since[1]) if done_since and is_verb(done_since[1], "D") else None
    if done_since and base in _ONGOING and base != done_since[1] and SINCE.search(text):
        # "trained Maksym as second DBA since spring": work begun then and going on, "I have
        # been training" (late398 readers); a thing done once ("licensed ... since 2022")
        # stays left out with its reason
        text = f"I have been {lexicon.inflect(base, 'VBG')} {text[done_since.end() :]}"
    if kind in OWN and _A_PART_OF_A_SYSTEM.match(text):
        # "Kafka consumer for milk-quality lab results": a part the candidate built, never what
        # they are (late398 readers: "I am a Kafka consumer")
        raise Unusable("it names a thing you built, not what you are; say what you did with it")
    if kind in OWN and text.startswith("I got "):
        # "got my first aid recert done on Monday": completed, never "I received ... done"
        text = _GOT_IT_DONE_AT_LAST.sub(r"I completed \1", text)
        # "got the NIS2-style cyber audit for the 3 western branches passed": it passed, never
        # "I received the ... audit ... passed" (late440 readers)
        if _GOT_IT_THROUGH.match(text):
            text, shape = _GOT_IT_THROUGH.sub(r"\1 \2", text), "clause"
        text = _GOOD_TILL.sub(r", so it is valid until \1", text)  # "so it's good till 2029 now"
        done = _GOT_IT_DONE.match(text)
        # "I got my TNCC renewed": had it done ("revalidated", unknown to the lexicon, too)
        if done and ("P" in tags_of(done[1]) or not tags_of(done[1])):
            text = re.sub(r"^I got ", "I had ", text)
        through = re.match(r"^I got (my|our|the) ([\w -]+?) (?:through|thru)$", text)
        if through:  # "got my CCHI renewal thru": it came through, never "I received ... through"
            text = f"{through[1].capitalize()} {through[2]} came through"
        # "got FCR from 61% to 78%": moved a measure, not received it
        text = _GOT_A_MEASURE.sub(lambda m: f"I took {m[1] if 'the ' in raw.lower() else ''}", text)
        text = _GOT_A_THING.sub(r"I received \1 ", text)  # "I got my sign-off": casual
        # "got my SEP E1 cert back": a paper issued, never one returned (late388 readers)
        text = _A_PAPER_BACK.sub(r"\1", text)
        text = re.sub(
            r"^(I received (?:confirmation|word|notice)) (?=my |the |our )", r"\1 that ", text
        )
    if kind in OWN and _ACCEPTED_INTO.match(text):
        # "accepted to Yavapai College paramedic cohort": chosen by them, never "I accepted to
        # ..." (late449 readers)
        text = _ACCEPTED_INTO.sub(_accepted_into, text)
    if kind in OWN and " the " in text and _THE_THING_AT_MY_JOB.match(text):
        # "I built the assay data pipeline at my last job": one they never heard of
        text = _THE_THING_AT_MY_JOB.sub(lambda m: f"{m[1]} {article_for(m[2])} {m[2]}", text)
    _counted(text)
    if kind == "topic":
        not_an_instruction(raw, reading.shape, text)
        _no_bare_date(text)
        _no_news_of_a_colleague(raw)
        _not_cut_after_its_verb(text)
        if _NUMERAL_I.search(text):  # "when the clerk for Div. I is out": it reads "I is"
            raise Unusable("its numeral “I” reads as “I”; write the subject in a few words")
        text = _WANT_IT_UP.sub(r"\1 to get \2 \3", text)  # "you want DP results up"
        either = _EITHER.sub("", raw)  # "she/he laughed": one person, not sure which
        if _SHE.search(either) and _HE.search(either):  # "she visits Sundays + takes him to"
            raise Unusable(  # "Mass": in a note to her, "him" must not become "you" too
                "it speaks of two people, as “she” and “he”; in a note to one of them, name who "
                "you mean"
            )
    if "the now" in text and re.search(r"\bthe now\b", text):
        raise Unusable("it is missing a word or two a reader needs; write it as you would say it")
    if kind in ("wish", "news") and ". " in text:
        first, _, rest = text.partition(". ")
        if re.search(r"\b(?:asked|asking|said|told)\b", rest):
            text = first  # "... for the chilli growers. Mr Moyo was asking exactly about ..."
    if kind in ("wish", "news") and ", the thing " in text:
        text = text[: text.index(", the thing ")]  # "..., the thing Dr X kept coming back to"
    if kind in ("wish", "news") and _NOTE_TO_SELF.search(text):
        raise Unusable("it still reads as a note to yourself; write what you would tell them")
    if text[:5].lower() == "that ":
        text = text[5:]  # "That I set up the licence tracking sheet"
    if kind == "wish" and reading.shape == "np" and len(text.split()) > 10:
        raise Unusable("it is too long to stand in a sentence; say it in a few words")
    _no_shouted_verb(text)
    text = second_language(kind, raw, shape, text)
    if kind in ("wish", "news") and shape == "clause" and _a_thing_described(text):
        shape = "np"  # "the ACP cladding survey I did on 14 towers": a thing to mention
    dangling = _DANGLING.search(text) or _left_hanging(text)
    if dangling:  # "..., including" once its tail was cut: the sentence ends before it
        text = text[: dangling.start()]
        if _DANGLING.search(text) or _left_hanging(text) or len(text.split()) < 3:
            raise Unusable("it breaks off mid-sentence; write it as you would say it")
    loose = _INCLUDING_A_WORD.search(text) if " including " in text else None
    if loose and not is_noun_like(loose["word"]):
        text = text[: loose.start()]  # "22 technicians including outsourced": the tail was cut
    text = _without_a_cut_conjunct(text)
    if " even " in text:  # "..., even when my plant manager didn't like it": a dig, cut
        text = _A_BOSS_DISPLEASED.sub("", text)
    if " a U" in text:  # "at a Ulsan refinery", as typed: said "an Ulsan"
        text = re.sub(r"\ba (U[a-z]+)", lambda m: f"{article_for(m[1])} {m[1]}", text)
    if " of " in text:  # "with crew of 4": a crew, counted
        text = _A_COUNTED_GROUP.sub(r"\1 a \2 of \3", text)
    label = re.match(r"^(\w+):\s", raw)
    if label and tags_of(label[1]) & {"J", "R"}:  # "fast: 22 pages/day" came out "I fast"
        raise Unusable("it is a label and its figure; write it as you would say it")
    if kind == "topic" and _MY_SLIP.search(raw):  # "test cases - I forgot the burst case"
        raise Unusable("it recalls a slip of yours, which a note does not bring back to mind")
    basics = _BASICS.search(text) if kind == "topic" else None
    if basics and " and " in text[: basics.start()]:  # "the feature store and docker basics"
        text, basics = text[: text.rindex(" and ", 0, basics.start())], None
    if basics:  # "MITRE ATT&CK basics": as if they had to teach them
        raise Unusable(
            "it names the basics, which reads as if they had to teach you them; name what about "
            "the work you talked through"
        )
    if kind == "topic" and _THEIR_PAST.match(raw):  # "ex-Royal Signals, 22 yrs": their past
        raise Unusable(
            "it is about their own background, which a note leaves to them; name a subject of "
            "the work"
        )
    # "biscuit ladies lol": the subject itself a joke of yours ("lock-out, they don't have
    # enough padlocks lol" has its joke in a tail, which goes anyway)
    joke = (
        _A_JOKE.search(re.split(r",|;|\s[-–—]\s|->|\(|=|\+", raw)[0]) if kind == "topic" else None
    )
    if joke:
        raise Unusable(
            f"you marked it as a joke (“{joke[0]}”), and on paper a joke may read as a slight; "
            "name a subject of the work"
        )
    aged = _AGED.match(raw) if kind == "topic" else None
    if aged:  # "Emma (16) college visits": her visits, a child named with her age
        text = re.sub(rf"^(?:the )?{aged[1]} (?=[a-z][\w-]*(?<!ing)\b)", f"{aged[1]}'s ", text)
        text = re.sub(rf"^the {aged[1]} (?=[a-z]+ing\b)", f"{aged[1]} ", text)  # "Olly starting"
    read_as_english(kind, text)
    if _BROKEN_OFF.search(text):  # "I have an MSc in": what it was in went with an aside
        raise Unusable("it breaks off before what it is in or from; write it in full")
    # "I hold the AMP crane operator licence cat.": a word written short, its code gone with a
    # tail; the line ends before it (late430 readers: cut off, nonsense)
    text = _ENDS_WRITTEN_SHORT.sub("", text)
    if (shape, text) == (reading.shape, reading.text):
        return reading
    return Reading(shape, text)


# A qualification cut short: "I have an MSc in", "a diploma from".
_BROKEN_OFF = lazy(r"\b(?:an?|the|my) [\w.-]+ (?:in|from|of)$")


# Who looks after the children, and when: "my husband does drop off and pick up".
_CARE_AT_HOME = lazy(
    rf"\b(?:{RELATIVES})\b.{{0,40}}\b(?:drop[- ]?off|pick[- ]?up|school run|childcare|child care|"
    r"daycare|nursery|babysits?|babysitting|looks? after the (?:kids|children|baby))\b",
    re.I,
)
# A former boss's displeasure, told as a tail: never said to a new employer.
_A_BOSS_DISPLEASED = lazy(
    r",?\s+even (?:when|though|if) (?:my|our|the) [\w -]+? (?:didn't|did not|doesn't|does not|"
    r"wasn't|was not|hated|disliked) ?(?:like|want|agree with|approve of|happy with)?\b.*$"
)
# "including" and one word that names nothing: "... including outsourced".
_INCLUDING_A_WORD = lazy(r",?\s+including\s+(?P<word>[a-z]+)$")
# A word that cannot end a sentence: what follows it was cut away.
# A group counted with no article: "ran the truck day with crew of 4".
_A_COUNTED_GROUP = lazy(
    r"\b(with|for|on|in|to|led|managed|ran|run|lead|manage|running|leading|managing) "
    r"(crew|team|staff|budget|fleet|caseload|class|group|panel|cohort|portfolio) of (\S*\d)"
)
_DANGLING = lazy(
    r",?\s+(?:including|incl\.?|such as|and|or|but|of|the|a|an|every|mid|per|via|vs\.?|versus)$",
    re.I,
)
# A preposition at the end, where no one ("the people I work with") or nothing ("the team to
# report to") can take it: "rolling out variable-rate seeding on" lost what came after it.
_HANGING = lazy(
    r"\s+(?P<word>at|for|to|from|with|about|into|onto|by|than|among|between|during|"
    r"towards?|regarding|within|without|on|in)$"
)
_TAKES_A_PREPOSITION = frozenset(
    "i you he she we they me him her us them who whom which that what where how".split()
)


def _left_hanging(text: str) -> re.Match[str] | None:
    found = _HANGING.search(text)
    if not found:
        return None
    ws = [bare(w).split("'")[0] for w in text.split()]  # "you're bidding on": you
    if _TAKES_A_PREPOSITION & set(ws) or "to" in ws[:-1] or len(ws) < 3:
        return None
    if any(w in AUXILIARIES or is_finite(w) for w in ws[:-1]):
        return None  # "the sessions professor Otero was worried about": a clause's own
    if ws[-3] in PREPOSITIONS:
        return None  # "segregation in goods in": a name of a place, it may be
    verb = lexicon.lemma(ws[-2]) if found["word"] in ("on", "in") else None
    if verb in _PARTICLE_ON_OR_IN or (verb and not tags_of(ws[-2]) & {"N", "G"}):
        return None  # "sign off on", "the new station coming on": a verb's particle
    return found


# Verbs that "on" or "in" may end, as a particle: "the new station coming on", "checking in".
_PARTICLE_ON_OR_IN = frozenset(
    """come go carry log sign check move take turn put get hold keep bring fill plug phase roll
    join pitch weigh kick switch hand drop settle dial tune catch build pass call clock""".split()
)


# A field of study set down as if held: "Civil eng (water), JUST 2018" came out "I have civil
# engineering".
_A_FIELD_HELD = lazy(
    r"^I have (?!experience\b|a\b|an\b|the\b|my\b)((?:[a-z]+ ){0,3}(?:engineering|science|sciences|studies|nursing|medicine|law|"
    r"pharmacy|architecture|accounting|economics|physics|chemistry|biology|mathematics|geology|"
    r"agriculture|agronomy|forestry|psychology|sociology|education|management|finance))$"
)
_A_POST_TRAINED = lazy(r"^I(?: am|'m) an? ([\w -]+?) trained$")
_LETTERS_BEEN = lazy(r"^I (?:have been|am|was) ([A-Z]{3,})$")
_A_DEED_HELD = lazy(r"^I (?:have|hold) an? ([A-Za-z]+ed) (?:my|the|our|an?)\b")
_IF_HIRED = lazy(
    r"\bif (?:hired|offered(?: the \w+)?|successful|I get (?:it|the \w+)|I am (?:hired|offered))$"
)
_GOT_IT_DONE_AT_LAST = lazy(r"^I got ((?:my|the|our) [^,;]*?) done\b")
# "I accepted to Yavapai College paramedic cohort", "I admitted into the MSc": what was done
# to the candidate, with the article a named programme takes.
_ACCEPTED_INTO = lazy(
    r"^I (accepted|admitted|selected|shortlisted|chosen) (?:to|into|for) (?:the )?"
    r"(?P<what>[A-Z][^,;]*?\b(?:cohort|programme|program|course|intake|scheme|academy|team|"
    r"squad|pool|class))\b"
)


def _accepted_into(found: re.Match[str]) -> str:
    into = "for" if found[1] in ("selected", "shortlisted", "chosen") else "into"
    return f"I was {found[1]} {into} the {found['what']}"


_GOT_IT_THROUGH = lazy(r"^I got ((?:my|the|our) [^,;]*?) (passed|approved|accepted|signed off)\b")
_GOOD_TILL = lazy(r",? so it['’]?s (?:good|valid) (?:till|til|until|to) (\S+?)(?: now)?\.?$")
# "I am a Kafka consumer": a part of a system, named after its tool, is no one's post.
_A_PART_OF_A_SYSTEM = lazy(
    r"^I am an? (?:[A-Z][\w.+#-]* )+(?:consumer|producer|worker|server|client|handler|listener|"
    r"parser|scheduler|crawler|scraper|pipeline|microservice|service|bot|plugin|connector)s?\b"
)
# Work that goes on from when it began: "since spring" says it still does.
_ONGOING = frozenset(
    "lead manage run train supervise teach coach mentor coordinate handle maintain cover work "
    "support organise organize oversee".split()
)
# A past verb, then "my current" job and how long: still so ("drove ... to my current job for
# two years").
_STILL_SO = lazy(
    r"^I (\w+) (?=[^,;]*\bmy current\b[^,;]*\bfor (?:\d+|two|three|four|five|six|the (?:last|past))"
    r" (?:\w+ )?(?:years?|months?)\b)"
)
_A_PAPER_BACK = lazy(
    r"^(I received (?:my|the|our) [\w -]*?(?:certificates?|certifications?|licen[cs]es?|results?|"
    r"card|permit|visa|diploma|transcript)) back\b"
)
_GOT_IT_DONE = lazy(r"^I got (?:my|the|our) [^,;]*?\b(\w+ed)(?=$|[,;]| (?:and|by|for|on|at|in)\b)")
# A measure or a post in capitals, of one thing: "ROI of the migration", "CEO of the group".
_A_MEASURE_OF = lazy(r"^[A-Z]{2,5} of (?:the|our|your|their|this|each)\b")
_EITHER = lazy(r"\b(?:she/he|he/she|s/he|his/her|her/his|him/her|her/him)\b", re.I)
# "it's a lot of admin now", never "right now" or "just now": a time of its own
_RIGHT_NOW = lazy(r"\b(?:right|just|until|by|from|for|since|as of) now$")
# A language spoken for part of the interview: "we speak Chinese some minutes in the end".
_SPOKE_A_WHILE = lazy(
    r"^we (?:speak|spoke|talked|chatted|switched)(?: (?:in|to))? [A-Z][a-z]+\b.*"
    r"\b(?:minutes?|mins?|at the end|in the end|for a (?:bit|while))\b"
)
# A thing, then what is done to it, with no verb: "Arabic and Islamic studies taken by ...".
_TAKEN_BY = lazy(
    r"^(?!(?:you|we|they|he|she|I)\b)[\w +&-]+? (?:taken|taught|run|done|led|given|held) by\b"
)
# A numeral "I" before a verb ("the clerk for Div. I is out"), and a level wanted up or down.
_NUMERAL_I = lazy(r"\b[A-Z][\w.]* I (?:is|was|has|will|can|does)\b")
_WANT_IT_UP = lazy(r"^(you (?:want|need)) (?!to\b)(.+?) (up|down)$")
# Someone named with an age in brackets, as a parent writes of a child: "Lucas (4) ...".
_AGED = lazy(r"^([A-Z][a-z]+) \((\d{1,2})\) [a-z]")
_SHE = lazy(r"\b(?:she|her)\b", re.I)
_HE = lazy(r"\b(?:he|him|his)\b", re.I)
# "I was mentor for new nurses", "I am member of the RCN": a post held, one of many, said
# with no article; a post of one ("captain", "head") takes none.
_A_POST_HELD = lazy(
    r"^(I (?:was|am|have been)) (?P<post>(?:[a-z]+ )?[a-z]+) "
    r"(?=(?:for|at|in|on|of|with|to|from|during)\b)"
)
# Someone named leaving, joining or retiring: "Kev (current lab mgr) leaving in Jan".
_SOMEONE_LEAVING = lazy(
    r"^[A-Z][a-z]+(?: \([^)]*\))? (?:is )?(?:leaving|retiring|joining|quitting|resigning|"
    r"moving on|going on leave|on leave)\b"
)
# A verb that a topic cannot end on once what it took was cut: "onboarding takes".
_WANTS_AN_OBJECT = frozenset(
    "takes needs wants requires involves means gets makes covers includes uses".split()
)
# ...which it can, where the sentence says its object first: "what the role involves".
_ITS_OWN_OBJECT = frozenset("what which that it this how whatever everything all".split())
# A list of languages after a comma, with no verb: "..., Creole and French and English".
_LANGUAGES_AFTER = lazy(r", ((?:[A-Z][a-zé]+(?:, | and )){1,4}[A-Z][a-zé]+)$")
_SO_I = lazy(r"(?<=[a-z0-9]) so (?=(?:I|we) )")
_POSTS_OF_ONE = frozenset(
    """captain chair chairman chairperson head lead president treasurer secretary editor
    director principal""".split()
)


def _no_news_of_a_colleague(raw: str) -> None:
    """ "Kev (current lab mgr) leaving in Jan": a colleague's news, never a topic."""
    if _SOMEONE_LEAVING.match(raw) and is_name(raw.split()[0]):
        raise Unusable(
            "it is news about someone there, which a note does not comment on; name a subject "
            "of the work"
        )


def _not_cut_after_its_verb(text: str) -> None:
    """ "onboarding takes ~3 wks" cut to "onboarding takes": what it took went with the tail
    (never "what the role involves" nor "the hours the job needs", which say it first)."""
    ws = text.split()
    cut = len(ws) > 1 and ws[-1] in _WANTS_AN_OBJECT and not _ITS_OWN_OBJECT & set(ws)
    if cut and sum(w in DETERMINERS for w in ws) < 2:
        raise Unusable("it breaks off after its verb; write it as you would say it")


def _languages_spoken(text: str) -> str:
    """ "I was born in Port-au-Prince, Creole and French and English" -> "..., and I speak
    Creole, French and English": languages listed after a comma, with no verb, are spoken."""
    tongues = _LANGUAGES_AFTER.search(text) if text.startswith("I ") else None
    if tongues is None:
        return text
    languages = word_set("words", "languages")
    before = text[: tongues.start()]
    if " speak" in before or bare(before.rsplit(" ", 1)[-1]) in languages:
        return text  # "I speak Marathi, Hindi, English": one list already
    named = re.split(r",? and |, ", tongues[1])
    if not all(bare(w) in languages for w in named):
        return text  # "I worked at Acme, Boston and Chicago"
    return f"{before}, and I speak {', '.join(named[:-1])} and {named[-1]}"


def _a_post_held(found: re.Match[str]) -> str:
    post = found["post"]
    *kind, head = post.split()
    if kind and not (tags_of(kind[0]) & {"N", "J"} or kind[0].endswith("ing")):
        return found[0]  # "I was involved in", "I was also part of": no post
    tags = tags_of(head) or (frozenset("N") if lexicon.counted_in_harper(head) else frozenset())
    one_of_many = "N" in tags and not tags & {"S", "J", "G", "D", "P"}
    person = is_person_noun(head) or head in _POSTS_OF_ONE
    person = person or (one_of_many and head.endswith(("er", "or", "ist")))
    of_one = head in _POSTS_OF_ONE and (not kind or found.string[found.end() :].startswith("of "))
    if not person or not one_of_many or of_one:
        return found[0]  # "I was captain of the team", "I was deputy head of science"
    return f"{found[1]} {article_for(post)} {post} "


# Something of a past job, named with "the" as if the reader knew it.
_THE_THING_AT_MY_JOB = lazy(
    r"^(I (?:ran|built|led|designed|wrote|set up|created|launched|owned)) the "
    r"((?:[a-z][\w-]* ){1,4}(?:study|pipeline|program|programme|project|migration|rollout|"
    r"dashboard|system|tool|process|survey|model|platform))"
    r"(?= (?:at|in|for) my (?:last|previous|old|former) (?:job|role|company|employer|team)\b)"
)
_GOT_A_MEASURE = lazy(r"^I got (the )?(?=[\w% -]+ from \S*\d\S* to \S*\d)")
_GOT_A_THING = lazy(r"^I got (my|the|a|an|our|confirmation|approval|word|notice) ")
# A post held, with no article: "six years of experience as electrical maintenance engineer".
_AS_A_POST = lazy(
    r"\b(experience|worked|work|years|months) as ((?:[a-z][\w-]* ){0,3}[a-z][\w-]*)\b(?![\w-])"
)
# Posts one holds alone, said without "a": "as head chef", "as acting director".
_ONE_OF_A_KIND = frozenset("head chief lead sole acting interim deputy principal senior".split())


def _post_with_article(found: re.Match[str]) -> str:
    """ "as electrical maintenance engineer on onshore wind": "a" or "an" before the post, up
    to its person noun; a post one holds alone ("head chef") or says nothing of ("employee")
    is left as it is."""
    words = found[2].split()
    first = bare(words[0])
    if first in _ONE_OF_A_KIND or first in DETERMINERS or first in FUNCTION_WORDS:
        return found[0]
    for word in words:
        if not tags_of(bare(word)) & {"N", "J"} or bare(word) in FUNCTION_WORDS:
            return found[0]
        if is_person_noun(bare(word)):  # "electrical maintenance engineer", then "on ..."
            if bare(word) in ANYONE:
                return found[0]  # "as employee": says nothing of the work; left to the check
            return f"{found[1]} as {article_for(words[0])} {found[2]}"
    return found[0]


# A day or a floor counted, after a preposition, is "the" one: "by the fifth working day".
_AN_ORDINAL_BARE = lazy(
    r"\b(by|on|from|until|till|before|after) ((?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)(?: working| business)? (?:day|week|month|floor|shift|quarter)s?)\b"
)
# The police are always "the police" after a verb that reaches them.
_THE_POLICE = lazy(
    r"\b((?:call|calls|called|calling|phone|phones|phoned|phoning|ring|rings|rang|ringing|"
    r"contact|contacts|contacted|contacting|notify|notifies|notified|notifying|alert|alerted|"
    r"alerting|involve|involves|involved|involving|inform|informed|informing|"
    r"(?:report|reports|reported|reporting|escalate|escalated|escalating|hand|handed|"
    r"handing) (?:\w+ )?to)) police\b(?! (?:station|officers?|force|check|report|"
    r"clearance|record|response|service)s?\b)"
)
# A season of the year or of the trade, after a preposition with no article.
_A_SEASON = lazy(
    r"\b(in|during|before|after|through|over|for|until|by) ((?:rainy|dry|wet|monsoon|cold|hot|"
    r"harvest|peak|high|low|busy|quiet|off|tourist|holiday|festive|lambing|calving|planting|"
    r"breeding|fire|hurricane|cyclone|flu|exam|wedding) season)\b"
)


def _without_a_cut_conjunct(text: str) -> str:
    """ "the three floating turbines and the new" (its "200 MW phase" cut as a figure): the
    part that is whole, or Unusable when nothing is."""
    ws = text.split()
    cut = len(ws) >= 2 and bare(ws[-2]) in DETERMINERS and tags_of(bare(ws[-1])) == {"J"}
    if not cut or bare(ws[-1]) in ("same", "opposite"):  # "nearly the same": whole
        return text
    whole = text.rsplit(" and ", 1)[0].rstrip(",") if " and " in text else ""
    if len(whole.split()) >= 2:
        return whole
    raise Unusable("it breaks off mid-sentence; write it as you would say it")


# Arrows from one step to the next: "withering -> rolling -> drying" (not "FR -> EN and EN -> PL").
# "two of my old clients said they'd move if I land somewhere local": a book of business
_CLIENTS_FOLLOW = lazy(
    r"\bclients?\b[^.;]*\b(?:would|'d|will|could) (?:move|follow|come|switch|transfer)\b|"
    r"\bbring (?:my|some of my|the) (?:clients|book of business)\b",
    re.I,
)
_CHAIN = lazy(r"(?:->|→)\s*[\w-]+\s*(?:->|→)")
# A date as a note sets it down: "25/11", "on 28/11", "20.11." (not "from 3 days to 1.5").
_A_MOVE = lazy(r"^I have experience (?:moving|relocating) to\b")
_SOMEONE_ELSE = lazy(r"\b(?:he|she|him|himself|herself)\b")
_AND_YOU_DID = lazy(r"\b(?:and|but|so) you (?:\w+ed|took|gave|saw|made|did|said|told)\b")
_NOTED_DATE = lazy(
    r"\s+(?:on\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|(?<!\bto )(?<!\bfrom )(?<!\bby )\d{1,2}\.(?:0[1-9]|1[0-2]))\.?$"
)
# What was done to the candidate, joined to what they did: "and listed as co-advisor".
_AND_DONE_TO_ME = lazy(
    r"\band (listed|named|credited|recognised|recognized|chosen|selected|promoted|appointed|"
    r"awarded|elected|invited|shortlisted|nominated|mentioned) (?=as|to|for|by|in)\b"
)
_EXPERIENCE_IS = lazy(r"\bexperience (?:in|with|of) [^,;]*? (?:is|are|was|were) ")
_DID_IT = lazy(r"^(?P<noun>[a-z]+) (?P<verb>[a-z]+)\b")


def _the_body_that_did(text: str) -> str:
    """ "ministry confirmed my registration renewal" -> "the ministry confirmed ...", "grant came
    through" -> "the grant came through": one thing, named by a noun counted one at a time,
    did something."""
    found = _DID_IT.match(text)
    if not found or found["noun"] in FUNCTION_WORDS or not tags_of(found["verb"]) & {"D"}:
        return text
    noun = tags_of(found["noun"])
    if "N" in noun and not noun & {"S", "D", "G"} and not is_mass(found["noun"]):
        return f"the {text}"
    return text


_ON_A_SHIFT = lazy(r"\b(for|on|in) ((?:night|day|late|early|morning|evening|weekend) shift)\b")


def _their_object_bare(text: str) -> None:
    """ "you want wine list reworked", "they need night nurse for ICU": what someone wants or
    runs, one thing named with no "a" or "the"; which of the two is meant is not known."""
    ws = text.split()
    if len(ws) < 3 or bare(ws[0]) not in OTHERS or bare(ws[1]) not in _WANTING:
        return
    if bare(ws[2]) in _QUANTITIES:
        return  # "more video", "fewer blind counts": how much, said in full
    end = 2
    while (
        end < len(ws)
        and ws[end].islower()
        and tags_of(ws[end]) & {"N", "S", "J"}
        and bare(ws[end]) not in FUNCTION_WORDS
    ):
        end += 1  # "wine list", "night nurse": the words naming the thing
        if ws[end - 1][-1:] in ",;:":
            break
    if end == 2 or bare(ws[2]) in FUNCTION_WORDS or bare(ws[2]) in DETERMINING:
        return
    head = bare(ws[end - 1])
    if _one_thing(head) and (end == len(ws) or bare(ws[end]) not in ("and", "or")):
        raise Unusable(
            f"“{' '.join(ws[2:end])}” needs its “a” or “the”; write it as you would say it"
        )


_WANTING = frozenset("want wants wanted need needs needed expect expects expected".split())
_QUANTITIES = frozenset("more less fewer most enough much many several some".split())


def _a_thing_described(text: str) -> bool:
    """ "the survey I did on 14 towers": a thing and a clause about it, with no verb of its own."""
    ws = text.split()
    if len(ws) < 4 or bare(ws[0]) not in ("the", "my", "a", "an", "our"):
        return False
    if finite_verb_index(ws) is not None:
        return False  # "our TPM rollout halved unplanned downtime": a verb of its own
    for at, word in enumerate(ws[1:], start=1):
        if bare(ws[at - 1]) in ("i", "we", "you", "they", "he", "she"):
            continue  # "I did": the clause about the thing
        key, tags = bare(word), tags_of(bare(word))
        if key in AUXILIARIES or (tags and tags <= {"D", "Z"}):
            return False  # "the talk I gave was accepted": a verb of its own
        clause_before = at >= 2 and bare(ws[at - 2]) in ("i", "we", "you", "they", "he", "she")
        if clause_before and "Z" in tags and "D" in tags_of(bare(ws[at - 1])):
            return False  # "the sync engine I built handles conflicts": its verb after "I built"
    return True


_INTENSIFIERS = ("actually", "literally", "basically", "honestly", "totally", "genuinely")
_PLACE_ENDINGS = frozenset("firm company bank agency client office site store shop plant".split())
_INTENSIFIER = lazy(r"\s+(?:actually|literally|basically|honestly|totally|genuinely)\b", re.I)
# A degree's letters after a verb that wants an article: "did BBA", "have MBA", "for PhD".
_DEGREE = lazy(
    r"\b(?P<verb>did|do|doing|have|has|hold|holds|got|completed|finished|earned|started|"
    r"against|for|after|during|into)\s+(?P<degree>[A-Z][A-Za-z]{1,5})\b"
)


# "we'd be the two seventh grade teachers" read as a subject; "I hold an own tools licence",
# "CFA level II passed certification": what the readers made of a credential, not English.
_SUBJECTS = frozenset(
    """we'd we're we'll they're they'd you'd you're i'd i'm he's she's everybody everyone
    nobody somebody someone""".split()
)
_ODD_HOLDING = lazy(r"\b(?:an? own|(?:passed|done|completed) certifications?)\b")
_PASSIVE_TAIL = lazy(r"^(?P<head>I .+?) and (?P<verb>[a-z]+(?: off| up)?) by .*$")
_SAME = lazy(r"\b(?P<before>at|in|on|with|from|to|for|of) same\b")
_NO_VERB = lazy(r"^(?P<who>you|we|they|he|she) (?P<prep>(?:also )?(?:from|in|at|with|on))\b")
_ARE_BOTH = lazy(r"\b(?P<who>we|you|they) are both (?:of us )?(?P<verb>[a-z]+ed)\b")


_NOTE_TO_SELF = lazy(
    r"\b(?:forgot|forget to|should have|shoulda|have mentioned|I didn't say|I did not say|the "
    r"now)\b",
    re.I,
)


_BARE_MONTH = lazy(
    rf"\b(?P<verb>started|began|joined|finished|graduated|qualified|enrolled|moved|left)\s+"
    rf"(?P<month>{'|'.join(_MONTH_FULL)})\b"
)
_AT_A_PLACE = lazy(
    r"\bexperience in the (?P<place>(?:[a-z]+ )?(?:firm|company|bank|hospital|agency|hotel|"
    r"clinic|restaurant|factory|practice|charity|startup|consultancy))\b"
)
_BARE_PLACE = lazy(
    r"\b(?:at|in|for|with) (?:firm|company|bank|agency|client|office|site|store|shop|plant)$"
)
_IDLE_NOW = lazy(r"\bexperience\b.*\b(?:now|currently|atm)$")
_BUILT_A = lazy(
    r"^I (?P<verb>built|wrote|designed|created|set up|launched|ran|led|started|opened|"
    r"developed|made|organised|organized) (?P<first>[A-Za-z][\w-]*) (?P<second>[a-z][\w-]*)\b"
)


_PASSED_A = lazy(
    r"^I (?:have )?(?P<verb>passed|completed|finished|cleared|sat|took) (?P<what>[A-Z0-9][^,;]*?\b"
    r"(?i:exams?|examinations?|tests?|modules?|units?|courses?|diploma|assessments?)\b)"
)


def _with_its_articles(text: str) -> str:
    """ "started September" -> "started in September"; "experience in the law firm" -> "at a
    law firm"; "I built offline queue for payments" -> "I built an offline queue ..."; and a
    bare "at firm" or "experience ... now" is left out."""
    ending = text.rsplit(" ", 1)[-1]
    if ending in _PLACE_ENDINGS and _BARE_PLACE.search(text):
        raise Unusable("it is missing a word or two a reader needs; write it as you would say it")
    if ending in ("now", "currently", "atm") and _IDLE_NOW.search(text):
        raise Unusable("it is missing a word or two a reader needs; write it as you would say it")
    if any(month in text for month in _MONTH_FULL):
        text = _BARE_MONTH.sub(lambda m: f"{m['verb']} in {m['month']}", text)
    if "experience in the " in text:
        text = _AT_A_PLACE.sub(
            lambda m: f"experience at {article_for(m['place'])} {m['place']}", text
        )
    passed_a = _PASSED_A.match(text) if text.startswith("I ") else None
    if passed_a:  # "I passed PL-300 Power BI exam": the exam, by its name
        at = passed_a.start("what")
        return f"{text[:at]}the {text[at:]}"
    found = _BUILT_A.match(text) if text.startswith("I ") else None
    if found and bare(found["second"]) in FUNCTION_WORDS:
        found = None  # "I ran front of house": a phrase of its own, not a thing with "a"
    if found:
        first, second = found["first"], found["second"]
        plural = False
        for word in text[found.end("second") :].split():  # "foam latex bakes": the last noun
            key = bare(word)
            # "bakes": a plural the lexicon knows only as a verb ("she bakes")
            plural = key.endswith("s") and ("Z" in tags_of(key) or "N" in tags_of(key[:-1]))
            if (
                not word.islower()
                or key in FUNCTION_WORDS
                or not (tags_of(key) & {"N", "S"} or plural)
            ):
                plural = False
                break
            second = word
            if word.endswith(",") or plural:
                break
        noun = bare(second)
        head_tags = tags_of(noun)
        # "guest relations", "public affairs": a plural the lexicon files as a noun of its own
        plural = plural or (
            noun.endswith("s") and not noun.endswith("ss") and "N" in tags_of(noun[:-1])
        )
        first_tags = tags_of(bare(first))
        modifier = first.isupper() or bool(first_tags & {"J", "N"}) or not first_tags
        counted_first = bare(first) in NUMBER_WORDS or bare(first) in ("several", "many", "few")
        if (
            not plural
            and bare(first) not in FUNCTION_WORDS
            and not counted_first  # "I ran three public competitions"
            and modifier
            and "N" in head_tags
            and "S" not in head_tags
            and noun not in MASS_NOUNS
            and noun not in _UNCOUNTED
            and not noun.endswith(("ing", "ion", "ity", "ment", "ware"))
        ):
            at = found.start("first")
            text = f"{text[:at]}{article_for(first)} {text[at:]}"
    return text


# After a preposition, one thing named with words before it ("to new system", "at Chakan
# plant", "with council tree team") needs its "the". A noun alone after a preposition is often
# an idiom ("on target", "in house", "from bed to wheelchair"): it stays as written.
_NO_ARTICLE_AFTER = frozenset("as of per than like".split())
_UNCOUNTED = frozenset("harm work money cash downtime fun auto one support service control".split())
# Endings of nouns for an activity or a field, rarely counted ("training", "compliance").
_COUNT_ENDINGS = ("ing", "ion", "ity", "ment", "ware", "ance", "ence", "ness", "ism", "ics")
# ...and, where a wrong "the" costs more than a missing one, endings that are often so too.
_UNCOUNTED_ENDINGS = (
    *_COUNT_ENDINGS,
    *("ship", "age", "ery", "ry", "cy", "ure", "th", "ogy", "sis", "ety", "al", "apy", "alty"),
)


# "I cut check downtime 2 days": how much a change came to, with its "by".
_BY_HOW_MUCH = lazy(
    r"\b(?P<change>cut|reduced|lowered|shortened|increased|raised|grew|improved) (?P<what>(?:the |our |"
    r"my )?(?!by\b|above\b|below\b|over\b|under\b)[a-z]+(?: (?!by\b|above\b|below\b|over\b|under\b|"
    r"about\b|around\b|nearly\b|almost\b)"
    r"[a-z]+){0,2}) (?P<much>(?:(?:about|around|nearly|almost) )?(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s?(?:%|percent|days?|hours?|weeks?|months?|minutes?)(?=$|[,.]|\s(?!to\b)))"
)
_STUDIED_IN = lazy(
    r"\bstudied in(?= (?:[A-Z][\w-]* )*(?:University|Univ|College|Institute|Academy|School)\b)"
)
_DATED = lazy(
    r"\b(?P<prep>in|from|after|before|during|since|of|to|until|through) "
    r"(?P<when>(?:19|20)\d0s\b|(?:19|20)\d\d (?P<noun>[a-z]+)\b)"
)


def _dated_with_article(text: str) -> str:
    """ "drawings from 1950s-80s" -> "from the 1950s-80s"; "after 2025 drought" -> "after the
    2025 drought": a decade, or a thing named by its year, is one."""

    def put(found: re.Match[str]) -> str:
        noun = found["noun"]
        joined = noun in ("plus", "minus")  # "since 2024 plus one accepted": a sum, no thing
        if noun and (
            noun in FUNCTION_WORDS or not tags_of(noun) & {"N"} or noun in TIME_NOUNS or joined
        ):
            return found.group(0)  # "in 2024 and ...", "in 2019 season" is left as it is
        return f"{found['prep']} the {found['when']}"

    return _DATED.sub(put, text)


# A body named "X of Y" after a preposition takes "the": "at the University of Nairobi".
_BODY_OF = lazy(
    r"\b(?P<before>in|at|of|for|with|from|to|by|on|into) (?P<body>(?:Journal|Ministry|"
    r"Department|University|Institute|Faculty|Museum|Academy|Council|Embassy|College|School|"
    r"Office|Court) of [A-Z])"
)

# A nation's forces and police, and bodies known by their letters, which English names with
# "the": "25 years in the Army", "16 years in the AFP", "at the RSPCA" (never "in Army").
_THE_FORCES = (
    "ADF",
    "CAF",
    "IDF",
    "NZDF",
    "SANDF",
    "RSPCA",
    "NSPCC",
    "RNLI",
    "NHS",
    "Army",
    "Navy",
    "Air Force",
    "Marine Corps",
    "Marines",
    "Coast Guard",
    "National Guard",
    "Royal Navy",
    "Royal Air Force",
    "RAF",
    "AFP",
    "RCMP",
)
_FORCE_WITH_THE = lazy(
    r"\b([Ff]rom|[Ii]n|to|with|of|for|[Aa]t|joined|left)\s+((?:(?:US|U\.S\.|British|Australian|Canadian|"
    r"Indian|Nigerian|Kenyan|Ghanaian|Irish) )?(?:" + "|".join(_THE_FORCES) + r"))\b(?!-)"
    r"(?!\s+(?!(?:as|and|or|for|in|at|from|with|until|since|before|after|during|to)\b)[a-z])"
    r"(?!\s+[A-Z])"  # "NHS Scotland", "Army Reserve": a name of its own
)
# A thing talked about with its time is one event: "the GFSC inspection last spring", "the
# pro-am in April", "the ramp-up of second shift in March" (but "growth in 2025", "hiring in May").
_WHEN_AT_THE_END = lazy(
    rf"\s(?:in|last|next|this|during)\s(?:(?:early|late|mid)[- ])?(?:{MONTHS}|spring|summer|"
    r"autumn|fall|winter|(?:19|20)\d\d|Q[1-4])\b[\w\s]*$"
)


def _dated_event_with_article(text: str) -> str:
    found = _WHEN_AT_THE_END.search(text)
    if not found or not text[:1].isalnum():
        return text
    ws = text[: found.start()].split()
    head = ws[ws.index("of") - 1] if "of" in ws[1:] else ws[-1]  # "ramp-up of second shift"
    key = bare(head)
    first = bare(ws[0])
    if first in FUNCTION_WORDS or first in DETERMINING or ws[0][:1].isdigit() or "'" in ws[0]:
        return text  # "how the pandas were sent back in 2024"
    if first.endswith("ing") or first in ("open", "closed"):
        return text  # "moving to a new CRM in 2027", "open enrollment in November"
    if (head[:1].isupper() and not head.isupper()) or key.endswith("ing"):
        return text  # "Diwali in November", "hiring in May": a name, a doing
    tags = tags_of(key)
    singular = ("N" in tags and "S" not in tags) or head.isupper() or "-" in key
    if not singular or key in MASS_NOUNS or lexicon.counting(key) == "M":
        return text  # "growth in 2025", "budget cuts in 2024"
    return f"the {text}"


# A law, a plan or a treaty named in capitals takes "the" as a body does: "the Mental Health
# Act", "the Accessible BC Act", "the Health and Safety at Work Act".
_A_LAW = lazy(
    r"(?<![\w'’-])(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:and|of|for|from|at|on|in|to|&)\s+)*"
    r"[A-Z][\w&'’.-]*)*\s+(?:Act|Bill|Directive|Regulations|Charter|Convention|Treaty|Accord|"
    r"Protocol|Strategy))\b"
)


def _describing(word: str) -> bool:
    """A describing word in small letters before a name: "new", "revised", "proposed"."""
    return word.islower() and "J" in tags_of(bare(word))


def _a_law_with_article(text: str) -> str:
    """ "hearing more about Accessible BC Act" -> "... about the Accessible BC Act"; never
    before "Mental Health Act assessments", where the law names the assessments."""
    for found in reversed(list(_A_LAW.finditer(text))):
        name = found["name"]
        words_before = text[: found.start()].split()
        before = words_before[-1:]
        after = text[found.end() :].split()[:1]
        if name.startswith("I ") or (before and bare(before[0]) in DETERMINERS):
            continue
        described = list(takewhile(_describing, reversed(words_before)))[:2]
        opened = len(words_before) > len(described) > 0  # "the new Nigeria Tax Act": "the" is
        if opened and bare(words_before[-len(described) - 1]) in DETERMINERS:  # before "new"
            continue
        if before and before[0].endswith(("'s", "’s", "s'")):
            continue  # "Ontario's Accessibility Act": whose it is says which one
        then = bare(after[0]) if after and after[0][:1].islower() else ""
        named_thing = then not in FUNCTION_WORDS and tags_of(then) & {"N", "S", "G"}
        if then and named_thing and then not in ("well", "inside", "out"):  # "... Act well"
            continue
        text = f"{text[: found.start()]}the {text[found.start() :]}"
    return text


# "in Kronberg academy", "at Trafford college": a place's name typed without the capital of
# its last word (not after "a" or "the": "a Leeds hospital" is one of many).
_INSTITUTION_NAMED = lazy(
    r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?P<name>[A-Z][\w'’-]+) (?P<kind>hospital|academy|college|"
    r"university|library|museum|institute|clinic|zoo|gallery|conservatory|polytechnic)"
    r"(?=$|[,.;)]| (?:in|at|of|for|and|with|from|to|since|before|after|during|where)\b)"
)
# Bodies that are never named bare after a preposition, as "in hospital" or "at school" are.
_NEVER_BARE = frozenset("ministry regulator municipality embassy tribunal inspectorate".split())


def _named_thing_with_article(text: str, *, topic: bool = False) -> str:
    """ "union talks at Chakan plant" -> "... at the Chakan plant"; where only adjectives
    describe the thing, it is one of many: "the CMS migration to a new system". A topic is
    one thing talked about: "man overboard drill" -> "the man overboard drill"."""
    ws = text.split()
    at = [
        (where, i)
        for i in range(0 if topic else 2, len(ws))
        if (where := _bare_named_thing(ws, i, topic)) is not None
    ]
    for where, head in reversed(at):
        described = 0 < where < head and all(_describes(w) for w in ws[where:head])
        if ws[where] in _ONE_S_OWN:
            ws.insert(where, "my")  # "at current company" -> "at my current company"
        elif bare(ws[head]) in _PLACE_ENDINGS and not any(w[:1].isupper() for w in ws[where:head]):
            ws.insert(where, article_for(ws[where]))  # "at beverage company": one of many
        else:
            ws.insert(where, article_for(ws[where]) if described else "the")
    return " ".join(ws) if at else text


def _no_article_before_plural(text: str) -> None:
    """ "I am a tax free and VIP clients", "for an MA students": "a" before many."""
    ws = text.split()
    for at, word in enumerate(ws):
        if word not in ("a", "an"):
            continue
        for k in range(at + 1, min(at + 7, len(ws))):
            key = bare(ws[k])
            tags = tags_of(key)
            if key in FUNCTION_WORDS - {"and"}:
                break
            if (
                key == "and"
                and "N" in tags_of(bare(ws[k - 1]))
                and "J" not in tags_of(bare(ws[k - 1]))
            ):
                break  # "a CI pipeline and test suites": two things, each with its own number
            following = bare(ws[k + 1]) if k + 1 < len(ws) else ""
            plural = "S" in tags and "N" not in tags and not tags & {"Z", "J"}
            if plural and key not in _PLURALS and (not following or following in FUNCTION_WORDS):
                raise Unusable(f"“{word} … {ws[k]}” says one of many; write it as you would say it")
            if not (ws[k][:1].isupper() or tags & {"J", "N", "G"} or key == "and"):
                break
            if ws[k].endswith((",", ";", ":")):
                break  # a comma ends the phrase


def _no_article_before_uncounted(text: str) -> None:
    """ "I hold a cash and card": "a" before a thing that is not counted, and that names
    nothing after it ("a data pipeline" is fine)."""
    ws = text.split()
    for article, word, following in zip(ws, ws[1:], [*ws[2:], ""], strict=False):
        key = bare(word)
        if article not in ("a", "an") or (key not in MASS_NOUNS and key not in _UNCOUNTED):
            continue
        if following[:1].isupper() and is_person_noun(following):
            continue  # "a Sales Manager": a post typed in capitals
        if not following or bare(following) in FUNCTION_WORDS or word != key:
            raise Unusable(f"“{article} {word}” does not read; write it as you would say it")


_ONE_S_OWN = frozenset("current previous former last".split())
_MEASURE = lazy(r"^\d+(?:[.,]\d+)?(?:m|km|ft|kg|t|kw|mw|cm|mm|-foot|-metre|-meter|-tonne)$")


def _describes(word: str) -> bool:
    tags = tags_of(bare(word))
    return word.islower() and "J" in tags and not tags & {"N", "S"}


def _one_thing(key: str) -> bool:
    """A noun for one thing, counted one at a time, that no time word or field is: the head
    that needs "a" or "the" when nothing stands before it ("system", "plant", "exam")."""
    if counted(key) and not key.endswith("ing"):
        return True  # "debrief", "rollout": one thing, though the lexicon has only the verb
    tags = tags_of(key)
    if not tags and lexicon.counted_in_harper(key):
        tags = frozenset("N")  # "hotline", "shader": a thing lemminflect does not know
    return (
        "N" in tags
        and not plural_as_noun(key)
        and not tags & {"S", "D", "Z", "G", "P"}
        and key not in TIME_NOUNS
        and key not in _UNCOUNTED
        and key not in MASS_NOUNS
        and not uncounted(key)
        and lexicon.counting(key) != "M"  # "fatigue", "nitrogen": usage says never one thing
        and not key.endswith(_UNCOUNTED_ENDINGS)
    )


def _back_to_a_preposition(ws: list[str], i: int) -> list[str]:
    """The words from the preposition before ``ws[i]`` to it ("in small-animal practice")."""
    j = i
    while j > 0 and bare(ws[j - 1]) not in FUNCTION_WORDS:
        j -= 1
    return ws[max(j - 1, 0) : i + 1]


def _bare_named_thing(ws: list[str], i: int, topic: bool = False) -> int | None:
    """Where the article goes when ``ws[i]`` heads a named thing with none, else None; at the
    start of a topic too (its sentence says "about ...")."""
    word, key = ws[i], bare(ws[i])
    if not word[:1].islower() or not key.isalpha() or key in FUNCTION_WORDS:
        return None
    if key in ("half", "most", "all", "both"):
        return None  # "for Master Gu half the time": an amount, not a thing named before it
    if a_wh_clauses_verb(ws, i):
        return None  # "how hotel owners in Agra think about OTAs": the clause's verb (late507)
    if key == "practice" and in_practice(_back_to_a_preposition(ws, i)):
        return None  # "in small-animal practice", "in general practice": a field of work

    if topic and i and key in A_TIME_OR_A_BLIGHT and ws[i - 1].islower():
        return None  # "potato late blight", "nap time": named bare, never "the potato ..."
    if topic and i and a_field_or_a_way(ws, i):
        return None  # "trauma-informed practice", "customer service": named bare
    if key == "school" and i and bare(ws[i - 1]) in SCHOOL_STAGES:
        return None  # "all through high school": a stage of life, never "the high school"
    if key in NAMED_BARE and i and ws[i - 1][:1].isupper():
        return None  # "at Calapan port", "from Euston station": a name, said bare
    if key in _NEVER_BARE and i and ws[i - 1] in PREPOSITIONS:
        return i  # "approvals from ministry": a body one deals with, never an idiom's noun
    if not _one_thing(key) and not (i > 0 and counted(key)):
        return None  # "in Halhjem crossing" is one thing; "opening a clinic" is not
    tags = tags_of(key)
    if word == key and i + 1 < len(ws):
        following = bare(ws[i + 1])
        ends = following in FUNCTION_WORDS or following in _AFTER_THE_THING  # "... very fast"
        if following in ("and", "or") or not ends:
            return None  # a word that names something after it, or shares a head with it
    j = i - 1
    while j >= 0 and (ws[j] == bare(ws[j]) or (ws[j][:1].isupper() and ws[j][-1:] != ",")):
        if ws[j].endswith(("'s", "’s")) and is_name(ws[j][:-2]):
            return None  # "Maria's new clinic": whose it is says which one
        k = bare(ws[j])
        if _MEASURE.match(k):
            j -= 1  # "on 42m motor yacht": a size names the thing as an adjective would
            continue
        if k in FUNCTION_WORDS or (k in DETERMINING and k not in _ONE_S_OWN) or k[:1].isdigit():
            break
        if not (ws[j][:1].isupper() or tags_of(k) & {"J", "N", "G"} or "-" in k or not tags_of(k)):
            break
        j -= 1
    run = ws[max(j, 0) : i + 1]
    doing = any(
        a[:1].isupper() and b.islower() and b.endswith("ing") and bare(c) in _PARTICLES
        for a, b, c in zip(run, run[1:], run[2:], strict=False)
    )
    if doing:
        return None  # "groups from China coming back": what they do, never "the China coming"
    if j < 0 and topic and bare(ws[0]) in ASKING:
        return None  # "want dashboard ...": what they want, left to the next check
    if j < 0 and topic and acts_on_described(ws):
        return None  # "buying raw cashmere": what was done, not a thing
    first = tags_of(bare(ws[0]))
    named = counted(bare(ws[0])) and len(ws) > 1 and bare(ws[1]) not in DETERMINERS
    if j < 0 and topic and "G" in first and "N" not in first and not named:
        return None  # "hazing elk out of the townsite": what is done, not a thing
    # a noun that is a verb too, before the head, describes it: "brand refresh", "test plan"
    # (not before a doing: "pattern drawing", "result posting")
    describes = i == 1 and "N" in first and "G" not in first and not key.endswith("ing")
    if j < 0 and topic and (ws[0][:1].isupper() or "V" not in first or describes):
        return 0  # "the whiteboard", "the CAN bootloader"; not "give example", "sell me this pen"
    if j < 0 or j == i - 1 or ws[j] != bare(ws[j]):
        return None
    if key in INSTITUTIONS and any(w[:1].isupper() for w in ws[j + 1 : i]):
        return None
    if j > 0 and ws[j - 1][:1].isupper():
        return None  # "Arab Reporters for Investigative Journalism award": inside a name
    before = ws[j]
    if before not in PREPOSITIONS or before in _NO_ARTICLE_AFTER:
        return None
    if is_idiom(f"{before} {bare(ws[j + 1])}"):
        return None  # "reading for pleasure programme": "for pleasure" as English says it
    if before == "to" and ("V" in tags or "V" in tags_of(bare(ws[j + 1]))):
        return None  # "to visit campus": a verb after "to", never "to the visit campus"
    return j + 1


_ENDS_BARE = lazy(r"\b(?:with|for|to|at|from) (?P<adj>[a-z]+) (?P<noun>[a-z]+)$")
_NAMED_BARE = lazy(r"\bwith (?:[A-Z][\w-]* )+(?P<noun>[a-z]+)(?: in \d{4})?$")


# "I cut it to 3 countries": read in a note, "it" points at nothing the reader can see.
# "I chose this on purpose", "I did it in two weeks": what "this" is stays in the notes
_IT_UNSAID = lazy(
    r"^I (?:[a-z]+ ){1,2}(?:it|them|this|that)(?= on purpose\b|[,.;]|$)|^I (?:[a-z]+ ){1,3}(?:it|them)\b"
)

_AFTER_THE_THING = frozenset(
    "alone together myself every each daily weekly monthly very fast quickly".split()
)


def _name_led_object(text: str) -> str:
    """ "I covered Hervanta night route alone" -> "I covered the Hervanta night route alone":
    one thing, named by a name and nouns, done by the candidate."""
    ws = text.split()
    done = tags_of(ws[1]) if len(ws) > 1 else frozenset()
    if len(ws) < 4 or ws[0] != "I" or "D" not in done or done & {"N", "S"}:
        return text
    if bare(ws[1]) in STATES:
        return text  # "I certified Scrum master": a title held, read by its own rule
    j = 2
    while j < len(ws) and ws[j][:1].isupper() and is_name(ws[j]) and ws[j][-1:].isalnum():
        j += 1
    start = j
    while (
        j < len(ws)
        and ws[j].islower()
        and tags_of(ws[j]) & {"N", "J"}
        and ws[j][-1:].isalnum()
        and ws[j] not in _AFTER_THE_THING
    ):
        j += 1
    head = bare(ws[j - 1]) if j > start else ""
    following = bare(ws[j]) if j < len(ws) else ""
    ends = not following or following in FUNCTION_WORDS or following in _AFTER_THE_THING
    if start == 2 or not head or not _one_thing(head) or not ends:
        return text
    return " ".join([*ws[:2], "the", *ws[2:]])


# A lower-case word written short at the very end: "licence cat.", "grade no.".
_ENDS_WRITTEN_SHORT = lazy(r"\s+(?:cat|no|nr|approx|incl|ref|grd|lvl)\.$")


# One counted thing's, bare after "and" or "or" (late430 readers: "your insight into insurance
# and seaman's book").
_A_BARE_POSSESSOR = lazy(r"\b(and|or) ([a-z]+['’]s)(?= [a-z])")


def _included_with_article(text: str) -> str:
    """ "my own tools including insulation tester and crimpers" -> "... including an insulation
    tester and crimpers": one of the things listed, counted one at a time."""
    if " including " not in text:
        return text
    ws = text.split()
    at = ws.index("including") + 1
    j = at
    while j < len(ws) and ws[j].islower() and tags_of(ws[j]) & {"N", "J"} and ws[j].isalpha():
        j += 1
    following = bare(ws[j]) if j < len(ws) else ""
    if j == at or not _one_thing(bare(ws[j - 1])) or following not in ("", "and", "or"):
        return text
    if bare(ws[at]) in FUNCTION_WORDS:
        return text
    then = [bare(w) for w in ws[j + 1 : j + 3]]
    alone = j - at == 1  # one word before "and", as a modifier is: "frost and snow days"
    if (
        alone
        and following
        and len(then) == 2
        and "S" in tags_of(then[1])
        and "N" in tags_of(then[0])
    ):
        return text  # "including frost and snow days": frost days and snow days, counted so
    return " ".join([*ws[:at], article_for(ws[at]), *ws[at:]])


def _object_with_its_article(text: str) -> None:
    """ "with automotive customer", "with BBC Media Action workshop": a thing counted one at a
    time needs its "a" or "the"."""
    found = _ENDS_BARE.search(text)
    if found and _count_noun(found["noun"]):
        adj = tags_of(found["adj"])
        if "J" in adj and not adj & {"N", "S"}:
            raise Unusable(f"“{found['adj']} {found['noun']}” needs its “a” or “the”")
    named = _NAMED_BARE.search(text)
    if named and _count_noun(named["noun"]):
        raise Unusable(f"“{named.group(0)}” needs its “a” or “the”")
    _object_after_a_verb(text)


def _count_noun(word: str) -> bool:
    tags = tags_of(word)
    return (
        "N" in tags
        and not tags & {"S", "J"}
        and word not in MASS_NOUNS
        and word not in _UNCOUNTED
        and not word.endswith(_COUNT_ENDINGS)
    )


_PARTICLES = frozenset("in up out off over back down".split())
_BECAME = frozenset("became become becomes".split())


def _named_object_bare(ws: list[str]) -> str | None:
    """ "I turned in background packet": the thing done, named with words before it and with
    no article, as "turned in background packet" (else None)."""
    if len(ws) < 4 or ws[0] != "I" or not verb_only(bare(ws[1])):
        return None
    k = 3 if bare(ws[2]) in _PARTICLES else 2
    i = k
    while i < len(ws) - 1 and ws[i][-1:].isalnum():
        named = ws[i][:1].isupper() or any(c.isdigit() for c in ws[i])  # "PL-300 Power BI"
        if bare(ws[i + 1]) in FUNCTION_WORDS or not (named or tags_of(ws[i]) & {"J", "N", "G"}):
            break
        i += 1
    if i == k or bare(ws[k]) in FUNCTION_WORDS or ws[k][:1].isdigit():
        return None  # one word alone is the next check's; "the", "my", "3" are articles enough
    following = bare(ws[i + 1]) if i + 1 < len(ws) else ""
    if following and following not in ("and", "or") and following not in PREPOSITIONS:
        return None
    post = bare(ws[1]) in _BECAME and is_person_noun(ws[i])  # "I became head chef": a post
    if ws[i].islower() and _one_thing(bare(ws[i])) and not post:
        return " ".join(ws[1 : i + 1])
    return None


def _object_after_a_verb(text: str) -> None:
    """ "I drove forklift and straddle carrier": a thing one drove or passed needs its "a" or
    "the"; a second-language slip a note must not repeat."""
    ws = text.split()
    named = _named_object_bare(ws)
    if named:
        raise Unusable(f"“{named}” needs its “a”, “the” or “my”; write it as you would say it")
    for subject, verb, noun, following in zip(ws, ws[1:], ws[2:], [*ws[3:], ""], strict=False):
        key = bare(noun)
        tags = tags_of(key)
        if (
            (bare(subject) in ("i", "we", "and", "can", "could", "to") or subject in ADVERBS)
            and (bare(verb) not in AUXILIARIES or bare(verb) in ("have", "had"))
            and (
                verb_only(bare(verb))
                or bare(verb) in ("have", "had")
                or (bare(subject) in ("can", "could", "to") and "V" in tags_of(bare(verb)))
            )
            and noun.islower()
            and noun == key  # no comma or full stop after it
            and not (bare(verb) in _BECAME and is_person_noun(key))
            and "N" in tags
            and not tags & {"S", "J", "G"}
            and key not in MASS_NOUNS
            and key not in A_VERBS_PARTICLE  # "I slowed down on the second call"
            and key not in ("how", "what", "where", "when", "why")  # "I also know how to"
            and key != "family"  # "I already have family in Xalapa": kin, not one family
            and not key.endswith(_COUNT_ENDINGS)
            and (not following or bare(following) in ("and", "or") or following in PREPOSITIONS)
        ):
            raise Unusable(f"“{verb} {noun}” needs its “a” or “the”; write it as you would say it")


def _without_passive_tail(text: str) -> str:
    """ "I did two years of face mapping at Mufulira and signed off by the rock engineer": the
    tail after "and" has lost its subject and its "was"."""
    found = _PASSIVE_TAIL.match(text) if " by " in text else None
    if found and "P" in tags_of(found["verb"].split()[0]):
        return found["head"]
    return text


_FIELD_ENDINGS = ("ture", "ics", "ogy", "ing", "ance", "ence", "istry", "ies", "ism", "graphy")
_FIELDS = frozenset("Law Arts Medicine Science Sciences Finance Agriculture Economics".split())
_TIMES = {"2": "twice", "3": "three times", "4": "four times", "5": "five times"}


def _word_order(text: str) -> str:
    """ "I speak also Swahili" -> "I also speak Swahili"; "ran the marathon 3x" -> "three
    times"; "you run the team and needs a co-coach" -> "... and need a co-coach"."""
    if " also" in text:
        # not "I have also done", "I am also", where "also" stands after the auxiliary
        text = re.sub(
            r"^(I|you|we) (?!(?:have|had|am|are|was|were|will|would|can|could)\b)(\w+) also\b",
            r"\1 also \2",
            text,
        )
    if "x" in text and any(c in text for c in "2345"):
        text = re.sub(  # "3-4x": "three or four times"
            r"\b([2-5])[-–]([2-5])x\b",
            lambda m: f"{_TIMES[m[1]].split()[0]} or {_TIMES[m[2]]}".replace("twice", "two"),
            text,
        )
        text = re.sub(r"(?<![-–\d])\b([2-5])x\b", lambda m: _TIMES[m.group(1)], text)
    if text.startswith(("you ", "we ", "they ")) and " and " in text:
        # "you live in X and takes the bus": a second verb of one subject, with its object;
        # never "good with SMS and permits", two things, at the end
        text = re.sub(
            r"\band (\w+)s\b(?= \w)",
            lambda m: f"and {m.group(1)}" if "V" in tags_of(m.group(1)) else m.group(),
            text,
        )
    return text


# "a" or "an" before letters said one by one: "a MPA", "an CPA".
_AN_ACRONYM = lazy(r"\b([Aa]n?) ([A-Z]{2,5})\b(?!['’-])")


def _article_for_letters(found: re.Match[str]) -> str:
    """ "a MPA" -> "an MPA", "an CPA" -> "a CPA": only where the letters are surely said one by
    one (no vowel second, so never "FETP" or "NATO", which may be said as a word)."""
    typed, letters = found[1], found[2]
    if letters[1:2] in tuple("AEIOU"):
        return found[0]
    article = article_for(letters)
    return f"{article.capitalize() if typed[:1].isupper() else article} {letters}"


def _mended(text: str) -> str:
    """Small slips mended: "at same hotel" -> "at the same hotel"; "good in costing" -> "good
    at costing"; "a BSc in Ecology University of Lethbridge" -> "... from the University of
    Lethbridge"; "experience training of committees" -> "experience in the training of ..."."""
    # each pattern is compiled only when its words are there: reading must stay quick
    if "a " in text or "an " in text:  # "I have a MPA": the article as the letters are said
        text = _AN_ACRONYM.sub(_article_for_letters, text)
    if "good in " in text:
        text = re.sub(r"\bgood in (?=\w+ing\b)", "good at ", text)
    if " of" in text and any(
        w in text for w in ("University", "College", "Polytechnic", "Institute")
    ):
        text = re.sub(
            r"\b([A-Z][a-z]+) (University|College|Polytechnic|Institute) of\b",
            r"\1 from the \2 of",
            text,
        )
    if "ing of" in text:
        text = re.sub(r"\bexperience (\w+ing) of\b", r"experience in the \1 of", text)
    if " since" in text and text.startswith(("I live ", "I work ")):
        text = re.sub(r"^I (live|work) (in|at) (.+ since)\b", r"I have \1ed \2 \3", text)
        text = text.replace("I have liveed", "I have lived")
    if " hour" in text:
        text = re.sub(r"\b(\d+) hours? (days|shifts|weeks)\b", r"\1-hour \2", text)
    if " since " in text:  # "you are covering EH since August": so far, and still
        text = _STILL_SINCE.sub(lambda m: f"{m[1]} have been {m[3]}", text)
    if " from " in text:
        field = re.search(
            r"\b(?:BSc|BA|MSc|MA|BEng|MEng|BCom|MPhil|PhD|HND) from ([A-Z][a-z]+)$", text
        )
        if field and (field.group(1).endswith(_FIELD_ENDINGS) or field.group(1) in _FIELDS):
            text = re.sub(r" from (\w+)$", r" in \1", text)  # "a BSc from Agriculture"
    if " same" in text:
        text = _SAME.sub(lambda m: f"{m['before']} the same", text)
    if _TIME_SAID.search(text):
        text = _when(text)
    if " know " in f" {text} ":  # "I also know make Vierung": how to make it
        text = _KNOW_A_VERB.sub(r"know how to \1", text)
    ends_both = text.endswith(" both") and " and " in text  # "I have done CKA and AWS SA Pro both"
    if ends_both and bare(text.split()[-2]) not in PREPOSITIONS:  # not "talk to visitors in both"
        text = text[: -len(" both")]
    if " month" in text or " year" in text or " week" in text:  # "did 18 months MP attachment"
        text = _A_SPELL_OF.sub(_a_spell_of, text)
    if text.endswith(" before") and len(text.split()) > 3:  # "you flew Tornados before"
        text = text[: -len(" before")]
    if " and been " in text and text.startswith("I "):  # "I took X and been reading Y"
        text = text.replace(" and been ", " and have been ", 1)
    if text.startswith("I am ") and _ALL_ALONG.search(text):  # "... treasurer the whole time"
        text = "I have been " + text[len("I am ") :]
    if text.startswith("I have been ") and " before " in text and " since " not in text:
        text = _DONE_BEFORE.sub(r"I was \1", text)  # "... for two years before nursing school"
    return text


_DONE_BEFORE = lazy(r"^I have been (.+ for [\w-]+ (?:years?|months?)\b.* before (?!now\b))")
# A spell of work counted before what it was, with no article: "did 18 months Military
# Police attachment" is "did an 18-month Military Police attachment".
_A_SPELL_OF = lazy(
    r"\b(?P<verb>did|completed|spent|served|had) (?P<n>\d+) (?P<unit>month|year|week)s? "
    r"(?P<what>(?:[A-Z][\w-]* )*(?:[a-z-]+ )?(?:attachment|placement|secondment|internship|"
    r"deployment|posting|rotation|contract|tour|residency|fellowship))\b"
)


def _a_spell_of(found: re.Match[str]) -> str:
    spell = f"{found['n']}-{found['unit']}"
    return f"{found['verb']} {article_for(spell)} {spell} {found['what']}"


_ALL_ALONG = lazy(r"\b(?:the whole time|all along|throughout)(?=$|[,;])")
_STILL_SINCE = lazy(r"\b(you|I|we|they) (are|am) (\w+ing)\b(?=[^.]*\bsince (?:[A-Z]|\d{4}))")
# Verbs of a trade said straight after "know", as another language says it.
_KNOW_A_VERB = lazy(
    r"\bknow (make|do|use|fix|cook|weld|drive|operate|repair|build|install|cut|lay|carve|"
    r"program|bake|sew|mix|read|write|speak)\b"
)


_DAYS = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
# A time of the week or the day said as in another language: "in Thursday", "in morning",
# "in the night", "chaplain visits Sundays" (the day without its "on", at the end).
_TIME_SAID = re.compile(
    rf"\b(?:in|at) (?:{_DAYS}|morning|evening|afternoon|the night)\b|\w {_DAYS}$"
)
_WITHOUT_ON = re.compile(rf"(\S+) ({_DAYS})$")
# Words before a day that already say when: "on Mondays", "every Monday", "Monday to Friday".
_BEFORE_A_DAY = DETERMINERS | frozenset("on until till to from and or by last next this".split())
_NAMED_DAYS = frozenset("Easter Palm Whit Bloody Black Cyber Super Good Ash Holy Maundy".split())
_ENDS = r"(?=$|[,.;]| and | or )"


def _when(text: str) -> str:
    """ "the simulation lab in Thursday" -> "... on Thursday"; "the group exercise in morning"
    -> "... in the morning"; "first triage in the night" -> "... at night"; "weekly P&L calls
    Mondays" -> "... on Mondays"."""
    text = re.sub(rf"\b(?:in|at) ({_DAYS})\b", r"on \1", text)
    # not "in morning meetings", "in the night shift": there the time names a kind of thing
    text = re.sub(rf"\bin (morning|evening|afternoon){_ENDS}", r"in the \1", text)
    text = re.sub(rf"\bin the night{_ENDS}", "at night", text)
    last = _WITHOUT_ON.search(text)
    if last and last[1].lower() not in _BEFORE_A_DAY and last[1] not in _NAMED_DAYS:
        text = f"{text[: last.start(2)]}on {last[2]}"
    return text


def _with_its_verb(text: str) -> str:
    """ "you from Couva too" -> "you are from Couva too"; "we are both studied at BUFT" ->
    "we both studied at BUFT"."""
    if text.startswith(tuple(f"{who} " for who in _BE_FOR)):
        text = _NO_VERB.sub(lambda m: f"{m['who']} {_BE_FOR[m['who']]} {m['prep']}", text)

    def both(match: re.Match[str]) -> str:
        verb = match["verb"]
        if "D" in tags_of(verb) and verb not in STATES_AFTER_BE:
            return f"{match['who']} both {verb}"
        return match.group()

    return _ARE_BOTH.sub(both, text) if " both " in text else text


_BE_FOR = {"you": "are", "we": "are", "they": "are", "he": "is", "she": "is"}


def _without_intensifiers(text: str) -> str:
    """ "the report management actually reads": the word adds a shrug, not a fact."""
    if any(word in text for word in _INTENSIFIERS):
        return _INTENSIFIER.sub("", text)
    return text


def _degree_with_article(text: str) -> str:
    """ "we both did BBA at CityU" -> "we both did a BBA at CityU"."""
    return _DEGREE.sub(_with_an_article, text)


def _with_an_article(found: re.Match[str]) -> str:
    degree = found["degree"]
    if degree.lower() not in DEGREES or sum(c.isupper() for c in degree) < 2:
        return found.group(0)  # a word ("did Degree") or letters that are no degree ("did SAP")
    return f"{found['verb']} {article_for(degree)} {degree}"


def _without_asides(text: str) -> str:
    """Words in brackets are the candidate's aside to themselves: "an MPhil (GCU Lahore)"."""
    text = _ASIDE.sub("", text).strip() if "(" in text else text.strip()
    if not text:
        raise Unusable("it is all in brackets; write it as a plain phrase")
    if any(c in text for c in "()[]"):
        raise Unusable("its brackets do not pair up; write it as a plain sentence")
    return text


def _no_marks(text: str) -> None:
    found = _MARK.search(text) if any(c in text for c in "+~&/<>=") else None
    if found:
        mark = found.group().strip()
        raise Unusable(
            f"it keeps a mark of shorthand (“{mark}”); write it out in words, as you would say it"
        )


_HOW_OFTEN_AT_THE_END = lazy(
    r"\s+every (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|day|week|month|morning|night|"
    r"shift|quarter|year)$",
    re.I,
)


def _still_a_clause(text: str) -> bool:
    """Whether a topic read as a clause has a verb once its tail is cut; "Asia shops and sushi
    bars" ends on a plural, not a verb."""
    ws = text.split()
    at = finite_verb_index(ws)
    last = bare(ws[-1]) if ws else ""
    listed = "and" in ws[:-1] and last.endswith("s")  # "shops and sushi bars": two things
    if at == len(ws) - 1 and ("S" in tags_of(last) or plural_as_noun(last) or listed):
        return False
    return is_clause(text) or subject_adverb_verb(text)


_A_LETTER = lazy(r"^[A-Z]$")


def _without_loose_tail(kind: str, text: str) -> str:
    """ "I run the back pain class at Woodend, 8 weeks, up to 12 people" -> the part before the
    first comma; a list ("Urdu, English and Punjabi") and a tail that carries on the sentence
    (", with about 250 prescriptions a day") stay."""
    parts = text.split(", ")
    if len(parts) == 1 or _is_list(parts):
        return text
    names = [
        p for p in parts[1:] if p.split() and len(p.split()) <= 2 and all(map(is_name, p.split()))
    ]
    if len(names) == len(parts) - 1 and parts[0].split() and is_name(parts[0].split()[-1]):
        return f"{', '.join(parts[:-1])} and {parts[-1]}"  # "Kinyarwanda, English, French"
    kept = [parts[0]]
    for part in parts[1:]:
        ws = part.split()
        first = bare(ws[0]) if ws else ""
        if re.match(r"^with \w+ of (?:them|those|these)\b", part):
            break  # "I trained the new girls, with seven of them": the count was a note
        # "Prometheus, the monitoring stack they are adopting" names it again: it may stay
        appositive = first in ("the", "a", "an") and not plain_state(ws)
        # "clear, accurate statements": the comma is inside one noun phrase
        paired = bool(kept[-1].split()) and describes_one_noun(kept[-1].split()[-1], ws)
        # "3 separate Amazon, Walmart and DTC channels": names listed, the comma inside
        last = kept[-1].split()[-1] if kept[-1].split() else ""
        # "dealt with Revenue, HSE food safety and ...": a capital mid-sentence is a name too
        named = bool(ws) and (is_name(last) or (last[:1].isupper() and len(kept[-1].split()) > 1))
        listed = named and is_name(ws[0]) and " and " in f" {part} "
        # "follow-up visits at 1, 3 and 6 months": numbers listed, the comma inside
        counted = last.isdigit() and bool(ws) and ws[0].isdigit()
        # "case definitions for S, P, L forms": letters listed (late270 read "for S."); the
        # comma is inside
        counted = counted or bool(_A_LETTER.match(last) and ws and _A_LETTER.match(ws[0]))
        if (
            first not in _CARRY_ON
            and first not in ("i", "we", "you")
            and not (appositive or paired or listed or counted)
        ):
            break
        if first == "so" and not is_clause(" ".join(ws[1:])):
            break  # "..., so no training needed": a note's shorthand (late270), left off
        kept.append(part)
    head = ", ".join(kept)
    if head == text:
        return text
    if not head.strip():
        raise Unusable("it starts with a comma; write it as a phrase of its own")
    if kind in ("strength", "answer") and (len(head.split()) < 3 or not head.startswith("I ")):
        raise Unusable("what follows its first comma is a note, not a sentence; write it whole")
    if len(head.split()) < 2 and kind != "topic":
        raise Unusable("what follows its first comma is a note, not a sentence; write it whole")
    return head


def _an_answer_whole(raw: str, text: str) -> None:
    """An answer cut at its first comma may have lost the very part that answers the doubt
    ("my parents are farmers, ..., and 30% of my clients were farmers"): unless what is left
    says what the candidate did ("I ..."), it is left out."""
    raw = _ASIDE.sub("", raw)
    head = raw.split(", ", 1)[0]
    if (
        ", " in raw
        and "," not in text
        and len(text.split()) <= len(head.split()) + 2
        and not re.match(r"^(?:I|(?:as|at|in|with) [^,]+, I) ", text)
    ):
        raise Unusable(
            "only the part before its first comma reads as a sentence, and alone it may not "
            "answer the doubt; write your answer as one sentence"
        )


# "I was a trainer", "I am a people person": a claim with nothing to show for it.
_ONLY_WHO_I_AM = lazy(
    r"^I (?:am|was|have been|'m) (?:a|an|the) (?:\S+ ){0,1}\S+\.?$"
    # "I grew up in Suwałki, coldest town in Poland, -30 is normal there": where from, alone
    r"|^I (?:grew up|was born|was raised|am from|come from) (?:in |on )?(?:\S+ ){0,2}\S+\.?$"
)


def _no_bare_date(text: str) -> None:
    """ "FY end March", "go-live Q1", "mid year start January 5": a month or a quarter set
    down after a word with nothing to join them is a date in shorthand, not a subject."""
    for found in _A_MONTH_OR_QUARTER.finditer(text):
        before = bare(found["before"])
        joined = before in PREPOSITIONS or before in DETERMINING or before in _BEFORE_A_DATE
        # "the NPPF December 2024 changes": a name, and its own date
        dated = found["before"][:1].isupper() and _A_YEAR.match(text, found.end())
        if not joined and not before[:1].isdigit() and not dated:
            raise Unusable(
                f"it sets a date down in shorthand (“{found[0]}”); name the subject in a few words"
            )


_MY_SLIP = lazy(
    r"\bI (?:forgot|missed|blanked|froze|messed up|got (?:it|that|them|\w+) wrong|"
    r"didn't know|did not know|couldn't answer|could not answer)\b"
)
_THEIR_PAST = lazy(r"^ex-[A-Z]")
_BASICS = lazy(r"\b(?:basics|fundamentals|101)$")
_A_JOKE = lazy(r"\b(?:lol|lmao|rofl|haha\w*)\b|:\)|;\)|:D\b", re.I)
# (never "May", which a line may mean as "may")
_A_MONTH_OR_QUARTER = lazy(
    rf"\b(?P<before>[\w-]+),? (?:{MONTHS.replace('May|', '')}|"
    rf"{MONTHS_SHORT.replace('may|', '').title()}|Q[1-4])\b"
)
_A_YEAR = lazy(r" (?:19|20)\d\d\b")
_BEFORE_A_DATE = frozenset("early late mid and or the this next last every each since".split())


def _is_list(parts: list[str]) -> bool:
    """ "Marathi, Hindi and English": every item short, the last joined by "and" or "or", all
    of a kind (all names, or all lower case and of one number), and none a verb ("lived in
    Bramley all my life, know the 16 and 72" is two notes, not a list)."""
    oxford = re.match(r"^(?:and|or)\s+(.+)$", parts[-1])  # "English, French, and Swahili"
    if oxford and len(parts) > 2:
        last = [parts[-2], oxford.group(1)]
        parts = [*parts[:-2], parts[-1]]
    else:
        last = re.split(r"\s+(?:and|or)\s+", parts[-1])
    if len(last) != 2 or not parts[0].split():
        return False
    items = [parts[0].split()[-1], *parts[1:-1], *last]
    if any(not item.split() or len(item.split()) > 3 for item in items[1:]):
        return False
    firsts = [item.split()[0] for item in items]
    if len({is_name(word) for word in firsts}) != 1:
        return False
    if any(verb_only(bare(word)) for word in firsts[1:]):
        return False
    if not is_name(firsts[0]):
        # of one number: not "the Helgeland coast, dark and storms", a note of how it was
        plural = {"S" in tags_of(bare(item.split()[-1])) for item in items}
        return len(plural) == 1
    return True


# A road, a camp or a river named between a noun and nothing to join them: "police escort
# Garissa-Dadaab road" (the escort on the road), "visits Kutupalong camp".
_A_PLACE_BETWEEN = lazy(
    r"\b(?P<before>[a-z]{3,}) (?:[A-Z][\w'’-]+ )+(?i:road|highway|route|corridor|border|"
    r"crossing|camp|river|valley|bridge|airport)\b"
)


def _joined(text: str) -> None:
    """A name at the end of a part must be joined to what comes before it: "six years in MSK
    outpatients NHS Grampian", "a BSc in Management Studies UWI", "QS Wits 2019" and "the new
    wing opening Q3" each lack the word that says how."""
    for part in re.split(r",\s+|\s+and\s+", text.rstrip(".")):
        loose = _loose_name(part.split())
        if loose:
            raise name_set_down(loose)
        between = _A_PLACE_BETWEEN.search(part)
        before = bare(between["before"]) if between else ""
        a_noun = bool(tags_of(before) & {"N", "S"}) and "J" not in tags_of(before)  # not "new"
        if between and a_noun and before not in FUNCTION_WORDS | PREPOSITIONS:
            raise name_set_down(between.group(0))  # "police escort Garissa-Dadaab road"


def _loose_name(ws: list[str]) -> str | None:
    start = len(ws)
    while start > 0 and _name_like(ws[start - 1]):
        start -= 1
    if start == len(ws) or start == 0:
        return None
    run, before = ws[start:], ws[start - 1]
    tags = tags_of(bare(before))
    loose = (
        before.islower()
        and bare(before) not in FUNCTION_WORDS
        and bare(before) not in _MONTHS
        and not tags & {"V", "D", "Z", "P"}
        and bool(tags & {"N", "S"})
        and (len(run) > 1 or not run[0].isalpha() or not run[0].isupper())
    )
    # "field visits Eravur": a plural noun after a noun, then the place, with no "in"
    counted = start >= 2 and "S" in tags and ws[start - 2].islower() and ws[start - 2].isalpha()
    if counted and before.islower() and "N" in tags_of(bare(ws[start - 2])):
        loose = loose or (len(run) == 1 and run[0].isalpha() and not run[0].isupper())
    if _YEAR.match(ws[-1]):
        previous = bare(ws[-2])
        loose = loose or (previous not in PREPOSITIONS and previous not in _MONTHS)
    last = bare(run[-1]).upper()
    if run[-1].isupper() and len(last) > 1 and last not in _NAME_ENDINGS:
        named_before = run[-2] if len(run) > 1 else before
        loose = loose or (named_before[:1].isupper() and not named_before.isupper())
    return " ".join([before, *run]) if loose else None


def _name_like(word: str) -> bool:
    """A name, a capitalised word mid-sentence ("Block"), or a figure after one ("8")."""
    core = word.strip(",;:")
    if not core or core == "I":
        return False
    return core[:1].isupper() or bool(re.fullmatch(r"\d[\d.,%]*", core))


def _verb_not_noun(raw: str, text: str) -> None:
    """ "budgets up to $180k" is not "I budget up to $180k", and "group audits w/ PRC subs" is
    not "I group audits": a first word that is a plural noun, or a noun with no object after it
    that says it is a verb, is not read as what the candidate does."""
    raw_words = raw.split()
    said = text.split()
    if len(raw_words) < 2 or len(said) < 2 or said[0] != "I" or bare(raw_words[0]) == "i":
        return
    first, verb = bare(raw_words[0]), bare(said[1])
    tags = tags_of(first)
    if first != verb and first.startswith(verb) and "S" in tags:
        raise Unusable(
            f"“{raw_words[0]}” reads as a noun here, not as something you do; write it as a "
            "sentence starting “I …”"
        )
    following = bare(raw_words[1])
    named = raw_words[0].istitle() and raw_words[1].istitle() and not tags & {"D", "P"}
    if first == verb and named and tags & {"J", "R"}:
        raise Unusable(  # "Further Maths A level set up from scratch": not "I further Maths"
            f"“{raw_words[0]} {raw_words[1]}” reads as a name here, not as something you do; "
            "write it as a sentence starting “I …”"
        )
    if (
        first == verb
        and "N" in tags
        and (not tags & {"D", "P"} or following == "per")  # "cost per kg of linen": a noun
        and following not in DETERMINERS
        and following not in PRONOUNS
        and not following[:1].isdigit()
    ):
        raise Unusable(
            f"“{raw_words[0]}” may be a noun here rather than something you do; write it as "
            "a sentence starting “I …”"
        )


# A subject and its verb after "experience in": "... in warehousing and transport share the".
_A_CLAUSE_IN_THE_FIELD = lazy(
    r"\bexperience (?:in|with) (?:[\w-]+ ){0,3}(?P<before>[a-z][\w-]*) (?P<verb>[a-z]+) "
    r"(?:the|a|an|our|their|its|my)\b"
)
_EXPERIENCE_IN = lazy(r"\bexperience (?:in|as) (?:the )?(?P<word>[a-z]+) (?P<next>[a-z]+)")


_HELD = lazy(
    r"^I have experience (?:in|with) (?P<what>.*\b(?:licen[cs]e|certificate|certification|"
    r"endorsement|permit|card|rating)\b"
    # a vocational award named by its kind, and what it is in: "NVQ level three in lift and
    # escalator engineering" is held whole
    r"|(?:NVQ|SVQ|BTEC|HNC|HND|QQI) .*$)"
)
_STILL_DOING = lazy(r"^I have experience (?:doing|taking|studying|attending|learning) .* since\b")


def _experience_in_a_field(text: str) -> None:
    """ "experience in the industrial at a refinery", "experience in social for FMCG brands":
    an adjective standing for a field the candidate left unnamed."""
    if text.startswith("I have experience") and text.count(" and ") > 1:
        raise Unusable("it joins too many things to read as one sentence; name one")
    if text.count("experience") > 1:
        raise Unusable("it says “experience” twice; write it as you would say it")
    held = _HELD.match(text) if "experience" in text else None
    if held and held.end() < len(text.rstrip(".")):
        raise Unusable(
            f"a {held['what'].split()[-1]} is something you hold, not experience; write "
            f"“I hold …” or “I have held … since …”"
        )
    if _STILL_DOING.match(text):
        raise Unusable("it is something you are still doing; write “I am …” or “I have been …”")
    inside = _A_CLAUSE_IN_THE_FIELD.search(text) if "experience" in text else None
    if inside and "V" in tags_of(inside["verb"]) and tags_of(inside["before"]) & {"N", "S", "G"}:
        raise Unusable(  # "experience in warehousing and transport share the same shift"
            f"“{inside['before']} {inside['verb']}” makes it a sentence of its own, not a field "
            "of work; write it as you would say it"
        )
    found = _EXPERIENCE_IN.search(text) if "experience" in text else None
    if found and "J" in tags_of(found["word"]) and found["next"] in PREPOSITIONS:
        raise Unusable(
            f"“{found['word']}” describes a field without naming it; say what kind of work "
            "(“industrial electrical work”)"
        )


def _counted(text: str) -> None:
    """ "a crew of 22 pickers and 4 forklift": a count with a singular noun after it."""
    said = text.split()
    ws = [bare(w) for w in said]
    for at, (number, noun, *after) in enumerate(zip(ws, ws[1:], [*ws[2:], ""], strict=False)):
        many = (number.isdigit() and number not in ("0", "1")) or number in _MANY
        if not many or _YEAR.match(number) or (at and said[at - 1][:1].isupper()):
            continue  # "Level 3 Diploma": a label's number, not a count
        named = number.isdigit() and len(number) >= 3 and at and ws[at - 1] in DETERMINERS
        if named or noun in _PLURAL_TOO:
            continue  # "my 311 job": a number's name; "15 minutes" (not the minutes taken)
        tags = tags_of(noun)
        follows = after[0] if after else ""
        counted = f"{number} {noun}"
        if tags == {"J"} and follows:  # "zero critical observation": the noun after its adjective
            counted = f"{counted} {follows}"
            noun, tags = follows, tags_of(follows)
            follows = ws[at + 3] if at + 3 < len(ws) else ""
        if (
            "N" in tags
            and "S" not in tags
            and noun not in _PLURALS
            and (not follows or follows in FUNCTION_WORDS)
        ):
            raise Unusable(f"“{counted}” counts with a singular noun; write it out in full")


_MANY = frozenset("zero two three four five six seven eight nine ten several many".split())
_PLURALS = frozenset("people staff data sheep crew personnel".split())
# Plurals that are also nouns of their own ("the minutes of the meeting"): after a count, many.
_PLURAL_TOO = frozenset("minutes seconds goods arms works means savings earnings".split())


def _no_shouted_verb(text: str) -> None:
    """ "you Hate late valuations": a capital kept from shouting, on a word that is no name."""
    ws = text.split()
    for previous, word in pairwise(ws):
        core = word.strip(".,;:")
        low = core.lower()
        if (
            bare(previous) in PRONOUNS
            and core[:1].isupper()
            and not core.isupper()
            and tags_of(low) & {"V", "Z", "D"}
        ):
            raise Unusable(f"“{core}” keeps a capital it does not need; write it in lower case")
