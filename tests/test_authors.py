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
    ("Kathrin Hofmeister Kathrin Hofmeister", ["Kathrin Hofmeister"]),  # a name link's text and its picture's alt
    ("Li Li", ["Li Li"]),
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


@pytest.mark.parametrize("raw, names", [
    ("Rechtsanwalt Sebastian Einbock", ["Sebastian Einbock"]),
    ("FOCUS-Online-Experte Robin Tschöpe", ["Robin Tschöpe"]),  # a compound ending with a role
    ("Uta Staschewski, Projektleiterin der HSS in Tunesien.", ["Uta Staschewski"]),  # a role and its description
    ("Themenstarter Pepemaus", ["Pepemaus"]),
    ("Journaliste Marie Dupont", ["Marie Dupont"]),
    ("Experte", ["Experte"]),  # (a role alone is left to the label tests)
    ("Anna Reporterova", ["Anna Reporterova"]),  # a name that merely starts like a role
])
def test_a_writers_role_before_the_name_is_dropped(raw, names):
    assert clean_authors(raw) == names
