"""Stage 5: the body text from the kept blocks, paragraphs separated by one blank line."""

from __future__ import annotations

from typing import Sequence

from .model import LIST_ITEM, Block


def render_body(blocks: Sequence[Block]) -> str:
    parts: list[str] = []
    previous: Block | None = None
    for block in [b for b in blocks if b.keep]:  # (a sixth of a text dump's lines: filtered at C speed)
        text = block.text.strip()
        if not text:
            continue
        # Items of one list stay together, one per line.
        if parts and previous is not None and block.kind == LIST_ITEM and previous.kind == LIST_ITEM \
                and block.index == previous.index + 1:
            parts[-1] += "\n" + text
        else:
            parts.append(text)
        previous = block
    return "\n\n".join(parts)
