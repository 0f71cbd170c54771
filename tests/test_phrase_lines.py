"""``features.is_phrase_line`` (a line that is an entry of a phrase list) and
``lexicon.is_european`` (the scripts where the faster `re` engine finds the same words)."""

import pytest

from articlextract import lexicon
from articlextract.features import is_phrase_line, normalized


@pytest.mark.parametrize("name", ["boilerplate_lines", "agencies", "section_labels"])
def test_every_entry_and_its_variants_are_phrase_lines(name):
    for entry in lexicon.phrases(name):
        for line in (entry, entry.upper(), f"  {entry.title()} »", f"{entry}:"):
            assert is_phrase_line(line, name) == (normalized(line) in lexicon.phrases(name)), line


@pytest.mark.parametrize("line", ["Open Menu", "OPEN MENU ›", "Reuters", "Related: Ärger im Verein",
                                  "The council met on Tuesday.", "", "»", "北京 Reuters", "Ｒｅｕｔｅｒｓ"])
def test_phrase_line_is_the_table_lookup(line):
    for name in ("boilerplate_lines", "agencies"):
        assert is_phrase_line(line, name) == (normalized(line) in lexicon.phrases(name))


def test_a_known_interface_line_and_a_sentence():
    assert is_phrase_line("Open Menu", "boilerplate_lines")
    assert is_phrase_line("REUTERS", "agencies")
    assert not is_phrase_line("Reuters reported on Tuesday that talks had failed", "agencies")


def test_european_scripts():
    assert lexicon.is_european("Grüße, Αθήνα – Москва “quoted” €5")
    assert not lexicon.is_european("北京")
    assert not lexicon.is_european("مرحبا")
    assert lexicon.is_european("")
