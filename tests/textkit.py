"""Hand-made text dumps for the metadata tests: article paragraphs whose right answer is obvious."""

PARAGRAPHS = [
    "The council approved the new budget on Monday after a long debate about schools, roads "
    "and the cost of heating public buildings during the winter months.",
    "Opposition members said the plan leaves too little for repairs, and promised to bring "
    "the question back to the council before the end of the year.",
    "The mayor answered that the repairs would be paid from the reserve fund, which the city "
    "built up over the last three years of careful spending on its services.",
]
BODY = "\n\n".join(PARAGRAPHS)


def plain_meta_row(text, read):
    """A long row of metadata parts ("Le Monde | 04.05.2015 à 13h36 • … | Par …"), each part
    read by ``read`` (a test's plain ``read_line``), as ``text_lines._meta_row`` reads it."""
    import re

    from articlextract.metadata.text_lines import DATE_LINE_MAX_WORDS, NOTHING, LineMeta

    parts = re.split(r"\s+[|•·]\s+", text)
    if len(parts) < 3 or max(len(p.split()) for p in parts) > DATE_LINE_MAX_WORDS:
        return NOTHING
    metas = [read(p) for p in parts]
    published = [m for m in metas if m.date and m.date_kind != "modified"]
    first = (published or [m for m in metas if m.date] or [None])[0]
    names = ([m.names for m in metas if m.names and m.name_source == "marker"] or [()])[0]
    if first is None and not names:
        return NOTHING
    only = all(m != NOTHING or len(p.split()) <= 3 for m, p in zip(metas, parts))
    return LineMeta(first.date if first else None, first.date_kind if first else "", names,
                    "marker" if names else "", only)
