import pytest

from articlextract.metadata.authors import clean_authors


@pytest.mark.parametrize("raw,names", [
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
    ("Par Jean Dupont", ["Jean Dupont"]),
    ("Fahad Shabbir (@FahadShabbir)", ["Fahad Shabbir"]),
    ("Jane Doe, John Roe & Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("jane@example.com", []),
    (["Jane Doe", "Jane Doe"], ["Jane Doe"]),
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
])
def test_clean_authors(raw, names):
    assert clean_authors(raw) == names
