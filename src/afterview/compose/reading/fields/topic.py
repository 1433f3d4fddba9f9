"""A point of the conversation, read into a noun phrase that can follow "about", or left
out: reported speech, dates, family, their own people and shorthand."""

from __future__ import annotations

import re
from itertools import pairwise

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    CONJUNCTIONS,
    CURRENCY_SIGNS,
    DETERMINERS,
    FUNCTION_WORDS,
    INDEFINITE_PRONOUNS,
    MONTHS,
    PREPOSITIONS,
    PRONOUNS,
    TIME_NOUNS,
)
from afterview.compose.reading.fields.common import (
    Reading,
    head_index,
    looks_plural,
    to_reader,
    without_aside,
)
from afterview.compose.reading.fields.logistics import job_term
from afterview.compose.reading.shapes import (
    CHANGES,
    CONCRETE,
    FIELDS_IN_TION,
    MASS_NOUNS,
    ONE_OF_THEIRS,
    RELATIVES,
    acts_on_described,
    finite_verb_index,
    is_clause,
    is_mass,
    is_noun_like,
    is_verb,
    is_wh,
    sounds_grave,
    sounds_negative,
    tags_of,
    tells_a_hardship,
    wants_the,
)
from afterview.compose.reading.text import (
    Unusable,
    a_peoples_name,
    bare,
    clean,
    is_name,
    lower_first,
)
from afterview.compose.reading.topics import named_and_kind
from afterview.compose.reading.vocabulary import (
    find,
    is_a_product_name,
    opens_with_a_name,
    word_set,
)

# Words that are verbs too, but before a describing word describe the thing: "free legal aid"
# ("open new markets" is opening them).
_DESCRIBES_A_THING = frozenset({"free"})

_DIRECT_QUESTION = lazy(
    r"^(?P<wh>how|what|why|when|where|which|who)(?:'s|\s+(?P<aux>do|does|did|is|are|was|were|"
    r"will|would|can|could|should|has|have))\s+(?P<rest>.+)$",
    re.I,
)


_YEAR_THEN_MONTH = lazy(rf"\b((?:19|20)\d\d) ({MONTHS})\b")
# "the discussion around my family": the candidate's own family, not a subject of the work.
MY_FAMILY = lazy(rf"\bmy (?:{RELATIVES})\b", re.I)
# "she supervised my cousin's thesis", "he taught my dad": their dealings with your family.
DEALT_WITH = lazy(
    r"\b(?:supervised|supervises|taught|teaches|trained|hired|treated|mentored|interviewed|"
    r"examined|marked|employed|employs|knows|knew|worked with|works with) my\b",
    re.I,
)
# "she asked about my SCFHS exam": the candidate's own exam, not a subject they discussed.
_MY_EXAM = lazy(
    r"\bmy (?:\S+ ){0,2}(?:exam|exams|test|licensing exam)\b"
    r"|\b\d+\s*/\s*\d+\s+(?:correct|right|points?|marks?)\b",  # "triangulation test 5/6 correct"
    re.I,
)
# "his wife waited 2 hrs for an ambulance": their family's story, not a subject of the work
# ("his kid plays hockey for the Pats" is small talk a note may recall).
_THEIR_FAMILY = lazy(
    r"\b(?:his|her|their|your)\s+(?:wife|husband|partner|son|sons|daughter|daughters|kids?|"
    r"child|children|mother|mum|mom|father|dad|parents|brother|sister|baby|grandson|"
    r"granddaughter|grandchildren|family)\b",
    re.I,
)


# A tour they gave: "showed me round the kitchen", "gave us a tour of the plant".
_AT_THE_INTERVIEW = lazy(
    r"\b(?:during|in the middle of|halfway through) (?:the|my|our) (?:interview|visit|tour|meeting)\b"
    r"|\bmid-interview\b",
    re.I,
)
_REQUIRED = lazy(
    r"^(?:the |a |an )?[\w'/-]+(?: [\w'/-]+){0,2} (?:needed|required|mandatory|necessary)$", re.I
)
# The candidate's own way of working, set beside theirs: "the pipeline I use qiime2 and ...";
# not a question put ("how I would run the ward", "what I did when ...").
_MINE_BESIDE_THEIRS = lazy(
    r"(?<!\bhow )(?<!\bwhat )(?<!\bwhy )(?<!\bwhen )(?<!\bwhere )(?<!\bwhich )"
    r"\bI (?:use|run|do)\b(?! (?:it|this|that)\b)"
)
# What they did on the day, while the candidate was there: "he watched the practical".
_THEIR_PART_ON_THE_DAY = lazy(
    r"^(?:he|she|they|you) (?:just |only |mostly )?(?:watched|observed|collected|sorted|"
    r"handed out|timed|marked|scored|invigilated|proctored|took notes|filmed|recorded|greeted|"
    r"scheduled|booked|sat in|listened|prayed|said nothing|did not speak|didn't speak"
    r"|sat(?: there| quietly| at the back)?(?=\s*(?:$|,)))\b",  # not "sat on the board"
    re.I,
)
# A judgement of a whole people: "Saudi ppl like honest workers", "Germans are direct".
_A_PEOPLE_JUDGED = lazy(
    r"\b[A-Z][a-z]+ (?:people|ppl|folks|guys|workers|men|women) (?:like|are|prefer|want|hate|"
    r"love|don't|do not|never|always)\b"
)
# A new name noted after the old: "... contract now DMW".
_RENAMED = lazy(r"\bnow [A-Z]{2,}(?=$|,)")
# What someone's job covers, by its departments: "he runs facilities, housekeeping, transport".
_THEIR_REMIT = lazy(
    r"^(?:he|she|they|you) (?:runs?|heads?|manages?|leads?|oversees?|looks? after) "
    r"(?:facilities|housekeeping|transport|procurement|purchasing|HR|payroll|finance|IT|"
    r"operations|ops|logistics|admissions|marketing|sales|recruitment|recruiting|maintenance|"
    r"security|catering|compliance|quality|QA|estates|engineering|nursing|pharmacy|training|"
    r"safety|HSE|admin|administration|accounts|reception|housing|fleet)\b"
    r"(?:\s*(?:,|and|&|\+)\s*[\w&/-]+)*(?: for .*)?$",
    re.I,
)
# A scheme named by its body's letters and a participle that describes it: "AFC guaranteed
# interview scheme" (never "AFC guaranteed" the scheme).
_A_SCHEME_NAMED = lazy(
    r"^[A-Z]{2,6} [a-z]+ed (?:[a-z]+ )?(?:scheme|programme|program|route|pathway|fund|grant|"
    r"policy|framework)$"
)
# Someone's ways, remarked on: "Raj's quirks", "her pet peeves" (not "quirks mode").
_SOMEONES_WAYS = lazy(
    r"\b(?:[\w-]+['’]s|his|her|their|your) (?:quirks|pet peeves?|foibles|moods|temper)\b",
    re.I,
)
# A side of the candidate's own work, its first word unless "the" comes first.
_A_SIDE_OF_MINE = lazy(
    r"^(?:the |(?P<first>[\w-]+) )(?:[\w-]+ )?of my \w"
    # "patient and public involvement in my project": a part of it, in it
    r"|^(?:the |(?P<part>[\w-]+) )(?:[\w-]+ ){0,3}in my (?:project|thesis|research|study|"
    r"dissertation|portfolio|proposal|presentation|case study|paper|work)\b"
)
# Words that count what follows "of my": "some of my projects", "one of my clients".
_COUNTED_SOME = frozenset("some one two three all most both each any many few several".split())


# How their firm began, with its year: "his company started with small houses in 1996".
_HOW_IT_STARTED = lazy(
    r"^(?:the |their |your |his |her )?(?:company|firm|business|practice|agency|group|family "
    r"business)\b.*\b(?:started|began|was founded|was set up)\b.*\b(?:19|20)\d\d\b"
)
# How something is done, said after it: "cross-selling w/o being pushy", which in a note to
# them reads as the candidate not being pushy with them.
_WITHOUT_BEING = lazy(r",?\s+without being\b.*$")
# Two or more words in capitals that are plain words, not letters ("LIVE CASE", not "ICU RN"):
# a label shouted in the notes, written in a note as the words it is.
_SHOUTED = lazy(r"\b[A-Z]{4,}(?: [A-Z]{4,})+\b")


def _quietly(found: re.Match[str]) -> str:
    words = found.group(0).split()
    if all(tags_of(word.lower()) for word in words):
        return found.group(0).lower()
    return found.group(0)


# A name, then what it does: "the clinic cat Pickles who sleeps on the printer" is the cat.
_WHO_AFTER_A_NAME = lazy(r"^(?P<thing>.*[a-z] [A-Z][a-z]{2,}),? (?:who|which) [a-z]+s\b")
# "cricket talk", "wine chat": a chat about it, which "our conversation about" already says
_A_CHAT_ABOUT = lazy(r"^(?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:talk|chat|banter|chit-?chat)$")
# A chat placed, not told: "the chat at SDSU Ag Career Day" (late306: "our conversation about
# the chat at ...").
_A_CHAT_AT = lazy(
    r"^(?:the |our |a |my )?(?:chat|talk|conversation|catch-up|convo)s? "
    r"(?:at|during|after|before|over|on|in) ",
    re.I,
)
# ...but a talk given is a subject ("the toolbox talk", "his safety talk")
_TALKS_GIVEN = frozenset("toolbox pep tech safety sales keynote ted induction welcome".split())
# "succession for my book if I go", "cover if I leave": what would follow a step of theirs
_IF_I = lazy(r"\b(?:if|once|when) I (?:go|leave|left|move|quit|retire|resign|went|stay)\b")
# Lines that name no subject, and why a note leaves them out.
_NOT_A_SUBJECT = (
    (  # "prep call friday", "the peer interview", "the Synchro question", "strength qs", "LC
        # medium": a part of the interview itself, which readers took for a note to self
        lazy(
            r"^(?:(?:the |my |our |a |an )?(?:[\w/&'’-]+ ){0,3}?(?:(?<!exit )(?<!stay )interview|"
            r"(?:phone|tech|technical|recruiter|initial|first|hr|video) screen|"
            r"(?:prep|preparation|intro|screening|phone|recruiter) call|questions?|qs|answers|"
            # "typing test + listening test": a test the candidate sat on the day
            r"(?:typing|listening|aptitude|psychometric|numeracy|literacy|spelling|personality|"
            r"in-tray|written|trade|skills?) tests?)"
            r"|(?:the )?screen)(?:\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)?"
            r"(?=$|\s*(?:[,;(]|\s[-–—]\s|->|→|\+))|\b(?:LC|leetcode)\b",
            re.I,
        ),
        "it names a part of the interview itself (“{}”), not a subject you talked about; name "
        "what you talked about in it",
    ),
    (  # "she came over from Korea in 2019": where they come from is theirs to raise
        lazy(
            r"^(?:you|he|she|they)(?:\s+|'s\s+|’s\s+|'re\s+|’re\s+|\s+(?:is|are)\s+)"
            r"(?:originally\s+)?(?:came\s+over\s+|moved\s+(?:over\s+|here\s+)?|emigrated\s+|"
            r"immigrated\s+|migrated\s+)?from\s+(?-i:[A-Z])",
            re.I,
        ),
        "it is about where they come from, which a note leaves to them to raise; name a "
        "subject of the work in a few words",
    ),
    (  # "we spoke a bit in italian", "he passed in French ~10 min" (French "passer en
        # français"): how you talked, which they know
        lazy(
            r"^(?:we|you|he|she|they)\s+(?:spoke|talked|chatted|passed|switched)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:in|into|to)\s+(?-i:[A-Z])[a-z]+\b"
            r"|^we\s+(?:spoke|talked|chatted)\s+(?:[\w-]+\s+){0,3}?in\s+[A-Za-z]+\b",
            re.I,
        ),
        "it says which language you spoke, not what about; name the subject in a few words",
    ),
    (  # "car carrier came in during the interview": what happened, not a subject
        _AT_THE_INTERVIEW,
        "it tells what happened while you were there, not what you talked about; name the "
        "subject in a few words",
    ),
    (  # "VOG needed": a requirement noted, for the paperwork
        _REQUIRED,
        "it notes something required of you, which the paperwork settles; a thank-you note "
        "does not recall it",
    ),
    (  # "she sorted the calendar + sent the case brief": the arrangements, not a subject
        lazy(
            r"^(?:she|he|they|you) (?:sorted|sent|booked|arranged|organi[sz]ed|scheduled|emailed|"
            r"printed|forwarded|confirmed) (?:out )?(?:the|my|a|an|our) (?:calendar|diary|room|"
            r"call|link|invite|brief|case brief|pack|agenda|schedule|parking|pass|badge|"
            r"paperwork|forms?|travel|taxi|lunch)\b"
        ),
        "it tells what they did to arrange the interview, not what you talked about; thank "
        "them for organising it in `rapport`",
    ),
    (  # "the Sat viewings are mental in summer": their slang, not the note's
        lazy(r"\b(?:is|are|gets|get|was|were|goes|go) (?:mental|insane|nuts|bonkers|mad|crazy)\b"),
        "it keeps a word of speech (“mental”, “insane”) a note would not use; name the subject "
        "in a few words",
    ),
    (  # "my knee from 2019": your health, which a note does not raise again
        lazy(
            r"\bmy (?:knee|knees|back|shoulder|hip|ankle|wrist|injury|injuries|surgery|operation|"
            r"condition|health|diagnosis|medical history|eyesight|hearing)\b"
        ),
        "it is about your health, which a note does not bring up again; name a subject of the work",
    ),
    (  # "said nothing except abt seniority": what was not talked about
        lazy(r"^(?:(?:said|asked|talked about) )?(?:nothing|not much|little)\b"),
        "it says what was not talked about; name what was, in a few words",
    ),
    (  # "she'd report to me": the job is not yours yet, and she is the one reading
        lazy(
            r"\b(?:report|reports|reporting|work|working) (?:to|for|under) me\b|\bbe my (?:\w+ )?"
            r"(?:mentor|buddy|manager|supervisor|boss|lead|trainer|preceptor|line manager)\b|"
            r"^(?:[Ww]e|I)(?:'d| would) be\b"
        ),
        "it takes the job as yours already, which a note does not presume; name the subject "
        "you talked about",
    ),
    (
        _SOMEONES_WAYS,  # "Raj's quirks"
        "it remarks on someone's ways (“{}”), which was fine to hear on the day but reads as "
        "gossip in writing; name a subject of the work in a few words",
    ),
    (
        _HOW_IT_STARTED,  # "his company started with small houses in 1996"
        "it tells how their firm began, a fact they know better than you; name a subject you "
        "talked about, in a few words",
    ),
    (
        _MINE_BESIDE_THEIRS,  # "the pipeline I use qiime2 and he uses his own"
        "it sets your own work beside theirs, in shorthand; name the subject in a few words",
    ),
    (
        _THEIR_PART_ON_THE_DAY,  # "he collected CV copies": they were there
        "it says what they did on the day, which they know; name a subject you talked about, "
        "in a few words",
    ),
    (
        _A_PEOPLE_JUDGED,  # "Saudi ppl like honest workers"
        "it is a remark about a whole people (“{}”), which a note never puts in writing; name "
        "a subject of the work in a few words",
    ),
    (
        _RENAMED,  # "POEA-SEC standard contract now DMW"
        "it notes a change of name in shorthand; say what about it, in words",
    ),
    (
        _THEIR_REMIT,  # "he runs facilities, housekeeping": their job, which they know
        "it says what their job covers, which they know; name a subject of the work you talked "
        "about, in a few words",
    ),
)
# Past forms that lead a noun phrase before "the": "cut the ..." is rare in notes, but not these
_AS_NOUNS = frozenset("set".split())
_TOUR = lazy(
    r"^(?:(?:he|she|they|we|[A-Z][\w'’-]+(?: (?:and|\+|&) [\w ]{1,15}?)?) )?"
    r"(?:(?:showed|took|walked) (?:me|us) (?:a)?round|"
    r"(?:walked|took|carried) (?:the|his|her|their) (?:camera|phone|laptop) (?:a)?round|"
    r"gave (?:me|us) a tour of|(?:a )?tour of) (?P<place>\S.*)$",
    re.I,
)
# "he showed the lab on the webcam": a tour on a call (late511 readers: "the conversation about
# the lab on the webcam").
_A_TOUR_ON_A_CALL = lazy(
    r"^(?:(?:he|she|they|[A-Z][\w'’-]+) )?showed (?:me |us )?(?P<place>the [\w'’-]+(?: [\w'’-]+)?) "
    r"(?:on|over|via) (?:the )?(?:webcam|camera|video|zoom|teams|call)$",
    re.I,
)


