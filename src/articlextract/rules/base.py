"""The rule protocol: a rule looks at the blocks and marks some of them, saying why."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..errors import ExtractTimeout
from ..model import Block, mark_all
from ..options import Options


def page_clock() -> float:
    """The clock of the per-page time budget: CPU seconds of the calling thread, so a busy
    machine or a neighbouring thread cannot turn a page into a timeout (same page, same result)."""
    return time.thread_time()


@dataclass
class Context:
    """What rules may read besides the blocks. Rules never read globals."""

    options: Options
    format: str  # "html" or "text"
    deadline: float = float("inf")
    info: dict[str, Any] = field(default_factory=dict)  # facts found by earlier rules (container, region)

    def check_time(self) -> None:
        if page_clock() > self.deadline:
            raise ExtractTimeout(f"time budget of {self.options.max_seconds}s exceeded")


class Rule:
    """One small named step. ``apply`` marks blocks with ``block.mark(keep, self.name, reason)``."""

    name = "rule"
    formats: tuple[str, ...] = ("html", "text")

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def drop(self, block: Block, reason: str) -> None:
        block.mark(False, self.name, reason)

    def keep(self, block: Block, reason: str) -> None:
        block.mark(True, self.name, reason)

    def drop_all(self, blocks: Iterable[Block], reason: str) -> None:
        """``drop`` every block with the same reason (one shared Decision: cheaper on long pages)."""
        mark_all(blocks, False, self.name, reason)

    def keep_all(self, blocks: Iterable[Block], reason: str) -> None:
        mark_all(blocks, True, self.name, reason)

    def __repr__(self) -> str:
        return f"<rule {self.name}>"


def kept(blocks: Sequence[Block]) -> list[Block]:
    return [b for b in blocks if b.keep]


def run_chain(chain: Sequence[Rule], blocks: Sequence[Block], ctx: Context) -> None:
    for rule in chain:
        if ctx.format in rule.formats:
            rule.apply(blocks, ctx)
            ctx.check_time()
