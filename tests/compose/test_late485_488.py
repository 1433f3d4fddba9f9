"""What the readers of late485 to late488 faulted (banks and insurers in South America;
building sites in the Gulf, India and Sri Lanka; hospitals in Ireland, Scotland, Canada and
South Africa; orchestras, theatres and archives in France, Belgium, the Netherlands and
Austria), fixed after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a post, then the titled name after a comma ("Dear Dr. Gerente de Créditos Regional,")
        (
            "Gerente de Créditos Regional (joined by Zoom from Lima), Dr. Ricardo Ángel "
            "Benavides Salazar",
            "PE",
            "Dr. Benavides",
        ),
        # a post ending in "Tech", then her name ("Hi Diet,")
        ("Diet Tech - Jolene Kakegamic", "CA", "Jolene"),
        # the first of two family names, after a post and a colon ("Dear Sr. Condori,")
        ("Presidente del Consejo de Vigilancia: Sr. Teodoro Mamani Condori", "PE", "Sr. Mamani"),
        # where a team is, never its name ("Dear Abu Dhabi office,")
        ("HR team (Abu Dhabi office)", "AE", "HR team"),
        # must not change
        ("Walsh, Dr. Aoife Mary", "IE", "Dr. Walsh"),
        ("Head of HR, Ms. Jane Doe", "GB", "Ms. Doe"),
        ("HR Office (Mr. Mapunda)", "TZ", "Mr. Mapunda"),
        ("Tom Reyes - sr paralegal", "US", "Tom"),
        ("Sr. José Pérez García", "PE", "Sr. Pérez"),
        ("Dr. José Luis Pérez", "MX", "Dr. Pérez"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    "topic",
    [
        # "your insight into breakwater extension 1.2 km more"
        "breakwater extension 1.2 km more, accropode armour units",
        "joining time",  # "I learned a lot from our conversation about the joining time"
        "night and Sunday hours",  # "your insight into the night and Sunday hours"
        "the women's hostel",  # the highlight of a withdrawal note
    ],
)
def test_left_out(topic: str) -> None:
    with pytest.raises(Unusable):
        read_line("topics", topic)


def test_a_test_with_what_it_was_on_is_sat_not_shown() -> None:
    # "I enjoyed talking you through the practical test on the MCT", to who ran it
    from afterview.compose.parts import _A_TEST_SAT

    assert _A_TEST_SAT.search("the practical test on the MCT")
    assert not _A_TEST_SAT.search("the testing lab")  # must not change
