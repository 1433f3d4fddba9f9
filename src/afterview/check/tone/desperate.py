"""Desperate tone: begging, grovelling, running oneself down.

"Sorry to bother you again", "I really need this job", "I know I bombed it".
A plain "sorry to hear", "apologies for the short notice" or "I was a little
nervous, but..." is none of these.
"""

from __future__ import annotations

from afterview.check.examples import THANK_YOU_NOTE
from afterview.check.phrases import Phrases, detect_phrases
from afterview.check.rule import Rule

APOLOGY = Phrases(
    "desperate.apology",
    [
        r"sorry to (?:bother|trouble|pester|bug|disturb|nag|keep "
        r"(?:writing|emailing|e-mailing|bothering|asking|pestering))\w*",
        r"sorry (?:for|about) (?:how|my|being|bothering|pestering|the) ?(?:so "
        r")?(?:nervous|performance|rambling|"
        r"bother(?:ing)?|pestering|persistence|repeated)\w*",
        r"sorry (?:for|about) (?:how|my|being) ?(?:so )?(?:bad|poor|awful|terrible|"
        r"mistakes?)\w*",
        r"sorry (?:if|that) i(?:'m|’m| am| was) (?:being )?(?:a nuisance|annoying|a pest|a "
        r"bother|bothering)",
        r"(?:hope|hoping) i(?:'m|’m| am) not (?:being )?(?:a nuisance|annoying|a pest|a "
        r"bother|bothering you)",
        r"(?:a|such a) nuisance",
        r"sorry again",
        r"i apologi[sz]e for (?:bothering|my (?:persistence|performance|nerves))",
        # sorry for the candidate's own showing: "sorry for rambling", "I apologise for my weak
        # answers"
        r"(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:\w+ "
        r"){0,3}?(?:rambl|stumbl|fumbl|flustered|blanking|"
        r"wasting|(?:poor|weak|bad|awful|terrible|shaky|clumsy|incomplete|disjointed|"
        r"long-winded|"
        r"nervous) "
        r"(?:answers?|responses?|performance|showing|explanations?|presentation|interview|"
        r"examples?))\w*",
        r"(?:sorry|apologi[sz]e|apologies)(?: that| if| for how| for the way)? i (?:\w+ "
        r")?(?:rambled|stumbled|fumbled|froze|blanked|"
        r"struggled|messed up|was (?:so |very |a bit |too |quite "
        r")?(?:nervous|flustered|unprepared|scattered|all over the place)|"
        r"(?:couldn't|could not|didn't|did not|couldn’t|didn’t) (?:answer|explain|do "
        r"better|perform|express))",
        *(
            rf"{hope} i (?:didn't|did not|didn’t|don't|do not|don’t|wasn't|was not|wasn’t) "
            rf"(?:come "
            rf"across|seem|appear|sound|look)"
            r" (?:as )?(?:too |so |very |overly "
            r")?(?:nervous|awkward|unprepared|flustered|scattered|incompetent|unqualified|"
            r"desperate)"
            for hope in ("hope", "hoping")
        ),
        r"(?:hope|hoping) (?:this|my) (?:\w+ )?(?:doesn't|does not|doesn’t|isn't|is "
        r"not|isn’t|won't|will not|won’t) "
        r"(?:bother|trouble|annoy|disturb|inconvenience|be a bother|be a nuisance)",
    ],
)
NEED = Phrases(
    "desperate.need",
    [
        *(
            rf"i (?:really |desperately |truly |so |badly )?need {what} "
            rf"(?:job|position|role|opportunity|work|offer)"
            for what in ("this", "that")
        ),
        r"i (?:really |desperately |truly )need this",
        r"(?:this|the|that) (?:job|position|role|opportunity|offer) (?:would )?means? "
        r"(?:everything|the world) to me",
        r"(?:would|will) mean everything to me",
        r"i(?:'ve|’ve| have) been (?:out of work|unemployed|job[- ]hunting|looking for "
        r"work|searching) for (?:months|years|so long|a long time|\w+ (?:months|years))",
        r"i(?:'m|’m| am) (?:begging|pleading)",
        r"i beg (?:you|of you)",
        r"begging",
        r"(?:please )?(?:give|grant) me (?:a|another|one more|a second|just one) chance",
        # not "another chance to work together", which is a gracious hope
        r"(?:another|one more|one last) chance(?! to (?:work together|meet|connect|collaborate"
        r"|stay in touch|work with|speak|talk|catch up|see))",
        r"(?:for|at) any (?:chance|opportunity|position|role|opening|job) at all",
        r"(?:this|the|that) (?:job|role|position|offer|opportunity) would change (?:everything|"
        r"my "
        r"life)",
        r"(?:anything|whatever) at all (?:i|that i) (?:can|could) do",
        r"i(?:'m|’m| am) (?:really |so |truly )?struggling",
        r"(?:a|the|any|one) chance to prove myself",
        r"second chance",
        r"i(?:'ll|’ll| will) do anything",
        r"i (?:would|'d|’d|will|could) (?:take|accept) (?:a )?(?:lower|reduced|smaller) "
        r"(?:salary|pay|wage|role|position|rate)",
        r"forever (?:grateful|indebted|in your debt)",
        r"i promise (?:i|you|to)",
        r"i(?:'m|’m| am) (?:so |really |truly )?desperate",
        r"(?:do|doing) whatever it takes",
        r"(?:please )?(?:don't|do not|don’t) give up on me",
        r"i (?:probably |really )?(?:don't|do not|don’t) deserve",
        r"i (?:won't|won’t|will not) let you down",
        r"(?:please )?reconsider",
        r"any way (?:you|the team|the panel|the committee) (?:would|could|might) "
        r"(?:reconsider|change)",
        *(
            rf"(?:my|our) {which} {hope}"
            for which in ("last", "only", "final")
            for hope in ("hope", "chance", "shot")
        ),
        r"please please",
        r"please, please",
        *(
            rf"i(?:'ll|’ll| will| would|'d|’d) (?:happily |gladly )?(?:take|accept) {which} "
            rf"{what}"
            for which in ("any", "whatever")
            for what in ("salary", "pay", "offer", "position", "role", "job", "terms", "rate")
        ),
        *(
            rf"i {how} need (?:a|any|some|this|the|that) "
            r"(?:job|position|role|income|paycheck|chance|opportunity)"
            for how in ("really", "desperately", "truly", "badly", "urgently", "so", "just")
        ),
        *(rf"i {how} need (?:something|anything|work)" for how in ("just", "really")),
        *(
            rf"any {what}(?: at all)? (?:would|will) (?:be fine|do)"
            for what in ("job", "position", "role", "opening", "vacancy")
        ),
        r"(?:my family|my kids|my children|my wife|my husband|my partner|my parents) (?:is|"
        r"are) "
        r"(?:counting on|depending on|relying on)",
        r"(?:counting on|depending on|relying on) (?:this|getting this) (?:job|offer|position|"
        r"role)",
        r"i have (?:bills|rent|a mortgage|debts) to pay",
        r"i(?: would| will|'d|’d|'ll|’ll| could| can| am willing to| am happy to|'m willing to|"
        r"’m "
        r"willing to)"
        r"(?: even| happily| gladly| gladly even)? work (?:for free|for nothing|unpaid|without "
        r"pay)",
    ],
)
NEGATIONS = ("don't", "do not", "don’t", "didn't", "did not", "didn’t")
SELF_DOUBT = Phrases(
    "desperate.self-doubt",
    [
        r"(?:i (?:know|think|feel|realize|realise|'m sure|’m sure|am sure) )?i (?:completely "
        r"|totally |really )?"
        r"(?:bombed|blew it|blew the|botched|messed up|screwed up|froze|blanked|rambled|did "
        r"poorly|did badly|was terrible|performed poorly|failed(?! to)|"
        r"was (?:so |really |just )?(?:awful|horrible|dreadful|hopeless|useless)|did "
        r"(?:terribly|awfully|horribly))",
        r"(?:completely|totally) (?:froze|blanked|bombed|blew it)",
        r"i bombed",
        # about the candidate's own showing, not a system they fixed ("the old process was a mess")
        *(
            r"(?:my (?:\w+ "
            r")?(?:answer|interview|performance|presentation|demo|demonstration|lesson|"
            r"response|"
            r"case study)s?|i) "
            rf"(?:was|were) (?:a|an absolute|a complete|a total) {what}"
            for what in ("(?:disaster|train wreck|trainwreck)", "mess")
        ),
        *(
            rf"i(?:'m|’m| am) (?:probably |clearly |obviously |likely )?not {what}"
            for what in (
                "the strongest",
                "the best",
                "the ideal",
                "the right",
                "a strong",
                "a good",
                "your top",
                "your first",
                "the most",
                "the obvious",
                "the perfect",
                "as qualified",
                "as experienced",
                "as strong",
            )
        ),
        r"(?:i know |i realise |i realize )?i(?:'m|’m| am) (?:probably |clearly |obviously |"
        r"likely "
        r")?"
        r"not (?:exactly )?what you(?:'re|’re| are) looking for",
        r"(?:such a|a complete|a total|like a) failure",
        r"embarrass(?:ed|ing) myself",
        r"i feel (?:so )?(?:terrible|awful|stupid|foolish|like (?:a|such a|an) "
        r"(?:failure|fool|idiot|fraud))",
        r"i feel (?:so )?like (?:a|such a|an) mess",
        r"(?:don't|do not|don’t) know why (?:you|anyone|the team) would "
        r"(?:pick|choose|hire|consider|want|select) me",
        r"i(?:'m|’m| am| was)? (?:just )?not good enough",
        r"(?:did not|didn't|didn’t) do myself justice",
        r"(?:so|very|terribly|incredibly) nervous",
        r"devastat(?:ed|ing)",
        r"heartbroken",
        r"i(?:'m|’m| am| was| feel) crushed",
        r"(?:a |such a |an absolute |a complete |a total )?nervous wreck",
        *(
            rf"i {neg} (?:think i (?:did|do|perform(?:ed)?)|did|do|perform(?:ed)?) (?:very |"
            rf"that "
            rf"|so )?(?:well|great|good|my best)"
            for neg in NEGATIONS
        ),
        r"(?:not sure|doubt|wonder if|wonder whether|worry|afraid) (?:that )?i(?:'m|’m| am) "
        r"(?:\w+ "
        r")?(?:good|qualified|experienced|smart|strong) enough",
        r"(?:understand|forgive you) if you (?:pass on me|choose someone else|go with someone "
        r"else)",
        r"my (?:weak|poor|bad|terrible|awful|shaky|clumsy|rambling|nervous|embarrassing|"
        r"disappointing|lackluster|lacklustre) "
        r"(?:answers?|responses?|performance|showing|interview|presentation|explanations?)",
        r"(?:don't|do not|don’t) hold (?:\w+ ){0,4}?against me",
        r"please forgive me",
        r"(?:forgive|excuse|overlook) my (?:\w+ "
        r")?(?:answers?|mistakes?|nerves|performance|rambling|responses?|showing)",
        r"i (?:feel like i |know i |think i |fear i |worry i )?let (?:you|the team|the "
        r"panel|everyone|you all) down",
    ],
)


