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
