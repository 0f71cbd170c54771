from articlextract import extract
from articlextract.metadata.language import guess_language

SAMPLES = {
    "en": "The council met on Tuesday and voted on the new budget, which was approved by a large "
          "majority of the members who were there for the vote.",
    "de": "Der Gemeinderat hat am Dienstag über den neuen Haushalt abgestimmt und die Mehrheit war "
          "für den Plan, der auch eine Erhöhung der Steuern vorsieht, die nicht alle wollen.",
    "fr": "Le conseil municipal a voté mardi le nouveau budget de la ville, qui prévoit une hausse "
          "des impôts pour les habitants et les entreprises de la région.",
    "es": "El consejo aprobó el martes el nuevo presupuesto de la ciudad, que prevé una subida de "
          "los impuestos para los vecinos y las empresas de la región.",
}


def test_guess_language_of_plain_sentences():
    for lang, text in SAMPLES.items():
        assert guess_language(text) == lang


def test_too_little_text_gives_no_guess():
    assert guess_language("Hello world") is None


def test_declared_language_wins_and_undeclared_is_guessed():
    body = "<h1>Haushalt beschlossen</h1>" + f"<p>{SAMPLES['de']}</p>" * 3
    declared = extract(f'<html lang="en-US"><body>{body}</body></html>', format="html")
    assert declared.language == "en"
    assert declared.sources["language"] == "<html lang>"
    guessed = extract(f"<html><body>{body}</body></html>", format="html")
    assert guessed.language == "de"
    assert guessed.sources["language"] == "guessed from the text"
