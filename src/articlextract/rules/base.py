"""The rule protocol: a rule looks at the blocks and marks some of them, saying why."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..errors import ExtractTimeout
from ..features import first_normalized_word
from ..model import Block, mark_all
from ..options import Options


def page_clock() -> float:
    """The clock of the per-page time budget: CPU seconds of the calling thread, so a busy
    machine or a neighbouring thread cannot turn a page into a timeout (same page, same result)."""
    return time.thread_time()


WALL_CLOCK_MARGIN = 0.9  # share of the CPU time left that the wall clock may use before the CPU clock is read


@dataclass
class Context:
    """What rules may read besides the blocks. Rules never read globals."""

    options: Options
    format: str  # "html" or "text"
    deadline: float = float("inf")
    info: dict[str, Any] = field(default_factory=dict)  # facts found by earlier rules (container, region)
    # The CPU clock is a system call (a few microseconds, far more on a loaded machine) and
    # is checked after every rule. A thread's CPU time cannot grow faster than the wall
    # clock, so while the wall time since the context was made stays under the CPU time
    # then left (with a margin for the clocks' granularity), no check needs the CPU clock.
    _wall_start: float = field(init=False, repr=False, default=0.0)
    _wall_allowed: float = field(init=False, repr=False, default=0.0)

    def __post_init__(self) -> None:
        self._wall_start = time.perf_counter()
        left = self.deadline - page_clock() if self.deadline != float("inf") else float("inf")
        self._wall_allowed = left * WALL_CLOCK_MARGIN

    def check_time(self) -> None:
        if time.perf_counter() - self._wall_start < self._wall_allowed:
            return  # not even the wall clock has used up the CPU time left
        if page_clock() > self.deadline:
            raise ExtractTimeout(f"time budget of {self.options.max_seconds}s exceeded")


class Rule:
    """One small named step. ``apply`` marks blocks with ``block.mark(keep, self.name, reason)``."""

    name = "rule"
    formats: tuple[str, ...] = ("html", "text")
    # True when ``apply`` reads and marks only the blocks that are kept when it starts, and
    # keeps none that is dropped: ``run_chain`` then hands it those, and perhaps blocks dropped
    # since its list was taken, which its own ``block.keep`` test skips (see there).
    prunes_kept = False

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


class FirstWords(dict):
    """Line -> ``first_normalized_word(line)``, each line's found on its first lookup."""

    def __missing__(self, text: str) -> str:
        word = self[text] = first_normalized_word(text)
        return word


def first_words(ctx: Context) -> FirstWords:
    """The page's ``FirstWords``: ``InterfaceText``, ``RelativeTimestamp`` and ``SectionEnd`` ask
    the first word of the same short kept lines in turn (a lookup costs a tenth of finding it)."""
    memo = ctx.info.get(FIRST_WORD_MEMO)
    if memo is None:
        memo = ctx.info[FIRST_WORD_MEMO] = FirstWords()
    return memo


FIRST_WORD_MEMO = "first_normalized_word"  # ctx.info key of the page's FirstWords


def run_chain(chain: Sequence[Rule], blocks: Sequence[Block], ctx: Context) -> None:
    """Apply the rules in turn. A rule that ``prunes_kept`` gets only the kept blocks: after the
    body region a text dump keeps a sixth of its lines, and each such rule would otherwise walk
    all of them to skip the dropped ones. Its own ``block.keep`` tests then answer the same.
    Such a rule keeps no block that is dropped, so the list taken before a run of them holds
    every block kept during the run; the few it drops stay in it, skipped by the next rules'
    own tests (a dozen filterings of the list cost more than those tests). A rule that may
    keep blocks again ends the run."""
    kept: list[Block] | None = None  # the blocks kept when the current run of such rules began
    for rule in chain:
        if ctx.format not in rule.formats:
            continue
        if rule.prunes_kept:
            if kept is None:
                kept = [b for b in blocks if b.keep]
            rule.apply(kept, ctx)
        else:
            rule.apply(blocks, ctx)
            kept = None
        ctx.check_time()
