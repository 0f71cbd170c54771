"""Hand-made HTML pages for the rule tests: article sentences whose right answer is obvious,
and each block's decision (kept?, rule) as `explain` reports it."""

from articlextract import explain, extract

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


# One paragraph of article text, for the metadata tests: the page's <head> and the lines
# around it decide the headline, the byline and the date.
META_BODY = "<p>" + " ".join(["The council met on Tuesday and voted on the new budget for the town."] * 6) + "</p>"


def meta_page(head: str = "", body: str = "", url: str | None = None, footer: str = ""):
    """extract() of a page with ``head`` in its <head> and ``body`` before the article text."""
    html = f"<html><head>{head}</head><body>{body}{META_BODY}{footer}</body></html>"
    return extract(html, url=url, format="html")
