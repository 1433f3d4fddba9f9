"""Pay, hours, leave and the other terms of a job: never the high point of a note."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading.closed import CURRENCY_SIGNS
from afterview.compose.reading.text import Unusable, bare, clean
from afterview.compose.reading.vocabulary import matches, word_set

_HOURS = lazy(
    r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\s?[-–]\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)?\b"
    r"|\b\d{1,2}(?::\d{2})?\s?[-–]\s?\d{1,2}:\d{2}\b|\bhours?:?\s+\d|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"
    r"|\bstart(?:ing)?\s+(?:on\s+|in\s+)?\d{1,2}\b"  # "start 1. December or 15. December"
    # "start January 2027", "notice 1 month, start jan": a start date, said any way (not "the
    # first fix starting in January", a job's own start)
    r"|(?:^|(?<=,)|(?<=, ))start\s+(?:on\s+|in\s+|from\s+|early\s+|mid\s+|late\s+|end\s+of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:^|(?<=,)|(?<=, ))start\s+20\d\d\b"
    # "£14.60/hr", "3.6M won/month", "15k SGD a month": an amount for a time is pay
    # ("25 000 Ft / month": thousands set apart by a space, as much of Europe writes them)
    rf"|(?:[{CURRENCY_SIGNS}]\s?\d[\d,.]*\s?[kKmM]?|\b(?:\d{{1,3}}(?: \d{{3}})+|\d[\d,.]*)\s?[kKmM]?\s?"
    r"(?:usd|eur|gbp|sgd|aud|nzd|cad|inr|kes|zar|won|yen|rm|php|idr|vnd|huf|ft|pln|zł|zl|czk|kč|"
    r"ron|lei|try|tl|ngn|ghs|thb|myr|hkd|brl|mxn|ars|aed|sar|chf|sek|nok|dkk|kr))\s?"
    r"(?:/\s?|per\s+|an?\s+)(?:h|hr|hour|month|mo|year|yr|annum|week|wk|day)\b"
    r"|\b\d[\d,.]*\s?(?:/hr|/hour|per hour|an hour|p/h)\b"
    # "EUR 1,400/mo", "400 BDT a day": a currency's code on either side of the figure
    r"|(?:(?-i:\b[A-Z]{3})\s?\d[\d,.]*\s?[km]?|\b\d[\d,.]*\s?[km]?\s?(?-i:[A-Z]{3}))\s?"
    r"(?:/\s?|per\s+|an?\s+)(?:h|hr|hour|month|mo|year|yr|annum|week|wk|day)\b"
    # "€38-41k", "$60k-70k": a salary, said in thousands
    rf"|[{CURRENCY_SIGNS}]\s?\d{{2,3}}(?:\.\d)?\s?k?\s?[-–]\s?[{CURRENCY_SIGNS}]?\d{{2,3}}(?:\.\d)?\s?k\b|^[{CURRENCY_SIGNS}]\s?\d{{2,3}}k$"
    # "N650k/month", "R18 000 a month", "KSh 90k per month": a currency written as a letter
    r"|(?:\b(?:N|R|K|KSh|Ksh|TSh|USh|UGX|RWF|ETB|Birr)|[₦₵])\s?\d[\d,. ]*[kKmM]?\s?"
    r"(?:/\s?|per\s+|an?\s+)(?:month|mo|year|yr|annum|week|wk|day)\b"
    # "rotation 28/28", "a 14/14 rotation", "rotational 28/14", "20 on 10 off": days on and off
    r"|\b\d{1,2}\s+(?:days?\s+)?on,?\s+\d{1,2}\s+(?:days?\s+)?off\b"
    r"|\brotation(?:al)?\s+\d{1,2}\s?/\s?\d{1,2}\b|\b\d{1,2}\s?/\s?\d{1,2}\s+(?:rotation|swing)s?\b"
    # "late Weds til 7", "Sat till 2": the hours of a working day
    r"|\b(?:til|till|until)\s+\d{1,2}(?::\d{2})?\b(?:\s?(?:am|pm)\b)?(?![%:/.,]?\s*(?:years?|yrs?|%))",
    re.I,
)


def practical(raw: str) -> bool:
    """True for a topic about pay or conditions ("shifts, some wknds"): a note never names it."""
    try:
        return job_term(clean(raw)) is not None
    except Unusable:
        return False


# "contract 1 yr then permanent", "2-year contract", "start jan": the terms of the job.
_TERMS_OF_THE_JOB = lazy(
    r"\bcontract\s+(?:[A-Z]{2,6}\s+)?(?:of\s+|for\s+)?(?:\d+|one|two|three|six|twelve)(?:\s*\+\s*\d+)?[\s-]*"
    r"(?:years?|yrs?|months?)\b"
    r"|\bcontract\s+(?:from\s+|starts?\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    # "contract till Dec 2027": when it ends
    r"|\bcontract\s+(?:till|until|to|ends?|runs?(?:\s+(?:to|till|until))?)\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|20\d\d)[a-z]*\b"
    # "R&R every 8 wks", "R&R at 3 months": rest and recuperation, a term of a field post (not
    # a journal's "R&R", revise and resubmit)
    r"|(?-i:\bR&R\b)(?!\s+(?:at|from|with|for|on)\s+(?-i:[A-Z]))(?!.*\b(?:journal|paper|manuscript|"
    r"revision|reviewers?|submission)\b)"
    # "contractor via my FOP", "Deel contractor": how they would pay, not a subject
    r"|\bcontractor\s+(?:via|through|basis|rate|status|agreement)\b|\b(?:via|through)\s+(?:Deel|Remote\.com|Oyster|an EOR)\b"
    r"|^(?:Deel|Oyster|EOR)\s+contractor\b"
    r"|^(?:start(?:ing)?|joining)\s+(?:in\s+|on\s+|early\s+|mid\s+|late\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|"
    r"november|december|next|after|asap|immediately)\b"
    r"|\b(?:\d+|one|two|three|six|twelve)[\s-]*(?:years?|yrs?|months?)\s+contract\b"
    # "contract + allowances", "the contract": the contract itself, not one a job handles
    r"|^(?:the\s+)?contract(?=\s*(?:$|[+,&/]|and\b))"
    # "staying after 2029", "continuity after June": whether the post goes on, a term of the
    # job (late398, late402 readers: it reads as asking for job security)
    r"|^(?:staying|continuity|renewal|extension)\s+(?:on\s+)?(?:after|beyond|past)(?=\s)"
    # "on-call rotation every 4th wk": how often the candidate would be on call (late399
    # readers), where "how the platform team runs its on-call rotation" is how they work
    r"|\bon[- ]call (?:rotation|roster|rota)(?= (?:every|1 in|one in)\b)"
    # "hotel in Cádiz for crew from Sevilla": where the crew sleeps (late403 readers)
    r"|\b(?:hotel|hotels|accommodation|lodging)\b[^,;]*\bfor (?:the )?crews?\b"
    # "hours", "hrs + pay": the hours of work, said alone (late383 readers: "about hours")
    r"|^(?:the\s+|my\s+)?(?:hours|hrs)(?=\s*(?:$|[+,&/]|and\b))"
    # "trial sat", "trial next Tuesday": a trial shift and its day
    r"|^trial\s+(?:on\s+|next\s+|this\s+)?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|nesday|rsday|urday)?\b|^trial\s+(?:tomorrow|next\s+week)\b"
    # "transport" alone, "staff transport": how one gets to work ("cold box transport" is work)
    r"|^(?:the\s+|staff\s+)?transport(?=\s*(?:$|[+,&/]|and\b))"
    # "field days Sunday to Thursday": the days of a working week (late427 readers)
    # ("cleaning the wards from Monday to Sunday" is the work, done every day)
    r"|(?<!from )\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\s*(?:to|[-–])\s*"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b"
    # "DA 350/day + fuel": India's daily (or dearness) allowance, a sum after it
    r"|(?-i:\bDA\s+(?:Rs\.?\s?|₹\s?)?\d[\d,]*(?:\s?/\s?day|\s?/\s?month|\s(?:a|per)\s(?:day|month))?)"
    r"|\bseason\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\s*[-–]\s*\w+",
    re.I,
)


# Someone else's leave, which the candidate covered: "while she was on", "covering for".
_SOMEONE_ELSES_LEAVE = lazy(
    r"(?:\b(?!I\b)\w+ (?:was|were|went) on|\bcover(?:ed|ing)?\b.*\bfor)\s+(?:her |his |their )?$",
    re.I,
)


def someone_elses_leave(text: str, found: str, end: int) -> bool:
    """Whether ``found``, ending at ``end`` of ``text``, is a leave someone else took, which
    the candidate covered ("while she was on maternity leave")."""
    return found.lower().endswith("leave") and bool(
        _SOMEONE_ELSES_LEAVE.search(text[: end - len(found)])
    )


# What a sum a month may be besides pay, in what the candidate did: "monthly orders (~15k
# GEL/mo)", "a supplies budget (~MXN 40k/month)" are the work's money. In a topic, "CPD budget
# 600 eur/yr" is a perk, and still left out.
_SPENT = lazy(
    r"\b(?:budgets?|spend|spending|orders|revenue|sales|turnover|bills?|billing|costs?|funds?|"
    r"grants?|invoices?|invoicing|purchases|purchasing|donations|portfolio)\b[^,;]{0,24}$",
    re.I,
)


_A_COUNT = lazy(r"(?:around |about |up to |over |some )?\d", re.I)


def job_term(text: str, *, own_work: bool = False) -> str | None:
    """The pay-or-conditions word of a topic, if it is about them ("hybrid cloud" is not).
    With ``own_work`` (a line about what the candidate did), a sum after a budget or orders is
    the work's money, not pay ("tracked the supplies budget (~MXN 40k/month)")."""
    term = _TERMS_OF_THE_JOB.search(text)
    if term:
        return term.group(0)
    union = re.search(r"\b[A-Z]{2,}\s+recogni[sz]ed\b", text) if "recogni" in text else None
    if union:  # "USDAW recognised": the union's standing, a term of the job
        return union.group(0)
    hours = _HOURS.search(text) if any(c.isdigit() for c in text) else None
    if hours and not (own_work and _SPENT.search(text[: hours.start()])):
        return hours.group(0)
    for found, end in matches("topics", "logistics", text):
        if found == "Commission":
            continue  # "the Commission wants more in-house lawyers": a body's name, not pay
        after = text[end:].split()
        if after and bare(after[0]) in word_set("topics", "not_logistics_after"):
            continue
        if after and bare(after[0]) == "of" and not _A_COUNT.match(" ".join(after[1:3])):
            continue  # "the benefits of pair programming"; "the caseload of 35" is the load
        if someone_elses_leave(text, found, end):
            continue  # "ran the SENCO role while ours was on mat leave": work done, not terms
        return found
    return None