# Lists of debrief.toml's [topics] whose words keep a topic out of a note, and why.
_NOT_RECALLED = (
    (
        "interview_questions",
        "it records an interview question or test (“{}”) rather than a conversation; a note "
        "does not recall it as a pleasant discussion",
    ),
    (
        "checks",
        "it is about a check of your health or of you (“{}”), which a thank-you note does not "
        "bring up, least of all to the person who ran it",
    ),
    (
        "their_life",
        "it is about their own life or plans (“{}”), which a thank-you note leaves to them to "
        "raise; name a subject of the work in a few words",
    ),
    (
        "wrongdoing",
        "it is about wrongdoing (“{}”), which was talked about on the day and is never put in "
        "writing; name a subject of the work in a few words",
    ),
    (
        "their_mistakes",
        "it dwells on what went wrong for them (“{}”), which a thank-you note does not recall "
        "as a pleasure; name the subject, “the lessons from the last project”",
    ),
    (
        "in_confidence",
        "it is about the business's plans or troubles (“{}”), told on the day and never put "
        "in writing; name a subject of the work in a few words",
    ),
    (
        "someone_left",
        "it is about someone leaving the post or being let go (“{}”), which was said on the "
        "day and is never put in writing; name a subject of the work in a few words",
    ),
    (
        "who_they_hire",
        "it repeats a remark about whom they would rather hire (“{}”), which a note never puts "
        "in writing",
    ),
)

_WHY_IN_CONFIDENCE = dict(_NOT_RECALLED)["in_confidence"]

# An exercise named by what it was done on or how: "whiteboard", "take-home".
_EXERCISE_BY_ITS_TOOL = frozenset(
    ("whiteboard", "take-home", "take home", "takehome", "in-tray", "in tray")
)
# A meal or a break shared on the day, as the whole topic: an occasion, not a subject
# ("lunch menu redesign" is a subject).
_OCCASION = lazy(
    r"^(?:the |a |our )?(lunch|dinner|breakfast|brunch|coffee|drinks|a drink|beers?|tea break|"
    r"coffee break)(?:\s+(?:in|at|with|w/|after|before|on|together)\b.*)?$",
    re.I,
)

# A note that stops where a sentence would go on: "when reception should NOT", or "own ..."
# with nobody's before it.
_BROKEN_OFF = lazy(
    r"\b(?:should|must|would|could|can|do|does)(?: NOT| not)\W*$|^own [\w-]+\W*$", re.I
)
# Days of the week set down after the thing, as a note lists them: "Tues + Thurs".
_DAYS_AT_THE_END = lazy(
    r"(?<!every)(?<!each)(?<! to)(?:\s+(?:on\s+)?(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
    r"(?:\s*(?:\+|&|and|,)\s*(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)*)$"
)  # (written short: "field days Sunday to Thursday" is a working pattern, left out as one)
# A thing, then the year it ends or starts: "the lease runs out 2028".
_A_DATE_IT_ENDS = lazy(
    r"\b(?:runs out|expires|ends|finishes|closes|opens|starts|begins)\s+(?:in\s+)?(?:19|20)\d\d\b"
)
# Things in the plural, then how many at most, as a note sets it down (late504 readers: "small
# weddings at most 60 guests").
_AT_MOST_AFTER = lazy(r"(?P<what>\b[a-z]+s) (?:max\.?|maximum) (?P<many>\d+ [a-z]+s)\b")
_BETWEEN_A_LIST = lazy(r"\bbetween [\w-]+(?: [\w-]+)?,", re.I)

# A pet, and nothing else, as the whole topic.
_A_PET = lazy(
    r"^(?:the |a |his |her |their |your |our )?(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pets?|"
    r"office (?:cat|dog)|(?:clinic|shop|site|farm) (?:cat|dog))$",
    re.I,
)

# "he wanted to know if I'd live in Foz": their question to the candidate, in other words.
_WANTED_TO_KNOW = lazy(
    r"^(?:he|she|they|you) (?:wanted|wants) to (?:know|hear|check) (?:if|whether|how|why|when|what)\b",
    re.I,
)


# "asked me to read a drawing in front of him": where it was done, which they know.
_IN_FRONT_OF = lazy(r"\s+in front of (?:him|her|them|the panel|everyone)\b", re.I)
# "the team walked me thru the shed", "showed me the dashboard": their act, while you were there.
_DONE_TO_ME = lazy(
    r"\b(?:walked|showed|took|toured|led|drove|introduced|prepped|briefed|coached)\s+me\b", re.I
)
# What happens in a year named after it: "new dark ride opening 2028".
_HAPPENING = frozenset("opening launch launching starting closing arriving finishing".split())
_NEAR_MISS = lazy(r"\bnear miss(?=es\b|\b)", re.I)
_OTHERS_PLAN = lazy(r"^(?:the )?(?:[a-z]+ )?[a-z]+s (?:want|plan|hope|intend|expect) to\b")
_SOMEONE_ELSE = lazy(r"^(?:the )?one (?:girl|boy|kid|student|pupil|guy|lady|woman|man)\b", re.I)
_EMPHATIC_SELF = lazy(
    r"\b[\w-]+ (?:himself|herself|themselves)\b(?!\s+(?:to|as|in|on|with)\b)", re.I
)
_WHERE_WE_MET = lazy(r"\b(?:where|when|how) (?:we|I) (?:first )?met\b", re.I)
_DID_A_PLACE = lazy(r"^(?:you|he|she|they|we) did [A-Z]")
# "she translated the whole time": what they did in the interview itself.
# "he came in late", "she had to leave early": their comings and goings on the day.
_CAME_AND_WENT = lazy(
    r"^(?:you|he|she|they) (?:came in|joined|arrived|dropped in|showed up|left|had to leave|"
    r"stepped out) (?:late|early|halfway|partway|for a bit)\b"
)
_WHILE_THERE = lazy(r"^(?:you|he|she|they) [a-z]+ (?:the whole time|the entire time|throughout)\b")
# Words that went with a figure, left once it is cut: "seeding on", "rotors for more than".
# Where the post is based, as a note sets it down: "based Kalacha", "based in Lodwar".
_WHERE_BASED = lazy(r"^(?:the )?(?:role |job |post )?based (?:in |at |out of )?[A-Z]")
_BEFORE_A_FIGURE = frozenset(
    "on in than more less fewer over under about around nearly almost least up to below above".split()
)
# Words a topic is left hanging on once its figures are cut: "PM compliance sitting", "HSE
# first".
_LEFT_HANGING = frozenset("sitting standing running first".split())
# A figure, then how much more: a note's shorthand for a change, never a subject.
_A_FIGURE_THEN_MORE = lazy(r"\d[\d.,]*\s*[a-zA-Z%]{0,3}\s+(?:more|less|extra|fewer)$")


# Words for a rift inside their team: "doctor-nurse friction in labour ward".
_AT_ODDS = frozenset("friction infighting rivalry rivalries feud feuding".split())
# A thing the candidate used before, as the topic: "data loggers I've used".
_WHAT_I_USED = lazy(
    r"(?<!whether )(?<!if )\b(?:I've|I have|I) (?:used|worked with|worked on|run|ran|built)\b"
)


# The candidate's own background, asked about: "teaching background", "tenant trust + the
# police background" (a field's noun before it, not "the historical background").
_AND_A_BACKGROUND = lazy(r"\s+and\s+(?:the |my )?(?P<field>[\w-]+) background$", re.I)
_A_BACKGROUND = lazy(r"^(?:the |my )?(?P<field>[\w-]+(?: [\w-]+)?) background$", re.I)
# A note's arrow, and a question after it: "lots of ... -> how to build oral language".
_ARROWED = lazy(r"\s+(?:-+>|=+>|→|⇒)\s+")
_A_QUESTION_AFTER = lazy(r"(?:how|what|why|whether)\b", re.I)
# A situation told by how much of it there is: "lots of gr 1 kids w/ zero French at home".
_A_QUANTITY = lazy(r"(?:lots of|loads of|a lot of|so many|too many|hardly any)\b", re.I)
# Two things in a proportion: "Kodály and Suzuki mix".
_A_MIX = lazy(
    r"^(?P<a>[\w'’-]+(?: [\w'’-]+)?) (?:and|&) (?P<b>[\w'’-]+(?: [\w'’-]+)?) "
    r"(?P<kind>mix|blend|combination)$"
)


# "they do batch brew too", "..., as well": said beside something else in the notes, and the
# note names the subject alone.
_ALSO_AT_THE_END = lazy(r",?\s+(?:too|as well)\??$", re.I)  # "ad sales too?" (late403)


# How a motto goes on after its verb: "go slow", "fail fast", "keep it simple", "think big".
_MANNER = frozenset("fast lean slow big small smarter harder simple early".split())
_MOTTO_AND = lazy(r"\band (?P<verb>[a-z]+)(?= \w)")


def _a_motto(ws: list[str]) -> bool:
    """ "go slow to go fast", "move fast and break things": a saying that starts with its
    verb, talked about as a way of working."""
    if len(ws) < 3 or not ws[0].isalpha() or not ws[0].islower():
        return False
    verb, after = bare(ws[0]), bare(ws[1])
    if not _a_base_verb(verb):
        return False
    if after in ("it", "them"):
        return True  # "keep it simple"
    then = bare(ws[2])  # "man overboard drill", "state protected monuments": a thing named
    if not (then in FUNCTION_WORDS or then in PREPOSITIONS or ws[1].endswith(",")):
        return False
    if after in _MANNER:
        return True
    manner = tags_of(after) & {"J", "R"} and "N" not in tags_of(after)
    return bool(manner) and ws[1] == after and after not in FUNCTION_WORDS


def _a_base_verb(word: str) -> bool:
    """ "go", "break": a verb as a motto says it, never "steady" nor "things"."""
    return lexicon.lemma(word) == word and not tags_of(word) & {"J", "S"}


def _doing(verb: str) -> str:
    return lexicon.inflect(bare(verb), "VBG")


def _and_doing(found: re.Match[str]) -> str:
    verb = found["verb"]
    return f"and {_doing(verb)}" if _a_base_verb(verb) else found[0]


# What the reader (or another) said they would do for the candidate: a promise, not a subject.
_FOR_ME_NEXT = lazy(r"(?i)(?:you|he|she)(?:['’]ll| will) (?:\w+ ){0,4}?(?:me|my|for me)\b")
# A mess named by what it is in ("booking chaos", "rota nightmare"): a problem of theirs.
# Shorthand a note ends with: two codes or two days joined by a slash ("KR/JP", "RA/QA",
# "Tue/Fri"), or how often something runs ("only twice a week"): late363-late368 readers.
_A_NOTE_S_TAG = lazy(
    r"\s(?:[A-Z]{2,3}/[A-Z]{2,3}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))$"
    r"|\s(?:only )?(?:once|twice|three times) a (?:day|week|month)$"
)
# An amount of money: a currency's sign or code, then a figure.
_AN_AMOUNT = lazy(
    r"(?:[$£€₹¥₦₱]\s?\d|\b(?:USD|EUR|GBP|INR|LKR|PKR|BDT|NPR|NGN|KES|ZAR|AED|SAR|QAR|OMR|KWD|"
    r"BHD|PHP|MYR|SGD|IDR|THB|VND|CNY|RMB|HKD|JPY|KRW|AUD|NZD|CAD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|"
    r"RON|TRY|EGP|MAD|GHS|UGX|TZS|ETB|BRL|MXN|COP|PEN|CLP|ARS|Rs\.?)\s?\d)[\d.,]*(?:\s?[kKmM]\b)?"
)
# Words that say an amount is pay: "LKR 120k during training", "$4,000 a month".
_PAY_WORDS = lazy(
    r"\b(?:during training|per (?:month|year|hour|week|annum)|a (?:month|year|week)|an hour|"
    r"base|salary|pay|wages?|ctc|stipend|allowance|bonus|package|p\.?a\.?)\b"
    r"|/(?:mo|month|yr|year|hr)\b",
    re.I,
)


def _paid(text: str) -> bool:
    """An amount that is pay: said first ("$50k base") or with a word of pay, never in
    millions ("the £40m hospital extension") nor of the work ("the $2M budget")."""
    amount = _AN_AMOUNT.search(text)
    if amount is None or _MONEY_OF_THE_WORK.search(text):
        return False
    millions = amount.group(0)[-1:] in ("m", "M")
    if millions or re.match(r"\s?(?:m|bn|million|billion)\b", text[amount.end() :], re.I):
        return False
    first = text[: amount.start()].lower() in ("", "the ", "my ")
    return first or _PAY_WORDS.search(text) is not None


# What an amount of the work is ("the $2M budget for the new wing"), which is no pay.
_MONEY_OF_THE_WORK = lazy(
    r"\b(?:budgets?|contracts?|projects?|revenue|turnover|deals?|spend|portfolios?|funds?|"
    r"grants?|investments?|sales|capex|opex|costs?|savings|tenders?|loans?|book)\b",
    re.I,
)
_A_MESS = frozenset("chaos mess shambles nightmare headache".split())


# Turning up, and turning up on time (late304 readers: "It was good to talk with you about
# showing up on time" sounded naive, or like a warning).
_TIMEKEEPING = lazy(
    r"\b(?:(?:showing|show|turning|turn|coming|come|being|be|arriving|arrive)\s+(?:up\s+)?on "
    r"time|punctuality|tardiness|lateness|showing up|turning up)\b",
    re.I,
)


# "the crash after": after what went before, which English says "the crash that followed".
_THE_ONE_AFTER = lazy(r"\b(the [a-z]+) after$")
# "how many workers per pond": a count asked, with no verb.
_HOW_MANY_PER = lazy(r"^how (?:many|much) [a-z]+ (?:per|a|each) [a-z]+$")
# Two words of a note in lower case, then a place or a name at the end with no preposition:
# "growth targets Alto Piura", "weekly slots Xi'an" (embarrassing, late317 and late329 readers).
_A_PLACE_SET_DOWN = lazy(
    r"(?:(?<![\w-])[a-z]+ |^)[a-z]+s (?P<place>[A-Z][a-zà-ÿ][\w'’-]*(?: [A-Z][a-zà-ÿ]+)?)$"
)
# A day or a month, which a note may set down bare ("chaplain visits Sundays", "starts Jan").
_A_DAY_OR_A_MONTH = lazy(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$"
)
# When, noted after the subject with no word before it: "brake pads and tyres first year" is
# in the first year (late315 readers faulted "discuss brake pads and tyres first year").
_WHEN_AT_THE_END = lazy(r" ((?:first|second|third) (?:year|month|week|day|shift))$")


