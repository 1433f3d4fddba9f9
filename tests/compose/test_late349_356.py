"""What the pair reads of late349 to late356 found (tourism in Asia and the Pacific; social care
in North America; accounting in Africa and the Gulf; engineering in the Gulf and South Asia;
universities in Southern Europe and Latin America; retail in Britain, Ireland and Australasia;
public safety; farming and fisheries): each with a name that must change and one that must
not."""

from __future__ import annotations

import pytest

from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # "Dear Ibrahim," where he goes by Ibbe (both pair readers): a letter of the name doubled
        ("Ibrahim Rasheed ('Ibbe') - base leader", "MV", "Ibbe"),
        ('Samuel "Sammy" Okafor', "NG", "Sammy"),
        # "Dear Phòng Nhân," (Vietnamese for the HR department)
        ("Phòng Nhân sự", "VN", "HR Team"),
        # as before: a pet name is still a pet name, and a title with a given name still wins
        ('Travis "Tater" Olson (lead line cook)', "US", "Travis"),
        ("Chief Master Sgt. (ret) Hollis 'Hoss' Pruitt", "US", "Chief Master Sgt. Pruitt"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, country=country)
    assert (found.name, found.ask) == (want, "")
