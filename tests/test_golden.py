"""Golden cases: pages under tests/fixtures with expected values annotated by people."""

import json
from pathlib import Path

import pytest

from articlextract import extract

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(FIXTURES.glob("*/*.json"))


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.stem}" for c in CASES])
def test_golden(case: Path):
    expected = json.loads(case.read_text(encoding="utf-8"))
    article = extract(case.parent / expected["source"], url=expected.get("url"))
    assert article.status == "ok"
    for key in ("headline", "byline", "date"):
        if expected.get(key) is not None:
            assert article.__getattribute__(key) == expected[key], key
    if expected.get("body") is not None:
        assert article.body == expected["body"]
    body = norm(article.body)
    for snippet in expected.get("with") or []:
        assert norm(snippet) in body
    for snippet in expected.get("without") or []:
        assert norm(snippet) not in body
