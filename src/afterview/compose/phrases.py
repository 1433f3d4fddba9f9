"""Banks of phrasings, so that notes to one panel each read as written for one person.

Note ``i`` of a panel takes phrasing ``(i + offset) % len(bank)`` from each
bank, with a different offset per bank; every bank has at least six entries,
so the notes of a panel of up to six never share a phrasing. Fields in braces
are filled by :mod:`afterview.compose.parts` with ``str.format``; a missing
field raises rather than leaving a gap.
"""

from __future__ import annotations

MEETING = {
    "phone": "our phone call",
    "video": "our video call",
    "onsite": "our meeting",
    "panel": "the panel interview",
    None: "our conversation",
}

THANKS = (
    "Thank you for {meeting} about the {position} role.",
    "Thank you for taking the time to speak with me about the {position} position at {company}.",
    "I appreciated the time you gave me during {meeting} for the {position} role.",
    "Many thanks for {meeting} and for everything you shared about the work at {company}.",
    "Thank you for your time and your thoughtful questions during {meeting}.",
    "It was a pleasure to meet you, and I am grateful for the time you spent with me on {weekday}.",
)

ONE_TOPIC = (
    "I especially enjoyed our discussion of {t1}.",
    "Our conversation about {t1} has stayed with me since.",
    "I have been thinking since then about what you said about {t1}.",
    "Hearing your perspective on {t1} was a highlight of the day for me.",
    "What you told me about {t1} made the role much more concrete for me.",
    "I found our exchange about {t1} genuinely useful.",
)

TWO_TOPICS = (
    "I especially enjoyed discussing {t1}, and I appreciated hearing about {t2}.",
    "Our conversation about {t1} has stayed with me, as has what you said about {t2}.",
    "I have been thinking since then about {t1}, and about {t2}.",
    "Hearing your perspective on {t1} and {t2} was a highlight of the day for me.",
    "What you told me about {t1} and {t2} made the role much more concrete for me.",
    "I found our exchange about {t1} genuinely useful, and {t2} even more so.",
)

QUESTION = (
    "I have kept thinking about the question you asked me: “{q}”",
    "Your question stayed with me afterwards: “{q}”",
    "I appreciated your question, “{q}”, which made me think hard about my own work.",
    "One of your questions has stayed with me: “{q}”",
    "Your question, “{q}”, was one I enjoyed answering.",
    "I am still thinking about one question you put to me: “{q}”",
)

CONCERN_MATCHED = (
    "You raised a fair question about {concern}. On that point: I {strength}.",
    "On {concern}, which you rightly asked about: I {strength}.",
    "I understand the question about {concern}, and I hope it helps to add that I {strength}.",
    "About {concern}: I {strength}, and I would build on that from day one.",
    "You asked about {concern}. I would point to the fact that I {strength}.",
    "Regarding {concern}, I {strength}, and I am confident that carries over.",
)

CONCERN_OPEN = (
    "You raised a fair point about {concern}. I would make closing that gap an early priority, and I learn new tools quickly.",
    "On {concern}, which you rightly asked about: I see it as a gap to close, and I would start on it before my first day.",
    "Your candid point about {concern} was a fair one, and it is something I would work on from the first week.",
    "About {concern}: I take the point, and I have a plan to close that gap quickly.",
    "You asked about {concern}. It is a fair question, and one I would address early and openly.",
    "Regarding {concern}, I agree it matters, and I would put real effort into it from the start.",
)

FIT = (
    "I {strength}, and I would be glad to bring that experience to {company}.",
    "The role fits what I do best: I {strength}.",
    "I believe I could contribute quickly: I {strength}.",
    "What I would bring to your team is practical experience: I {strength}.",
    "From what we discussed, I think my background fits well, since I {strength}.",
    "I would be excited to contribute here; I {strength}.",
)

FIT_NO_STRENGTH = (
    "I would be glad to bring my experience to {company}.",
    "The more I learn about the role, the more I think it fits what I do best.",
    "I believe I could contribute quickly to your team.",
    "I left even more interested in the {position} role.",
    "From what we discussed, I think my background fits the role well.",
    "I would be excited to contribute to the work you described.",
)

WISH = (
    "One thing I did not mention: {wish}",
    "I also wanted to add something I left out of our conversation: {wish}",
    "Looking back, there is one thing I should have said: {wish}",
    "Something I wish I had mentioned: {wish}",
    "I noticed afterwards that I had not mentioned this: {wish}",
    "There is one more thing worth adding: {wish}",
)

NEWS = (
    "A short update since we spoke: {news}",
    "There is also some news since our conversation: {news}",
    "Since we met, there is something new: {news}",
    "I am also glad to share an update: {news}",
    "One more piece of news since our conversation: {news}",
    "An update you may find relevant: {news}",
)

RAPPORT = (
    "It was also a pleasure to discover that {rapport}.",
    "I also enjoyed finding out that {rapport}.",
    "And it was good to learn that {rapport}.",
    "It was a nice surprise to find that {rapport}.",
    "I was delighted to learn that {rapport}.",
    "It was fun to find out that {rapport}.",
)

CLOSING = (
    "Thank you again for your time; I look forward to hearing about the next steps.",
    "I would be glad to continue the conversation, and I look forward to the next steps.",
    "Thanks again, and I hope to speak with you again soon.",
    "I appreciate your time and look forward to staying in touch.",
    "Thank you once more for a conversation I enjoyed.",
    "I hope we will have the chance to work together.",
)

EXTRA = (  # used only to bring a short note up to a sensible length
    "I came away even more interested in the {position} role and in the work of the team.",
    "Everything I heard made me more enthusiastic about joining {company}.",
    "It gave me a much clearer picture of what the team is building.",
    "I left with a real sense of what the first months in the role would look like.",
    "The conversation confirmed how much I would like to be part of the team.",
    "I am excited about what the team is working on.",
)

SIGN_OFF = (
    "Best regards,",
    "Kind regards,",
    "With thanks,",
    "Warm regards,",
    "Sincerely,",
    "All the best,",
)

SUBJECT = (
    "Thank you for {weekday}'s conversation",
    "Thank you – {position} interview",
    "Thanks for your time on {weekday}",
    "Thank you for speaking with me about the {position} role",
    "Grateful for our conversation on {weekday}",
    "Thank you from {candidate}",
)

# Offsets per bank, so that one note does not take the same row of every bank.
OFFSETS = {
    "thanks": 0,
    "topics": 1,
    "asked": 2,
    "concern": 3,
    "fit": 4,
    "wish": 5,
    "news": 1,
    "rapport": 2,
    "closing": 3,
    "extra": 4,
    "sign_off": 0,
    "subject": 0,
}


def pick(bank: tuple[str, ...], slot: str, variant: int) -> str:
    return bank[(variant + OFFSETS[slot]) % len(bank)]
