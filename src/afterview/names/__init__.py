"""How to greet a person from their name as the candidate typed it.

People type names the way they heard them: with a title ("Dr. Lena Moritz"),
as a list entry ("Walsh, Aoife"), with a nickname ('Elizabeth "Liz" Hart'),
family name first ("Tan Mei Ling"), or in lower case. :func:`greeting_name`
reads all of these. It never guesses: where a careful writer could not know
how someone is addressed (a family name first, an initial, no name at all), it
says so (``Greeting.ask``): the draft greets with a slot the checker flags
(``Dear [how to address Yoon Ji-ho],``), approval waits and sending refuses until
it is filled, and the plan's advice asks for a ``salutation``. It never adds Mr.
or Ms.: a gender is never assumed, unless the name says it ("Md." is Mohammad, "Sk."
Sheikh, a Hungarian "-né" a wife, an Irish "Ní" a daughter) or a word of respect does
(Oshiwambo "Tate", in Namibia, is Mr.). A courtesy title typed in another language is
written in English ("Herr Weidmann" is Mr. Weidmann, "Mevrou van Zyl" Ms. van Zyl).

The modules, each importing only those above it:

- ``words``: the word lists (``data/names.toml``, the given and family names) as sets;
- ``kinds``: what a word of a name is (a title, a family or a given name, a role, a team);
- ``parse``: a name read into its parts, and what a greeting is;
- ``labels``: descriptions, teams, couples and asides typed instead of or around a name;
- ``posts``: posts, ranks and each country's courtesy titles;
- ``customs``: naming customs that pick the word a greeting uses;
- ``shapes``: whole names typed in a shape of their own, read first;
- ``checks``: what a finished greeting must never be;
- ``greeting``: :func:`greeting_name` and its stages;
- ``people``: who a name means (:func:`same_person`, :func:`find_person`).

What this module exports is the API; a name with a leading underscore is the package's own.
"""

from afterview.names.customs import titled_greeting
from afterview.names.greeting import greeting_name
from afterview.names.kinds import is_group, is_title, is_word_of_address
from afterview.names.parse import UNFILLED_GREETING, Greeting, ParsedName, parse
from afterview.names.people import find_person, name_words, same_person
from afterview.names.words import FAMILY_FIRST, fold

__all__ = [
    "FAMILY_FIRST",
    "UNFILLED_GREETING",
    "Greeting",
    "ParsedName",
    "find_person",
    "fold",
    "greeting_name",
    "is_group",
    "is_title",
    "is_word_of_address",
    "name_words",
    "parse",
    "same_person",
    "titled_greeting",
]
