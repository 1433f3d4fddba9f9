"""The gate: what the readers made is trimmed to what reads as English, or left out.

Each example is a line from a real-looking debrief (most from the held-out sets late4 to late6,
where a blind reader found the draft it made). MENDS are put right (an article, a "was");
TRIMS keep the part before a loose tail; KEEPS
must pass untouched (a list, a tail that carries the sentence on, a name joined by its
preposition); LEAVES must be left out with a reason the plan's advice can show.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.compose.reading import read_interview, read_line, reading_of
from afterview.compose.reading.fields import (
    Reading,
    read_answer,
    read_concern,
    read_news,
    read_question,
    read_rapport,
    read_strength,
    read_topic,
    read_wish,
)
from afterview.compose.reading.gate import passed
from afterview.compose.reading.text import Unusable
from afterview.model.load import parse_interview

READERS = {
    "question": read_question,
    "strength": read_strength,
    "answer": read_answer,
    "topic": read_topic,
    "rapport": read_rapport,
    "wish": read_wish,
    "news": read_news,
    "concern": read_concern,
}


def through(kind: str, raw: str) -> str:
    return passed(kind, raw, READERS[kind](raw)).text


# What a rule can put right without guessing: an article, a "was", a title held, a size.
MENDS = [
    # from the late257-late260 reads (stop 50): no "the" before a part of the day, a crop's
    # disease, a field, a doing; a change of career is the candidate's own
    ("topic", "nap time", "nap time"),
    ("topic", "reading recovery", "reading recovery"),
    ("topic", "black pod disease", "black pod disease"),
    ("topic", "staying long term", "staying long term"),  # never "staying the long term"
    ("topic", "faith + teaching", "faith and teaching"),
    ("topic", "ALT welfare / crisis calls at night", "ALT welfare and crisis calls at night"),
    ("topic", "career change from admin to QA", "my career change from administration to QA"),
    ("topic", "scanning project for old files", "the scanning project for old files"),  # one
    ("topic", "packing room and grading", "the packing room and grading"),  # one room
    ("topic", "growing hospice side", "growing the hospice side"),
    # numbers listed with commas are one tail ("follow-up visits at 1", late264)
    (
        "topic",
        "follow-up visits at 1, 3 and 6 months",
        "follow-up visits at 1, 3 and 6 months",
    ),
    # a deed the lexicon lacks, capitalised as a list item (never "I have a Revalidated my")
    (
        "strength",
        "Revalidated my psychology diploma from the UCV in 2025",
        "I revalidated my psychology diploma from the UCV in 2025",
    ),
    ("topic", "all staff training in March", "all staff training in March"),  # no sentence
    # late265-268: a verb that takes no object describes ("falling the number test" before);
    # two places joined by a dash before a lane are one lane ("the Baton Rouge." before)
    ("topic", "falling number test", "the falling number test"),
    ("topic", "growing hospice side", "growing the hospice side"),  # one that takes an object
    ("topic", "the Baton Rouge - Beaumont lane", "the Baton Rouge–Beaumont lane"),
    # done only if hired: not yet done ("I enrolled ... if hired", late257)
    (
        "answer",
        "enrolled for BKE starting Feb if hired",
        "I would enroll for BKE starting in February if hired",
    ),
    (
        "news",
        "Got my Red Cross first aid recert done on Monday so it's good till 2029 now",
        "I completed my Red Cross first aid recertification on Monday, so it is valid until 2029",
    ),
    # from the embarrassing notes of the late237-late244 reads (stop 49)
    ("topic", "Ember the koala - fluids", "Ember the koala"),  # never "the ember the koala"
    ("topic", "Mazie the great horned owl (education bird)", "Mazie the great horned owl"),
    ("topic", "Duke the lab case", "the case of Duke the lab"),
    ("topic", "Pickles the clinic cat ultrasound", "the ultrasound of Pickles the clinic cat"),
    ("topic", "the clinic cat Pickles who sleeps on the printer", "the clinic cat Pickles"),
    ("topic", "tube feeding the flying fox pup", "tube feeding the flying fox pup"),
    (
        "topic",
        "cross-selling funeral cover + savings pockets w/o being pushy",
        "cross-selling funeral cover and savings pockets",
    ),
    (
        "topic",
        "turnaround target 48 hrs for funeral payouts",
        "the turnaround target of 48 hours for funeral payouts",
    ),
    ("topic", "LIVE CASE: messy cap table + 13-wk cashflow, 90 min", "the live case"),
    ("topic", "the pothole app reports from public", "the pothole app reports from the public"),
    # from the late124-late216 reads that earlier stops left (stop 46)
    ("topic", "whistleblower hotline", "the whistleblower hotline"),  # Harper knows "hotline"
    ("topic", "shader for rain puddles", "the shader for rain puddles"),
    ("strength", "I was mentor for new nurses", "I was a mentor for new nurses"),
    ("strength", "I run crew of 5", "I run a crew of 5"),
    (
        "news",
        "Got my N3 exam seat confirmed for the 6th",
        "I had my N3 exam seat confirmed for the 6th",
    ),
    (
        "strength",
        "set up a whole-school reading for pleasure programme",  # never "for the pleasure"
        "I set up a whole-school reading for pleasure programme",
    ),
    (
        "topic",
        "Arabic + Islamic studies taken by local teachers",
        "Arabic and Islamic studies taken by local teachers",
    ),
    ("topic", "she wants DP results up - avg is 4.6", "you want to get DP results up"),
    ("topic", "Emma (16) college visits next fall", "Emma's college visits"),  # a child, aged
    ("topic", "Lucas (4) half-day preschool, pickups at 11:45", "Lucas's half-day preschool"),
    ("topic", "he asked abt my crew now, how I train new guys", "my crew"),
    (
        "topic",
        "you run the Matosinhos bid team right now",
        "you run the Matosinhos bid team right now",
    ),
    (
        "topic",
        "how audio gets scheduled (late, always, she/he laughed)",
        "how audio gets scheduled",
    ),
    ("topic", "he wants to keep gardening - raised beds in spring", "you want to keep gardening"),
    (
        "topic",
        "Olly starting reception at Honeywell in Sept",  # someone doing, never "the Olly"
        "Olly starting reception at Honeywell in September",
    ),
    (
        "strength",
        "I been training captain on the B1900 for 3 yrs",
        "I have been a training captain on the B1900 for 3 years",
    ),
    (
        "strength",
        "ran front of house + facilities for a 60 person office",  # never "a front of house"
        "I ran front of house and facilities for a 60-person office",
    ),
    (
        "strength",
        "Handled the BEC incident at Garden State Mutual start to finish",
        "I handled the BEC incident at Garden State Mutual from start to finish",
    ),
    (
        "strength",
        "I did my stage of end of studies at the BRB branch of Gitega",  # French "stage"
        "I did my final-year internship at the BRB branch of Gitega",
    ),
    (
        "topic",
        "she wants someone good w/ SMS + permits",
        "you want someone good with SMS and permits",
    ),
    (
        "news",
        "got my eLogbook verified by my HOD this morning",
        "I had my eLogbook verified by my HOD",
    ),
    (
        "news",
        "renewed my Google Ads certification the day after the interview",  # anchored: kept
        "I renewed my Google Ads certification the day after the interview",
    ),
    (
        "strength",
        "experience in NVQ level three in lift and escalator engineering",
        "I hold an NVQ level three in lift and escalator engineering",
    ),
    ("strength", "I am member of the RCN", "I am a member of the RCN"),
    (
        "strength",
        "I was oiler on a crawler crane for a year",
        "I was an oiler on a crawler crane for a year",
    ),
    (
        "strength",
        "I did bank shifts on Ward 6 so I know the hospital",
        "I did bank shifts on Ward 6, so I know the hospital",
    ),
    # from the late140-late143 reads (stop 45)
    ("topic", "day in the life", "a typical day in the role"),
    ("topic", "the prep list + par levels", "the prep list and par levels"),
    ("topic", "new handheld scanners", "the new handheld scanners"),
    ("topic", "GFSC inspection last spring", "the GFSC inspection last spring"),
    ("topic", "ramp-up of second shift in March", "the ramp-up of second shift in March"),
    ("topic", "growth in 2025", "growth in 2025"),
    ("strength", "25 yrs Army, retired as SGM", "I have 25 years of experience in the Army"),
    ("rapport", "we both did the Army", "we both served in the Army"),
    ("strength", "did many reanimations", "I did many resuscitations"),
    ("strength", "12 yrs ADF", "I have 12 years of experience in the ADF"),
    (
        "answer",
        "I finished CDS import declarations course in October, and EU procedures are nearly same",
        "I finished the CDS import declarations course in October, and EU procedures are nearly"
        " the same",
    ),
    (
        "topic",
        "cost-effectiveness of my screening model",
        "the cost-effectiveness of my screening model",
    ),
    (
        "strength",
        "ran cruelty investigations at RSPCA",
        "I ran cruelty investigations at the RSPCA",
    ),
    (
        "strength",
        "I sell leather accessories in my actual job",
        "I sell leather accessories in my current job",
    ),
    (
        "strength",
        "I have participated to three INFARMED inspections",
        "I have participated in three INFARMED inspections",
    ),
    (
        "strength",
        "did a three days formation at the atelier",
        "I completed a three-day training course at the atelier",
    ),
    ("topic", "hiring in March", "hiring in March"),
    ("topic", "lighting for derm photos", "lighting for dermatology photos"),
    ("topic", "go slow to go fast", "going slow to go fast"),
    ("topic", "move fast and break things", "moving fast and breaking things"),
    ("topic", "man overboard drill", "man overboard drill"),  # never "manning overboard"
    ("topic", "Accessible BC Act", "the Accessible BC Act"),
    ("topic", "Mental Health Act assessments", "Mental Health Act assessments"),
    (
        "strength",
        "know Health and Safety at Work Act well",
        "I know the Health and Safety at Work Act well",
    ),
    # "up to 8%" is a bound, not a rise: the figure goes, with the words that went with it
    ("topic", "angel's share up to 8%/yr in the upper chai", "the angel's share"),
    # from the late150-late153 and late201-late204 reads (stop 44)
    (
        "answer",
        "I stopped a hot work on the cooling tower in 2022",
        "I stopped a hot-work job on the cooling tower in 2022",
    ),
    ("topic", "the dementia unit on first floor", "the dementia unit on the first floor"),
    (
        "strength",
        "I was superuser when we changed pumps",
        "I was a superuser when we changed pumps",
    ),
    ("topic", "audition of the child, the NICHD protocol", "child interviews"),
    (
        "news",
        "received my CIP designation through from the Insurance Institute",
        "I received my CIP designation from the Insurance Institute",
    ),
    (
        "news",
        "my ECE III renewal came through from the Ministry",
        "my ECE III renewal came through from the Ministry",
    ),
    (
        "strength",
        "ex-housing support worker, 2 yrs",
        "I was a housing support worker for two years",
    ),
    (
        "strength",
        "Emerson DeltaV operator + engineering basics, did the course in Nairobi 2024",
        "I took the Emerson DeltaV operator and engineering basics course",
    ),
    ("topic", "indigenous data sovereignty", "Indigenous data sovereignty"),
    ("topic", "prepayment meter cases way up since Oct", "the rise in prepayment meter cases"),
    ("topic", "he did a PhD too (physics) so got it", "you did a PhD too"),
    ("topic", "US commercial forecast - 14 sales regions", "US commercial forecast"),  # not "us"
    ("topic", "Walmart reset timing", "Walmart reset timing"),  # a pile of nouns, no clause
    ("topic", "the sub-study on 6 min walk tests", "the sub-study on 6-minute walk tests"),
    (
        "strength",
        "former Army logistics officer, 5 yrs",
        "I was an Army logistics officer for five years",
    ),
    ("strength", "already hold a CDL", "I already hold a CDL"),
    ("strength", "hold a CDL", "I hold a CDL"),
    ("strength", "also have done audits", "I have also done audits"),
    (
        "strength",
        "B.Pharm + M.Pharm (Pharmaceutical Technology), University of Dhaka",
        "I have a B.Pharm and an M.Pharm in Pharmaceutical Technology",
    ),
    (
        "strength",
        "Co-wrote a Horizon Europe proposal, funded 2025",
        "I co-wrote a Horizon Europe proposal, which was funded in 2025",
    ),
    (
        "strength",
        "Teaching assistant for Pharmaceutics lab during M.Pharm",
        "I was a teaching assistant for the Pharmaceutics lab during my M.Pharm",
    ),
    (
        "strength",
        "Set up yellow sticky trap + pheromone monitoring for 40 ha",
        "I set up a yellow sticky trap and pheromone monitoring for 40 ha",
    ),
    ("strength", "10 yrs agency side", "I have ten years of experience on the agency side"),
    (
        "answer",
        "covered as acting PA for the whole shift 3-4x",
        "I covered as acting PA for the whole shift three or four times",
    ),
    (
        "topic",
        "he showed the SCADA screens live from Hobro plant",
        "the SCADA screens from the Hobro plant",
    ),
    ("topic", "he asked abt my soldering, and if I mind getting hands dirty", "my soldering"),
    ("topic", "HV safety / permit to work + earthing", "HV safety and permit to work"),
    ("question", "what do you know abt lithium safety", "lithium safety"),
    (
        "strength",
        "ran school eye screening for 3,000+ kids",
        "I ran the school eye screening for more than 3,000 children",
    ),
    (
        "strength",
        "speak Kannada, Kodava, Tulu, Hindi, English",
        "I speak Kannada, Kodava, Tulu, Hindi and English",
    ),
    (  # a year gone by takes the past
        "strength",
        "I've done outbreak investigation in 2022 w/ PAFO, wrote the report in English",
        "I did outbreak investigation in 2022 with PAFO and wrote the report in English",
    ),
    (  # the year belongs to the second clause: the first keeps its "have"
        "strength",
        "I have graded 40,000 carats and my grading was audited in 2024",
        "I have graded 40,000 carats and my grading was audited in 2024",
    ),
    (
        "strength",
        "did the screening audit for whole dialysis centre",
        "I did the screening audit for the whole dialysis centre",
    ),
    (
        "strength",
        "lambed 900 ewes at Llanddeusant 2 seasons",
        "I lambed 900 ewes at Llanddeusant for 2 seasons",
    ),
    ("strength", "ran a 6 man crew on overlay jobs", "I ran a 6-man crew on overlay jobs"),
    ("answer", "used HerdPlus for all records", "I used HerdPlus for all records"),
    ("topic", "the shelters over the churches, removal plan", "the shelters over the churches"),
    (
        "topic",
        "new branch in Centum City opening march",
        "the new branch in the Centum City opening in March",
    ),
    (
        "topic",
        "wanted more fieldwork in the curriculum",
        "you wanted more fieldwork in the curriculum",
    ),
    ("rapport", "both Slovan Liberec season tickets", "we both have Slovan Liberec season tickets"),
    ("strength", "BSc Optometry 2021", "I have a BSc in Optometry"),  # a field, not a place
    (
        "strength",
        "managed 14-boat dive op on Koh Tao 2yrs",
        "I managed a 14-boat dive op on Koh Tao for 2 years",
    ),
    (
        "strength",
        "Assistant manager at ramen shop in Chiba 3 yrs",
        "I have been an assistant manager at a ramen shop in Chiba for 3 years",
    ),
    ("strength", "first responder, trauma course", "I am a first responder"),
    (
        "strength",
        "HSE Part IV commercial diver + 600 logged dives",
        "I am an HSE Part IV commercial diver with 600 logged dives",
    ),
    (
        "strength",
        "BSc Agriculture (Massey), majored plant protection",
        "I have a BSc in Agriculture and majored in plant protection",
    ),
    ("rapport", "both obsessed w/ the Toss app", "we are both obsessed with the Toss app"),
    ("topic", "hospital's history - founded by the mission sisters", "the hospital's history"),
    ("topic", "Maria's new clinic", "Maria's new clinic"),
    ("topic", "advising load", "the advising load"),  # one thing, named by what it is for
    (
        "topic",
        "MARC collections + how my research would use them",
        "MARC collections and how my research would use them",
    ),
    ("strength", "NZ electrical registration (EW)", "I hold an NZ electrical registration"),
    (
        "strength",
        "BSc Fisheries (Hons) + MS Aquaculture, Sylhet Agricultural University",
        "I have a BSc in Fisheries and an MS in Aquaculture",
    ),
    (
        "strength",
        "MED A1 + SVOP (small vessel operator)",
        "I have experience with MED A1 and SVOP",
    ),  # not a degree
    ("strength", "LLB Wits 2024", "I have an LLB from Wits"),
    ("strength", "worked in UK for 3 yrs", "I worked in the UK for 3 years"),
    ("topic", "cadmium testing for EU", "cadmium testing for the EU"),
    ("topic", "LOTO on DC side, arc flash", "LOTO on the DC side"),
    ("topic", "new MSc in volcanic hazards", "the new MSc in volcanic hazards"),
    (  # a tail cut away leaves no "including" behind
        "answer",
        "handled corporate remittance accounts for 30+ trading cos at the exchange house, incl. "
        "EDD on 2 gold traders",
        "I handled corporate remittance accounts for more than 30 trading companies at the "
        "exchange house, including EDD on 2 gold traders",
    ),
    ("topic", "mooring routine in Halhjem crossing", "the mooring routine in the Halhjem crossing"),
    ("topic", "simulator debrief", "the simulator debrief"),
    (
        "topic",
        "self-checkout rollout in jan + shrink",
        "the self-checkout rollout in January and shrink",
    ),
    (
        "rapport",
        "we both studied one summer in Kronberg academy",
        "we both studied one summer in Kronberg Academy",
    ),
    ("rapport", "you also studied at Trafford college", "you also studied at Trafford College"),
    ("rapport", "he also from Quảng Ngãi", "you are also from Quảng Ngãi"),
    ("strength", "BEng (Electrical) Curtin", "I have a BEng in Electrical from Curtin"),
    ("topic", "what yr1 actually looks like", "what year one looks like"),
    ("topic", "the red tide 2021 in Sohar, plant was stop 9 days", "the 2021 red tide in Sohar"),
    (
        "wish",
        "That I set up the library licence tracking sheet",
        "I set up the library licence tracking sheet",
    ),
    (
        "strength",
        "cut check downtime 2 days by re-sequencing tasks",
        "I cut check downtime by 2 days by re-sequencing tasks",
    ),
    (
        "rapport",
        "he also studied in Hanoi Univ of Pharmacy",
        "you also studied at Hanoi Univ of Pharmacy",
    ),
    ("topic", "engineering drawings from 1950s-80s", "engineering drawings from the 1950s-80s"),
    ("topic", "yield drop after 2025 drought", "the yield drop after the 2025 drought"),
    ("rapport", "you also are from Irbid", "you are also from Irbid"),
    ("topic", "CASA PNG audit next month", "the CASA PNG audit"),
    ("topic", "IFRS 18 next year", "IFRS 18"),
    (
        "topic",
        "how is the night log and the handover to day crew",
        "the night log and the handover to day crew",
    ),
    ("topic", "how are the new grads doing", "how the new grads are doing"),
    ("topic", "how is onboarding structured", "how onboarding is structured"),
    (
        "strength",
        "MSc Political Science Leiden, thesis on coalition formation",
        "I have an MSc in Political Science from Leiden",
    ),
    ("strength", "MBA INSEAD", "I have an MBA from INSEAD"),
    ("strength", "BA English", "I have a BA in English"),
    (
        "strength",
        "certified Scrum master in March 2021",
        "I became a certified Scrum master in March 2021",
    ),
    (
        "strength",
        "certified Scrum master since 2021",
        "I have been a certified Scrum master since 2021",
    ),
    ("strength", "trained in CBT in 2019", "I was trained in CBT in 2019"),
    (
        "strength",
        "published in Journal of Linguistics 2023",
        "I was published in the Journal of Linguistics in 2023",
    ),
    (
        "wish",
        "I know the e-CO system of Ministry of Commerce",
        "I know the e-CO system of the Ministry of Commerce",
    ),
    ("topic", "audit committee reporting", "audit committee reporting"),
    ("topic", "Erenhot border logistics", "Erenhot border logistics"),
    ("strength", "cut mispicks by 40% at last site", "I cut mispicks by 40% at my last site"),
    ("wish", "I covered Hervanta night route alone", "I covered the Hervanta night route alone"),
    ("strength", "visited Paris office weekly", "I visited the Paris office weekly"),
    (
        "wish",
        "I have my own tools incl. insulation tester and crimpers",
        "I have my own tools including an insulation tester and crimpers",
    ),
    ("topic", "company vision, fleet mgmt -> consumer app", "the company's vision"),
    ("topic", "Jasper Indigenous Forum, 25+ communities", "the Jasper Indigenous Forum"),
    ("topic", "creole and French with older patients", "Creole and French with older patients"),
    ("topic", "yard growing, 2 new sheds next year", "how the yard is growing"),
    ("topic", "Chinese market recovering", "how the Chinese market is recovering"),
    (
        "topic",
        "comparison with Japanese coalition govs",
        "the comparison with Japanese coalition governments",
    ),
    ("topic", "new joint MA with Zagreb", "the new joint MA with Zagreb"),
    ("topic", "home HD programme they want to start", "the home HD programme you want to start"),
    (
        "strength",
        "did the infection control audits 2024-25",
        "I did the infection control audits in 2024-25",
    ),
    ("strength", "5 years speech therapy", "I have five years of experience in speech therapy"),
    ("strength", "own foley recordings, field recorder kit", "I have my own Foley recordings"),
    ("rapport", "she is from Takeo also", "you are also from Takeo"),
    ("topic", "approvals from ministry", "approvals from the ministry"),
    ("strength", "I worked closely with regulator", "I worked closely with the regulator"),
    ("strength", "passed PL-300 Power BI exam", "I passed the PL-300 Power BI exam"),
    (
        "news",
        "completed Level 3 Diploma in Childcare",
        "I completed the Level 3 Diploma in Childcare",
    ),
    ("topic", "buy raw cashmere from herders", "buying raw cashmere from herders"),
    ("topic", "Rail Baltica - how NordBalt positions", "Rail Baltica"),
    (
        "strength",
        "3 yrs demand planning at beverage company",
        "I have three years of experience in demand planning at a beverage company",
    ),
    ("topic", "the ~40 dairy farms they cover, mostly Frisona", "the 40 dairy farms you cover"),
    (
        "topic",
        "walk on 42m motor yacht in shed 2, rewiring engine room",
        "the walk on the 42m motor yacht in shed 2",
    ),
    ("topic", "Khorgos volumes growing, +30% next yr", "how Khorgos volumes are growing"),
    ("topic", "sales growing", "how sales are growing"),
    (
        "strength",
        "certified customs specialist since 2022",
        "I have been a certified customs specialist since 2022",
    ),
    ("strength", "qualified in 2019", "I qualified in 2019"),
    (
        "strength",
        "cut avg clearance time at current co from 3 days to 1.5",
        "I cut the average clearance time at my current company from 3 days to 1.5",
    ),
    ("news", "my paper not accepted", "my paper was not accepted"),
    # a thing named with words before it gets its article
    (
        "strength",
        "did AEC-Q100 validation support w/ automotive customer",
        "I did AEC-Q100 validation support with an automotive customer",
    ),
    (
        "topic",
        "CMS migration to new system in September",
        "the CMS migration to a new system in September",
    ),
    ("topic", "union negotiations at Chakan plant", "union negotiations at the Chakan plant"),
    (
        "strength",
        "5 yrs on acute medical ward",
        "I have five years of experience on the acute medical ward",
    ),
    (
        "topic",
        "growth of the branch to Karatu next year",
        "the growth of the branch to Karatu",
    ),
    (
        "topic",
        "retention of first-generation students",
        "the retention of first-generation students",
    ),
    # what they showed, brought up or took you round is the subject
    ("topic", "she showed the lab and the XRF", "the lab and the XRF"),
    ("topic", "showed me round the shed + calf sheds", "the shed and calf sheds"),
    ("topic", "he brought up the new CT scanner", "the new CT scanner"),
    ("strength", "BLS & ACLS certified", "I am BLS and ACLS certified"),
    ("topic", "she talked a lot abt community risk reduction", "community risk reduction"),
    (
        "wish",
        "I also know make Vierung with the same stone",
        "I also know how to make Vierung with the same stone",
    ),
    ("topic", "medical imaging workflow", "the medical imaging workflow"),
    # a time said as another language says it
    ("topic", "the simulation lab in Thursday", "the simulation lab on Thursday"),
    ("topic", "the group dynamic exercise in morning", "the group dynamic exercise in the morning"),
    ("topic", "staffing in the night", "staffing at night"),
    (
        "topic",
        "pastoral care + chaplain visits sundays",
        "pastoral care and chaplain visits on Sundays",
    ),
    ("topic", "she wants weekly P&L calls Mondays", "you want weekly P&L calls on Mondays"),
    ("topic", "weekly market at Motueka sunday", "the weekly market at Motueka on Sunday"),
    ("news", "I passed my driving test last Friday", "I passed my driving test last Friday"),
    # from the late61 to late75 reads: slips that mean one thing, and shorthand a rule reads
    ("strength", "I am interesting in logistics", "I am interested in logistics"),
    ("strength", "I am graduated in civil engineering", "I graduated in civil engineering"),
    ("strength", "I can able to handle pressure", "I can handle pressure"),
    ("strength", "I worked as welder for 6 yrs", "I worked as a welder for 6 years"),
    ("strength", "Cert III Engineering - Fabrication Trade", "I have a Cert III in Engineering"),
    (
        "strength",
        "Published 9 papers, 4 first author",
        "I published 9 papers, with four as first author",
    ),
    ("answer", "Applied for a Y-rating in Feb 2026", "I applied for a Y-rating in February 2026"),
    ("strength", "I have done 300+ Hess charts a year", "I do more than 300 Hess charts a year"),
    (
        "wish",
        "that I already cut water reed on the Frome last winter",
        "I cut water reed on the Frome last winter",
    ),
    (
        "news",
        "Current company has agreed to release me in 30 days",
        "my current company has agreed to release me in 30 days",
    ),
    (
        "strength",
        "teaching: taught Dendrology at UPLB for 2 sems",
        "I taught Dendrology at UPLB for 2 semesters",
    ),
    (
        "strength",
        "raised TripAdvisor score 4.3 -> 4.7 in 18 months",
        "I raised the TripAdvisor score from 4.3 to 4.7 in 18 months",
    ),
    (
        "strength",
        "I did Otis Gen2 course online in 2024",
        "I completed the Otis Gen2 course online in 2024",
    ),
    ("topic", "picking rate per hr, ~70 lbs", "the picking rate per hour"),
    ("strength", "used to 7x7 shifts and night turns", "I am used to 7x7 shifts and night turns"),
    ("topic", "guides cancelling last min", "guides cancelling at the last minute"),
    (
        "topic",
        "clinical rotation sites across the UP, some are 3 hrs away",
        "clinical rotation sites across the UP",
    ),
    ("strength", "Up at 5 every day anyway (bakery job)", "I am up at 5 every day"),
    ("topic", "budget cycle, he said first yr is heavy anyway", "the budget cycle"),
    (
        "rapport",
        "she also lives in Arraiján and takes the same Puente de las Américas traffic",
        "you also live in Arraiján and take the same Puente de las Américas traffic",
    ),
    ("topic", "booking software they use (Dentalink?)", "the booking software you use"),
    ("topic", "packing room + grading machine", "the packing room and grading machine"),
    ("topic", "she runs the nuclear safety induction", "the nuclear safety induction you run"),
    ("topic", "mise en place system, they prep 2 times a day", "the mise en place system"),
    (
        "topic",
        "correcting MLAs' quotes when they ask after the fact (policy is NO)",
        "correcting MLAs' quotes when they ask after the fact",
    ),
    (
        "strength",
        "7 yrs RMN, last 3 on an acute adult ward",
        "I have seven years of experience as an RMN",
    ),
    ("strength", "mountain flying rating, sling load", "I hold a mountain flying rating"),
    ("strength", "own a Gemmasta", "I own a Gemmasta"),
    ("strength", "Co-supervised 4 master's theses", "I co-supervised 4 master's theses"),
    ("strength", "Managing harvesters 120+", "I have experience managing more than 120 harvesters"),
    ("strength", "worked nights no problem", "I worked nights"),
    (
        "strength",
        "10 yrs marine diesel - Cat, Scania",
        "I have ten years of experience in marine diesel",
    ),
    (
        "rapport",
        "he's done the Q course w/ the same instructor",
        "you have done the Q course with the same instructor",
    ),
    ("topic", "the K2 section runs under Lysakerelva", "the K2 section runs under Lysakerelva"),
    ("topic", "land-grant mission", "the land-grant mission"),
    ("topic", "joint summer school on flood risk", "the joint summer school on flood risk"),
    ("topic", "he took me round the yard", "the yard"),
    ("topic", "ICU nurses rotating into HDU, skill gaps", "ICU nurses rotating into HDU"),
    ("rapport", "small world - she did her masters at BCU too", "you did your masters at BCU too"),
    ("strength", "head for heights", "I have a head for heights"),
    (
        "strength",
        "cut linen loss ~30% w/ weekly par counts",
        "I cut the linen loss by about 30% with weekly par counts",
    ),
    (
        "answer",
        "helped on the lime torching w/ my uncle, 2025",
        "I helped on the lime torching with my uncle in 2025",
    ),
    ("strength", "I have civil engineering", "I have a background in civil engineering"),
    (
        "strength",
        "I am electrical and instrumentation",
        "my background is in electrical and instrumentation",
    ),
    (
        "news",
        "I do one hour Georgian on Duolingo since September",
        "I have been doing one hour Georgian on Duolingo since September",
    ),
    ("strength", "I know Ableton since 2019", "I have known Ableton since 2019"),
    ("strength", "I run 5k every morning", "I run 5 km every morning"),
    ("strength", "ran a 10k for the hospice", "I ran a 10K for the hospice"),
    (
        "topic",
        "which statistical methods for spatial data",
        "the statistical methods for spatial data",
    ),
    ("topic", "he wants less tricks more food", "you want more food and fewer tricks"),
    ("topic", "coroner cases going up, 2 new pathologists starting", "the rise in coroner cases"),
    ("topic", "on call schedule, working alone", "the on-call schedule"),
    ("topic", "Belt and Road water programme", "the Belt and Road water programme"),
    ("strength", "class A CDL", "I hold a class A CDL"),
    (
        "strength",
        "used to writing decisions under time pressure",
        "I am used to writing decisions under time pressure",
    ),
    (
        "answer",
        "I redid the peony sketch on the spot and she nodded",
        "I redid the peony sketch on the spot",
    ),
    ("strength", "drove school buses for 6 yrs", "I drove school buses for 6 years"),
    ("strength", "worked in Netherlands for 3 yrs", "I worked in the Netherlands for 3 years"),
    (
        "strength",
        "informed consent + safeguarding training (Save the Children, 2024)",
        "I am trained in informed consent and safeguarding",
    ),
    (
        "strength",
        "PhD proposal drafted (task-shifting rehab to HSAs)",
        "I have drafted a PhD proposal",
    ),
    ("strength", "MSc (Tech) energy technology, LUT 2023", "I have an MSc in energy technology"),
    (
        "strength",
        "I can do 3 hrs walking tour w/o notes",
        "I can do a three-hour walking tour without notes",
    ),
    ("answer", "sitting for RNC-OB in March", "I am sitting for RNC-OB in March"),
    ("strength", "8 yrs no accidents", "I have had no accidents in eight years"),
    ("strength", "ran the 2nd-yr design studio", "I ran the second-year design studio"),
    (
        "topic",
        "northern lights wake up calls for guests",
        "northern lights wake-up calls for guests",
    ),
    (
        "news",
        "little auk paper (2nd author) got accepted yesterday in Polar Biology",
        "my little auk paper was accepted in Polar Biology",
    ),
    ("strength", "fluent FR / AR / EN, some ES", "I speak fluent French, Arabic and English"),
    ("topic", "old orchards 40+ yrs, renewal program", "old orchards more than 40 years old"),
    ("strength", "set dec on 2 features", "I did the set decoration on 2 features"),
    ("topic", "the Timișoara 2023 posters they did", "your Timișoara 2023 posters"),
    ("topic", "occupancy is ~70% winter", "occupancy is about 70% in winter"),
    ("topic", "Rógvi + 2 others walked me round the filleting hall", "the filleting hall"),
    ("rapport", "we both said 'we're fine' a lot", "we both said we're fine a lot"),
    (
        "news",
        "I got my Safety Care trainer certification",
        "I gained my Safety Care trainer certification",
    ),
    (
        "strength",
        "assisted in approx 900 PMs, incl. forensic w/ State Pathologist",
        "I assisted in about 900 PMs",
    ),
    ("strength", "drove 72-passenger school buses", "I drove 72-passenger school buses"),
    (
        "strength",
        "5 yrs GRP repair at Mylor",
        "I have five years of experience in GRP repair at Mylor",
    ),
    (
        "strength",
        "2 yrs retail at Tesco and Aldi",
        "I have two years of experience in retail at Tesco and Aldi",
    ),
    # usage says a noun is counted, though it ends as a field does; or that it never is
    ("topic", "grievance mechanism", "the grievance mechanism"),
    ("topic", "Z air brake endorsement", "the Z air brake endorsement"),
    ("topic", "GISTM conformance", "GISTM conformance"),
    ("topic", "CFD mesh independence", "CFD mesh independence"),
    ("topic", "liquid nitrogen", "liquid nitrogen"),
    ("topic", "oil sampling program", "the oil sampling program"),
    (
        "topic",
        "supervision monthly w/ the senior psych",
        "monthly supervision with the senior psych",
    ),
    ("topic", "payments by M-Pesa now, no more cash", "payments by M-Pesa"),
    (
        "topic",
        "he asked me to read a verse from Dhammapada & translate, unseen",
        "reading a verse from Dhammapada and translating",
    ),
    (
        "strength",
        "Feeding therapy - trained in SOS approach",
        "I have experience in feeding therapy",
    ),
    # a note's date goes; "to 1.5" is a figure, not a date
    (
        "news",
        "got my Plaxis 3D advanced certificate 25/11",
        "I received my Plaxis 3D advanced certificate",
    ),
    ("news", "Goethe C1 result came 20.11.", "my Goethe C1 result came through"),
    (
        "strength",
        "cut avg clearance time from 3 days to 1.5",
        "I cut the average clearance time from 3 days to 1.5",
    ),
    # one body did something: it takes "the"
    (
        "news",
        "ministry confirmed my registration renewal",
        "the ministry confirmed my registration renewal",
    ),
    ("topic", "he showed me the near miss board - 4 this month", "the near-miss board"),
    ("topic", "new dark ride opening 2028", "the new dark ride opening in 2028"),
    ("topic", "planning of the days, 8h-16h or 10h-18h rotations", "the planning of the days"),
    ("news", "got my TNCC renewed", "I had my TNCC renewed"),
    (
        "news",
        "Got my Coxswain Grade 1 revalidated last week, and my ticket came through",
        "I had my Coxswain Grade 1 revalidated, and my ticket came through",
    ),
    (
        "news",
        "Passed the BSE logbook review so TTE accreditation is now confirmed",
        "I passed the BSE logbook review so TTE accreditation is now confirmed",
    ),
    (
        "strength",
        "I'm a Grade 1 diver-supervisor trained",
        "I am a trained Grade 1 diver-supervisor",
    ),
    ("strength", "I'm fine working outdoors at -40", "I am fine working outdoors at -40"),
    (
        "topic",
        "their long-term sites Spasskaya Pad & Neleger",
        "your long-term sites Spasskaya Pad and Neleger",
    ),
    ("topic", "a possible joint summer school 2027", "a possible joint summer school in 2027"),
    ("topic", "progress reports to the board", "progress reports to the board"),
    ("topic", "carbon regeneration kiln temp", "the carbon regeneration kiln temperature"),
    (
        "topic",
        "Lundazi + Petauke line faults in rainy season, lots of travel",
        "Lundazi and Petauke line faults in the rainy season",
    ),
    ("topic", "the 3 floating turbines + the new 200 MW phase, 2028", "the 3 floating turbines"),
    ("concern", "no offshore experience at all", "my offshore experience"),
    (
        "strength",
        "2 summers stewardess on a river cruise ship (Rhine)",
        "I worked two summers as a stewardess on a river cruise ship",
    ),
    (
        "strength",
        "took care of my grandmother after a stroke",
        "I took care of my grandmother after a stroke",
    ),
    (
        "strength",
        "Civil eng (water), JUST 2018, Jordan Engineers Association member",
        "I have a background in civil engineering",
    ),
    ("news", "passed the ACCS exam Wed 12/2!! adult critical care now", "I passed the ACCS exam"),
    (  # two arrows that are no chain of steps: the languages, and the line kept
        "strength",
        "Webtoon vertical scroll adaptation, FR -> EN and EN -> PL",
        "I have experience in Webtoon vertical scroll adaptation",
    ),
    (  # "incl." is no sentence's end: what it names stays
        "strength",
        "CT competent incl. CTCA + CT colonography",
        "I am competent in CT, including CTCA and CT colonography",
    ),
    ("strength", "Excel proficient", "I am proficient in Excel"),
    ("strength", "Forklift certified", "I am forklift certified"),
    (  # certified in it, never its certifier
        "strength",
        "Certified credit risk mgmt level 2 (BSMR)",
        "I am certified in credit risk management at level 2",
    ),
    ("topic", "care minutes target 215 - they're at 198", "the care minutes target of 215"),
    ("topic", "they do AORN standards + ORNAC", "AORN standards and ORNAC"),
    ("topic", "a lot of pro bono work", "a lot of pro bono work"),  # never "pro Bono"
    (
        "topic",
        "rejects from the client in UK last year",
        "rejects from the client in the UK last year",
    ),
    (
        "rapport",
        "both at EMS World Expo in Atlanta, I went to his talk on prehospital blood!",
        "we were both at EMS World Expo in Atlanta",
    ),
    (
        "rapport",
        "he coaches the Storm junior hockey, I used to billet players",
        "you coach the Storm junior hockey team",
    ),
    (
        "answer",
        "in Nusa Dua I set up a critical spares list and min stock, we had no downtime",
        "in Nusa Dua, I set up a critical spares list and minimum stock",
    ),
    # a skill, no problem; a thing and a doing joined, as a skill is written (late475)
    ("topic", "problem solving skills", "problem-solving skills"),
    ("rapport", "Junior fan, he joked about me being from Nacional", "you are a Junior fan"),
    ("rapport", "Chiefs fan like me", "we are both Chiefs fans"),
    ("rapport", "Rhinos fan too, talked abt the grand final", "we are both Rhinos fans"),
    (
        "strength",
        "on-call lead, cut pages ~40% in a yr",
        "As the on-call lead, I cut pages by about 40% in a year",
    ),
    ("news", "got my CCHI renewal thru yesterday, good till 2030", "My CCHI renewal came through"),
    (
        "strength",
        "worked Saturdays at my uncle's repair shop",
        "I worked Saturdays at my uncle's repair shop",
    ),
    (
        "strength",
        "worked nights at Fred Meyer all thru high school",
        "I worked nights at Fred Meyer all through high school",
    ),
    (
        "answer",
        "ran a combine + swather 3 harvests at home",
        "I ran a combine and swather at home for three harvests",
    ),
    (  # a dig at a former boss is cut
        "answer",
        "I reported our own deviations to DEQ every quarter even when my plant manager didn't like it",
        "I reported our own deviations to DEQ every quarter",
    ),
    (
        "strength",
        "Team Lead at Peel Region's contact centre",
        "I am a team lead at Peel Region's contact centre",
    ),
    ("topic", "drone use for flare inspections", "drone use for flare inspections"),  # no "the"
    (
        "strength",
        "Advanced Excel + PowerPoint, basic SQL",
        "I have advanced Excel and PowerPoint skills",
    ),
    (
        "strength",
        "wrote the edit check specification template that my company still use",
        "I wrote the edit check specification template that my company still uses",
    ),
    (
        "strength",
        "I give very precise subjective notes (grip, noise, steering feel) 1-10 scale",
        "I give very precise subjective notes on a 1-10 scale",
    ),
    (
        "strength",
        "I automated monthly fair value reconciliation, from 3 days to 4 hours",
        "I automated monthly fair value reconciliation and cut it from 3 days to 4 hours",
    ),
    (  # names listed: the comma is inside the list, never "I ran 3 separate Amazon"
        "answer",
        "ran 3 separate Amazon, Walmart + DTC channels out of one bldg",
        "I ran 3 separate Amazon, Walmart and DTC channels out of one building",
    ),
    (
        "topic",
        "she wants advisors to visit campus in Saskatoon more",
        "you want advisors to visit campus in Saskatoon more",
    ),
    ("topic", "Epicor Prophet 21", "Epicor Prophet 21"),  # a product by its number: no "the"
    ("topic", "net zero by 2035 - decarbonising the 1960s blocks", "net zero"),
    ("strength", "independent prescriber", "I am an independent prescriber"),
    ("strength", "rota'd 38 carers on Total Mobile", "I rostered 38 carers on Total Mobile"),
    (
        "strength",
        "covered night shift supervisor for 6 months",
        "I covered the night shift supervisor role for 6 months",
    ),
    ("topic", "continuation rates in yr1 nursing", "continuation rates in first-year nursing"),
    (  # a plural noun of its own takes no "a"
        "answer",
        "I ran guest relations for the 38-villa section in El Gouna",
        "I ran guest relations for the 38-villa section in El Gouna",
    ),
    (
        "strength",
        "NSS overall satisfaction up 11 pts in my programmes",
        "I raised NSS overall satisfaction by 11 points in my programmes",
    ),
    (  # a span of time, never "over the last for three years"
        "answer",
        "I trained 4 new drivers on cross-border paperwork over the last 3 yrs",
        "I trained 4 new drivers on cross-border paperwork over the last 3 years",  # prose later
    ),
    ("strength", "last job: line cook at Earls", "I worked as a line cook at Earls"),
    (
        "strength",
        "drove gritters 3 winters for Kirklees",
        "I drove gritters for Kirklees for three winters",
    ),
    (
        "strength",
        "time management - 5 patients on my last clinical rotation",
        "I have experience in time management",
    ),
    (
        "strength",
        "previous role: project manager (2 years)",
        "I worked as a project manager for two years",
    ),
    (  # "including" and a word that names nothing: cut
        "strength",
        "managing a team of 22 technicians including outsourced",
        "I have experience managing a team of 22 technicians",
    ),
    (
        "topic",
        "moving from paper to tablets on the ward",
        "moving from paper to tablets on the ward",
    ),
    # a measure moved, not received ("I received the FCR from 61% to 78%")
    ("strength", "got FCR from 61% to 78% in one year", "I took FCR from 61% to 78% in one year"),
    ("strength", "got the pass rate from 70% to 92%", "I took the pass rate from 70% to 92%"),
    ("strength", "got my CSCS card", "I received my CSCS card"),
    # a length before what lasts it, though "hr" is also HR ("a three hours window")
    (
        "topic",
        "patching 8,000 hosts in a 3 hr window",
        "patching 8,000 hosts in a three-hour window",
    ),
    # an age said as a noun: "a two years old" is a two-year-old
    (
        "question",
        "How do you do a cover test on a two years old?",
        "how I do a cover test on a two-year-old",
    ),
    ("strength", "ran 12 hr shifts in the ED", "I ran 12-hour shifts in the ED"),
    # a noun of doing after a gerund is a field ("experience patching automation")
    (
        "strength",
        "Patching automation w/ canary rollouts",
        "I have experience in patching automation with canary rollouts",
    ),
    ("strength", "Billing reconciliation", "I have experience in billing reconciliation"),
    ("strength", "managing inventory", "I have experience managing inventory"),
    # a measure in capitals, of one thing, takes its article ("your perspective on ROI of ...")
    ("topic", "ROI of the migration - she asked for actual numbers", "the ROI of the migration"),
    ("topic", "AWS for the whole estate", "AWS for the whole estate"),
    # a thing of mine, then what it does: a clause to state, not a thing to mention
    (
        "wish",
        "the sync engine I built handles conflict resolution, which is exactly their bug",
        "the sync engine I built handles conflict resolution",
    ),
    # a thing of a past job the reader never heard of: "a", not "the"
    (
        "answer",
        "ran the consumer onboarding study at my last job - 1,200 survey responses",
        "I ran a consumer onboarding study at my last job",
    ),
    (
        "strength",
        "led the RHEL 9 migration program end to end",
        "I led the RHEL 9 migration program end to end",
    ),
    # an age group, an in-tray exercise and a half-year, as a reader says them
    (
        "topic",
        "falling footfall 16-25s, my presentation",
        "falling footfall among 16- to 25-year-olds",
    ),
    ("topic", "the 18-30s market", "the 18-30s market"),
    ("topic", "in tray exercise", "the in-tray exercise"),
    (
        "topic",
        "2nd studio opening in Ballina mid 2027 -> I'd help set it up",
        "the second studio opening in Ballina in mid-2027",
    ),
    # a people's name keeps its capital ("the aboriginal participation target")
    ("topic", "Aboriginal participation target 8% of hours", "the Aboriginal participation target"),
    # a numbered part takes no "the" ("I delivered the Stage 1 of ...")
    (
        "strength",
        "delivered Stage 1 of a $420M Queensland dam upgrade on time",
        "I delivered Stage 1 of a $420M Queensland dam upgrade on time",
    ),
    # "top seller" is a rank, never "I top the seller"; "10 of 12 months" takes its "in"
    (
        "strength",
        "top seller 3 of the last 4 quarters",
        "I was a top seller in 3 of the last 4 quarters",
    ),
    (
        "strength",
        "hit my monthly sales target 10 of 12 months",
        "I hit my monthly sales target in 10 of 12 months",
    ),
    # a paper is accepted by a journal, for publication in it ("accepted in Ibis")
    (
        "news",
        "my paper on curlew nesting was accepted in Ibis last week",
        "my paper on curlew nesting was accepted for publication in Ibis",
    ),
    # a journal's short words end no sentence, and the paper is the candidate's
    (
        "news",
        "Al/Zr co-doping paper accepted in J. Power Sources on 28 Nov",
        "my Al/Zr co-doping paper was accepted for publication in J. Power Sources",
    ),
    # a count that describes the noun after it ("I managed a 14 reformer studio")
    (
        "strength",
        "Managed a 14 reformer studio in Coolangatta for 2 yrs",
        "I managed a 14-reformer studio in Coolangatta for 2 years",
    ),
    ("strength", "ran a 40 bed ward", "I ran a 40-bed ward"),
    ("strength", "hit a 95 percent fill rate", "I hit a 95 percent fill rate"),
    # a range of a unit after what it rates
    (
        "strength",
        "designed 14 substations 69-230 kV, incl 3 full rebuilds while energized",
        "I designed 14 substations of 69 to 230 kV, including 3 full rebuilds while energized",
    ),
    # on a call, never in it
    ("strength", "calm in incident bridges (was IC for 2 Sev1s)", "I am calm on incident bridges"),
    # a holiday, with its "on" ("I am free Thanksgiving")
    ("answer", "I'm free thanksgiving, no family in town", "I am free on Thanksgiving"),
    # an interview stage, then what it set: the stage ("Our conversation about the coding round")
    ("topic", "coding round: batched beam search in PyTorch", "the coding round"),
    # from the late184-late192 reads: a course done, a time gone by, a product by its name
    (
        "strength",
        "NASENCo award completed 2024 (Keele)",
        "I completed the NASENCo award at Keele in 2024",
    ),
    ("strength", "first aid course completed 2024", "I completed my first aid course in 2024"),
    ("strength", "all modules completed", "I have completed all modules"),
    (
        "strength",
        "have cleared the RSO exam of AERB in August 2026",
        "I cleared the RSO exam of AERB in August 2026",
    ),
    ("strength", "I have renewed my BLS two years ago", "I renewed my BLS two years ago"),
    (
        "strength",
        "wrote 20+ EHCP applications, all but 1 agreed first time",
        "I wrote more than 20 EHCP applications",
    ),
    # someone else's leave, which the candidate covered: the work is enough
    (
        "answer",
        "covered the deputy role while she was on maternity leave",
        "I covered the deputy role",
    ),
    ("topic", "Opera cloud", "OPERA Cloud"),
    ("topic", "Kodály + Suzuki mix", "the mix of Kodály and Suzuki"),
    # the candidate's own background, joined to a subject of theirs: the subject alone
    ("topic", "tenant trust + the police background", "tenant trust"),  # trust is not counted
    # how often, said after the thing: before it, as English says it
    ("topic", "the SMEP coordination meeting every month", "the monthly SMEP coordination meeting"),
    ("topic", "supervision sessions every two weeks", "the fortnightly supervision sessions"),
    ("topic", "the budget review every year", "the annual budget review"),
    ("topic", "new billing software going in spring", "the new billing software coming in spring"),
    # a licence held for years; a season with its "in"
    ("strength", "C+E licence 11 yrs", "I have held a C+E licence for 11 years"),
    ("topic", "surf groups summer, weddings winter", "the surf groups in summer"),
    (
        "news",
        "Got my SCW registration number through on the 25th",
        "my SCW registration number came through on the 25th",
    ),
    (
        "strength",
        "I have lead the team of three analysts since 2024",
        "I have led the team of three analysts since 2024",
    ),
    ("rapport", "he runs the rugby team also", "you run the rugby team too"),
    ("topic", "win 11 refresh", "the Windows 11 refresh"),
    # "very" before a verb, as a second language puts it
    ("topic", "you very care about the monthly report", "you really care about the monthly report"),
    # a month with no "in", and the bar exam with its "the"
    (
        "strength",
        "Night JD at UB Law, passed MD bar Dec 2025",
        "I have a night JD at UB Law and passed the MD bar in December 2025",
    ),
    ("strength", "started the MSc September 2025", "I started the MSc in September 2025"),
    (
        "wish",
        "my python code for the gas ratios is open on GitHub",
        "my Python code for the gas ratios is open on GitHub",
    ),
    # a situation told by how much of it, then the question talked through: the question
    (
        "topic",
        "lots of new starters w/ zero Excel -> how to teach spreadsheets",
        "how to teach spreadsheets",
    ),
    ("topic", "Discord server", "the Discord server"),
    # from the late178-late187 reads: a qualification under way is no "experience"; a course
    # "followed" (suivre, volgen) is taken; a wish with its "that" and a year takes the past
    ("strength", "working towards ARLA Level 3", "I am working towards ARLA Level 3"),
    ("strength", "currently studying for CIPD Level 5", "I am studying for CIPD Level 5"),
    ("strength", "I followed the KVAN course in 2023", "I took the KVAN course in 2023"),
    # a pair that ends in one thing of theirs takes one "the" before both; fields do not
    ("topic", "values + pastoral programme", "the values and pastoral programme"),
    ("topic", "dues and initiation fee", "the dues and initiation fee"),
    ("topic", "diversity and customer service", "diversity and customer service"),
    ("topic", "pool plant refurb", "pool plant refurbishment"),
    # from the late161-late196 reads: the fact before a dash when the rest says what was done
    # with it; a list item's capital before "between"; dictation's "um" and "four the"
    (
        "wish",
        "I cut locum onboarding time from 3 wks to 8 days at GHC - should have led with that",
        "I cut locum onboarding time from 3 weeks to 8 days at GHC",
    ),
    ("wish", "cut the queue from 45 to 15 mins", "I cut the queue from 45 to 15 minutes"),
    ("topic", "Relationship between IA & Council", "the relationship between IA and Council"),
    ("topic", "checking the numbers um with the team", "checking the numbers with the team"),
    (
        "wish",
        "I built the cost model four the battery housing in excel",
        "I built the cost model for the battery housing in Excel",
    ),
    # a qualification held, never "experience with" it (late163, late164)
    (
        "strength",
        "PC.dp (Practitioner Certificate in Data Protection)",
        "I hold the Practitioner Certificate in Data Protection",
    ),
    (
        "strength",
        "Level 3 Supporting Teaching & Learning (distinction)",
        "I have a Level 3 qualification in Supporting Teaching and Learning",
    ),
    ("strength", "Trauma-informed practice trained", "I am trained in trauma-informed practice"),
    ("strength", "DBT-A trained", "I am trained in DBT-A"),  # never "dbt", the data tool
    # second-language English (late201-late204): a word, a false friend, an order carried over
    (
        "strength",
        "I was opportuned to supervise 40 casuals",
        "I had the opportunity to supervise 40 casuals",
    ),
    ("strength", "I realised a project of reading clubs", "I ran a project of reading clubs"),
    (
        "strength",
        "I have the experience in the Kafka since 2019",
        "I have worked with Kafka since 2019",
    ),
    ("strength", "5 articles with peer review", "I have five peer-reviewed articles"),
    ("wish", "I have also bootloader experience", "I also have bootloader experience"),
    ("answer", "I have already family in Xalapa", "I already have family in Xalapa"),
    # from the late205-late208 reads: a way of working led by someone, hyphenated; a day
    # written short; a range typed with a space; a doing on a word of the trade; a PgCert
    ("topic", "criteria led discharge", "criteria-led discharge"),
    ("topic", "recovery focussed care planning", "recovery-focussed care planning"),
    ("topic", "MDT meetings weds, she wants nursing to lead triage", "MDT meetings on Wednesdays"),
    ("topic", "designing idempotent Kafka consumer", "designing idempotent Kafka consumer"),
    (
        "strength",
        "PgCert Leadership in Health & Social Care (UWS)",
        "I have a PgCert in Leadership in Health and Social Care",
    ),
    (
        "news",
        "My MSc thesis defence date is fixed, 12 Jan, so I will be free after that",
        "my MSc thesis defence date is fixed, so I will be free",
    ),
    # why a doubt matters, after it, is for oneself (late204)
    (
        "concern",
        "never taught in English, and the Cree cohort is in English",
        "whether I have taught in English",
    ),
    # one of theirs, named by what it is for, takes "the"; work itself does not
    ("topic", "rapid tranquillisation policy", "the rapid tranquillisation policy"),
    ("topic", "internal audit", "internal audit"),
    # how long a chat ran is for oneself; where one lives is near, not a skill
    (
        "rapport",
        "we both support the Phillies, we did 10 min on the World Series",
        "we both support the Phillies",
    ),
    ("strength", "live 10 min from the depot", "I live 10 minutes from the depot"),
    # training, its level and a list item's capital; a programme's name kept
    ("strength", "Safeguarding training level 3", "I am trained in safeguarding to Level 3"),
    ("strength", "Trauma-informed practice training", "I am trained in trauma-informed practice"),
    ("strength", "Team Teach training", "I am trained in Team Teach"),
    (
        "news",
        "My German B1 exam result came - passed (Goethe, 2 Dec).",
        "I passed my German B1 exam",
    ),
    (
        "strength",
        "led the centre through reopening after covid",
        "I led the centre through reopening after Covid",
    ),
    (
        "wish",
        "that I've done the CAD ride-along shift in 2024, so I've seen the consoles",
        "I did the CAD ride-along shift in 2024, so I've seen the consoles",
    ),
]


@pytest.mark.parametrize(("kind", "raw", "expected"), MENDS)
def test_mends_what_a_rule_can_put_right(kind: str, raw: str, expected: str) -> None:
    assert through(kind, raw) == expected


TRIMS = [
    (
        "strength",
        "run the back pain class at Woodend, 8 wks, up to 12 ppl",
        "I run the back pain class at Woodend",
    ),
    (
        "strength",
        "good w/ irate callers, max 2 escalations a month",
        "I am good with irate callers",
    ),
    ("strength", "MPhil Clinical Psychology, GCU Lahore", "I have an MPhil in Clinical Psychology"),
    (
        "strength",
        "led fieldwork on 2 listed cos (HK main board), property + logistics",
        "I led the fieldwork on 2 listed companies",
    ),
    (
        "strength",
        "lived in Bramley all my life, know the 16 and 72 inside out",
        "I lived in Bramley all my life",
    ),
    (
        "strength",
        "built the weekly churn report that mgmt actually reads",
        "I built the weekly churn report that management reads",
    ),
    ("topic", "OT indents, emergency crash cart checking", "the OT indents"),
    (
        "topic",
        "scanning project for old files, 1990s onwards",
        "the scanning project for old files",
    ),
    ("topic", "budget reporting monthly in TechOne", "monthly budget reporting in TechOne"),
    ("rapport", "we both did BBA at CityU, he knew my old professor", "we both did a BBA at CityU"),
    ("rapport", "he from Couva too, he know my uncle Ramesh", "you are from Couva too"),
    ("rapport", "both studied at BUFT, she is 3 batch senior", "we both studied at BUFT"),
    (
        "rapport",
        "we both started at same hotel in Negombo",
        "we both started at the same hotel in Negombo",
    ),
    (
        "answer",
        "did 2 full years of face mapping at Mufulira decline, signed off by the rock engineer",
        "I did 2 full years of face mapping at the Mufulira decline",
    ),
    (
        "answer",
        "enrolled in the Dip.Ed at Cave Hill, started September",
        "I enrolled in the Dip.Ed at Cave Hill and started in September",
    ),
    (
        "strength",
        "4 years law firm, commercial + IT contracts",
        "I have four years of experience at a law firm",
    ),
    ("strength", "built offline queue for payments", "I built an offline queue for payments"),
    (
        "topic",
        "growth of the branch to Karatu next year",
        "the growth of the branch to Karatu",
    ),
    (
        "topic",
        "retention of first-generation students",
        "the retention of first-generation students",
    ),
    # from the late9 read
    (
        "strength",
        "BSc Ecology U of Lethbridge, GIS minor (ArcGIS Pro, Survey123)",
        "I have a BSc in Ecology from the University of Lethbridge",
    ),
    (
        "strength",
        "room attendant, then assistant to floor supervisor since 2024",
        "I have been a room attendant",
    ),
    (
        "strength",
        "I trained the new girls in the summer, 7 of them",
        "I trained the new girls in the summer",
    ),
    (
        "strength",
        "training of water user committees (WUCs) on tariff collection",
        "I have experience in the training of water user committees on tariff collection",
    ),
    ("wish", "I forgot to tell that I speak also Swahili", "I also speak Swahili"),
    (
        "rapport",
        "she ran the Jasper Marathon 3x, I did the half last yr",
        "you ran the Jasper Marathon three times",
    ),
    (
        "topic",
        "She runs the Science Olympiad team and needs a co-coach",
        "you run the Science Olympiad team and need a co-coach",
    ),
    # from the late10 read
    ("strength", "UEFA B licence", "I hold a UEFA B licence"),
    (
        "strength",
        "live in Gbg since Jan, partner works at Volvo",
        "I have lived in Gbg since January",
    ),
    (
        "strength",
        "BSc Agriculture (Crop Science), University of Zimbabwe, 2019",
        "I have a BSc in Agriculture from the University of Zimbabwe",
    ),
    (
        "strength",
        "did 2 summers at a 90-cover pub incl weddings, worked 14hr days",
        "I did 2 summers at a 90-cover pub including weddings and worked 14-hour days",
    ),
    ("wish", "I decided against PhD, we bought a house", "I decided against a PhD"),
    ("rapport", "both of us studied at VŠE, he is 2 years older", "we both studied at VŠE"),
    (
        "wish",
        "That at my current job I already dealt with EU export MRLs. Mr Moyo was asking about it",
        "at my current job I already dealt with EU export MRLs",
    ),
]


@pytest.mark.parametrize(("kind", "raw", "expected"), TRIMS)
def test_trims_a_loose_tail(kind: str, raw: str, expected: str) -> None:
    assert through(kind, raw) == expected


KEEPS = [
    ("topic", "the toolbox talk"),  # a talk given, not a chat
    ("topic", "the road to Dadaab"),  # a place joined by its preposition
    ("topic", "the new touch screen"),  # a screen that is a thing, not the interview's
    ("topic", "the exit interview"),  # an HR process, not the candidate's interview
    ("topic", "booking system for the shared instruments"),  # a thing, not a mess
    ("topic", "they'll expand the team next year"),  # their plan, said as a clause
    ("topic", "reporting backlog, outsourcing overnight"),  # their workload, spoken of
    ("topic", "what the role involves"),  # its verb's object said first
    ("topic", "the hours the job needs"),
    ("topic", "the training it takes"),
    ("strength", "I was captain of the rugby team"),  # a post of one takes no article
    ("strength", "I was head of the maths department"),
    ("strength", "I was part of the audit team"),
    ("topic", "valuers leaving for private buyers"),  # others leaving, not the reader
    ("topic", "the team hired nurses"),
    ("topic", "access and checkpoints between KRI and federal areas"),  # "and" of a span
    ("topic", "only trained staff use the lab"),  # "only" of the staff, not of a deed
    ("answer", "worked as a sister on ward 5 for 3 yrs"),  # a ward sister, not a relative
    ("news", "my paper was accepted at ICRA"),
    ("answer", "I ran foam latex bakes for the creature hands"),  # "bakes", a plural: no "a"
    ("topic", "the £40m hospital extension"),
    ("topic", "the salford job, 40 flats, 1st fix starting jan"),
    ("topic", "training needs analysis"),
    ("strength", "I was the one who led the audit"),
    ("strength", "I led the audit in 2024 when we moved sites"),
    ("topic", "community relations"),
    ("strength", "I cut processing time 3 days to 1"),
    ("strength", "I cut costs by 10%"),
    ("topic", "hazing elk out of the townsite in rut"),
    ("topic", "the switch from Tally to SAP planned for next year"),
    ("strength", "I joined Google last year"),
    ("strength", "I used Excel macros daily"),
    ("topic", "energy efficient buildings"),
    ("topic", "CASA PNG audit next month"),
    ("topic", "very large accounts"),
    ("topic", "local SEO"),
    ("topic", "patients in hospital"),
    ("topic", "yield after dehairing"),
    ("topic", "managing difficult parents"),
    ("question", "What would success look like?"),
    ("question", "Which tools would the team need?"),
    ("topic", "the ramp up"),
    ("strength", "I built a CI pipeline and test suites"),
    ("news", "I start at the new clinic in 2027"),
    ("topic", "CPD hours tracking"),
    ("strength", "bilingual"),
    ("strength", "I built a data pipeline for the finance team"),
    ("strength", "I handled customer service for 40 stores"),
    ("strength", "I ran quality control on the night line"),
    ("topic", "the NERC grant"),
    ("topic", "HPC cluster migration to Slurm"),
    ("topic", "share options for devs"),
    ("question", "How do you decide what is breaking news?"),
    ("topic", "he runs the new graduate programme"),
    ("strength", "I run the monthly payroll for 420 employees"),
    ("topic", "lots of hand holding at the counter"),
    ("topic", "types of soil in the valley"),
    ("answer", "I dealt with the court registry every day for 5 years, from the other side"),
    ("topic", "helping residents from bed to wheelchair"),
    ("topic", "the blast hole pattern on target"),
    ("rapport", "we were both at Raffles hotel school"),
    ("strength", "managed 28 languages on one release"),
    ("news", "my video was shortlisted for the Arab Reporters for Investigative Journalism award"),
    ("topic", "the 16 rooms per shift for one attendant"),
    ("strength", "Marathi, Hindi, English"),
    ("strength", "3 yrs retail pharmacy counter, approx 250 prescriptions a day"),
    ("strength", "3 yrs cashier Melcom Kaneshie"),
    ("strength", "CIPP/E + CIPM"),
    ("strength", "3+ yrs manual + automation QA"),
    ("strength", "user research, ran 40+ interviews"),
    ("strength", "cut mispicks in half on my line in 2025 w/ a scan-check at pack out"),
    ("strength", "run the back pain class at Woodend"),
    ("strength", "co-led ICAM investigation after the 2021 H2S release"),
    ("answer", "as CRC I prepared for 20+ monitoring visits"),
    ("topic", "handover using ISBAR"),
    ("topic", "why they still do physical models"),
    ("topic", "half of their patients are over 70"),
    ("topic", "the new Volvo electrics coming in spring"),
    ("topic", "his kid plays hockey for the Pats"),
    ("topic", "they are hiring 120 nurses this yr for the new oncology wing"),
    ("topic", "the switch from Tally to SAP planned for next year"),
    ("topic", "advising load + how service is counted"),
    ("topic", "recording lectures for accessibility"),
    ("topic", "detention vs counselling"),
    ("rapport", "we are both qualified nurses"),
    ("topic", "lots of hand holding at the counter"),
    ("topic", "types of soil in the valley"),
    ("answer", "I dealt with the court registry every day for 5 years, from the other side"),
    ("strength", "President of the Oxford Consulting Society"),
    ("strength", "I have 4 year experience in Python and C++."),
    # a time that names a kind of thing, or a day that is already said right
    ("topic", "the Easter Sunday service"),
    ("topic", "briefings in morning meetings"),
    ("topic", "reading buddies on Tuesdays"),
    ("topic", "cleaning the wards from Monday to Sunday"),
    ("topic", "the Sunday market"),
    ("topic", "my first week is shadowing"),
    ("topic", "infection prevention"),
    ("rapport", "we both love fishing"),
    ("topic", "the well funded research group"),
    ("topic", "data sharing agreements with national met services"),  # meteorological
    ("strength", "I live in Leeds"),
    # a verb's form that is a noun here: not a sentence in shorthand
    ("topic", "infusion pumps B.Braun Space and syringe drivers"),
    ("topic", "grip tests every night at -15"),
    ("topic", "the brand refresh"),
    ("topic", "the 40 dairy farms they cover"),
]


@pytest.mark.parametrize(("kind", "raw"), [k for k in KEEPS if k[0] != "question"])
def test_keeps_what_reads_well(kind: str, raw: str) -> None:
    reading = READERS[kind](raw)
    assert passed(kind, raw, reading) == reading


# A question is never quoted back unanswered: it is retold as what was talked through.
RETOLD = [
    # "you" before another's sentence is the one told, never "told I it's leaving" (stop 49)
    (
        "Walk me through how you'd save an account that's already told you it's leaving.",
        "how I'd save an account that's already told me it's leaving",
    ),
    ("What would success look like?", "what success would look like"),
    ("What do you check if a line stops?", "what I would check if a line stopped"),  # a case put
    # a case that has not happened, in the past after "would" ("if PMs send me" read as a slip)
    ("How would you prioritize if PMs send you 10 requests?", "how I would prioritize if PMs sent me 10 requests"),
    ("what would you do if a guest is rude to the chef?", "what I would do if a guest was rude to the chef"),
    ("what would u do if the boom alarm goes at full reach", "what I would do if the boom alarm went at full reach"),
    ("how would you handle it if two nurses call in sick", "how I would handle it if two nurses called in sick"),
    ("what would you do if a student wasnt progressing?", "what I would do if a student wasn't progressing"),
    ("Which tools would the team need?", "which tools the team would need"),
    ("How do you decide what is breaking news?", "how I decide what is breaking news"),
    ("How does your model handle dew cementation?", "how my model handles dew cementation"),
    ("How did you correct clock drift on the OBS?", "how I corrected clock drift on the OBS"),
    ("How fast can you get a rig back if the gearbox goes?", "how fast I could get a rig back if the gearbox goes"),
    ("How will you handle a strike on the garden?", "how I would handle a strike on the garden"),
    ("How do you handle a head who won't give you numbers?", "how I handle a head who won't give me numbers"),
    ("What do you do if the surgeon pushes you to start?", "what I would do if the surgeon pushed me to start"),
    ("What do you do when you're behind on notes?", "what I do when I'm behind on notes"),
    ("How would you keep the line alive after I retire?", "how I would keep the line alive after you retire"),
    ("What would you change on our website?", "what I would change on your website"),
    ("When would you NOT replace a cracked tile?", "when I would not replace a cracked tile"),
    ("What would I do if the groundie ignores signals?", "what I would do if the groundie ignored signals"),
    ("Walk me through your pre-lift checklist.", "my pre-lift checklist"),
    ("Walk me through a case where you disagreed with a vet.", "a case where I disagreed with a vet"),
    ("Explain how Appium finds an element on iOS.", "how Appium finds an element on iOS"),
    ("Describe how you would support a student in crisis.", "how I would support a student in crisis"),
    ("What's your approach to electrode design?", "my approach to electrode design"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "told"), RETOLD)
def test_a_question_is_retold_as_what_was_talked_through(raw: str, told: str) -> None:
    assert passed("question", raw, read_question(raw)) == Reading("asked", told)


NOT_RETOLD = [
    ("Have you written tests for a TSO'd part?", "cannot be retold"),  # yes or no
    ("Can you take the departmental seminar series?", "cannot be retold"),
    ("Tell me about a time you caught an error.", "cannot be retold"),
    ("How do you store insulin, what if the fridge fails at night?", "two questions"),
    ("Walk me through an inverter trip at night, who do you call?", "two questions"),
    ("What would your first grant application be?", "could not be turned round"),
    ("What do you drive?", "says too little"),
    ("How would you manage technicians who are older and more experienced in the field than you are?", "too long"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "why"), NOT_RETOLD)
def test_a_question_that_cannot_be_retold_is_left_out(raw: str, why: str) -> None:
    with pytest.raises(Unusable, match=why):
        passed("question", raw, read_question(raw))


LEAVES = [
    # from the embarrassing notes of the late257-late264 reads (stop 50)
    ("strength", "MNIQS, QSRBN registered since 2023", "is letters"),  # never "I have been MNIQS"
    ("strength", "Recertified my forklift ticket", "not as what you did"),
    # "Dipl." ends no sentence ("I have experience with Dipl." before, late265)
    ("strength", "Dipl. Agricultural Technology (Lakeland College)", "sentence starting"),
    # from the embarrassing notes of the late237-late244 reads (stop 49)
    ("topic", "typing test + listening test, they want 35wpm", "interview itself"),
    ("topic", "shop talk - they have a service monitor from like 2008", "that you chatted"),
    ("topic", "EUR 1,400/mo contractor", "pay or conditions"),  # a currency's code first
    ("topic", "cash-for-work rates 400 BDT/day, volunteers 6 hrs max", "pay or conditions"),
    ("topic", "Deel contractor, no EOR in VN yet", "pay or conditions"),
    ("topic", "contractor via my FOP, invoice monthly in EUR", "pay or conditions"),
    ("topic", "contract till Dec 2027, ECHO funded", "pay or conditions"),
    ("topic", "compound security and R&R six weeks", "pay or conditions"),
    ("topic", "agency of 9, clients mostly winery + tourism sites", "figure about the team"),
    ("topic", "succession for my book if I go", "if you did something"),
    ("topic", "Groom the horse, 10 min", "instruction"),  # a task, no horse named Groom
    ("topic", "I-9 + direct deposit form", "pay or conditions"),  # late252 readers
    ("topic", "new hire paperwork", "hiring process"),
    ("topic", "police escort Garissa-Dadaab road", "sets a name down"),
    # a part of the interview itself, read as a note to self (stop 48)
    ("topic", "the peer interview", "interview itself"),
    ("topic", "strength qs - what energises me at work", "interview itself"),
    ("topic", "LC medium, graphs - topo sort w/ cycle detection", "interview itself"),
    ("topic", "prep call friday - brag book, 30-60-90 plan", "interview itself"),
    ("topic", "Synchro question - coordinating signals on a corridor", "interview itself"),
    # from the late221-late224 reads (stop 46)
    ("topic", "she visits Sundays + takes him to Mass", "two people"),  # never "take you to"
    ("topic", "getting him to appts at the Guelph General + physio", "“him”"),  # her dad
    ("topic", "coverage when the clerk for Div. I is out", "numeral"),  # reads "I is"
    ("topic", "he prepped me the day before", "what they did while you were there"),
    ("topic", "she asked for my passport copy + attested degree status", "pay or conditions"),
    ("topic", "Catholic ethos but 95% students Buddhist, respect both", "breaks off"),
    ("rapport", "we speak Chinese some minutes in the end", "which language you spoke"),
    ("topic", "evenings free mostly, 1 babysit a wk on Fridays", "pay or conditions"),
    # from the late217-late220 reads (stop 46)
    ("topic", "Kev (current lab mgr) leaving in Jan, overlap 2 wks", "news about someone"),
    ("topic", "onboarding takes ~3 wks (IACUC, EHS)", "breaks off after its verb"),
    ("topic", "tech check before MMI", "pay or conditions"),  # the interview's arrangements
    ("topic", "virtual tour video link", "pay or conditions"),
    ("topic", "term time + 4 wks, 0.8 FTE, $72k pro rata", "pay or conditions"),
    (
        "strength",
        "did the online course in 2025 and I clean all my data in R since",
        "needs “have”",
    ),
    (
        "strength",
        "I was coat maker in Dhaka for export house and after 4 years in a Whitechapel shop",
        "for export house",  # a post mended does not carry the rest of the line
    ),
    ("rapport", "he knows my nan from Casino", "“my nan”"),  # never "NaN"
    # their verdict on the candidate, said back ("discuss my building background is ...")
    ("topic", "she said my building background is exactly what they want", "thought of"),
    ("news", "PAOK asked me if I want to come back for the second half", "pressure"),
    ("question", "Q: A330 crew goes illegal at 02:00, no reserves. What you do?", "scenario"),
    ("strength", "used by 300+ people weekly", "who uses something"),  # a bullet's tail
    # what they did while the candidate was there (not "she sat on the board for years")
    ("topic", "he just sat", "on the day"),
    ("topic", "panel list valid 12 months", "hiring process"),
    ("topic", "USDAW recognised, monthly forum w/ reps", "conditions"),
    ("strength", "500+ patients a month", "does not read as the end"),  # never "I am 500+ ..."
    ("answer", "40+ domestic EICRs for the Swansea letting agent", "does not read as the end"),
    ("question", "Why do you want to work for the City?", "every interview asks it"),
    ("topic", "he prayed before we started", "on the day"),
    ("topic", "the reasonable adjustment - she's putting it on my file", "conditions"),
    # "I was delighted to learn that you're from Lviv": their origin, remarked on
    ("rapport", "she's from Lviv, I did a weekend there in 2023", "where they come from"),
    # what the post covers, in shorthand ("a much clearer sense of covers ICU")
    ("topic", "covers ICU (4 beds), med/surg, and ED", "what the post covers"),
    # a payroll number is pay, never the highlight ("your view on the Persal number")
    ("topic", "Persal number, payroll starts Jan", "pay or conditions"),
    # the weakness question, retold, reminds them of it
    ("question", "What do your colleagues say you should work on?", "plans or circumstances"),
    ("topic", "D&A up $10 -> all three", "figures in shorthand"),
    ("topic", "lamb marking starts early Dec, all hands", "what happened"),
    ("topic", "she pushed on how I'd prioritize w/ only 1 dev", "questioned you"),
    ("topic", "she's leaving for PA school, that's why the opening", "their own life"),
    ("topic", "night audit every 2nd week in FO rotation", "pay or conditions"),
    ("topic", "earliest start Jan 11", "pay or conditions"),
    ("topic", "just observed, asked nothing", "what happened"),
    ("news", "got a verbal from another bank (middle market, Atlanta) on 12/3", "pressure"),
    ("answer", "already have a room lined up w/ a friend on 7th Ave", "terms"),
    ("answer", "already have a sister in Callan, moving down anyway", "your family"),
    ("question", "Why do you want to leave the private sector?", "your own plans"),
    ("topic", "she needs copies of my certificates", "hiring process"),
    ("topic", "reference letters by 25 November", "hiring process"),
    ("topic", "the term could become permanent", "pay or conditions"),
    ("topic", "he asked abt my rates -> 380/h", "pay or conditions"),
    ("topic", "Mandarin classes paid by hospital twice a week", "pay or conditions"),
    ("news", "my current co. announced plant consolidation", "present employer"),
    ("rapport", "he asked if I get seasick - I said only on the Orinoco lol", "their question"),
    (
        "wish",
        "should have used the King's visit example for the 'under pressure' question",
        "which example",
    ),
    ("topic", "the division has been without a head for 18 months", "a problem"),
    ("topic", "only checked the marks sheets, said nothing much", "what happened"),
    ("topic", "only observed", "what happened"),
    ("topic", "funding round closed Sept, offtake with the steelworks", "what happened"),
    ("topic", "crews, most are from the village + seasonal pickers", "one word"),
    ("topic", "rotation 14x14 or 21x21", "in shorthand"),
    ("answer", "hauled full season 2025 no days missed", "a record noted"),
    ("news", "Bariloche hotel asked me back for winter 2027 as asst GM", "pressure"),
    ("topic", "permit B via them", "pay or conditions"),
    ("topic", "prime de quart de nuit", "another language"),
    ("answer", "at Patuha I covered for the geologist 11 days when he was sick", "“he”"),
    ("topic", "contrato a término fijo 1 año", "another language"),
    ("topic", "bono de producción + aguinaldo", "another language"),
    ("topic", "доение 3 раза в день с весны", "another script"),
    ("strength", "Auxiliar de enfermería (título del Instituto Tecnológico, 2022)", "language"),
    ("topic", "booking system = Cloudbeds", "“=”"),
    ("topic", "Hastings Municipal Bldg? job next yr, council tender", "a doubt"),
    ("topic", "patients come from far, 3-4 hr bus", "a sentence"),
    ("topic", "students from Mother Patern rotate every 6 wks", "a sentence"),
    ("topic", "spare parts always late from Addis", "a note about the subject"),
    ("topic", "dossier complete except diploma equivalence (CAMES?)", "a note about"),
    ("topic", "she translated the role-play part where I talked to a mother", "while you"),
    ("topic", "he wants me on site 7-17, Sat sometimes", "as if the job were yours"),
    ("answer", "I brought the authenticated copy and she checked it on the spot", "they did"),
    ("strength", "cost per kg of linen tracked every month, brought it to 71", "a noun here"),
    ("topic", "she has a pacemaker herself!! since 2019", "their health"),
    ("topic", "hospital founded 1961 by the sisters", "when the hospital was founded"),
    ("news", "Got my Coxswain revalidated, and I'm on the reserve list for the KI job", "pressure"),
    ("topic", "milk goes to your powder plant", "a sentence"),
    ("topic", "IPC nurse reports to you and to the committee", "a sentence"),
    ("topic", "rotation 20 on 10 off, flights from Tehran", "pay or conditions"),
    ("topic", "everybody here use first name", "a sentence"),
    ("topic", "car carrier came in during the interview, showed how they lash", "while you were"),
    ("topic", "VOG needed", "required of you"),
    ("topic", "drove the pasture in his pickup, showed me the new calving barn", "what happened"),
    ("topic", "ride along offered if I get to next step", "hiring process"),
    ("topic", "the Dec/Jan freeze on appointments, hence Jan 15", "hiring process"),
    ("topic", "N650k/month, site in Ogunu, rotational 28/14", "pay or conditions"),
    ("topic", "rotation 28/28 after licence", "pay or conditions"),
    ("topic", "cupping lab needs someone to run it, roaster is broken", "a sentence"),
    ("answer", "I chose this on purpose, I want to see a project through", "without saying what"),
    ("topic", "skin champion program fell apart in covid, wants it back", "in shorthand"),
    ("topic", "new buyer from Germany wants traceability per parcel", "in shorthand"),
    ("topic", "he asked almost nothing, only abt my French", "how much was said"),
    ("topic", "SCADA alarms too many, nobody reads", "without a verb"),
    ("strength", "retained firefighter Lochgilphead 5 yrs", "reads as notes"),
    ("topic", "PM compliance sitting at 78%, he wants 90+ by June", "in shorthand"),
    ("topic", "HSE first, asked abt my worst near miss", "in shorthand"),
    ("topic", "he asked which wire brand we used -> Diamant Boart", "about you"),
    ("topic", "after the panel the team walked me thru the shed", "while you were there"),
    (
        "wish",
        "my field school idea - I had it written and never said it",
        "without saying what it is",
    ),
    ("question", "what temp for platelets?", "a question in shorthand"),
    (
        "wish",
        "I speak some German (B1, Goethe cert 2023) - they asked about Italian only and I forgot to say",
        "hedged",
    ),
    ("topic", "Schnuppertag dates in December", "conditions"),
    ("topic", "the rental in Bargara", "pay or conditions"),
    ("question", "What do you want to be doing in 5 years?", "every interview asks it"),
    ("question", "tell me about yourself", "every interview asks it"),
    (
        "topic",
        "he wanted to know if I'd live in Foz or Ciudad del Este",
        "a question they asked you",
    ),
    ("topic", "decision before Christmas", "the hiring process"),
    ("strength", "galician OK-ish", "hedge"),
    ("topic", "TripAdvisor rank #4 Ubud", "a figure from your notes"),
    ("topic", "new NIR machine they buy this year", "does not say when"),
    ("topic", "list too heavy on Kakheti", "a note about the subject"),
    ("strength", "Ventsim modelling, did whole mine model from 0", "from scratch"),
    ("strength", "managed 11 freelancers QA", "a count with a label"),
    ("topic", "the lab need reform", "what someone did"),
    ("strength", "good to keep the people safe", "good at"),
    ("wish", "I was the one who make the emergency plan", "does not say it was in the past"),
    ("topic", "families who want to see before the preparation is finish", "missing a verb form"),
    ("answer", "I am working on organs already since 15", "goes with"),
    ("wish", "the diesel -> battery loaders switch in Zinkgruvan", "with an arrow"),
    ("strength", "led team 9 people incl 2 contractors", "needs a word to join its figure"),
    ("strength", "I speak Aymara with the older technicians and is important", "lost its subject"),
    (
        "strength",
        "I was the one who prepare all the documents when JAKIM come in 2025",
        "does not say it was in the past",
    ),
    ("topic", "she was asking how we can explain the GBM model", "reports what someone said"),
    ("strength", "I was leader of early shift since last April", "goes with"),
    ("strength", "used to night shift + 12h rotations", "hours you can work"),
    ("answer", "cut it to 3 countries, sent version 2 with application", "without saying what"),
    ("topic", "HS classification electrical goods", "the word that joins them"),
    ("topic", "callouts Ciudad Vieja buildings", "the word that joins them"),
    ("topic", "pruning to keep trees 4m for harvest", "needs a word to join its figure"),
    ("topic", "travel reimbursement form", "pay or conditions"),
    ("topic", "harvest crews 30-45 ppl in peak", "a note about the subject"),
    ("topic", "bank covenants tight w SEB", "a note about the subject"),
    ("strength", "C-check shift supervisor 2x in Clark", "does not read"),
    ("question", "shipment will late 5 days, buyer want on time. how you do?", "in shorthand"),
    ("question", "explain FOB. what is CIF?", "as you noted"),
    ("rapport", "she study also in ISA Chott Mariem", "does not say when"),
    ("rapport", "PhD in Kiel, knows Hamburg well", "about them alone"),
    ("topic", "finance team 22 people, 3 in Minsk", "join its figure"),
    ("topic", "transit volumes down", "change in shorthand"),
    ("topic", "the about 40 dairy farms", "nothing of it is left"),
    ("strength", "tax free + VIP clients, english, french", "may be a noun here"),
    # a machine is no one's trade: "I am a tractor" (WordNet knows it only as a thing)
    ("strength", "tractor, mechanical harvester, forklift licence", "I …"),
    # a check of the candidate, and their opinion of the candidate, are no subjects
    ("topic", "she asked about PTSD screening after the Marines", "a check of your health"),
    ("topic", "hearing test borderline L ear", "a check of your health"),
    ("topic", "he said they like that I repair LARS winch myself", "what they thought of you"),
    ("topic", "he said my Mozart concerto was elegant but Don Juan too careful", "thought of"),
    ("topic", "they ask if I plan to stay long time in Austria", "a question they put to you"),
    ("topic", "room in nurse hostel 25 000 Ft / month", "pay or conditions"),
    ("topic", "ballast water treatment which maker", "a question in shorthand"),
    ("topic", "he said kitchen small, 9 people, hot", "without a verb"),
    ("topic", "she is from Debrecen, came 2015", "where they come from"),
    ("strength", "live burns at the academy", "takes nothing after it"),
    ("rapport", "we both fishing on off days", "needs its verb"),
    ("topic", "single crewed + backup 40 mins away", "how things are"),
    ("answer", "taught 4 QCA workshop sessions for MA students at Leiden alone", "one of many"),
    ("answer", "do 6 air shipment for samples to Germany in 2025 with DHL", "about the past"),
    ("topic", "want dashboard for shipment status in Google Sheet", "instruction or a wish"),
    ("rapport", "he worked Shangri-La Mactan, we know same people", "needs its"),
    ("answer", "learning croatian w/ app since january", "still doing"),
    ("strength", "fast: ~1 ep board in 2 wks incl revisions", "why you fit"),
    ("news", "Veni result: not funded but ranked 'very good', can resubmit", "label"),
    ("rapport", "she's KazNU too, same faculty", "share but not how"),
    ("topic", "time diff Lima-Seoul for reviews, 14 hrs", "note to yourself"),
    ("topic", "notice 1 month", "pay or conditions"),
    ("topic", "contract + per diem", "pay or conditions"),
    ("topic", "£14.60/hr, sun = time and a half", "pay or conditions"),
    ("topic", "salary 3.6M won/month", "pay or conditions"),
    ("topic", "start January 2027 if possible", "pay or conditions"),
    ("topic", "notice period 1 month, start jan", "pay or conditions"),
    ("topic", "posting within 30 days if successful", "pay or conditions"),
    ("strength", "cash + card, end of day reconciliation", "does not read"),
    ("news", "turned in background packet + 3 refs on 11/20", "the paperwork"),
    ("news", "my E-7 visa pre-check from consultant came back positive", "your terms"),
    ("question", "What you do if resident refuse to take bath?", "as you noted it"),
    ("question", "How you would debug a flow that fails only for some users?", "as you noted it"),
    ("topic", "GM want less 'sorry sorry', more solution", "does not agree"),
    ("topic", "Give example when you changed position of senior partner", "instruction"),
    ("rapport", "both Fenerbahçe, joked about derby last week", "share but not how"),
    ("strength", "9 yr heavy vehicle exp, last 6 yr Sharjah bus depot", "twice"),
    ("strength", "UAE heavy licence since 2019", "something you hold"),
    ("answer", "doing Norskkurs since Aug, 2 evenings a week", "still doing"),
    ("topic", "she ask about my lola, how I care for her", "does not say when"),
    ("strength", "I handle 120 wedding guests last March", "about the past"),
    ("wish", "I forget to say I handled 120 wedding guests", "note to"),
    (
        "answer",
        "my parents are coffee farmers in Machame, I grew up with the harvest, and 30% of my "
        "clients were farmers",
        "alone it may not answer",
    ),
    ("strength", "budgets up to $180k", "reads as a noun"),
    ("strength", "group audits for listed clients", "may be a noun"),
    ("strength", "6 yrs MSK outpatients NHS Grampian, band 6 since 2023", "no word to join it"),
    ("strength", "BSc QS Wits 2019, candidate QS w/ SACQSP", "no word to join it"),
    ("strength", "ran a crew of 22 pickers + 4 forklift", "singular noun"),
    ("strength", "3 yrs industrial at a refinery", "describes a field"),
    ("strength", "good w/ anxious/angry patients", "shorthand"),
    ("topic", "new wing opening Q3, facilities + staffing plan", "no word to join it"),
    ("topic", "give an example of a lesson that flopped", "instruction"),
    ("topic", "how would you deal w/ a parent who refuses to accept it", "their question"),
    ("topic", "client is dept of health, slow payer", "how things are"),
    ("topic", "he HATES late valuations", "capital"),
    ("topic", "the previous counsellor left in sep, backlog of cases", "what someone did"),
    ("topic", "Parents complain about the fees for practicals", "statement of a problem"),
    ("topic", "customer SLA 99.95", "no word to join it"),
    ("topic", "illegal dumping Block 8 + Broadhurst", "no word to join it"),
    ("topic", "data - DHIS2 reporting every month", "names nothing"),
    ("topic", "reconciliation mine vs mill - 12% gap", "comparison"),
    ("news", "Results from the CBU short course in geostatistics came - distinction", "noun"),
    ("wish", "fringe benefits rules - I did the whole company car calc last year", "noun"),
    ("wish", "Mette asked about recycled yarn. I forgot to say our factory got GRS", "note to"),
    ("strength", "studying N3 now, exam July", "missing a word"),
    ("wish", "did not mention I built NDA template + clause library at firm", "missing a word"),
    ("topic", "sales want faster contract turnaround, now avg 3 weeks", "what someone did"),
    ("rapport", "Ploy also from Nakhon Si Thammarat! talk southern dialect", "in passing"),
    ("topic", "flight paid by employer, 3 months training in Osaka", "pay or conditions"),
    ("answer", "drove forklift and straddle carrier in the port", "needs its “a” or “the”"),
    ("topic", "How will parents know when their kid is falling behind?", "their question"),
    ("topic", "She handles discipline and said the 7th grade hallway is loud", "what someone said"),
    ("topic", "we'd be the two seventh grade science teachers", "as yours"),
    ("wish", "forgot say I wrote the SOC estimation myself", "note to"),
    ("strength", "2 yrs now as housekeeper in hotel in St Brelade", "needs a word"),
    ("strength", "moving and handling + first aid certificates up to date", "too many things"),
    ("strength", "I can ride motorcycle and I have licence class A", "needs its"),
    ("wish", "cd have mentioned i have a full UK licence", "note to"),
    (
        "answer",
        "my parents are coffee farmers in Machame, I grew up with the harvest, and 30% of my "
        "clients were farmers",
        "alone it may not answer",
    ),
    # from the late61 to late75 reads
    ("topic", "she said she is retiring in 2028 and wants a successor", "their own life"),
    (
        "topic",
        "he wants a foreigner in QC bc US buyers trust it more",
        "whom they would rather hire",
    ),
    ("topic", "staff room shared, 4 ppl", "notes what was done in shorthand"),
    ("topic", "their amputation rates up the NW coast", "a change in shorthand"),
    ("topic", "contract 3+3 yrs, tenure review at yr 6", "pay or conditions"),
    ("topic", "spoke in Vietnamese w/ me for a bit", "says what happened"),
    ("topic", "their ball and socket joints kept loosening mid shot", "statement of a problem"),
    ("rapport", "he's Irish (Cork), been in Malawi 30 yrs", "about them alone"),
    ("rapport", "she laughed that Cork and Rotorua both smell of something", "a moment of the day"),
    ("strength", "Worked in NO, PL and KR crews", "codes for yourself"),
    ("strength", "wrote witness statements and PACE interviews x10ish", "hedge"),
    ("news", "got the email", "note to yourself"),
    ("question", "will you stay or go abroad again", "their question as you noted it"),
    ("question", "why a mission hospital and not govt?", "a choice of yours"),
    ("question", "any research exp?", "their question as you noted it"),
    ("topic", "original certificates verified", "a hiring step"),
    ("topic", "she said I finished fastest of the morning group (!)", "about you rather"),
    ("topic", "north bed flumes are falling apart", "statement of a problem"),
    ("topic", "year round, Oct-Nov is 60+ hr weeks", "pay or conditions"),
    ("topic", "less tricks more food", "contrast in shorthand"),
    ("topic", "she runs the CAD/CAM room", "their own part"),
    ("topic", "train from Niigata station, 1h", "pay or conditions"),
    ("rapport", "she supervised my cousin Ioana's master thesis!", "ties them to your family"),
    ("topic", "busy before Christmas, tourists in summer", "how things are there"),
    ("topic", "self-harm cases in young people going up", "statement of a problem"),
    ("topic", "department lost two staff to PNGFA", "statement of a problem"),
    ("topic", "booking chaos in shared Google calendar", "statement of a problem"),
    ("topic", "you'll get me feedback by 12/11", "they said they would do for you"),
    ("topic", "she'll negotiate the base for me, wants 110 if I push", "would do for you"),
    ("topic", "marking nightmare at the end of term", "statement of a problem"),
    ("topic", "the cell salvage machine nobody likes using", "statement of a problem"),
    ("topic", "startup grant K15k", "pay or conditions"),
    ("topic", "relo flights for me and partner", "pay or conditions"),
    ("topic", "told me afterwards the canteen's decent lol", "pay or conditions"),
    ("answer", "would move to Miskolc, already looking at flats", "terms"),
    ("answer", "booked road test Dec 10", "a date still to come"),
    ("topic", "local vs imported props, import tax", "comparison in shorthand"),
    ("wish", "forgot to show the dummy for the fox book!!", "meant to do"),
    ("topic", "own vehicle -> paid per km + per parcel", "pay or conditions"),
    ("topic", "the GIS course needs rewriting", "statement of a problem"),
    ("topic", "social insurance (五险一金) full", "pay or conditions"),
    ("topic", "the MMPI-type thing round 3", "note to yourself"),
    ("answer", "flat in Sykhiv from 1 Dec, sister's", "terms"),
    ("strength", "Driving licence A2 + tractor", "sentence starting “I …”"),
    ("topic", "asked what I'd change in the engine-room sim lab", "about you"),
    ("wish", "I have a valid working holiday visa until Aug 2027", "right to work"),
    ("strength", "6 yrs school bus Durham region", "sets a name down"),
    ("topic", "said hi at the end, the stores tour", "greeting"),
    ("topic", "can I teach in Korean eventually", "their question as you noted it"),
    ("rapport", "Korean-American from San Diego, told me to call her Jen", "about them alone"),
    ("topic", "more hands-on, less theory", "contrast in shorthand"),
    ("strength", "Zero accidents since 2019", "may be a noun"),
    ("topic", "harvest starts jan, priming leaves bottom to top", "what happened and when"),
    ("topic", "she told me the hotel receive many guests in winter now", "sentence in shorthand"),
    ("topic", "packing for export needs the vacuum sealer", "sentence in shorthand"),
    ("topic", "company grow, new line for sportswear 2027", "sentence in shorthand"),
    ("topic", "posting to outer islands possible, Vava'u or Ha'apai", "how things stand"),
    ("topic", "english course paid", "how things stand"),
    ("topic", "season peaks Jul-Oct, no leave then", "in shorthand"),
    ("topic", "faculty wants more MinCiencias money + industry", "sentence in shorthand"),
    ("topic", "they each cover ~10 suppliers, one guy is in Querétaro", "breaks off"),
    ("topic", "he wants wine list reworked, mostly French + South African", "needs its"),
    ("topic", "she translated the whole time, v patient w/ my Russian", "while you were there"),
    ("topic", "she did Harbin 4 seasons already, came from Hanoi", "in shorthand"),
    ("topic", "research axis of the faculty: critical minerals (graphite, REE)", "in shorthand"),
    ("topic", "only 42 rooms, every guest knows the GM by name", "in shorthand"),
    ("topic", "rotation 6 days on, Friday off", "in shorthand"),
    ("topic", "posting in Islamabad HQ but may be Lahore/Karachi later", "in shorthand"),
    ("topic", "he said my dog handling on the video was good, a bit soft", "thought of"),
    ("answer", "2 conference papers since 2024, one accepted for 2027", "since"),
    ("topic", "hours: 10 out of 12 during tech", "pay or conditions"),
    ("topic", "waitlist 14 wks for non urgent general ultrasound", "in shorthand"),
    ("answer", "5 yrs of council meetings is the same work on a smaller floor", "two sentences"),
    ("topic", "he asked for my last toolbox talk topic", "cut short"),
    ("strength", "know the withering -> rolling -> fermenting -> drying line", "chain of steps"),
    ("strength", "fast: 22 pages/day on a normal issue", "label and its figure"),
    ("topic", "NSS scores dropped on 'assessment & feedback'", "in shorthand"),
    ("answer", "my husband's job is in Yaoundé since Sept, kids at school", "has been"),
    ("topic", "late Weds til 7", "pay or conditions"),
    ("topic", "€38-41k", "pay or conditions"),
    ("topic", "shadowing him first 6 wks", "“him”|join its figure"),  # not "the last 3 years"
    ("answer", "caught and corrected it myself before the end of the case", "without saying what"),
    ("rapport", "he spoke mostly german, was strict but fair", "how they ran the interview"),
    ("answer", "my husband does drop off + pick up, mum helps", "family's arrangements"),
    ("topic", "founders want to step back in 2 yrs", "other people's plans"),
    ("topic", "one girl wants to do medicine", "someone else"),
    ("topic", "he had a knee replacement there 2 yrs ago, long wait for OP physio", "their health"),
    ("wish", "the Poole waiting list thing - I said 22 to 9 wks", "note to yourself"),
    ("topic", "ex-RN himself!! served on Type 23s too", "about them in shorthand"),
    ("topic", "security clearance - mine still active til 2028, he lit up", "pay or conditions"),
    ("topic", "the house comes w/ the job", "pay or conditions"),
    ("topic", "comp range -> 175-195 base", "pay or conditions"),
    ("topic", "sales reps hate when marketing shows up w/o telling them lol", "a dislike"),
    ("topic", "agenda + who's who", "pay or conditions"),  # the day's arrangements
    ("topic", "criminal record + vulnerable sector check", "pay or conditions"),
    ("topic", "she broke character after and said I listened well", "thought of you"),
    (
        "topic",
        "he came in late, asked about languages",
        "while you were there",
    ),  # a salary range, never "hearing more about"
    ("topic", "the OSU career fair booth where we met", "where you met"),
    ("topic", "contract PKWT 1 yr then permanent", "pay or conditions"),
    ("topic", "agency spend on Lundy is high, she wants it down by April", "a problem"),
]


def test_a_rapport_that_says_what_someone_does_is_a_clause() -> None:
    raw = "his daughter plays at the same volleyball club as Maddie!!"
    reading = passed("rapport", raw, read_rapport(raw))
    assert reading == Reading("clause", "your daughter plays at the same volleyball club as Maddie")


def _interview(strength: str, concern: str = "", concerns: str | None = None) -> str:
    """A small interview file: one strength, one interviewer with one concern (or none)."""
    concerns = f'concerns = ["{concern}"]' if concerns is None else concerns
    return f"""
        [candidate]
        name = "Sam Lee"
        strengths = ["{strength}"]
        [application]
        company = "Lumeo"
        position = "Legal Counsel"
        [interview]
        at = 2026-03-04T10:00:00+02:00
        [[interviewers]]
        name = "Mari Kask"
        email = "mari@example.org"
        {concerns}
        """


@pytest.mark.parametrize(
    ("strength", "answers"),
    [("4 years law firm, commercial contracts", False), ("drafted 30 MSAs under US law", True)],
)
def test_a_strength_answers_a_named_doubt_only_when_it_names_it(
    strength: str, answers: bool
) -> None:
    reading = read_interview(parse_interview(_interview(strength, "never drafted under US law")))
    assert bool(reading.people[0].concerns) is answers


@pytest.mark.parametrize(
    ("strength", "answers"),
    [
        ("IBM certified - z/OS Connect practitioner", False),  # said "I am IBM certified"
        ("z/OS Connect certified", False),  # a certificate is not having done it
        ("built 12 z/OS Connect APIs in production at Infosys", True),
    ],
)
def test_a_doubt_about_hands_on_work_is_answered_by_work_done(strength: str, answers: bool) -> None:
    concern = "havent used z/OS Connect hands on"
    reading = read_interview(parse_interview(_interview(strength, concern)))
    assert bool(reading.people[0].concerns) is answers


@pytest.mark.parametrize(("kind", "raw", "reason"), LEAVES)
def test_leaves_out_what_does_not_read(kind: str, raw: str, reason: str) -> None:
    with pytest.raises(Unusable, match=reason):
        through(kind, raw)


def test_the_advice_names_a_line_the_gate_left_out() -> None:
    interview = parse_interview(_interview("budgets up to $180k", concerns=""))
    left = read_interview(interview).left_out
    assert [(x.field, "noun" in x.reason) for x in left] == [("candidate.strengths[0]", True)]


_MENDING = frozenset(
    "the a an and in at from times twice three four five are is university of experience".split()
)
WORDS = st.sampled_from(
    "I led ran the a team of 4 5 NHS Grampian Leeds budgets up to at in with and , + / ( ) "
    "weekly report staff patients 2019 Q3 opening new project scanning you he said 3x U hwy "
    "same also good versus".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14), st.sampled_from(["clause", "np"]))
def test_what_passes_keeps_no_mark_of_shorthand(words: list[str], shape: str) -> None:
    text = " ".join(words).replace(" ,", ",")
    try:
        out = passed("topic" if shape == "np" else "strength", text, Reading(shape, text)).text
    except Unusable:
        return
    assert not any(mark in out for mark in ("(", ")", " + ", " / "))
    # it trims, reorders and mends: every word it writes was in the line, or is one of the
    # small words its mending adds
    given = {w.lower() for w in text.replace(",", " ").split()}
    for word in out.lower().replace(",", " ").split():  # "and needs" may become "and need"
        assert word in _MENDING or any(g.startswith(word) for g in given), out


@pytest.mark.parametrize(
    "topic",
    [
        "vicarious trauma from the graphic content",
        "threats to election workers",
        "students dropping out",
        "servo axis homing faults on your newest flow wrapper",  # never "great to hear"
        "isolation audit findings",
        "lab bills",
        "parents feeling fobbed off at reviews",
    ],
)
def test_a_hardship_is_never_enjoyed(topic: str) -> None:
    from afterview.compose.reading.shapes import sounds_grave

    assert sounds_grave(topic)


@pytest.mark.parametrize("topic", ["cementing failures in Olkaria East", "the new filler line"])
def test_a_thing_that_can_fail_is_no_hardship(topic: str) -> None:
    from afterview.compose.reading.shapes import sounds_grave

    assert not sounds_grave(topic)


def test_a_list_typed_without_its_spaces_gets_them():
    from afterview.compose.reading.text import clean

    assert clean("upstairs,after school") == "upstairs, after school"
    assert clean("September 2026,distinction") == "September 2026, distinction"
    assert clean("1,000 staff") == "1,000 staff"


def test_our_ward_in_a_line_of_the_candidates_own_is_theirs():
    # "our unit" to a reader at another hospital reads as the reader's unit (late178, late187)
    from scenarios import scenario

    interview = scenario(
        candidate={"strengths": ["led the fast-track extubation audit on our unit"]}
    )
    (used,) = read_interview(interview).strengths
    assert "on my unit" in used.reading.text


@pytest.mark.parametrize(
    ("strength", "said"),
    [
        # the employer and its supplier, as a reader at another firm takes them
        ("supervised 40 casuals at our company's CFS in Embakasi", "at my current company's CFS"),
        (
            "did the SCADA course from our inverter supplier",
            "my current employer's inverter supplier",
        ),
        # one role held, with its article; the one post there keeps none
        ("6 yrs experience as I&C technician", "as an I&C technician"),
        ("I have been acting up as ward manager since July", "as ward manager"),
    ],
)
def test_a_line_of_the_candidates_own_reads_as_theirs_to_a_reader_elsewhere(strength, said):
    from scenarios import scenario

    interview = scenario(candidate={"strengths": [strength]})
    (used,) = read_interview(interview).strengths
    assert said in used.reading.text


# Not pay or conditions, though they look like them (stop 49).
NOT_TERMS = [
    ("new_information", "The R&R at Journal of Marketing came back as a conditional accept"),
    ("answers", "I tracked the supplies budget (~MXN 40k/month) with my F&B manager"),
]


@pytest.mark.parametrize(("key", "raw"), NOT_TERMS)
def test_not_taken_for_terms(key: str, raw: str) -> None:
    try:
        read_line(key, raw)
    except Unusable as left_out:
        assert "terms" not in left_out.reason


# A remark of theirs said in the past or as "would" is left out, for every reading of it was
# quoted as a note's fault (stop 48); what they do or plan reads as a clause, and is left out
# too, as a sentence about its subject (stop 49).
REMARKS = [
    ("he walked the track 30+ times, knows my old boss", True),
    ("she opened with a prayer", True),
    ("water pipes froze in Feb 2025 -> he insulated everything", True),
    ("AP would own 7th grade + discipline + buses", True),
    ("the team hired nurses", True),
    ("he spoke Portuguese all time", True),  # "spoke", a noun too, is a verb after "he"
    ("she liked custom hook useQueryParams", True),
    ("they got grant from USAID", True),
    ("she started as a picker at peak 3 yrs ago -> now shift mgr", True),
    # a name misread as a clause ("combined"): left out, not said as one
    ("acupuncture and rehabilitation combined clinic at QECH", True),
    ("he'd want Kayla to take over my ag clients", True),  # "'d" is "would"
    ("she mentioned they are renovating the spa", False),
    ("his team owns the index serving fleet, ~40 ppl", False),
    ("they take Level II students every spring", False),
    ("he thinks CSMs should own renewals, not hand to sales", False),
    # many, an adverb, then a verb: a sentence, not "the EDs' use" (late250 readers)
    ("he said Chinese EDs also use nurse-led triage", False),
    ("grads now join in September", False),
    # how many, then a verb that is a noun too: a sentence (late261 readers)
    ("he said most welders leave for Hoima oil jobs", False),
    ("many students apply for the grant", False),
]


@pytest.mark.parametrize(("raw", "left_out"), REMARKS)
def test_a_remark_of_the_past_is_left_out(raw: str, left_out: bool) -> None:
    if left_out:
        with pytest.raises(Unusable, match="what happened"):
            read_line("topics", raw)
    else:  # read as the clause it is, and left out as a sentence no note says (stop 49)
        assert reading_of("topics", raw).shape == "clause"
        with pytest.raises(Unusable, match="rather than naming it"):
            read_line("topics", raw)