def _when_said_with_in(text: str) -> str:
    """ "brake pads and tyres first year" -> "... in the first year"; not "the first year"."""
    found = _WHEN_AT_THE_END.search(text)
    before = text[: found.start()].split() if found else []
    if not found or not before or bare(before[-1]) in FUNCTION_WORDS or before[-1][:1].isupper():
        return text
    return f"{text[: found.start()]} in the {found[1]}"


# Two places or things set against each other with "not": a note's shorthand for a doubt
# ("serving in Bungoma not Nairobi" embarrassed both late314 readers).
_A_CONTRAST = lazy(r"\b[A-Z][\w'-]+,? not [A-Z]")


# What the candidate did for them, one of it: "paid technical test" is the test they set.
_ONE_EXERCISE = frozenset("test exercise task challenge assignment presentation case".split())


# The candidate measured against others: "agents who are older than me", "kids taller than me".
_THAN_ME = lazy(r"\b(?:older|younger|senior|more senior|more experienced|taller|bigger) than me\b")


# Two tasks set in the interview, in the imperative: "read & translate a paragraph", "sort +
# label the samples".
_TWO_TASKS = lazy(
    r"^(?:read|write|translate|draw|solve|sort|fix|build|code|draft|calculate|type|sketch|"
    r"label|summari[sz]e|review|test|plan)\s*(?:&|\+|and)\s*(?:read|write|translate|draw|"
    r"solve|sort|fix|build|code|draft|calculate|type|sketch|label|summari[sz]e|review|test|"
    r"present|explain|check|mark)\b",
    re.I,
)


