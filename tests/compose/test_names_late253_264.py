"""Greetings from the late253 to late264 reads: each rule, names it greets and names it must
leave alone (the rules of earlier reads are in test_names.py and the other test_names_late*)."""

from __future__ import annotations

import pytest

from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a word written short that no list knows, before a whole name: never greeted as if it
        # were the given name ("Dear BC," and "Hi Snr," embarrassed the readers); the plan asks
        ("BC Lorna Hatfield", "US-MO", ("BC Lorna Hatfield", "ask")),
        ("Snr CO Wayne Pettit", "AU-NSW", ("Snr CO Wayne Pettit", "ask")),
        ("Stn Mgr Lorna Hatfield", "GB", ("Stn Mgr Lorna Hatfield", "ask")),
        # left alone: known ranks and titles, a grade the readers accept, initials, a label
        ("Sgt Kirsty Dobson (custody sgt)", "GB", ("Sgt Dobson", "")),
        ("CNM2 Gráinne Kilkelly", "IE", ("Gráinne", "")),
        ("XYZ Anna Smith", "GB", ("Anna", "")),  # a post's letters, then a listed given name
        ("TJ Watkins", "US", ("TJ", "")),
        ("JV partner - Rajesh Nair", "GR", ("Rajesh", "")),
        ("Ahmed Ali Dabaleh", "DJ", ("Ahmed", "")),
        # titles written short that a letter spells out, or keeps as typed
        ("Cst. Jen Baxter (recruiter)", "CA-ON", ("Constable Baxter", "")),
        ("Comm. Duane Rustad", "US-MN", ("Commissioner Rustad", "")),
        ("Geom. Franco Di Cesare", "IT", ("Geom. Di Cesare", "")),
        # a physiotherapist's post before the name, in English or Portuguese: never "Hi Fisio,"
        ("Fisio Carla Becker", "BR-RS", ("Fisio Carla Becker", "ask")),
        ("Physio Carla Becker", "AU", ("Physio Carla Becker", "ask")),
        ("Quini - fisio", "ES", ("Quini", "")),
        # Thai words said to someone younger or older are left off before the name, in Thailand
        ("Nong Fah (spa reception, showed me round)", "TH", ("Fah", "")),
        ("Phi Nok", "TH", ("Nok", "")),
        # a label before a dash, then a name with its title: the titled name ("Hon. Sec." is a
        # club's honorary secretary, no "Hon." to ask about)
        ("Hon. Sec. - Mrs. Lorraine Pillay", "ZA", ("Mrs. Pillay", "")),
        ("Chair - Dr. Ann Lee", "GB", ("Dr. Lee", "")),
        # a firm's name before a dash, then one given name: never "Dear Delorey,"
        ("Delorey Search Partners - Sharon", "CA-NS", ("Sharon", "")),
        ("Acme Staffing Group - Tom", "US", ("Tom", "")),
        ("Jane Smith - Partners", "US", ("Jane", "")),
        ("Harbour Master - Capt. D. Ross", "GB-SCT", ("Capt. Ross", "")),
        # a label, then one name no dictionary holds: the name ("Hi Sysadmin,", "Hi Ramp," and
        # "Hi Placentia," embarrassed the late257-260 readers)
        ("Sysadmin - Taras", "UA", ("Taras", "")),
        ("Ramp Supv - Kervin", "LC", ("Kervin", "")),
        ("OIC Placentia - Glenn", "CA-NL", ("Glenn", "")),
        ("Recruitment Team – Al-Rawdah", "SA", ("Recruitment Team", "")),  # a team, then where
        ("Mike - Trainmaster", "US-MT", ("Mike", "")),  # a name, then the post
        # a given name, then her team, written in Spanish: the name, never "Dear HR Team,"
        ("Rocío - Recursos Humanos", "MX", ("Rocío", "")),
        # letters in capitals in brackets are a team's, never a title before the name
        ("Kevin (BI) - didnt catch apellido", "MX", ("Kevin", "")),
        # a post of three words, the middle one a department written short, then a whole name
        ("Marine Ops Mgr Alasdair Munro", "GB-SCT", ("Alasdair", "")),
        # a Norwegian post of one word, and a Japanese one, are never the name
        ("Hotellsjef Trine Bakke", "NO", ("Trine", "")),
        ("Kachō Hamada", "JP", ("Hamada", "ask")),
        # a church's office between a title and the name
        ("Rev. Elder Faatauvaa Lemalu (EFKS education board)", "WS", ("Rev. Lemalu", "")),
        # "Chief" and a word of the trade, then one name: never "Dear Chief Marguerite,"
        ("Chief Stew Marguerite", "BS", ("Marguerite", "")),  # a given name a list knows
        ("Chief Stew Tom", "BS", ("Tom", "")),
        ("Head Chef Dom", "GB", ("Chef Dom", "")),  # "Chef" is a title: left alone
        # a Vietnamese male teacher's word, as "Cô" for a woman, with the given name
        ("Thầy Đức - head of pastoral", "VN", ("Thầy Đức", "")),
        # late261-264: a post in Spanish or Portuguese before the name, or before a dash
        ("Abogada - Javiera", "CL", ("Javiera", "")),
        ("Psicóloga Jaqueline Araújo", "BR", ("Jaqueline", "")),
        ("Javiera Soto", "CL", ("Javiera", "")),  # "-era" ends a given name too
        ("Director Kim", "KR", ("Director Kim", "")),  # a post English has stays a title
        # a team named by its work, then one name: the name
        ("Recursos Humanos - Ane", "ES", ("Ane", "")),
        ("Redaktion Kultur - Matthias", "DE", ("Matthias", "")),
        # an age after a comma is no "Last, First" ("Hi 15," to a child on a council)
        ("Martina, 15 (consejo consultivo de niños)", "CL", ("Martina", "")),
        # letters before a whole name, with an aside in brackets that holds a comma
        ("QS Adaeze Okafor (Head, Cost Mgt)", "NG", ("QS Adaeze Okafor", "ask")),
        # never a comma left at the end ("Dear Ma'am Gemma,,")
        ("Ma'am Gemma, CPA - Audit Team Leader", "PH", ("Ma'am Gemma", "")),
        # Sicilian "Lo" opens the family name; Cantonese "Lo" is one, written first
        ("Arch. Giovanna Lo Cascio", "IT", ("Arch. Lo Cascio", "")),
        ("Lo Wai-man", "HK", ("Lo Wai-man", "ask")),
        # German "Fr." is Frau where German is written, Father elsewhere
        ("Fr. Haas (Personal, took notes)", "DE", ("Ms. Haas", "")),
        ("Fr. John Murphy", "IE", ("Fr. Murphy", "")),
        # a German master's post, a Polish post in lower case: never the name
        ("Beleuchtungsmeister Holger Rieß", "DE", ("Holger", "")),
        ("kierownik techniczny Zbigniew Malinowski", "PL", ("Zbigniew", "")),
        ("van der Merwe Jan", "ZA", ("van der Merwe Jan", "ask")),  # particles are no post
        # late268: Danish and Swedish posts of one word; a Lithuanian post in lower case before
        # a titled name (never "Dear Personalo,"); a Finnish HR office, in English
        ("Seniorforsker Mette Juul Nielsen", "DK", ("Mette", "")),
        ("Bibliotekschef Helena Rydén", "SE", ("Helena", "")),
        ("personalo skyriaus vedėja p. Rūta Jankauskienė", "LT", ("p. Rūta Jankauskienė", "ask")),
        ("Henkilöstöpalvelut", "FI", ("HR Team", "")),
        # a second in rank, a title and one name: the family name, never "Dear Deputy,"
        ("Deputy Chief Alvarez", "US-MO", ("Deputy Chief Alvarez", "")),
        ("Assistant Chief Okafor", "US", ("Assistant Chief Okafor", "")),
        ("Deputy Mr Alvarez", "US", ("Mr Alvarez", "")),
    ],
)
def test_late253_to_late264_rules(name: str, country: str, want: tuple[str, str]) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, "ask" if found.ask else "") == want


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        # an elected office outranks a pet name ("Hi Boxer," and "Hi Hub," to councillors)
        ("Cllr. Seán 'Boxer' Conway (Mayo Co. Co.)", "Cllr. Conway"),
        ('Coun. Aubrey "Hub" Feltmate', "Councillor Feltmate"),
        ('Mayor Jim "Red" Boyle', "Mayor Boyle"),
        # but a short form of the given name is still the name, as with "Mrs"
        ('Cllr Bill "Billy" Jones', "Billy"),
        # and with no title typed, the name in quotes is how they go
        ('Robert "Bobby" Nakashima', "Bobby"),
    ],
)
def test_an_elected_office_outranks_a_nickname(name: str, greeted: str) -> None:
    assert greeting_name(name, country="IE").name == greeted
