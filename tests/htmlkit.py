"""Hand-made HTML pages for the rule tests: article sentences whose right answer is obvious,
and each block's decision (kept?, rule) as `explain` reports it."""

from articlextract import explain

SENTENCES = [
    "The committee met on Tuesday to discuss the new budget, and after a long debate it approved "
    "most of the proposals that the mayor had put forward last month.",
    "Residents who attended the meeting said they were pleased with the outcome, although several "
    "of them asked for more money to be spent on the parks in the north of town.",
    "The budget includes funds for two new libraries, a swimming pool and the repair of the old "
    "bridge that has been closed to traffic since the floods of last spring.",
    "Opposition councillors voted against it because, in their view, the plan raises the local "
    "taxes too much for families who already struggle to pay their bills each month.",
]


def decisions(body: str) -> dict[str, tuple[bool, str]]:
    """Each block's text -> (kept, rule) for a page whose <body> is `body`."""
    page = f"<html><head><title>t</title></head><body>{body}</body></html>"
    return {b.text: (b.keep, b.rule) for b in explain(page, format="html").blocks}


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)