def read_topic(raw: str) -> Reading:
    """What was talked about, as a noun phrase (or a clause, or the candidate's exercise)."""
    raw = _NEAR_MISS.sub("near-miss", raw)  # "the near miss board": one word, never "near"
    raw = _A_ROUTE.sub("\\1–\\2", raw)  # "the Baton Rouge - Beaumont lane": one lane, not a tail
    # "route Legnica - Chojnów": the route named after it, "the Legnica–Chojnów route" (late401)
    raw = _A_ROUTE_AFTER.sub(lambda m: f"the {m[2]}–{m[3]} {m[1].lower()}", raw)
    raw = _THREE_PLACES.sub("\\1–\\2–\\3", raw)  # "across Hanoi - Paris - Dakar" (late316)
    arrowed = any(arrow in raw for arrow in ("->", "=>", "→", "⇒"))
    sides = _ARROWED.split(raw, maxsplit=1) if arrowed else [raw]
    if len(sides) == 2 and _A_QUANTITY.match(sides[0]) and _A_QUESTION_AFTER.match(sides[1]):
        raw = sides[1]  # "lots of gr 1 kids w/ zero French at home -> how to build oral ...":
        # the situation, then the question talked through
    if _TWO_TASKS.match(raw):  # "read & translate a paragraph about PFAS" (late451 readers:
        # "discuss the read and translate a paragraph")
        raise Unusable(
            "it names a task you were set, which a thank-you note does not recall as a "
            "conversation; name what you talked about"
        )
    if re.search(r"\w(?:->|→)\w|\d\s*(?:->|→)\s*\d", raw):  # "day->night", "380 -> 520"
        raise Unusable("it notes a change with an arrow; say what changed in words")
    raw = _AT_MOST_AFTER.sub(r"\g<what> of up to \g<many>", raw)  # "small weddings max 60 guests"
    raw = _DAYS_AT_THE_END.sub("", raw) or raw  # "old men's lunch club Tues + Thurs" (late500)
    if _A_DATE_IT_ENDS.search(raw):  # "the lease w/ BCC runs out 2028": what will happen
        raise Unusable(
            "it says what will happen, not what you talked about; write the subject in a few "
            "words (“the lease on the building”)"
        )
    if re.match(r"travel (?:to |from )?[A-Z]", raw):  # "travel Trondheim -> Sistranda paid"
        raise Unusable(
            "it is about your travel to the job, which a thank-you note never makes its highlight"
        )
    if _BROKEN_OFF.search(raw):  # "when reception should NOT", "own pickup?" (late502, late504)
        raise Unusable(
            "it breaks off, as a note to yourself does; write the subject in a few words"
        )
    if _BETWEEN_A_LIST.search(raw):  # "rotating between portering, stores + catering": the
        # comma would cut the list to "rotating between portering" (late502 readers)
        raise Unusable(
            "it lists what is between after a comma; write the subject in a few words "
            "(“rotating between departments”)"
        )
    secret = find("topics", "in_confidence", raw)  # before the aside goes: "- not public yet"
    if secret:
        raise Unusable(_WHY_IN_CONFIDENCE.format(secret))
    text = _IN_FRONT_OF.sub("", without_aside(clean(raw)))  # "read a drawing in front of him"
    text = _ALSO_AT_THE_END.sub("", text)  # "they do batch brew too": the note names one subject
    # "high bay racking 11m", "cold room 2-8°C": a measure set down after the thing is a
    # figure for oneself; the thing is the subject (late401 readers: "the high bay racking 11m")
    amount = _AN_AMOUNT_AT_THE_END.search(text)  # "annual budget ~ Rs 180m" (late495)
    if amount and bare(text[: amount.start()].split()[-1]) not in PREPOSITIONS | {"up", "down"}:
        text = text[: amount.start()]  # not "D&A up $10": a change, told in figures
    text = _A_MEASURE_AT_THE_END.sub("", text) or text
    text = _without_how_long(text)  # "onboarding SLA 5 working days"
    text = _when_said_with_in(text)  # "brake pads and tyres first year"
    text = _THE_ONE_AFTER.sub(r"\1 that followed", text)  # "the boom and the crash after"
    if _HOW_MANY_PER.match(text) and finite_verb_index(text.split()) is None:
        raise Unusable(
            "it is a question in shorthand (“how many workers per pond”); name the subject, "
            "“staffing the ponds”"
        )
    set_down = _A_PLACE_SET_DOWN.search(text)
    if set_down and not _A_DAY_OR_A_MONTH.match(set_down["place"]):
        raise Unusable(
            f"it sets a place or a name down with no word before it (“{set_down[0]}”); write "
            "“in”, “for” or “with” before it"
        )
    if _THAN_ME.search(text):  # "coaching agents who are older than me" (late420 readers: it
        # brings back a doubt of theirs as the thing remembered)
        raise Unusable(
            "it measures you against others, which reads as the doubt it was; name the subject "
            "(“coaching experienced agents”)"
        )
    if _A_CHANGE_OF_STATE.search(text):  # "pre-settled to settled" (late410): a status change
        raise Unusable("it notes a change in shorthand; say what changed in words")
    if _WHAT_KIND_OF_FIRM.match(text):  # "family run since 1988" (late406 readers: "go over
        # the family run since 1988 with you", in a card to the owners)
        raise Unusable(
            "it says what kind of business they are, which they know; name what you talked "
            "about, in a few words"
        )
    if _A_CONTRAST.search(text):
        raise Unusable(
            "it is a contrast in shorthand (“in Bungoma not Nairobi”); name the subject in a few "
            "words"
        )
    text = _WITHOUT_BEING.sub("", text)  # "cross-selling cover w/o being pushy": the selling
    text = _SHOUTED.sub(_quietly, text)  # "LIVE CASE: messy cap table": a live case
    pet = named_and_kind(text)
    if pet:  # "Ember the koala": a name, then what it is (never "the ember the koala")
        what = f"{pet['name']} the {pet['kind']}"
        return Reading("np", f"the {pet['what']} of {what}" if pet["what"] else what)
    who = _WHO_AFTER_A_NAME.match(text)
    text = who["thing"] if who else text  # "the clinic cat Pickles who sleeps on the printer"
    chat = _A_CHAT_ABOUT.match(text)
    if _A_CHAT_AT.match(text):  # "the chat at SDSU Ag Career Day": where, never about what
        raise Unusable(
            "it notes where you chatted, not about what; name the subject in a few words"
        )
    if chat and bare(chat["what"]) in ("shop", "small", "idle"):
        raise Unusable(
            f"it notes that you chatted (“{chat.group(0)}”), not about what; name the subject in "
            "a few words"
        )
    if chat and bare(chat["what"].split()[0]) not in _TALKS_GIVEN:
        text = chat["what"]  # "cricket talk": the note's "our conversation about" says the rest
    if _WHERE_BASED.match(text):
        raise Unusable(  # "based Kalacha, 3 wks in 1 out": where the post is, and its rota
            "it says where the post is based, a term of the job; name what you discussed about "
            "the work"
        )
    timekeeping = _TIMEKEEPING.search(text)
    if timekeeping:  # "showing up on time": a rule of the job, never "our conversation about" it
        raise Unusable(
            f"it is about timekeeping (“{timekeeping.group(0)}”), which a thank-you note does not "
            "make its highlight; name what you discussed about the work"
        )
    if re.match(r"(?:covers|includes|involves|requires) [A-Z]", text):
        raise Unusable(  # "covers ICU (4 beds), med/surg": what the post covers, as a note
            "it says what the post covers, in shorthand; name the subject (“the ICU cover”)"
        )
    if re.match(r"(?:wants|wanted) (?:more|less|fewer|to|a|an|the)\b", text):
        text = f"they {text}"  # "wanted more fieldwork in the curriculum": what they want
    mix = _A_MIX.match(text) if text.endswith(("mix", "blend", "combination")) else None
    things = mix and all("J" not in tags_of(mix[k].split()[-1]) for k in ("a", "b"))
    if mix and things:  # "Kodály + Suzuki mix": the mix of Kodály and Suzuki (not "the split
        # of clinical and administration")
        return Reading("np", f"the {mix['kind']} of {mix['a']} and {mix['b']}")
    if _A_SCHEME_NAMED.match(text):  # "AFC guaranteed interview scheme": a scheme, not a deed
        return Reading("np", f"the {text}")
    # "they'll expand the team": read as the clause it is ("... that you will expand ...")
    text = re.sub(r"\b(you|they|he|she|we)['’]ll\b", r"\1 will", text, flags=re.I)
    if _FOR_ME_NEXT.match(text):
        raise Unusable(  # "you'll get me feedback by 12/11", "she'll negotiate the base for me"
            "it is what they said they would do for you, which a thank-you note does not hold "
            "them to; name what you talked about instead"
        )
    logistics = job_term(text)
    if logistics:
        raise Unusable(
            f"it is about pay or conditions, or a hiring step (“{logistics}”), which a thank-you note never "
            "makes its highlight"
        )
    if _IF_I.search(text) and not is_wh(text.split()[0]):
        raise Unusable(  # "succession for my book if I go": what would follow a step of yours
            "it is about what would happen if you did something, which a thank-you note does "
            "not raise; name the subject in a few words"
        )
    for key, why in _NOT_RECALLED:
        found = find("topics", key, text)
        if found:
            raise Unusable(why.format(found))
    if _A_PET.match(text):  # "the cat" on camera, "dogs" (late494 readers: "exchange views
        # with you on dogs" read as comic)
        raise Unusable(
            "it is small talk about an animal, not a subject of the work; if it made a bond, "
            "say so in `rapport`"
        )
    occasion = _OCCASION.match(text)
    if occasion:  # "the lunch in the canteen with the keepers", sent to the keepers
        raise Unusable(
            f"it is something you shared (“{occasion[1]}”), not a subject you talked about; "
            "name what you talked about over it, or thank them for it in `rapport`"
        )
    own_family = MY_FAMILY.search(text)
    if own_family:
        raise Unusable(
            f"it is about your family (“{own_family.group(0)}”), which a thank-you note does not bring "
            "up as a conversation; name a subject of the work in a few words"
        )
    relative = _THEIR_FAMILY.search(text)
    then = text[relative.end() :].split()[:1] if relative else []
    past = bool(then) and bare(then[0]) not in ("is", "are") and is_verb(then[0], "D")
    going = bool(then) and then[0].endswith("ing") and is_verb(then[0], "G")  # "son going to uni"
    # "son takes over in a few yrs": their family's plans, as news ("plays hockey" may stay)
    plans = bool(then) and bare(then[0]) in ("takes", "joins", "inherits", "wants", "plans")
    if relative and ((past and not is_noun_like(then[0])) or going or plans):
        raise Unusable(
            f"it is news of their family (“{relative.group(0)} {then[0]}”), which a "
            "thank-you note leaves to them to raise; name a subject of the work in a few words"
        )
    exam = _MY_EXAM.search(text)
    if exam:
        raise Unusable(
            f"it is about an exam of yours (“{exam.group(0)}”), which a thank-you note does not "
            "bring up as a conversation"
        )
    for pattern, why in _NOT_A_SUBJECT:
        seen = pattern.search(text)
        if seen:
            raise Unusable(why.replace("{}", seen.group(0)))
    tagged = _A_NOTE_S_TAG.search(text)
    if tagged:  # "cross-border wash trades KR/JP", "supply boat schedule Tue/Fri"
        raise Unusable(
            f"it ends with a note's shorthand (“{tagged.group(0).strip()}”); say it in words"
        )
    if _paid(text):  # "LKR 120k during training": what they pay (late371 readers: "keen" for it)
        amount = _AN_AMOUNT.search(text)
        assert amount is not None
        raise Unusable(
            f"it is about pay (“{amount.group(0)}”), which a thank-you note never makes its "
            "highlight"
        )
    process = find("topics", "process", text)
    papers = re.match(r"(?:my |the )?(?:documents|docs)\b", text, re.I)  # "documents - NYSC cert"
    process = process or (papers.group(0) if papers else None)
    if process:
        raise Unusable(
            f"it is about the hiring process (“{process}”): the plan times your follow-ups by "
            "it, and a thank-you note does not recall it as a conversation"
        )
    health = _THEIR_HEALTH.search(text)
    if health:  # "she has a pacemaker herself!!": theirs to raise, not the note's
        raise Unusable(
            f"it is about their health (“{health.group(0)}”), which a note leaves to them to "
            "raise; name a subject of the work in a few words"
        )
    happened = _HAPPENED_THEN.match(text)
    if happened:  # "funding round closed Sept": an event and its date
        raise Unusable(
            "it says what happened and when, not what you talked about; write the subject in a "
            "few words"
        )
    founded = _FOUNDED.match(text)
    if founded and not is_verb(founded["what"].split()[0], "DZ"):  # "hospital founded 1961"
        raise Unusable(
            f"it notes when the {founded['what'].split()[-1]} was {founded['done']}, a fact about "
            "them rather than something you talked about; name the subject in a few words"
        )
    tour = _TOUR.match(text) or _A_PLACE_TOUR.match(text) or _A_TOUR_ON_A_CALL.match(text)
    if tour:  # "he took me round the yard": the tour itself is what a note thanks them for
        place = to_reader(with_determiner(re.split(r"\s*[,;]|\s+[-–—]\s", tour["place"])[0]))
        placed = bool(place.split()) and bare(place.split()[0]) in PREPOSITIONS  # "in the ute"
        if 1 <= len(place.split()) <= 6 and not _digits(place) and not placed:
            return Reading("tour", place)
    if _A_FIGURE_MOVED.search(text):  # "D&A up $10 -> all three": a test, in shorthand
        raise Unusable("it notes a change in figures in shorthand; name the subject in a few words")
    if _OTHERS_PLAN.match(text):  # "founders want to step back in 2 yrs": others' plans, as news
        raise Unusable(
            "it tells of other people's plans as news; name the subject you talked about"
        )
    if _SOMEONE_ELSE.match(text):  # "one girl wants to do medicine": another person's plans
        raise Unusable("it is about someone else, not something you talked about with them")
    if _EMPHATIC_SELF.search(text):  # "ex-RN himself!! served on Type 23s too": about them
        raise Unusable("it is a note about them in shorthand; name what you talked about")
    if _WHERE_WE_MET.search(text):  # "the OSU career fair booth where we met": they were there
        raise Unusable("it says where you met, which they know; name what you talked about")
    if _PRESSED_ME.match(text):  # "she pushed on how I'd prioritize": how they questioned you
        raise Unusable("it is about how they questioned you, not something you learned from them")
    text = re.sub(r",?\s+so\s+(?:got|gets|get|understood|understands)\s+it$", "", text)
    if _SAID_TO_YOU.match(text):  # "he said 'the floor will judge you on ...'"
        raise Unusable(
            "it is what they said to you, in their words: in a note to them, “you” would mean "
            "them; name the subject you talked about"
        )
    shown = bool(_SHOWN.match(text))  # what they showed is a thing, never a clause
    text = _strip_reporting(text)
    text = _THE_PUBLIC.sub(r"\1 the public", text)  # "app reports from public"
    if shown:
        text = re.sub(r"(?<=\w)\s+live\b", "", text)  # "the SCADA screens live from Hobro"
        text = re.sub(r"\s+on (?:the|a) (?:whiteboard|board|flipchart|flip chart)$", "", text)
    text = _ONE_QUESTION.sub("", text)  # "one question, about diplomatic method": the subject
    # "how calls get booked, the dispatch board": the thing after the comma is a note on it
    text = re.sub(
        r"^((?:how|what|why|where|when) [^,]+), (?:the|their|your|his|her) [^,]+$", r"\1", text
    )
    text = _LASTING.sub(r"\1-\2 ", text)  # "the 30 minutes practical": the 30-minute practical
    # "care minutes target 215": the target of 215
    text = re.sub(
        r"(?<=\w )(target|goal|budget|cap|limit|quota)\s+(?!(?:19|20)\d\d$)"
        r"(\d[\d,.]*%?(?: (?:hours|days|weeks|minutes|seconds|months))?)(?=$| for\b)",
        r"\1 of \2",
        text,
    )
    text = re.sub(r"\s+and my (?:view|views|opinion|thoughts|take) on\b.*$", "", text)
    text = re.sub(r"(?<=\w)\s+(?:mostly|mainly|largely)(?=$|,)", "", text)  # "Gulf guests mostly"
    if re.search(r"\w q(?:'?s)?(?:$|,)", raw.strip(), re.IGNORECASE):
        text = re.sub(r" questions?(?=$|,)", "", text)  # "fatigue mgmt qs": what they asked about
    text = _YEAR_THEN_MONTH.sub(r"\2 \1", text)  # "the 2022 October flood": month, then year
    if " / " in text:  # "faculty association / collective agreement": both, in words
        text = re.sub(r"(?<=[a-z]{2}) / (?=[a-z]{2})", " and ", text)
    listed = "+" in raw or " / " in raw  # "HV safety / permit to work + earthing": a list
    how = any(is_wh(w) for w in text.split()[1:])  # "RTT pathway + how secs and PPCs work"
    if listed and text.count(" and ") >= 2 and "," not in text and not how:
        text = " and ".join(text.split(" and ")[:2])  # two of them: never "X and Y and Z"
    label, colon, subject = text.partition(": ")
    kind = bare(label.split()[-1]) if colon and label.split() else ""
    if kind in ("chat", "talk", "conversation", "discussion", "convo") and subject:
        text = subject  # "honest chat: long hours before Milan": what the chat was about
    elif kind in _KINDS_OF_POINT and 1 < len(subject.split()) <= 6 and not _digits(subject):
        text = subject  # "their Ofsted action point: transitions between rooms": the subject
    elif colon and (len(label.split()) <= 3 or ", " in subject):
        text = label  # "case study: triangle with a big shock loss": the case study
    described = _DESCRIBES.match(text)
    if described:
        raise Unusable(
            f"it describes the employer (“{described.group(0)}”) rather than naming something "
            "you talked about; write the subject (“the family business”)"
        )
    text = _MAYBE_TAIL.sub("", text)  # "transfers to the regional offices possible"
    if _SIZE_FACT.match(text):
        raise Unusable(
            "it is a figure about the team or the work, not something you talked about; name "
            "what you discussed about it instead"
        )
    if bare(text.split()[0]) in _GREETINGS:
        raise Unusable("it records a greeting, not something you talked about")
    if _YES_NO.match(text):
        raise Unusable(
            "it is their question as you noted it; write it as they said it, with its “?”"
        )
    text = re.sub(r"^([^,]+s) more than (\d+) years(?=,|$)", r"\1 more than \2 years old", text)
    trend = _TREND.match(text)
    if trend:  # "coroner cases going up": the rise in them (in self-harm: a problem, below)
        change = "rise" if trend["way"].lower() == "up" else "fall"
        text = f"the {change} in {trend['what']}"
    contrast = _CONTRAST.match(text) if " more " in f" {text.lower()} " else None
    if contrast and not contrast["who"]:
        raise Unusable("it notes a contrast in shorthand; say in words what should change")
    if contrast:  # "he wants less tricks more food": "more food and fewer tricks"
        text = _contrast(contrast)
    if bare(text.split()[0]) in ("if", "whether") or _WANTED_TO_KNOW.match(text):
        raise Unusable("it is a question they asked you, not something you learned from them")
    first_word = text.split()[0]
    if bare(first_word) in ("only", "just", "mostly", "mainly") and len(text.split()) > 1:
        # "only checked the marks sheets", "only observed": what they did, not a subject
        act, after_act = [*text.split(",")[0].split()[1:3], ""][:2]
        if (
            is_verb(act, "D")
            and not is_noun_like(act)
            and (not after_act or bare(after_act) in DETERMINERS)
        ):
            raise Unusable(
                "it says what happened, not what you talked about; write the subject in a few words"
            )
    subjectless = is_verb(first_word, "DZ") and bare(first_word) not in AUXILIARIES
    if subjectless and _participle_adjective(text.split()):
        subjectless = False  # "guided reading groups", "paid media strategy"
    told = len(text.split()) > 1 and bare(text.split()[1]) in DETERMINERS - {"no"}
    # "set up the Teams call, said hi ...": a verb and its particle, then what they did it to
    particled = len(text.split()) > 2 and bare(text.split()[1]) in ("up", "out", "off", "down")
    told = told or (particled and bare(text.split()[2]) in DETERMINERS - {"no"})
    as_a_noun = bare(first_word) in _AS_NOUNS and not particled  # "set of drawings", not "set up"
    if subjectless and told and "D" in tags_of(first_word) and not as_a_noun:
        raise Unusable(  # "drove the pasture in his pickup": a drove is a herd, not this
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    done_there = subjectless and len(text.split()) > 2 and bare(text.split()[1]) in _WHERE_DONE
    if done_there and "G" not in tags_of(first_word):
        raise Unusable(  # "spoke in Vietnamese with me": what they did, not a subject
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    if subjectless and not is_noun_like(first_word) and not is_name(first_word):
        raise Unusable(
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    if text.endswith("?") or (is_wh(text.split()[0]) and _DIRECT_QUESTION.match(text)):
        text = _embedded(text.rstrip("?").strip())
    cut = _TOPIC_TAIL.split(text, maxsplit=1)[0].strip(" ,")
    if (" next " in cut or " this " in cut) and not _A_CLAUSE.search(cut):
        timeless = _WHEN_TAIL.sub("", cut)  # not from "the NIR machine they buy this year"
        end = timeless.split()[-1] if timeless.split() else ""
        if end and (is_noun_like(end) and bare(end) not in PREPOSITIONS):
            cut = timeless  # not "the switch to SAP planned for next year"
    last = bare(cut.split()[-1]) if cut.split() else ""
    if last not in AUXILIARIES and not (is_verb(last, "VDZ") and not is_noun_like(last)):
        if cut != text:
            # "seeding on 22k ha": the figure went, so does "on"
            figure = text[len(cut) :].lstrip(" ,")[:1].isdigit()
            stranded = _STRANDED | _BEFORE_A_FIGURE if figure else _STRANDED
            while len(cut.split()) > 1 and bare(cut.split()[-1]) in stranded:
                cut = cut.rsplit(" ", 1)[0]  # "board round at 9:30": the time went, so does "at"
        text = cut  # "the customer is mainly Nissan" keeps its verb's complement
        if text.lower() in _THEIR_PEOPLE:
            text = f"your {text.lower()}"  # "clients mostly from Japan": "your clients"
    joined = _AND_A_BACKGROUND.search(text) if text.endswith("background") else None
    if joined and tags_of(joined["field"]) & {"N", "G"}:
        text = text[: joined.start()]  # "tenant trust + the police background": the trust
    ws = text.split()
    cut_short = len(raw.split()) > len(ws)  # its figures or its tail were cut
    hanging = _A_FIGURE_THEN_MORE.search(text)  # "breakwater extension 1.2 km more" (late486)
    if hanging or (cut_short and len(ws) > 1 and bare(ws[-1]) in _LEFT_HANGING):
        raise Unusable(  # "PM compliance sitting at 78%", "HSE first, asked abt ...": shorthand
            f"it says how things stand in shorthand (“{text}”); name the subject in a few words"
        )
    at_odds = next(  # "friction stir welding", "friction losses": a thing, not a rift
        (
            w
            for w, after in zip(ws, [*ws[1:], "in"], strict=True)
            if bare(w) in _AT_ODDS and bare(after) in PREPOSITIONS
        ),
        None,
    )
    if at_odds:  # "doctor-nurse friction in labour ward": theirs to say, never put in writing
        raise Unusable(
            f"it names a rift inside their team (“{at_odds}”), which a note would put in "
            "writing; name the work instead (“how doctors and nurses work together at night”)"
        )
    about_you = is_wh(ws[0]) and find("questions", "personal", text)  # "why leave Portugal"
    if (
        bare(ws[0]) == "why"
        and len(ws) > 1
        and bare(ws[1]) not in DETERMINERS | PRONOUNS
        and not is_clause(" ".join(ws[1:]))
    ):
        about_you = "why"  # "why aged care", "why Lisbon": your choice, asked of you
    if not about_you and _WHAT_I_USED.search(text.split(",")[0]) and not is_wh(ws[0]):
        about_you = "mine"  # "data loggers I've used": the candidate's own, told back
    background = _A_BACKGROUND.match(text) if text.endswith("background") else None
    if background and tags_of(background["field"].split()[-1]) & {"N", "G"}:
        about_you = "background"  # "teaching background", "the police background": the
        # candidate's own past, asked about (not "the historical background")
    if about_you or (
        is_wh(ws[0])
        and any(
            bare(w) in ("i", "i'm", "me", "my", "i've", "i'd", "i'll", "we", "our", "us")
            for w in ws[1:]
        )  # "which wire brand we used": their question about the candidate's old job
    ):
        raise Unusable("it is about you rather than something you learned from them")
    if bare(ws[0]) == "to" and len(ws) > 1 and is_verb(ws[1], "V"):
        if bare(ws[1]) == "talk" and len(ws) > 3 and bare(ws[2]) == "through":
            ws = ws[2:]  # "asked me to talk through sizing a lift station": the sizing
            return Reading("exercise", " ".join(ws[1:]))
        gerund = lexicon.inflect(bare(ws[1]), "VBG")
        return Reading("exercise", " ".join([gerund, *ws[2:]]))  # "asked me to write xpath"
    text = to_reader(text)
    text = _AN_OFFICE_AFTER.sub(r"\g<before>the \g<office>", text)  # "to the Family Health Bureau"
    if _DID_A_PLACE.search(text):  # "she did Harbin 4 seasons already"
        raise Unusable("it says what they did in shorthand; write it as you would say it")
    if _DONE_TO_ME.search(text) or _WHILE_THERE.search(text) or _CAME_AND_WENT.search(text):
        raise Unusable(  # "after the panel the team walked me through the shed": you were there
            "it tells what they did while you were there, which they know; name what you "
            "talked about"
        )
    text = re.sub(r"^the (.+) you did$", r"your \1", text)  # "the 2023 posters you did"
    doing = re.match(r"^you (?:do|does) (?!not\b|n't\b|it\b|that\b|this\b)(?P<what>.+)$", text)
    if doing and finite_verb_index(doing["what"].split()) is None:
        text = doing["what"]  # "they do AORN standards + ORNAC": the standards are the subject
    text = re.split(r",?\s+and (?:if|whether)\b", text)[0]  # "my soldering, and if I mind ..."
    exercise = find("topics", "exercises", text)
    mine = " I " in f" {text} " and _MADE_BY_ME.search(text)  # "the style guide I made"
    # "cost-effectiveness of my screening model": a side of the candidate's own work
    side_of_mine = _A_SIDE_OF_MINE.match(text)
    theirs = bare(text.split()[0]) in _SUBJECTS  # "you want someone to own the assessment"
    if (exercise or mine or side_of_mine or bare(text.split()[0]) == "my") and not theirs:
        if bare(text.split()[0]) == "my" and sounds_negative(text):  # "my ... ticket expiry"
            raise Unusable(
                "it is about a gap or a problem, which a thank-you note does not make its "
                "highlight; name the subject instead"
            )
        if exercise and bare(text.split()[0]) != "my" and finite_verb_index(text.split()):
            raise _note_form(text, "exercise")  # "door schedule is a whiteboard": a sentence
        if text.lower() in _EXERCISE_BY_ITS_TOOL:
            text = f"{text} exercise"  # "whiteboard: design a patch pipeline": the exercise
        first = (
            (side_of_mine["first"] or side_of_mine["part"] or "").lower() if side_of_mine else ""
        )
        if first and first not in DETERMINERS and first not in _COUNTED_SOME:
            text = f"the {text}"  # "cost-effectiveness of my screening model": the one side
        if exercise and text.startswith("your "):
            text = f"my {text[len('your ') :]}"  # a coach's "her presentation", turned to the
            # reader, is the candidate's: never "walk you through your presentation"
        text = with_determiner(text)
        last = bare(text.split()[-1])
        if bare(text.split()[0]) not in DETERMINERS and last in _ONE_EXERCISE:
            text = f"the {text}"  # "paid technical test": the one they set (late316 readers)
        return Reading("exercise", text)
    if len(text.split()) > 16:
        raise Unusable("it is too long to mention in a sentence; shorten it to a few words")
    text = _a_doing_with_its_thing_joined(text)
    # "Jawoyn country": a people's Country, as First Nations write it, with its capital and no
    # "the" (late483 readers, to the Elder who gave the Welcome to Country)
    text = _A_PEOPLES_COUNTRY.sub(r"\1 Country", text)
    first = text.split()[0]
    opens_with_gerund = "G" in tags_of(first) and not is_name(first)
    ws = text.split()
    messy = len(ws) > 1 and bare(ws[-1]) in _A_MESS  # "booking system chaos" (late366)
    if messy or (len(ws) > 1 and "N" in tags_of(first.lower()) and bare(ws[1]) in _A_MESS):
        raise Unusable(  # "booking chaos in shared Google calendar": their mess, not a subject
            "it reads as a statement of a problem, which a thank-you note does not dwell on; "
            "name the subject instead"
        )
    if opens_with_gerund and len(ws) == 2 and bare(ws[1]) in _THINGS_AFTER_A_GERUND:
        return Reading("np", f"the {lower_first(text)}")  # "bottling line": a thing
    changed = opens_with_gerund and len(ws) == 2 and ws[1].islower() and "S" not in tags_of(ws[1])
    if changed and lexicon.lemma(bare(first)) in _A_CHANGE_MADE_TO_A_THING:
        return Reading("np", f"{lower_first(first)} the {ws[1]}")  # "splitting choir" (late495)
    # "A/B testing the product page": a doing with its object, which takes no "the" (late493)
    if len(ws) > 2 and ws[0].isupper() and "G" in tags_of(ws[1]) and bare(ws[2]) in DETERMINERS:
        return Reading("np", text)
    kind_of_place = bare(first) in _GERUNDS_OF_A_PLACE and len(ws) == 3 and ws[1].islower()
    where = {bare(ws[1]), bare(ws[2])} & _THINGS_AFTER_A_GERUND if kind_of_place else set()
    if where and is_noun_like(ws[1]) and is_noun_like(ws[2]):
        return Reading("np", f"the {lower_first(text)}")  # "receiving inspection area" (late481)
    light = lexicon.lemma(bare(first)) in _DONE_TO_A_THING  # "taking criticism" (late478)
    if opens_with_gerund and len(ws) == 2 and ws[1].islower() and wants_the(ws, 1) and not light:
        return Reading("np", f"the {lower_first(text)}")  # "advising load", "stargazing schedule"
    if opens_with_gerund and len(ws) > 2 and ws[1].islower() and not is_name(ws[1]):
        after = bare(ws[2])
        if after in _SUBJECTS and is_noun_like(ws[1]):  # "booking software you use": theirs
            return Reading("np", f"the {lower_first(text)}")
        kind_of_thing = bare(ws[1]) in _THINGS_AFTER_A_GERUND  # not "managing budget on"
        if (after == "and" or after in PREPOSITIONS) and kind_of_thing:
            return Reading("np", f"the {lower_first(text)}")  # "packing room and grading ..."
    # "growing hospice side": a doing, then one thing with no article (growing the hospice side)
    thing = ws[1:]
    # "growing VCC practice": letters of a name before the thing are part of it
    lettered = all(w.islower() or (w.isupper() and k < len(thing) - 1) for k, w in enumerate(thing))
    a_doing = tags_of(first) == {"G"} and len(ws) >= 3 and lettered
    bare_thing = (
        a_doing and bare(thing[0]) not in DETERMINERS and all(is_noun_like(w) for w in thing)
    )
    # "staying long term", "working full time": how long or how, never "staying the long term";
    # "falling number test": a verb that takes no object names a kind of thing (a Falling Number
    # test, never "falling the number test"; late265 readers)
    bare_thing = bare_thing and "R" not in tags_of(bare(thing[0]))
    bare_thing = bare_thing and not _takes_no_object(first)
    if a_doing and bare_thing and wants_the(thing, len(thing) - 1):
        return Reading("np", f"{lower_first(first)} the {' '.join(thing)}")
    verbless = not any(is_verb(w, "VDZ") or bare(w) in PRONOUNS for w in ws[1:])
    if bare(first) in ("which", "what") and len(ws) > 1 and verbless:
        return Reading("np", f"the {' '.join(ws[1:])}")  # "which methods for spatial data"
    wh_or_gerund = is_wh(first) or (
        opens_with_gerund and (not is_clause(text) or _verb_only_inside(ws))
    )  # not "housing is the hardest part"
    if wh_or_gerund and not sounds_grave(text):  # "being sectioned", "how they fight"
        counted = lexicon.counting(bare(ws[-1])) == "C" and "S" not in tags_of(bare(ws[-1]))
        if _takes_no_object(first) and len(ws) > 2 and counted:
            return Reading("np", with_determiner(text))  # "the falling number test"
        if _two_kinds_of_work_then_one_thing(ws):
            return Reading("np", with_determiner(text))  # "the moving and handling refresher"
        return Reading("np", lower_first(text))
    if sounds_negative(text) or wh_or_gerund:
        raise Unusable(
            "it reads as a statement of a problem, which a thank-you note does not dwell on; "
            "name the subject instead"
        )
    ws, last_tags = text.split(), tags_of(bare(text.split()[-1]))
    event = "D" in last_tags and not last_tags & {"P", "N", "S"}  # not "crew" (or "crow")
    if len(ws) > 1 and event and bare(ws[-2]) not in _WHO:
        raise Unusable(  # "patio heaters broke": an event, not a subject ("the plan you made" is)
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    embedded = _AND_WH.search(text) if " and " in text else None
    if embedded and finite_verb_index(text[: embedded.start()].split()) is None:
        return Reading("np", with_determiner(text))  # "teaching load and how service counts"
    ws = text.split()
    named = shown or _noun_pile(ws) or _verb_after_a_subordinator(ws)
    if (is_clause(text) or subject_adverb_verb(text)) and not named and " versus " not in text:
        if _a_compound_not_a_verb(text.split()):
            return Reading("np", with_determiner(text))  # "... and the free burns camp in ..."
        head, comma, tail = text.partition(", ")
        if comma and tail.split() and is_verb(tail.split()[0], "V") and not is_clause(tail):
            text = head  # "your BOQs are still in Excel, want to move to CostX"
        if tells_a_hardship(text):
            raise Unusable(  # "Thank you for explaining that the dive centre loses money"
                "it tells of a hardship of theirs as news, and thanks for it read as tactless; "
                'name the subject in a few words ("the summer losses"), and the note speaks '
                "of it plainly"
            )
        yours = _WHAT_YOU_RUN.match(text)
        plain = yours and all(
            _in_a_name(w) or w in ("of", "the", "for") for w in yours["what"].split()[1:]
        )
        if yours and plain:
            # "Thank you for explaining that you run the nuclear safety induction" tells them
            # their own job: the thing is the subject, "the nuclear safety induction you run"
            verb = yours["verb"].replace("'re ", " are ").strip()  # "the migration you are running"
            return Reading("np", f"{yours['what']} you {verb}")
        clause = object_article(_subject_article(lower_first(text)))
        if _a_bare_subject(clause):  # "HIQA inspection last March flagged AMS"
            raise _note_form(clause)
        return Reading("clause", clause)
    done = is_verb(first, "VDZ") and not is_noun_like(first) and not first[:1].isupper()
    # "free legal aid for the parties" is the aid, never "freeing" it (late473)
    acting = "V" in tags_of(first) and bare(first) not in _DESCRIBES_A_THING
    if len(ws) > 2 and first.islower() and acting and acts_on_described(ws):
        gerund = lexicon.inflect(bare(first), "VBG")
        return Reading("np", " ".join([gerund, *text.split()[1:]]))
    if _a_motto(ws):  # "go slow to go fast": "going slow to go fast", never pasted as a noun
        return Reading("np", _MOTTO_AND.sub(_and_doing, f"{_doing(first)} {text.split(' ', 1)[1]}"))
    if done and not _participle_adjective(text.split()):
        raise Unusable(
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    if len(ws) == 1 and text.islower() and "S" in tags_of(text) and len(raw.split()) > 2:
        raise Unusable(  # "crews, most are from the village": "I enjoyed hearing about crews"
            f"cut to one word (“{text}”), it names nothing in particular; say what about it, "
            "in a few words"
        )
    often = _HOW_OFTEN_AFTER.match(text)
    if often:  # "estate walkabouts monthly w/ councillors": the monthly walkabouts
        said = "annual" if often["often"].lower() == "annually" else often["often"].lower()
        text = f"{said} {often['what']}{often['rest']}"
    every = _EVERY_AFTER.match(text) if " every " in text else None
    if every and not every["n"]:  # "team huddles every week": the weekly team huddles
        text = f"{_EVERY[every['unit'].lower()]} {every['what']}{every['rest']}"
    elif every:  # "supervision sessions every 2 wks": the sessions, every two weeks
        text = f"the {text}"
    between = _BETWEEN_TWO.match(text)
    one = between["two"].split()[0] if between else ""
    # the first of the two a name or many ("SEN", "sales"), not a word the first makes one
    # thing with ("gap analysis", "balance sheet", "handover notes")
    if (between and not (one[:1].isupper() or "S" in tags_of(one))) or one in _ONE_THING_WITH:
        between = None
    if between:  # "overlap SEN and safeguarding": the overlap between them, as one says it
        return Reading("np", f"the {between['what'].lower()} between {between['two']}")
    owned = _OWNED.match(text)
    if owned:  # "company vision" -> "the company's vision": whose, not which
        return Reading("np", f"the {owned['owner'].lower()}'s {owned['what'].lower()}")
    if not shown and _a_bare_subject(_subject_article(text.split(", ")[0])):  # "budget 2027 ..."
        raise _note_form(text)
    describes = _takes_no_object(text.split()[0])  # "falling number test"
    doing = _A_DOING_WITH_ITS_OBJECT.match(text) or _A_JOINED_DOING.match(text)
    if doing and not describes:
        return Reading("np", text)  # "tube feeding the flying fox pup", never "the tube feeding"
    return Reading("np", with_determiner(_date_first(text)))


# The people at large, said without its article in a note: "reports from public".
_THE_PUBLIC = lazy(r"\b(from|to|for|with|by) public(?=$|[,;.])")


# A doing named by two words, then what it is done to: "tube feeding the flying fox pup",
# "hand rearing the joeys", "cross-selling funeral cover": no article before the doing.
# (the first word says how it is done: "hotel opening a second outlet" is the hotel, opening)
_A_DOING_WITH_ITS_OBJECT = lazy(
    r"^(?:tube|bottle|hand|spoon|syringe|force|crop|spot|clicker|crate|leash|target|house|"
    r"cross|blood|line) [a-z]+ing (?:the|a|an|their|your|his|her|our|its|these|those|new|young|"
    r"\d+)\b"
)
_A_JOINED_DOING = lazy(r"^(?:cross|up|down|co|re|hand|spot|bottle|tube)-[a-z]+ing [a-z]")


# A clause said in the past or as "would" ("you opened with a prayer", "water pipes froze in
# Feb", "AP would own 7th grade"): in blind reads every such topic sentence was quoted as the
# fault ("interesting that water pipes froze" reads flippant, "you did the plant" loose); what
# they do or plan ("you are renovating the spa", "your team owns the fleet") reads well.
_PAST_OR_WOULD = frozenset("was were did had would could might".split())
TOLD_AS_PAST = (
    "it tells what happened, or what would, as your notes say it, and a thank-you note cannot "
    "say that back; name the subject in a few words, as in “the spa renovation”"
)


def told_as_past(clause: str) -> bool:
    """ "you walked the track 30+ times", "the handover would be 6 wks": see _PAST_OR_WOULD."""
    ws = re.sub(r"(?<=\w)['’]d\b", " would", clause).split()  # "you'd want Kayla to take over"
    at = finite_verb_index(ws)
    if at is None:
        return False
    if "S" in lexicon.tags(bare(ws[at])) and at + 1 < len(ws):
        at += 1  # "water pipes froze": a plural before the verb, not the verb
    key = bare(ws[at])
    tags = lexicon.tags(key)
    # after "you", "they": a verb, even one that is a noun too ("you spoke Portuguese")
    nouns = set() if at and bare(ws[at - 1]) in PRONOUNS else {"N", "J"}
    return key in _PAST_OR_WOULD or ("D" in tags and not tags & {"V", "Z", "G", *nouns})


def _note_form(text: str, what: str = "subject") -> Unusable:
    return Unusable(f"it is a sentence in shorthand (“{text}”); name the {what} in a few words")


_GREETINGS = frozenset("hi hello hey bye goodbye".split())
# "can I teach in Korean eventually": their question, noted without its mark.
_YES_NO = lazy(
    r"^(?:can|could|will|would|do|does|did|should|is|are|have|has)\s+(?:i|you|we)\b", re.I
)
# "coroner cases going up": a trend, said as one.
_TREND = lazy(
    r"^(?P<what>[a-z][\w -]{2,40}?)\s+(?:going|gone|went|way)\s+(?P<way>up|down)"
    r"(?:\s+since\b.*|,.*)?$",
    re.I,
)
# "less tricks more food", "more hands-on, less theory": two sides of a change, in note form.
_CONTRAST = lazy(
    r"^(?:(?P<who>.*?\b(?:want|wants|wanted|prefer|prefers|need|needs))\s+)?"
    r"(?P<q1>less|more|fewer)\s+(?P<one>(?!(?:and|or|than)\b)[\w-]+"
    r"(?:\s+(?!(?:and|or|than)\b)[\w-]+){0,2}),?\s+"
    r"(?P<q2>less|more|fewer)\s+(?P<two>[\w -]+)$",
    re.I,
)


def _counted(noun: str) -> bool:
    word = bare(noun)
    return "S" in tags_of(word) or (looks_plural(word) and not word.endswith("ics"))


def _contrast(found: re.Match[str]) -> str:
    """ "you want less tricks more food" -> "you want more food and fewer tricks": what they want
    more of first, and "fewer" for things counted."""
    sides = [(found["q1"].lower(), found["one"]), (found["q2"].lower(), found["two"].strip())]
    if "," in found.group(0):
        sides = sides[:1]  # "more root cause" after a comma is a note's half: the first is enough
    sides.sort(key=lambda side: side[0] != "more")
    words = [
        f"{'fewer' if q == 'less' and _counted(what.split()[-1]) else q} {what}"
        for q, what in sides
    ]
    return f"{found['who']} {' and '.join(words)}"


# A tour named by its place: "office tour", "the plant tour".
_A_PLACE_TOUR = lazy(
    r"^(?:the |a )?(?P<place>(?:[\w'-]+ ){0,3}?(?:office|offices|site|plant|lab|laboratory|ward|"
    r"campus|kitchen|factory|warehouse|depot|yard|farm|hospital|school|studio|shop|floor|"
    r"building|facility|centre|center|clinic|mine|mill|station|base|hotel|workshop|unit|tower|"
    r"wing|block|port|ship|vessel|store|branch|library|museum|gallery|theatre|suite|premises|"
    r"room|line|shed|dairy|winery|cellar|bakery|garage|hangar|greenhouse|nursery|estate|"
    r"storeroom|stockroom|stores|laundry|pharmacy|restaurant|salon|gym|lodge|vineyard|"
    r"orchard|boatyard|terminal|venue|grounds|home|house))"
    r" tour$",
    re.I,
)
# How often, set after the things that happen so often: "estate walkabouts monthly".
_HOW_OFTEN_AFTER = lazy(
    r"^(?P<what>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*s) (?P<often>daily|weekly|monthly|quarterly|"
    r"fortnightly|nightly|yearly|annually)(?P<rest>(?: (?:with|for|at|in|on|across) .*)?)$"
)
# How often, after what recurs: "supervision sessions every 2 wks", "huddles every week".
_EVERY_AFTER = lazy(
    r"^(?P<what>(?:[a-z][\w-]* ){0,3}[a-z][\w-]*s) every (?P<n>(?:\d+|two|three|four|six|other) )?"
    r"(?P<unit>day|week|month|quarter|year)s?(?P<rest>(?: (?:with|for|at|in|on|across) .*)?)$",
    re.I,
)
_EVERY = {
    "day": "daily",
    "week": "weekly",
    "month": "monthly",
    "quarter": "quarterly",
    "year": "annual",
}
# What lies between two things, named with no word to join them: "overlap SEN and safeguarding".
_BETWEEN_TWO = lazy(
    r"^(?:the )?(?P<what>overlap|split|balance|link|links|difference|differences|gap|tension|"
    r"handoff|handover|interface|crossover|trade-off|tradeoff) "
    r"(?P<two>(?!between\b|of\b|in\b|on\b|with\b|for\b|to\b)[^,;]+? and [^,;]+)$",
    re.I,
)
# Nouns in "-ing" for one thing, which a topic names with "the": "the NQS rating".
_ONE_IN_ING = frozenset("rating ranking briefing hearing ruling meeting building opening".split())
_ONE_THING_WITH = frozenset("notes shifts sheets reports analysis".split())
_OWNED = lazy(
    r"^(?:the )?(?P<owner>company|team|firm|hospital|school|clinic|bank|agency|studio|lab|store|"
    r"hotel|group|practice|department|business|centre|center|college|trust|academy|charity|"
    r"council|unit|ward) (?P<what>vision|culture|values|strategy|mission|ethos|charism|"
    r"priorities|goals|direction|history|identity|ethos and values)$",
    re.I,
)


# Nouns that are verbs too, after a gerund a thing the gerund names ("bottling line", "cleaning
# log", "training plan"), where "managing change" or "writing code" is an activity.
_THINGS_AFTER_A_GERUND = frozenset(
    "line log plan room area bay station dock desk lab floor site schedule rota sheet process "
    "procedure system machine unit kitchen chart list cycle rate program programme table shed "
    "hall yard software app tool".split()
)
# Verbs that, as a doing before a thing, do it to the thing: "taking criticism", "giving
# feedback", never "the taking criticism".
_DONE_TO_A_THING = frozenset(
    "take give make get handle receive accept manage build keep earn win lose share".split()
)
# Doings that name a place of work by what is done there: "the receiving inspection area", "the
# sewing line", never "receiving the inspection area".
# Changes made to one thing, said with the doing first: "splitting choir" is splitting the
# choir, never "the splitting choir" (late495 readers).
_A_CHANGE_MADE_TO_A_THING = frozenset(
    "split merge restructure reorganise reorganize expand rebuild relaunch scale digitise "
    "digitize automate replace upgrade migrate rebrand centralise centralize streamline "
    "modernise modernize".split()
)
_GERUNDS_OF_A_PLACE = frozenset(
    "receiving shipping packing loading finishing sewing cutting welding sorting picking "
    "dispatching testing waiting dining changing operating".split()
)
# Words that only say what kind of point follows a colon ("action point: ...").
_KINDS_OF_POINT = frozenset(
    "point points issue issues finding findings focus priority priorities area areas gap gaps "
    "problem problems challenge challenges".split()
)


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _noun_pile(ws: list[str]) -> bool:
    """'the fraud rules engine', 'recording lectures for accessibility', 'OT indents': the word
    a clause would hang on is also a plural noun, with no subject before it or a noun closing
    the line after it, so the line names a thing rather than saying something about it."""
    at = finite_verb_index(ws)
    if at is None or at == 0:
        return False
    if at + 2 < len(ws) and bare(ws[at + 1]) == "to" and is_verb(ws[at + 2], "V"):
        return False  # "founders want to step back": a verb with its "to", a real clause
    if ws[at].endswith(","):
        return True  # "OT indents, emergency crash cart checking": a list of things
    if ws[at][:1].isupper() and ws[at - 1][:1].isupper():
        return True  # "the BC Services Card renewal journey": a word inside a name
    verb = bare(ws[at])
    if verb in AUXILIARIES or len(verb) <= 3:
        return False
    base = not tags_of(verb) & {"D", "Z"} and not bare(ws[at - 1]).endswith("s")
    if at == len(ws) - 1 and base and is_noun_like(verb):
        return True  # "the BC Services Card renewal journey": a noun last, after a singular
    if bare(ws[0]) in PRONOUNS:
        return False  # "you hate waste": a clause with its subject
    before = tags_of(bare(ws[at - 1]))
    if at == len(ws) - 1 and "N" in tags_of(verb) and "J" in before and not before & {"N", "S"}:
        return True  # "US commercial forecast": a noun after its adjective
    final = bare(ws[-1])
    bare_noun = ws[-1].islower() and is_noun_like(final) and "S" not in tags_of(final)
    if at == len(ws) - 2 and bare_noun and "Z" not in tags_of(verb) and ws[at].islower():
        return True  # "Walmart reset timing": a noun pile, not "Walmart reset the timing"
    inside = any(bare(w) in PREPOSITIONS for w in ws[1:at])
    if inside and not any(is_verb(w, "DZ") and not is_noun_like(w) for w in ws[1:at]):
        return True  # "the sub-study on 6 minutes walk tests": a noun after a preposition
    plural = "S" in tags_of(verb) or (verb.endswith("s") and "N" in tags_of(verb[:-1]))
    later = any(is_verb(w, "VDZ") and not is_noun_like(w) for w in ws[at + 1 :])
    if not plural or later:
        return False  # "happen" in "design reviews happen weekly": the real verb is later
    subject = bare(ws[0])
    has_subject = subject in PRONOUNS or subject in DETERMINERS or subject.endswith("'s")
    has_subject = has_subject or is_name(ws[0])  # "Christmas recruitment starts October"
    last = at + 2 == len(ws) and is_noun_like(bare(ws[-1])) and "S" not in tags_of(bare(ws[-1]))
    return not has_subject or last or ws[at].endswith(",")


_AND_WH = lazy(r"\s+and\s+(?:how|what|why|when|where|whether|who)\b")


def _participle_adjective(ws: list[str]) -> bool:
    """'guided reading groups': a past participle before nouns describes them; 'took me up on
    the roof' and 'discussed the night shifts' are things done."""
    if len(ws) < 2 or len(ws) > 5 or bare(ws[0]) not in word_set("words", "described"):
        return False
    rest = [bare(w) for w in ws[1:]]
    if rest[0] in DETERMINERS or rest[0] in PRONOUNS or rest[0] in PREPOSITIONS:
        return False
    return all(is_noun_like(w) and "D" not in tags_of(w) for w in rest)


_THEIR_HEALTH = lazy(
    r"\b(?:he|she|they|you)(?:'s| has| have| had| is| was) (?:got )?(?:an? )?(?:pacemaker|diabetes|"
    r"diabetic|cancer|stroke|heart condition|disability|disabled|hearing aid|epilepsy|"
    r"pregnant|ms|parkinson's|arthritis|chemo|knee replacement|hip replacement|knee surgery|"
    r"hip surgery|back surgery|heart surgery)\b"
    # "he did cardiac rehab himself after a bypass": an illness of theirs, by what followed it
    r"|\b(?:he|she|you)\b.{0,40}\b(?:after|following) (?:a |an |his |her |your )?(?:bypass|"
    r"surgery|heart attack|stroke|operation|transplant|cancer|chemo)\b",
    re.I,
)
# A thing and when it was made, noted without "was" or "in": "hospital founded 1961 by the
# sisters" (which read, in a note to one of the sisters, "... that the hospital founded 1961").
_FOUNDED = lazy(
    r"^(?P<what>(?:the |their |your |this )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,2}) (?P<done>founded|"
    r"built|opened|established|started|set up|created|launched|renovated|restored) (?:in )?"
    r"(?P<year>(?:19|20)\d\d)\b(?P<rest>(?: by [^,;]+)?)$"
)
_ADJECTIVE_ENDINGS = ("ible", "able", "ive", "ous", "al", "ful")
# A date after the noun it belongs to: "turnaround May 2027", "the audit 2024".
_TRAILING_DATE = lazy(
    r"^(?P<head>.*?\b[a-z][\w-]*)\s+(?P<when>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\.?\s+)?(?:19|20)\d\d)$",
    re.I,
)


_INNER_DATE = lazy(
    r"^(?P<det>(?:the|our|your|their) )?(?P<head>(?:[a-z][\w-]* )*?(?P<last>[a-z][\w-]*)) "
    r"(?P<when>(?:19|20)\d\d) (?P<rest>(?:in|at|on|for|with) .+)$"
)


_SEASONS = frozenset("spring summer autumn fall winter".split())


def _date_first(text: str) -> str:
    """'turnaround May 2027' -> 'May 2027 turnaround', as English puts a date in a noun phrase;
    not after a preposition ("in 2024") nor after a name ("Vision 2030")."""
    inner = _INNER_DATE.match(text) if not text[-4:].isdigit() else None
    if inner and is_noun_like(inner["last"]) and not inner["last"][:1].isupper():
        # "the red tide 2021 in Sohar" -> "the 2021 red tide in Sohar"
        return f"{inner['det'] or ''}{inner['when']} {inner['head']} {inner['rest']}"
    match = _TRAILING_DATE.match(text) if text[-4:].isdigit() else None
    if not match:
        return text
    ws, when = match.group("head").split(), match.group("when")
    last = ws[-1]
    if bare(last) in _SEASONS and len(ws) > 1 and when.isdigit():
        if bare(ws[-2]) in PREPOSITIONS:
            return text  # "opening in spring 2027"
        return f"{' '.join(ws[:-1])} in {bare(last)} {when}"  # "hub opening spring 2027"
    if bare(last) in PREPOSITIONS or last[:1].isupper() or not is_noun_like(last):
        return text
    if bare(last) in _HAPPENING and len(ws) > 1 and when.isdigit():
        return f"{' '.join(ws)} in {when}"  # "new dark ride opening 2028": when it opens
    led = bare(ws[0]) in DETERMINERS or bare(ws[0]) in PRONOUNS or ws[0].endswith("'s")
    described = ws[1 if led else 0] if len(ws) > (1 if led else 0) else ""
    tags = tags_of(bare(described)) if described else frozenset()
    adjective = "J" in tags and ("N" not in tags or described.endswith(_ADJECTIVE_ENDINGS))
    if adjective:
        return f"{' '.join(ws)} in {when}"  # "a possible joint summer school in 2027"
    if led:
        return " ".join([ws[0], when, *ws[1:]])
    return f"{when} {' '.join(ws)}"


# Who opens a clause inside a noun phrase: "the home HD programme you want to start".
# Prepositions after a verb in the past that make a line say what someone did: "spoke in".
_WHERE_DONE = frozenset("in with to about at".split())
_SUBORDINATING = frozenset("when if because while who which where whenever unless until".split())


def _verb_only_inside(ws: list[str]) -> bool:
    """ "correcting MLAs' quotes when they ask after the fact": its verb is in a clause of its
    own, after "when" and its subject, so the whole is a noun phrase, a thing done."""
    return any(bare(w) in _SUBORDINATING and bare(nxt) in PRONOUNS for w, nxt in pairwise(ws[1:]))


def _verb_after_a_subordinator(ws: list[str]) -> bool:
    """ "succession after Miss Lorna retires": a noun, then a clause of its own after "after",
    "once", "before" or "until", and no verb before it: the whole names a thing."""
    for i, word in enumerate(ws[1:], 1):
        if bare(word) in ("after", "before", "once", "until", "till") and i + 1 < len(ws):
            head, rest = ws[:i], ws[i + 1 :]
            verbless = not any(is_verb(w, "DZ") and not is_noun_like(w) for w in head)
            return verbless and is_noun_like(ws[i - 1]) and is_clause(" ".join(rest))
    return False


def _in_a_name(word: str) -> bool:
    """A word that can be part of a thing's name: a noun or an adjective, no "when" nor "'s"."""
    adverb = bare(word) in _NOW or (tags_of(word) & {"R"} and not tags_of(word) & {"N", "S"})
    return is_noun_like(word) and not adverb and "'" not in word and "’" not in word


_NOW = frozenset("now today currently still already again there here too also".split())


# "you run the masonry research group": their own work, said as a sentence.
_WHAT_YOU_RUN = lazy(
    r"^you(?P<verb> (?:run|lead|manage|coordinate|chair|organise|organize|oversee|head|started|"
    r"founded|set up|built|are running|are leading)|'re running|'re leading) "
    r"(?P<what>the [\w' -]+)$"
)
_SUBJECTS = frozenset("you we they he she you're we're they're you've we've they've".split())

# Subjects that make a past tense part of a noun phrase: "the roadmap you drew".
_WHO = frozenset("i you we they he she who that which".split())

# "the style guide I made": the candidate's own work, recalled as their exercise.
_MADE_BY_ME = lazy(
    r"\bI (?:made|built|wrote|designed|did|created|prepared|presented|developed|drew|ran)\b"
)
# "the CASA PNG audit next month": when a thing named is due is the note's least concern; a
# clause keeps its time ("you are buying a new NIR machine this year"). A subject or a verb
# "to be" says the line has a clause.
_A_CLAUSE = lazy(r"\b(?:I|you|we|they|he|she|it|is|are|was|were)\b")
_WHEN_TAIL = lazy(
    r"\s+(?:from\s+)?(?:next|this)\s+(?:year|yr|month|week|quarter|semester|term|spring|summer|"
    r"autumn|fall|winter|season)$",
    re.I,
)
# Where a topic's note to self begins: "the CI on the cluster, gitlab runners", "their clients
# mostly NBFCs", "my PhD topic for 15 min".
# An office of state named after a preposition takes "the", as English writes it: "reporting
# to the Family Health Bureau", "a grant from the Environment Agency" (late270 readers saw
# "reporting to Family Health Bureau"); a university or a school does not ("at Makerere
# University"), nor "Unit 4".
_AN_OFFICE_AFTER = lazy(
    r"(?P<before>\b(?:to|by|with|from|at|for|of|on|in|under|within|through)\s+)"
    r"(?P<office>(?:[A-Z][\w'’&-]*\s+){0,4}(?:Bureau|Department|Ministry|Office|Authority|"
    r"Council|Board|Commission|Agency|Directorate|Secretariat|Division|Treasury|Tribunal)"
    r"\b(?!['’]s?)(?!\s+\d))"
)
_TOPIC_TAIL = lazy(
    r"(?<![\d\s][A-Z])(?<!\d),\s+(?!and\b|or\b)|(?<=\d),\s+(?!and\b|or\b|\d)|"
    r"(?<=\s[A-Z]),\s+(?!and\b|or\b|[A-Z]\b)|"  # "for S, P, L forms": letters listed
    r"\s+(?:mostly|mainly|largely|esp|especially|e\.g\.|eg|i\.e\.|ie|incl|"
    r"including|then)\s+|\s+for\s+(?:\d+|a few|a couple of)\s*(?:min|mins|minutes|hrs?|hours)\b"
    r"|\s+(?:up|down)\s+(?:a lot|loads|massively|\d+%?)|\s+\d+:\d+\b"
    rf"|(?<! of)\s+(?:about|around|approx\.?|~)\s*[{CURRENCY_SIGNS}]?\d|\s+~[{CURRENCY_SIGNS}]?\d"  # "deficit about $60M"
    r"|\s+(?:good|valid)\s+for\s+\d"  # "the eligible list good for 12 months"
    r"|\s+(?:on|over)\s+(?:camera|video|zoom|teams|screen)\b"  # "the club on camera": how, not what
    r"|\s+\d+(?:[.,]\d+)?\s?(?:ha|hectares?|acres?|km2|m2|sqm|tonnes?|tons|mw|kw)\b"  # "farm 40ha"
    # "DORA compliance by Jan", "dinner service 14 covers max", "repeat guests 40%": a date or
    # a figure noted down after the subject
    r"|\s+by\s+(?:(?:the\s+)?end\s+of\s+\w+|q[1-4]|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sept?|"
    r"oct|nov|dec|january|february|march|april|june|july|august|september|october|november|"
    r"december)\b|\s+\d+\s+\w+\s+(?:max|min|maximum|minimum)\b|\s+\d+(?:\.\d+)?%",
    re.I,
)
# The people a business serves, named alone once a tail is cut: theirs.
_THEIR_PEOPLE = frozenset(
    "clients customers patients students guests members users residents visitors suppliers "
    "buyers dealers tenants".split()
)
# "one question, about diplomatic method": how much was asked, before what it was about.
_ONE_QUESTION = lazy(
    r"^(?:only\s+)?(?:one|a|two|three|a few|some|1|2|3)\s+questions?,?\s+(?:about|on|re)\s+(?=\w)",
    re.I,
)
# "family owned", "Kraków based": how the employer is, noted down, not a subject.
_DESCRIBES = lazy(r"^[\w'’-]+(?:\s+|-)(?:owned|run|based|funded|operated|backed)(?=,|$)", re.I)
# "transfers possible": a note that something may happen; the subject is what comes before.
_MAYBE_TAIL = lazy(r"(?<=\w{3})\s+(?:possible|likely|maybe|tbc|planned|expected|pending)$", re.I)
# "team is 5 people", "~40 volunteers", "2 senior posts", "crews are 4 people": a figure, not a
# subject of conversation.
_SIZE_FACT = lazy(
    r"^(?:(?:about|around|over|nearly)\s+)?\d|^(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|has|have)\s+"
    r"(?:about\s+)?\d[\d,.]*\s+(?!%|per)[a-z]|^(?:the\s+)?(?:[\w-]+\s+)?(?:team|teams|crew|crews|"
    r"staff|department|unit|squad|office|chaplaincy|branch|practice|clinic|ward|agency|firm|"
    r"company|studio|consultancy|business|startup|charity|school|shop|store|lab|group)\s+"
    r"(?:is|are|of|has|have)\s+(?:about\s+|around\s+|only\s+)?\d",
    re.I,
)
# Prepositions left stranded when what followed them was cut ("hand off" keeps its particle).
_STRANDED = frozenset("at from by with for to of until till before after".split())


_SUBORDINATORS = frozenset("once when after before until while since as".split())
# A part of a whole, said without an article: "half of your patients are over 70".
_PARTS = frozenset("half part most rest majority bulk none".split())


def _a_bare_subject(clause: str) -> bool:
    """ "budget 2027 starts January", "HIQA inspection last March flagged AMS": a thing counted
    one at a time, as the subject of a clause, with no "the", "a" or "my" to say which."""
    ws = clause.split()
    verb = finite_verb_index(ws)
    subject = ws[:verb] if verb else []
    if not subject or bare(subject[0]) in FUNCTION_WORDS or is_wh(subject[0]):
        return False
    words = {bare(w) for w in subject}
    joined = words & (CONJUNCTIONS | PRONOUNS | _SUBORDINATORS | {"to", "versus"})
    if joined or any(is_wh(w) for w in subject):
        return False  # "teaching load and how service is counted": a list, not a clause

    def counted(w: str) -> bool:
        return w.islower() and w.isalpha() and "N" in lexicon.tags(w) and not is_mass(w)

    if counted(subject[0]) and bare(subject[0]) not in _PARTS:
        return True  # "year of the horse designs for 2026 already sold out"
    return not words & DETERMINERS and any(map(counted, subject))


def _subject_article(clause: str) -> str:
    """'hotel is 70% corporate' -> 'the hotel is 70% corporate': a note keeps the article."""
    ws = clause.split()
    verb = finite_verb_index(ws)
    if verb and verb >= 1 and wants_the(ws, verb - 1) and bare(ws[0]) not in DETERMINERS:
        return f"the {clause}"
    return clause


def object_article(clause: str) -> str:
    """ "you plan to rewrite administration panel from Angular 1 to React" -> "... rewrite the
    administration panel ...": one thing, named after its verb without its article, as a second
    language leaves it out."""
    ws = clause.split()
    verb = finite_verb_index(ws)
    if not verb:
        return clause
    subject = ws[:verb]
    # only after a subject plainly named ("you", "the team"): "rehabilitation combined clinic"
    # is a thing, not a deed
    if not (
        (len(subject) == 1 and bare(subject[0]) in PRONOUNS)
        or (
            len(subject) == 2
            and bare(subject[0]) in ("the", "your", "their")
            and subject[1].islower()
        )
    ):
        return clause
    at = verb + 1
    if bare(ws[verb]) in _HELPING and at < len(ws) and is_verb(ws[at], "V"):
        at += 1  # "will start in March": the verb itself
    if at + 1 < len(ws) and bare(ws[at]) == "to" and is_verb(ws[at + 1], "V"):
        at += 2  # "plan to rewrite ..."
    if at < len(ws) and (
        bare(ws[at]) in _HOW_MUCH or (is_verb(ws[at], "V") and not is_noun_like(ws[at]))
    ):
        return clause  # "want more video", "help sales"
    end = at
    while end < len(ws) and ws[end].islower() and ws[end].isalpha():
        if bare(ws[end]) in FUNCTION_WORDS or bare(ws[end]) in PREPOSITIONS:
            break
        end += 1
    if end == at or end - at > 3 or (end < len(ws) and not _ends_a_phrase(ws[end])):
        return clause
    phrase = ws[at:end]
    if bare(phrase[0]) in INDEFINITE_PRONOUNS:
        return clause  # "want someone good with permits": no article before a pronoun
    if not wants_the(phrase, len(phrase) - 1) or is_verb(phrase[0], "GD"):
        return clause
    return " ".join([*ws[:at], "the", *ws[at:]])


_HELPING = frozenset("will would can could must should may might shall do does did".split())
_HOW_MUCH = frozenset("more less fewer some any much many enough several own all each".split())


def _ends_a_phrase(word: str) -> bool:
    """What may follow a noun phrase: a preposition, "and", or a name ("hook useQueryParams")."""
    return bare(word) in PREPOSITIONS or bare(word) in ("and", "or") or not word.islower()


def _strip_reporting(text: str) -> str:
    """'discussed the night shifts' -> 'the night shifts'; 'she explained how triage works' too."""
    lowered = text.lower()
    subjects = sorted(word_set("report", "subjects"), key=len, reverse=True)
    for subject in subjects:
        if lowered.startswith(subject + " "):
            rest = text[len(subject) + 1 :]
            if _report_opener(rest):
                text, lowered = rest, rest.lower()
            break
    hedge, _, after = text.partition(" ")
    if hedge.lower() in _REPORT_ADVERBS and _report_opener(after):
        text = after  # "only asked about the auxiliary converter"
    opener = _report_opener(text)
    if opener:
        rest = text[len(opener) :].strip(" :,")
        again = _report_opener(rest)  # "talked" then "a lot about": "she talked a lot abt ..."
        if again and len(rest) > len(again):
            rest = rest[len(again) :].strip(" :,")
        for word in ("about ", "on ", "regarding ", "re "):  # "discussed about the lab"
            if rest.lower().startswith(word) and len(rest) > len(word):
                rest = rest[len(word) :]
        rest = _HOW_I_ANSWERED.sub("", rest)  # "CUPED and I explained with ...": the subject
        if rest:
            return rest
    return text


# How the candidate answered, after what they were asked about: "she asked about CUPED and I
# explained with pre-period orders" is about CUPED.
_HOW_I_ANSWERED = lazy(
    r",?\s+and I (?:explained|answered|said|told|talked|showed|walked|described|went|gave)\b.*$"
)


# A figure that went up or down, in shorthand: "D&A up $10".
_A_FIGURE_MOVED = lazy(rf"\b(?:up|down)\s+(?:by\s+)?[{CURRENCY_SIGNS}]?\d")
# "she pushed on how I'd prioritize": how they questioned the candidate.
_PRESSED_ME = lazy(
    r"^(?:(?:he|she|they|you)\s+)(?:pushed|pressed|grilled|probed|challenged|drilled|quizzed)"
    r"(?:\s+me)?\s+(?:on|about|hard)\b",
    re.I,
)
# How long a thing lasts, before the thing: "the 30 minutes practical", "2 hours drive".
_LASTING = lazy(
    r"(?:(?<=\bthe )|(?<=\ban )|(?<=\ba )|(?<=\bon )|(?<=\bof ))"
    r"(\d+) (minute|hour|day|week|month)s? "
    r"(?=(?!(?:ago|later|before|after|of|to|from|each|per|in|on|at|and|or|a|the|with)\b)[a-z])"
)
# "funding round closed Sept": a thing, a verb of what befell it, then when.
_HAPPENED_THEN = lazy(
    r"^(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:closed|opened|ended|started|began|"
    r"launched|finished|completed|went live|starts|begins|opens|closes|ends|shut|shuts|"
    r"restarted|failed|flooded|burned|burnt|collapsed|tripped|due)\s+"
    r"(?:in\s+|on\s+|last\s+|early\s+|mid\s+|late\s+|mid-)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|"
    r"\d|last|this|yesterday)",
    re.I,
)
# "he showed the SCADA screens live from Hobro plant": what follows is what they showed.
_SHOWN = lazy(
    r"^(?:(?:he|she|they)\s+)?(?:showed|shows?|was showing|were showing|demoed|demo'd|demonstrated|"
    r"drew|sketched|drew up|mapped out)\b",
    re.I,
)
# Their words to the candidate, reported: "he said the floor will judge you on ...".
_SAID_TO_YOU = lazy(
    r"^(?:he|she|they)\s+(?:said|says|told me|warned|warned me|joked)(?: that)?\s+"
    r"(?=.*\byou(?:r|rs|rself)?\b)",
    re.I,
)
# Words before a reporting verb that say how much was said: "only asked about ...".
_REPORT_ADVERBS = frozenset("only just also mainly mostly briefly mostly really".split())


def _report_opener(text: str) -> str | None:
    lowered = text.lower()
    for opener in sorted(word_set("report", "openers"), key=len, reverse=True):
        after = lowered[len(opener) : len(opener) + 1]
        # "re-eval timelines" is one word, not "re" and "-eval"
        if lowered.startswith(opener) and not (after.isalnum() or after == "-"):
            return text[: len(opener)]
    return None


def _embedded(question: str) -> str:
    """'how do they handle on-call' -> 'how they handle on-call': a question as a noun phrase."""
    match = _DIRECT_QUESTION.match(question)
    if not match:
        return question
    wh, aux, rest = (
        match.group("wh").lower(),
        (match.group("aux") or "is").lower(),
        match.group("rest"),
    )
    ws = rest.split()
    if wh == "who" and aux in ("does", "did") and ws[0].lower() in ("the", "a", "an", "all"):
        return question  # "who does the ECGs on trial visits": "does" is what they do (late476)
    if aux in ("do", "does", "did"):
        # the verb is never the word a determiner opens: "what does the job involve" is about
        # what the job involves, never "what the jobs involve"
        subject_end = next(
            (
                i
                for i, w in enumerate(ws)
                if i > 0 and is_verb(w, "V") and bare(ws[i - 1]) not in DETERMINERS
            ),
            1 if len(ws) > 1 else None,
        )
        if subject_end is None:
            raise Unusable("it is a question that does not read as a topic")
        subject, verb, after = ws[:subject_end], ws[subject_end], ws[subject_end + 1 :]
        if aux == "did":
            verb = lexicon.inflect(bare(verb), "VBD")
        elif aux == "does" and bare(subject[-1]) not in PRONOUNS:
            verb = lexicon.inflect(bare(verb), "VBZ")
        return " ".join([wh, *subject, verb, *after])
    if aux in ("is", "are", "was", "were"):
        last = tags_of(ws[-1])
        acting = "G" in last or ("P" in last and not last & {"N", "S"})
        if len(ws) > 1 and acting:
            return " ".join([wh, *ws[:-1], aux, ws[-1]])  # "how the new grads are doing"
        if wh == "how":
            return rest  # "how is the night log and the handover": the things themselves
        return " ".join([wh, *ws, aux])
    # modal or perfect: "how would they measure success" -> "how they would measure success"
    subject_end = 1
    return " ".join([wh, *ws[:subject_end], aux, *ws[subject_end:]])


def _a_compound_not_a_verb(ws: list[str]) -> bool:
    """Whether the one verb of a list of things is a noun of a compound: in "the charity beds
    and the free burns camp in Usilampatti", "burns" describes the camp."""
    at = finite_verb_index(ws)
    if at and ws[at].endswith("ed") and at + 1 < len(ws) and "J" in tags_of(bare(ws[at - 1])):
        # "organic named reactions": a participle between an adjective and its noun
        return bool(tags_of(bare(ws[at + 1])) & {"N", "S"})
    if not at or "and" not in (bare(w) for w in ws[:at]):
        return False
    word = bare(ws[at])
    head = bare(ws[at + 1]) if at + 1 < len(ws) else ""
    after = bare(ws[at + 2]) if at + 2 < len(ws) else ""
    # "burns" as a plural, then the noun it describes, then where: "burns camp in ..."
    return "S" in tags_of(word) and "N" in tags_of(head) and after in ("in", "at", "on", "")


# Words in "-ing" that name one event or thing, not a kind of work: "the budget hearing".
_EVENTS_IN_ING = frozenset("hearing opening meeting briefing building screening wedding".split())


def _work(word: str) -> bool:
    """ "loading", "signing": a kind of work, never one event ("hearing") nor a change."""
    key = bare(word)
    return key not in CHANGES and key not in _EVENTS_IN_ING


_SUBJECT_ADVERB_VERB = lazy(
    r"^[\w'-]+(?: [\w'-]+)? (?:currently|now|still|already|usually|always|often|only) "
    r"(?P<verb>[a-z]+s)\b"
)


def subject_adverb_verb(text: str) -> bool:
    """ "payroll currently reports to Finance": an adverb between them says subject and verb,
    where "payroll reports to Finance" could be reports; so in the plural ("Chinese EDs also
    use nurse-led triage", never the EDs' use of it)."""
    found = _SUBJECT_ADVERB_VERB.match(text)
    if found is not None and is_verb(found["verb"], "Z"):
        return True
    many = _MANY_ADVERB_VERB.match(text) or _MOST_OF_THEM_DO.match(text)
    return many is not None and is_verb(many["verb"], "V")


# "most welders leave for Hoima oil jobs": how many, in the plural, then a verb and what follows
# it; a sentence ("leave" is a noun too, and never "most welders' leave"; late261 readers).
_MOST_OF_THEM_DO = lazy(
    r"^(?:most|many|all|some|few|half (?:the|of the|our|their)) [a-z'-]+s "
    r"(?P<verb>[a-z]+) (?:for|to|after|before|on|in|at|with|the|their|our|a|an|it|them)\b"
)


_MANY_ADVERB_VERB = lazy(
    r"^(?:the |their |your |our |some |most |many |all )?(?:[\w'-]+ )?[\w'-]+s "
    r"(?:also|currently|now|still|already|usually|always|often|never|mostly|rarely|sometimes) "
    r"(?P<verb>[a-z]+)\b"
)


def _each_with_its_article(text: str) -> str:
    """ "values and pastoral programme": a pair that ends in one thing of theirs takes one
    "the" before both. Empty for any other phrase."""
    left, sep, right = text.partition(" and ")
    if not sep or " and " in right or "," in text or not left or not right:
        return ""
    lws, rws = left.split(), right.split()
    if bare(lws[0]) in DETERMINERS or bare(rws[0]) in DETERMINERS:
        return ""
    if any(bare(w) in PREPOSITIONS for w in lws) or is_clause(left) or is_clause(right):
        return ""
    last = tags_of(bare(lws[-1]))
    if not last & {"N", "S"} or "J" in last or not lws[-1].islower():
        return ""  # "safe and secure ward": one thing, described; "Kodály and Suzuki"
    if bare(rws[-1]) not in ONE_OF_THEIRS or any(bare(w) in PREPOSITIONS for w in rws):
        return ""  # "diversity and customer service", "law and order": fields, no "the"
    if len(lws) == 1 and (is_mass(bare(lws[0])) or bare(lws[0]) in MASS_NOUNS):
        # "governance and risk register": a field, then the thing of theirs with its own "the"
        return f"{lower_first(left)} and the {right}"
    # one "the" before both reads whether the pair is two things or one ("the values and
    # pastoral programme")
    return f"the {lower_first(text)}"


# Two places joined by a spaced dash before what runs between them: "the Baton Rouge - Beaumont
# lane" is the Baton Rouge–Beaumont lane (late267 readers saw "the Baton Rouge." once the dash
# was read as the start of a note).
_A_ROUTE = lazy(
    r"\b([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}) [-–—] ([A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})"
    r"(?= (?:lane|route|run|road|corridor|line|leg|link|flight|crossing|highway|rail)s?\b)"
)
# Two states written as a change, as notes put it: "pre-settled to settled".
_A_CHANGE_OF_STATE = lazy(r"\b(?:[a-z]+-)?[a-z]+ed to [a-z]+ed$")
_WHAT_KIND_OF_FIRM = lazy(
    r"^(?:the )?(?:family|locally|privately|owner|employee|worker|community)[- ]"
    r"(?:run|owned|managed)\b(?! (?:business(?:es)?|firms?|compan(?:y|ies)|farms?|hotels?|"
    r"shops?|baker(?:y|ies)|homes?|practices?|pharmac(?:y|ies)|restaurants?|models?|sector|"
    r"care)\b)",
    re.I,
)
# A sum of money set down after the thing, with its currency: the thing is the subject.
_AN_AMOUNT_AT_THE_END = lazy(
    r"(?<=[a-z]),?\s+(?:(?:~|about|approx\.?|around|c\.)\s*)?(?:Rs\.?|INR|PKR|NPR|BDT|LKR|USD|EUR|"
    r"GBP|CHF|KES|NGN|ZAR|AED|SAR|[$€£¥₹])\s?\d[\d.,]*\s?(?:k|m|bn|mn|million|billion|crores?|"
    r"cr|lakhs?|lacs?)?$"
)
_A_MEASURE_AT_THE_END = lazy(
    r"(?<=[a-z]) \d+(?:[.,]\d+)?(?: ?[-–] ?\d+(?:[.,]\d+)?)? ?(?:m|km|mm|cm|t|kg|°C|°F|ºC|kW|MW|"
    r"ft|tonnes?|tons?|metres?|meters?|h|hrs?)(?: min| max| minimum| maximum)?$"
)


def _without_how_long(text: str) -> str:
    """ "onboarding SLA 5 working days" -> "onboarding SLA": how long, set down after the thing
    (late428 readers: "discuss onboarding SLA 5 working days"); never after a verb ("merit list
    lasts 12 months"), a doing, or a word that says it ("training for 5 days", "the first")."""
    lasting = _HOW_LONG_AT_THE_END.search(text)
    words = text[: lasting.start()].split() if lasting else []
    if not words:
        return text
    last, tags = bare(words[-1]), tags_of(bare(words[-1]))
    named = words[-1].isupper() or bool(tags & {"N", "S"} and not tags & {"V", "D", "Z", "J", "G"})
    if named and last not in FUNCTION_WORDS and last not in PREPOSITIONS:
        return " ".join(words)
    return text


_HOW_LONG_AT_THE_END = lazy(
    r" \d+(?: ?[-–] ?\d+)? (?:working |business |calendar )?(?:days?|weeks?|wks?|hours?|hrs?|"
    r"months?|mths?)$"
)
_A_ROUTE_AFTER = lazy(
    r"^(?:the )?(route|lane|run|road|corridor|line|link|flight|crossing)s? "
    r"([A-Z][\w.'’]*(?: [A-Z][\w.'’]*)?) ?[-–—/] ?([A-Z][\w.'’]*(?: [A-Z][\w.'’]*)?)$",
    re.I,
)
# Three places joined by spaced dashes: "handoff across Hanoi - Paris - Dakar" names all three.
_THREE_PLACES = lazy(r"\b([A-Z][\w.'’]*) [-–—] ([A-Z][\w.'’]*) [-–—] ([A-Z][\w.'’]*)(?=$|[\s,;)])")
# Verbs that take no object: their "-ing" before a noun describes it ("falling number test",
# "rising damp"), never does something to it.
_NO_OBJECT = frozenset("fall rise come go arrive sleep happen exist remain lie wait die".split())


def _takes_no_object(word: str) -> bool:
    """ "falling", "rising": a verb's form that describes the noun after it."""
    return lexicon.lemma(bare(word)) in _NO_OBJECT


# A change of career is the candidate's own in a note of theirs: "my career change", never "the
# career change" (late258 readers).
_A_CHANGE_OF_CAREER = frozenset("change switch transition pivot move break".split())


def _an_uncounted_thing_of(ws: list[str]) -> bool:
    """ "data quality of DSO submissions", "safety of night staff": a thing no one counts,
    then whose or what it is of, is that one thing: "the quality of ..." (readers faulted
    "about data quality of DSO submissions")."""
    of = ws.index("of") if "of" in ws else 0
    if of < 1 or of == len(ws) - 1 or not all(w.islower() for w in ws[:of]):
        return False
    head = bare(ws[of - 1])
    if any(bare(w) in FUNCTION_WORDS for w in ws[:of]) or "G" in tags_of(bare(ws[0])):
        return False  # "lots of", "handling of"; a doing first says what was done
    uncounted = head in MASS_NOUNS or lexicon.counting(head) == "M" or is_mass(head)
    return uncounted and lexicon.counting(head) != "C" and not looks_plural(head)


def _a_pair_of_fields(ws: list[str]) -> bool:
    """ "faith and teaching", "ALT welfare and crisis calls at night": two subjects joined, the
    first a field or a state that no one counts (one "the" before both reads as one thing of
    theirs, "the faith and teaching"; late259 readers)."""
    if "and" not in ws or ws.index("and") == 0 or ws.count("and") > 1:
        return False
    left, right = ws[: ws.index("and")], ws[ws.index("and") + 1 :]
    if not right or any(bare(w) in DETERMINERS or bare(w) in PREPOSITIONS for w in left):
        return False
    # the right's head, before any preposition: "permit to work" is one permit, which takes
    # "the"; "crisis calls at night" are many
    ahead = next((i for i, w in enumerate(right) if bare(w) in PREPOSITIONS), len(right))
    head = bare(right[max(ahead - 1, 0)])
    if lexicon.counting(head) == "C" and "S" not in tags_of(head):
        return False
    if not lexicon.counting(head) and "N" in tags_of(head) and not is_mass(head):
        return False  # "tailoring and computer course": one course, "the" (late400 readers)
    last = bare(left[-1])
    uncounted = (
        last in MASS_NOUNS
        or lexicon.counting(last) == "M"
        or (is_mass(last) and lexicon.counting(last) != "C")
    )
    return left[-1].islower() and uncounted and bare(right[0]) not in DETERMINERS


def _two_kinds_of_work_then_one_thing(ws: list[str]) -> bool:
    """ "moving and handling refresher", "teaching and learning strategy": two kinds of work
    naming one thing, which takes "the" (late315 readers faulted "discuss moving and handling
    refresher"), and what follows may say where."""
    if len(ws) < 4 or ws[1] != "and" or not all(w.islower() for w in ws[:4]):
        return False
    if len(ws) > 4 and bare(ws[4]) not in PREPOSITIONS:
        return False  # "... at the skill centre": where the one thing is
    works = all(w.endswith("ing") and "G" in tags_of(w) for w in (ws[0], ws[2]))
    # "tailoring and computer course": a kind of work and a field, one course (late400)
    works = works or (ws[0].endswith("ing") and "G" in tags_of(ws[0]) and is_noun_like(ws[2]))
    last = bare(ws[3])
    one = tags_of(last) & {"N", "S"} == {"N"} or lexicon.counting(last) == "C"
    return works and one and not is_mass(last) and not looks_plural(last)


def _a_list_items_capital(ws: list[str]) -> bool:
    """ "Relationship between ...": a common word with the capital of a list item, then a
    word in lower case (not "Harbour Bridge upgrade", a name)."""
    head = ws[0]
    return (
        len(ws) > 1
        and head[:1].isupper()
        and not head.isupper()
        and ws[1][:1].islower()
        and bool(lexicon.tags(head.lower()))
    )


_A_PEOPLES_COUNTRY = lazy(r"^([A-Z][a-z]+) country(?=$|,| and\b)")
# Things, then who has them and what they do with them: "templates you use in e-VÁM".
_THINGS_SOMEONE_USES = lazy(
    r"^[a-z][\w-]*(?: [a-z][\w-]*)? (?:you|they|we) (?:use|run|keep|send|make|follow|need)\b"
)


def _a_doing_with_its_thing_joined(text: str) -> str:
    """ "fact checking WhatsApp rumours" -> "fact-checking WhatsApp rumours": a thing and a
    doing, then what is done, are one doing, never "the fact" that checks (late475 readers)."""
    ws = text.split()
    if len(ws) < 3 or not (ws[0].isalpha() and ws[0].islower() and ws[1].islower()):
        return text
    noun, doing, then = tags_of(ws[0]), tags_of(ws[1]), ws[2]
    done_to = then[:1].isupper() or "S" in tags_of(bare(then))  # a name, or things
    a_thing = "N" in noun and not noun & {"G", "J", "S"}
    if a_thing and "G" in doing and ws[1].endswith("ing") and done_to:
        return " ".join([f"{ws[0]}-{ws[1]}", *ws[2:]]) if bare(then) not in FUNCTION_WORDS else text
    return text


def with_determiner(text: str) -> str:
    """'ERP rollout' -> 'the ERP rollout'; 'feature store' -> 'the feature store';
    'data quality' and 'safeguarding' stay as written."""
    ws = text.split()
    if is_a_product_name(text):
        return text  # "OPERA Cloud", though "OPERA" is in capitals and "Cloud" a word
    first = bare(ws[0])
    # "India and Middle East trade lane", "Asia and Europe sales team": two places, then one
    # thing of theirs (late369 readers: "broken grammar" without "the")
    places = len(ws) >= 4 and ws[1] in ("and", "&") and is_name(ws[0]) and ws[2][:1].isupper()
    places = places and not any(bare(w) in PREPOSITIONS for w in ws[3:])  # one thing, no more
    last = bare(ws[-1])
    if places and ws[-1].islower() and "S" not in tags_of(last) and not is_mass(last):
        return f"the {text}"
    low = lower_first(text) if _a_list_items_capital(ws) else text
    if low != text and not opens_with_a_name(text):
        lowered = with_determiner(low)  # "Relationship between IA and Council"
        if lowered.startswith("the "):
            return lowered
    joined = _each_with_its_article(text)
    if joined:
        return joined
    if _two_kinds_of_work_then_one_thing(ws):
        return f"the {lower_first(text)}"  # "the moving and handling refresher"
    if _a_pair_of_fields(ws):
        return lower_first(text)  # "faith and teaching", "ALT welfare and crisis calls"
    if len(ws) > 1 and first == "career" and bare(ws[1]) in _A_CHANGE_OF_CAREER:
        return f"my {lower_first(text)}"  # "career change from admin to QA": the candidate's
    second = tags_of(bare(ws[1])) if len(ws) > 1 else {"N"}
    done = first.endswith("ing") and lexicon.lemma(first) and "G" in tags_of(first)
    # ("staying long term": an adverb before more words; "coding round" names one round)
    if done and (not second & {"N", "S"} or ("R" in second and len(ws) > 2)):
        return lower_first(text)  # "staying long term": something done, never "the staying"
    owner = first[:-2] if first.endswith("'s") else ""
    if owner and ws[0].islower() and is_noun_like(owner) and owner not in PRONOUNS:
        return f"the {text}"  # "hospital's history": the hospital's
    if first in DETERMINERS or first.endswith("'s") or first in PRONOUNS:
        named = is_name(ws[0]) or (bool(owner) and is_name(ws[0][:-2]))  # "Maria's new clinic"
        return text if named else lower_first(text)
    if _an_uncounted_thing_of(ws):
        return f"the {lower_first(text)}"  # "data quality of DSO submissions" (late400)
    if _THINGS_SOMEONE_USES.match(text):
        return f"the {text}"  # "templates you use in e-VÁM": theirs, the ones (late474)
    # "home HD programme you want to start": the thing comes before the clause about it
    who = next((i for i, w in enumerate(ws) if i > 1 and bare(w) in _SUBJECTS), len(ws))
    head = head_index(ws[:who])
    participle = next(
        (
            i
            for i, w in enumerate(ws[1:], 1)
            if "G" in tags_of(w)
            and i <= head
            and (i < len(ws) - 1 or bare(w) in CHANGES)
            # "log loading at skid sites": a kind of work, then where; "school growing to ..."
            # is the school, and "budget hearing in May" one event
            and not (i == 1 and i < len(ws) - 1 and bare(ws[i + 1]) in PREPOSITIONS and _work(w))
            # "oil sampling program" is a program; "TAVI program starting spring" starts then
            and not (
                i + 1 == head and "N" in tags_of(ws[head]) and bare(ws[head]) not in TIME_NOUNS
            )
        ),
        None,
    )  # "hotel opening a second outlet"; not "audit committee reporting", a kind of work
    if participle is not None and not is_name(ws[participle - 1]):
        head = participle - 1  # "hotel opening a second outlet": the hotel is the head
    done_to = next(
        (
            i
            for i in range(1, min(head, len(ws) - 2) + 1)
            if "P" in tags_of(ws[i])
            and not tags_of(ws[i]) & {"N", "S"}
            and bare(ws[i + 1]) in PREPOSITIONS
            and "N" in tags_of(ws[i - 1])
        ),
        None,
    )
    if done_to is not None:
        head = done_to - 1  # "parish hall used for the Christmas show": the hall is the head
    if ws[head].isupper() and bare(ws[head]) in word_set("topics", "one_system"):
        return f"the {text}"  # "PointClickCare API", "API for channel managers": one system
    named = len(ws) >= 2 and (is_name(ws[0]) or ws[0][:1].isdigit())
    brand = ws[0][:1].isupper() and not ws[0].isupper() and is_name(ws[0])
    if brand and len(ws) > 2 and bare(ws[1]).endswith("ing") and "G" in tags_of(bare(ws[1])):
        return text  # "Olly starting reception at Honeywell": someone doing, never "the Olly"
    if brand and all(w[:1].isupper() for w in ws[: head + 1]):
        return text  # "Deltek Vision for time and invoicing", "Epic Prelude": a product's name
    if ws[head].isdigit() and head and all(w[:1].isupper() for w in ws[:head]):
        return text  # "IFRS 18", "ISO 9001": a standard by its number; "Epicor Prophet 21"
    # "AML transaction monitoring" is a kind of work; "NQS rating" one thing, counted
    practice = bare(ws[head]).endswith(("ing", "ics")) and bare(ws[head]) not in _ONE_IN_ING
    # "GISTM conformance", "CFD mesh independence": a field or a state, though named; "Q3
    # strategy", "2027 curriculum review" and "Z air brake endorsement" are one of a kind
    noun = bare(ws[head])
    one = noun in CONCRETE or noun in MASS_NOUNS or lexicon.counting(noun) == "C"
    field = is_mass(noun) and not one and ws[head].islower()  # not "Far North and Kyle lines"
    # "NH3 safety", "Inuit culture in the curriculum": a state or a way, never counted, after
    # a name or a people's (late326 readers faulted "the NH3 safety", "the Inuit culture")
    uncounted = lexicon.counting(noun) == "M" or (is_mass(noun) and a_peoples_name(ws[0]))
    field = field or (uncounted and ws[head].islower())
    # "German client communication", as "client communication": a way of working (late474)
    field = field or (noun in FIELDS_IN_TION and ws[head].islower())
    if named and not is_name(ws[head]) and "S" not in tags_of(ws[head]) and not (practice or field):
        return f"the {text}"  # "ERP rollout", "Q3 roadmap", "HPC cluster migration to Slurm"
    exercise = find("topics", "exercises", text)
    if exercise and text.lower().startswith(exercise.lower()):
        return f"the {lower_first(text)}"
    if wants_the(ws, head):
        return f"the {lower_first(text)}"
    if first == "new" and head >= 1 and "S" not in tags_of(ws[head]) and not looks_plural(ws[head]):
        return f"the {lower_first(text)}"  # "new MSc in volcanic hazards": the one they plan
    return lower_first(text)
