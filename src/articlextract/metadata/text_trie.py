"""A regex alternation of many words written as a trie: the month names of ``dates``, the
byline markers of ``text_lines``.

``regex`` tries the branches of a flat alternation one after the other at each position it
tests: with the ~370 month names of ``data/months.txt`` (case-insensitive), the month-name
date patterns cost tens of microseconds on a short line. Written as a trie ("a(?:pr(?:il
(?:e)?)?|ug(?:ust)?)"), a position is tested in a few steps.

The trie matches the same words as the flat alternation, and where several words match at
one position (they are then prefixes of one another: "apr", "april", "aprile"; the words are
lower case and matched case-insensitively) it tries them longest first, as the flat
alternation sorted longest first does; so a pattern gives the same matches with either
(the tests compare both on generated and hand-written lines, for both tables).
"""

from __future__ import annotations

from typing import Iterable

import regex


def trie_alternation(words: Iterable[str]) -> str:
    """A pattern matching exactly ``words`` (non-empty ones), branching one character at a time."""
    root: dict[str, dict] = {}
    for word in words:
        if word:
            node = root
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}  # a word ends here
    return _branches(root)


def _branches(node: dict[str, dict]) -> str:
    branches = [regex.escape(char) + _branches(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body
