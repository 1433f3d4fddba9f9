"""Something the candidate and the interviewer shared, read into a clause about "you"."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading.closed import DETERMINERS, PREPOSITIONS
from afterview.compose.reading.fields.common import (
    FOUND_OUT,
    Reading,
    short_tail,
    to_reader,
    without_aside,
)
from afterview.compose.reading.fields.topic import DEALT_WITH, MY_FAMILY, with_determiner
from afterview.compose.reading.shapes import (
    STATES_AFTER_BE,
    article_for,
    is_clause,
    is_noun_like,
    is_verb,
    tags_of,
)
from afterview.compose.reading.text import Unusable, bare, clean, is_name, lower_first
from afterview.compose.reading.topics import done_while_there
from afterview.compose.reading.vocabulary import find

_FOUND_STARTS = frozenset(
    "we i figured found realised realized discovered learned learnt it turns turned".split()
)


_PARENT_WORDS = (
    "mother", "father", "mum", "mom", "dad", "mama", "parent", "kids", "child", "son", "daughter",
    "twin", "todd", "bab",
)  # fmt: skip
# Being parents, said as something shared: "a mother of 3", "both have twins", "our kids";
# their child at the candidate's old school is a tie, not a family status set side by side.
# Their child beside someone of the candidate's family, at one school or creche.
_THEIR_CHILD_BESIDE_MINE = lazy(
    r"\bsame (?:creche|crèche|daycare|day care|nursery|kindergarten|preschool|school|class) as "
    r"my (?:nephew|niece|son|daughter|kids?|children|cousin|brother|sister|little \w+)\b",
    re.I,
)
_PARENTS = lazy(
    r"\b(?:(?:mother|father|mum|mom|dad|mama|parent)s? (?:of|to)\b(?: \w+)?|(?:our|my)"
    r" (?:kids|children|sons?|daughters?|twins|toddlers?|babies|baby)\b|\bhave (?:twins|kids"
    r"|children|toddlers)\b|\b(?:dads|mums|moms|parents) of\b)",
    re.I,
)
_BOTH = lazy(r"^both\s+(?P<rest>.+)$", re.I)


_ONE_ALUMNI = lazy(r"^you are (?:also )?(?:an? )?(?P<school>[A-Z][\w.&' -]+?) alumni$")
# Where two people were put or began, said without "were": "both stationed at Carson".
_POSTED = frozenset("stationed posted deployed born raised".split())
# What two people hold, not are: "both season tickets" is "we both have season tickets".
_HELD = frozenset("tickets passes allotments dogs cats horses kids children boats".split())


# A fan of a club, by its name: "Utes fan", "huge Chiefs fan like me".
_A_FAN = lazy(
    r"^(?:(?:a|an) )?(?:(?:huge|big|massive|die-hard|diehard|keen|mad|lifelong|serious) )?"
    r"(?P<team>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,2}) fan(?:s)?"
    r"(?P<shared> like me| too| as well| also)?$"
)
# A club named before its sport, with no "team": "coaches the Storm junior hockey".
_TEAM_OF_A_SPORT = lazy(
    r"\b(?:coach|coaches|manage|manages|run|runs|play for|plays for) the (?:[A-Z][\w'-]* )+"
    r"(?:[a-z]+ )*(?:hockey|football|soccer|rugby|netball|basketball|baseball|cricket|softball|"
    r"volleyball|lacrosse|hurling|camogie)$"
)


_MOANED = lazy(
    r"\b(?:complain|complained|moan|moaned|whinge|whinged|grumble|grumbled|rant|ranted)\b"
)


_FROM_ONLY = lazy(r"^(?:he|she|they)(?:'s|’s|'re|’re| is| are) (?:originally )?from [A-Z][\w'’-]*$")
# "she moved from Budapest 6 years ago": where they came from, told, and nothing shared
_MOVED_FROM = lazy(r"^(?:he|she|they) (?:moved|came|emigrated) (?:over |here )?from [A-Z]", re.I)


# Their words, told after what is shared: "..., and said 'you people that are combining ...'".
_AND_SAID = lazy(r",?\s+and (?:said|says|told me)\s*[:,]?\s*['\"“‘].*$")
_DEGREE_ADVERBS = frozenset("very quite really super so extremely pretty".split())


# Who they were to the candidate before: "she's the one who supervised my placement", "he was
# my mentor at uni"; known to both, so never a discovery.
_THE_ONE_WHO = lazy(r"\b(?:s?he|they)(?:['’]?s| is| was| were| are)? the one who\b", re.I)
_WAS_MY = lazy(
    r"\b(?:s?he|they) (?:was|were|used to be) my (?:old |former )?(?:supervisor|mentor|teacher|"
    r"lecturer|tutor|manager|boss|trainer|preceptor|coach)\b"
    # "she mentored me during my practicum in 2022" (late416 readers: "a pleasure to discover")
    r"|^(?:s?he|they) (?:mentored|taught|trained|supervised|coached|tutored|precepted) me\b",
    re.I,
)


# Someone of the candidate's, named beside the reader (late366 readers: "an over-familiar
# name-drop of someone the reader can't place").
_SOMEONE_OF_MINE = lazy(
    r"\blike my (?:old |former |last |ex-?)?(?:boss|manager|colleague|mentor|supervisor|"
    r"professor|lecturer|friend|mum|mom|dad|aunt|uncle|sister|brother)\b",
    re.I,
)


# "we played ... together", "we switched to English halfway": something done at the interview.
_DONE_TOGETHER_THERE = lazy(
    r"^we (?!both\b)\w+\b.*\b(?:together|halfway|half way|midway|at the end|at the start|"
    r"in the interview|during the interview|after the interview|on the tour)\b",
    re.I,
)


def read_rapport(raw: str) -> Reading:
    """A personal connection, as a clause ("we are both from Cork") or a noun phrase."""
    raw = _AND_SAID.sub("", raw)  # "... and said 'you people that are combining ...'": theirs
    if _THE_ONE_WHO.search(raw) or _WAS_MY.search(raw):
        # "shes the one who supervised my placement in 3rd yr": they know who they are, and
        # every note of rapport tells a discovery (late315: "I was glad to find out that you're
        # the one who supervised my placement" made no sense)
        raise Unusable(
            "it is something you both knew before, not something you found out together; a "
            "note can say it was good to see them again, in your own words"
        )
    mine = _SOMEONE_OF_MINE.search(raw)
    if mine:  # "she's ex-Genentech like my old boss Claudia": someone they cannot place
        raise Unusable(
            f"it likens them to someone of yours (“{mine.group(0)}”) whom they may not know; "
            "say what you share with them"
        )
    parts = clean(raw).split(", ")
    if len(parts) > 1 and not any(w in f" {parts[0].lower()} " for w in _SHARED):
        # "he's Hungarian, studied in Mannheim too, we had the same stats prof": what is shared
        ours = next((p for p in parts[1:] if p.lower().startswith(("we ", "both "))), None)
        raw = ours or raw
    text = short_tail(without_aside(clean(raw)))
    being = re.match(r"(?:he|she|they|you)(?:'s|’s| is| are) ", text, re.I)  # "also from"
    if text.endswith(" also") and len(text.split()) > 3 and not being:  # "he runs ... also"
        too = "" if " both " in f" {text} " else " too"  # "too" at the end; "both" says it
        text = f"{text[: -len(' also')]}{too}"
    head, _, tail = text.partition(", ")
    if tail and is_verb(tail.split()[0], "D") and not is_noun_like(tail.split()[0]):
        text = head  # "both from Wrocław originally, talked about the dwarf statues"
    if bare(text.split()[0]) in _FOUND_STARTS:
        text = FOUND_OUT.sub("", text).strip()
    moaned = _MOANED.search(text)
    if moaned:  # "we complained about the season": a grumble shared, never recalled in a note
        raise Unusable(
            f"it recalls a grumble you shared (“{moaned.group(0)}”); name what you have in "
            "common instead (“we are both Sabres fans”)"
        )
    sensitive = find("rapport", "sensitive", text)
    if sensitive:
        raise Unusable(
            f"it touches on illness or loss (“{sensitive}”): a thank-you note leaves that to "
            "them to raise"
        )
    lowered_text = text.lower()
    family_said = any(word in lowered_text for word in _PARENT_WORDS)
    parents = _PARENTS.search(text) if family_said else None
    if parents:  # "you are also a mother of 3": a family, which a reader found too personal
        raise Unusable(
            f"it is about children or a family (“{parents.group(0)}”), which a thank-you note "
            "leaves to them to raise; name something else you share"
        )
    family = MY_FAMILY.search(text) if DEALT_WITH.search(text) else None
    # "she has a daughter at the same creche as my nephew" (late509 readers: intrusive)
    family = family or _THEIR_CHILD_BESIDE_MINE.search(text)
    if family:  # "she supervised my cousin's thesis": a tie a note would seem to lean on
        raise Unusable(
            f"it ties them to your family (“{family.group(0)}”), which a note would seem to lean "
            "on; leave it to them to raise"
        )
    lowered = f" {text.lower()} "
    ws = [bare(w) for w in text.split()]
    # "very friendly"; "very chill", "so kind": after a word of degree, any word that can be
    # an adjective is one (late302: "I appreciated our few minutes on the very chill.")
    graded = ws[0] in _DEGREE_ADVERBS and all("J" in tags_of(w) for w in ws[1:])
    graded = graded or (len(ws) == 1 and "J" in tags_of(ws[0]))  # "so kind", "so" cleaned off
    if len(ws) <= 3 and (graded or all(w in _DEGREE_ADVERBS or tags_of(w) == {"J"} for w in ws)):
        raise Unusable(  # "very friendly": how they seemed, which a note does not say back
            f"it says how they seemed (“{text}”), which a note does not say back to them; "
            "write what you share (“we both …”)"
        )
    if _SAID_OF_ME.match(text):
        raise Unusable(
            "it reports what they said of you, which a note does not repeat back to them; "
            "write what you share (“we both …”)"
        )
    if _ASKED_ME.match(text):  # "he asked if I get seasick": a question to you, not a tie
        raise Unusable(
            "it is their question to you, not something you share; write what you share "
            "(“we both …”)"
        )
    if lowered.startswith((" i ", " my ")) and not any(w in lowered for w in _SHARED):
        raise Unusable("it is about you alone; write what you share (“we both …”)")
    theirs = lowered.startswith((" his ", " her ", " their "))
    if theirs and not any(w in lowered for w in _SHARED):  # "his smoker is an Oyler pit"
        raise Unusable("it is about them alone; write what you share (“we both …”)")
    if re.match(
        r"^\s*(?:he|she|they) spoke (?:mostly |only |in |a lot of )*[A-Za-z]+\s*(?:,|$)", raw, re.I
    ):
        raise Unusable(  # "he spoke mostly german, ...": how they ran the interview
            "it says how they ran the interview, which they know; write what you share (“we both …”)"
        )
    shared_too = re.search(r"\b(?:too|like me|as well|both|also|same)\b", raw, re.I)
    moved = _MOVED_FROM.match(raw.strip()) and not shared_too  # "she moved from Budapest"
    if _FROM_ONLY.match(text) or moved:  # "she's from Lviv, I did a weekend there": told
        raise Unusable(
            "it says only where they come from, which a note would remark on; write what you "
            "share, in a few words (“we both know Lviv”)"
        )
    linked = set(re.findall(r"[a-z]+", raw.lower())) & _LINKED  # "..., I was in Trondheim"
    if lowered.startswith((" he ", " she ", " he's ", " she's ")) and not linked:
        raise Unusable("it is about them alone; write what you share (“we both …”)")
    both = _BOTH.match(text) if text.lower().startswith("both ") else None
    if both:
        rest = to_reader(both.group("rest"))
        if re.search(r"^(?:FC|AC|SC|CF|SL|AFC) |\b(?:FC|AFC|United)$", rest):
            return Reading("clause", f"we are both {rest} fans")  # "both FC Porto": a club
        studied = _STUDIED.match(rest)
        if studied:  # "both UConn math" -> "we both studied math at UConn"
            field = f" {studied.group('field')}" if studied.group("field") else ""
            return Reading("clause", f"we both studied{field} at {studied.group('place')}")
        rest_words = rest.split()
        after = rest_words[1] if len(rest_words) > 1 else ""
        takes_object = bool(after) and (tags_of(after) & {"G", "S"} or bare(after) in DETERMINERS)
        went = re.search(r",\s+(?:I|we|he|she)\s+(?:went|was|were|met|saw|heard|gave)\b", raw)
        if rest_words[0] == "at" and went:  # "both at EMS World Expo, I went to his talk"
            return Reading("clause", f"we were both {rest}")
        if bare(rest_words[0]) in _POSTED:  # "both stationed at Carson": then, not now
            return Reading("clause", f"we were both {rest}")
        feeling = bare(rest_words[0]) in STATES_AFTER_BE  # "both obsessed with the Toss app"
        if feeling:
            return Reading("clause", f"we are both {rest}")
        verb = is_verb(rest_words[0], "VDZ") and not rest_words[0][:1].isupper()  # "Stags ..."
        if verb and (not is_noun_like(rest_words[0]) or takes_object):
            return Reading("clause", f"we both {rest}")
        cut = next(
            (i for i, w in enumerate(rest_words) if bare(w) in PREPOSITIONS), len(rest_words)
        )
        if cut and bare(rest_words[cut - 1]) in _HELD:
            return Reading("clause", f"we both have {rest}")  # "both Slovan Liberec season tickets"
        if rest.split() and rest.split()[-1] in _SCHOOL_WORDS:
            return Reading("clause", f"we both went to {rest}")  # "both Pretoria Boys High"
        return Reading("clause", f"we are both {rest}")
    fan = _A_FAN.match(text)
    if fan:  # "Junior fan": a club's name, whatever word it is; "Chiefs fan like me": both
        team = fan["team"]
        if fan["shared"]:
            return Reading("clause", f"we are both {team} fans")
        return Reading("clause", f"you are {article_for(team)} {team} fan")
    text = _with_article(to_reader(text))
    text = _TEAM_OF_A_SPORT.sub(r"\g<0> team", text)  # "the Storm junior hockey": its team
    ws = text.split()
    first = bare(ws[0])
    if len(ws) > 1 and is_name(ws[0]) and first != "i" and is_verb(ws[1], "DZ"):
        raise Unusable(  # "Kerry asked abt Irish language revival"
            "it tells what someone did, by name; write what you share (“we both …”)"
        )
    if _TALKED.match(text):
        raise Unusable("it says what you talked about, not what you share; write “we both …”")
    if _DONE_TOGETHER_THERE.match(text) and is_verb(text.split()[1], "D"):
        raise Unusable(  # "we played the Kreisler Liebesleid together", "we switched to English
            # halfway": done at the interview, which no one "finds out" (late403 readers)
            "it tells what you did together at the interview, which they know; a note can "
            "thank them for it, in your own words"
        )
    if done_while_there(text, mine=False):
        raise Unusable(
            "it tells what they did while you were there, which they know; write what you share "
            "(“we both …”)"
        )
    one_of_many = _ONE_ALUMNI.match(text)
    if one_of_many:  # "you are also PSG Tech alumni": one person studied there
        return Reading("clause", f"you also studied at {one_of_many['school']}")
    if first in ("we", "you", "i", "you're", "we're", "i'm") and len(ws) > 1:
        if first == "we" and ws[1:2] == ["both"] and len(ws) > 2 and bare(ws[2]) in _POSTED:
            return Reading("clause", f"we were both {' '.join(ws[2:])}")
        return Reading("clause", lower_first(text))
    if first in ("same",):
        raise Unusable(
            "it is a reminder to yourself; write it as a sentence (“we both studied at …”)"
        )
    if is_clause(text):
        return Reading("clause", lower_first(text))
    if is_verb(ws[0], "VDZ") and not is_noun_like(ws[0]):
        raise Unusable("it does not say who did what; write it as a sentence (“we both …”)")
    # "plays hockey", "runs marathons": what one of you does, a verb though it looks like a plural
    # ("Thank you for the chat about plays hockey", late289)
    does = len(ws) > 1 and ws[0].islower() and is_verb(ws[0], "Z")
    if does and (is_noun_like(bare(ws[1])) or bare(ws[1]) in DETERMINERS):
        raise Unusable("it does not say who does it; write it as a sentence (“we both …”)")
    if bare(ws[-1]) in ("too", "also", "both"):  # "Rhinos fan too": whose? a sentence says
        raise Unusable("it does not say who shares it; write it as a sentence (“we both …”)")
    return Reading("np", with_determiner(text))


_SHARED = (" too ", " also ", " same ", " both ", " we ", " us ", " our ", " you ")
# "we talked about the UTB workshop teacher": what was said, not what is shared.
_TALKED = lazy(r"(?:we|i) (?:talked|chatted|spoke|discussed)\b", re.I)
# "she said my accent is 'very Sabhal Mòr Ostaig'": their word on the candidate.
_SAID_OF_ME = lazy(
    r"^(?:he|she|they|you)\s+(?:said|says|told me|thinks|thought|liked|loved|joked)\b"
    r"(?:\s+that)?\s+(?:my|me|i|i'm|i’m)\b",
    re.I,
)
_ASKED_ME = lazy(
    r"^(?:he|she|they|you)\s+(?:asked|wanted to know|wondered)(?:\s+me)?\s+"
    r"(?:if|whether|about|why|how|what|where)\b",
    re.I,
)
_SCHOOL_WORDS = frozenset("High School College University Academy Uni Poly Polytechnic".split())
_LINKED = frozenset("too also same both we us our you my i me like".split())
_BEING = lazy(r"^(?P<who>(?:you|we) (?:are|were)(?: also| both)?) (?P<what>[A-Z][\w' -]+)$")


def _with_article(text: str) -> str:
    """'you are also Wesley Girls old girl' -> '... also a Wesley Girls old girl': one of
    something takes its article."""
    match = _BEING.match(text)
    if not match:
        return text
    what = match.group("what").split()
    last = what[-1]
    if (
        len(what) < 2
        or bare(last).endswith("s")
        or "N" not in tags_of(last)
        or "J" in tags_of(last)
    ):
        return text
    return f"{match.group('who')} {article_for(what[0])} {' '.join(what)}"


# "UConn math", "UNAM", "IIT Bombay": a university, and what was studied there.
_STUDIED = lazy(
    r"^(?P<place>(?:[A-Z][\w&-]*[A-Z][\w&-]*|[A-Z]\w+ (?:University|College))(?: [A-Z]\w+)?)"
    r"(?: (?P<field>[a-z][a-z ]{2,30}))?$"
)
