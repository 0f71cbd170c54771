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


@pytest.mark.parametrize("raw,names", [
    ("Veröffentlicht von Chris Jung", ["Chris Jung"]),
    ("Publié par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("By", []),                                      # a label alone is no author
    ("Published on", []),
    ("Veröffentlicht am", []),
    ("Cooper am 25.08.2015", ["Cooper"]),            # the date and the "am" before it go
    ("Jane Doe on May 3, 2023", ["Jane Doe"]),
    ("Adam Aaronson Staff", ["Adam Aaronson"]),      # a role after the name goes
    ("No Author", []),
])
def test_labels_roles_and_dates_are_not_names(raw, names):
    assert clean_authors(raw) == names