RULES = (
    Rule(
        "tone.desperate.apology",
        "desperate",
        "apologises for writing or for yourself",
        "drop the apology: a short, confident note is not a bother",
        detect=detect_phrases,
        data=APOLOGY,
        reason="'Sorry to bother you again' and 'I hope I'm not a nuisance' sound anxious and "
        "undercut the note.",
        flags=(
            "I'm so sorry to bother you again.",
            "I hope I'm not being a nuisance.",
            "Sorry for how nervous I was.",
            "I am sorry for rambling during the interview.",
            "I'm sorry I stumbled over the budgeting question.",
            "I apologize for my poor answers.",
            "I hope I didn't come across as too nervous.",
            "I hope this email doesn't bother you too much.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I was sorry to hear about the storm damage to the depot.",
            "Sorry about the poor audio on my end during the call.",
            "Sorry for the mistake in my earlier email; the correct date is the 14th.",
        ),
    ),
    Rule(
        "tone.desperate.need",
        "desperate",
        "begs or says how badly you need the job",
        "state your interest and what you bring, not your need",
        detect=detect_phrases,
        data=NEED,
        reason="Begging ('I really need this job', 'please give me a chance') reads as "
        "desperation, not fit.",
        flags=(
            "I really need this job.",
            "Please give me a second chance.",
            "This job would mean everything to me.",
            "Is there any way the team would reconsider?",
            "Please, I really need a job right now.",
            "My family is counting on me getting this job.",
            "I'll take any salary you offer.",
            "I would happily work unpaid for a month.",
            "This position is my last hope.",
            "I would be so grateful for any chance at all to work with your team.",
            "I'd really appreciate a chance to prove myself.",
            "This job would change everything for me; is there anything at all I can do?",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I need to check one detail of the role: is it hybrid?",
            "I really need the work-life balance this role offers.",
            "The volunteers I coordinated work for free on weekends.",
            "I hope there is another chance to work together in the future.",
        ),
    ),
    Rule(
        "tone.desperate.self-doubt",
        "desperate",
        "runs yourself down",
        "leave out the self-criticism; add what you would do now",
        detect=detect_phrases,
        data=SELF_DOUBT,
        reason="'I know I bombed it' or 'I'm not the strongest candidate' argues against "
        "hiring "
        "you.",
        flags=(
            "I know I bombed the design question.",
            "I'm probably not the strongest candidate.",
            "I feel like such a failure.",
            "I was a nervous wreck.",
            "Please don't hold my weak answers against me.",
            "I feel like I let you down.",
            "I'm not the most qualified, but I'll work hard.",
            "I don't think I did well.",
            "I'm not sure I'm good enough for this team.",
            "I know I'm probably not what you're looking for.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "The bombing range survey was fascinating.",
            "I was a little nervous, but I enjoyed every minute.",
            "My poor old laptop crashed during the demo, but the slides survived.",
        ),
    ),
)
