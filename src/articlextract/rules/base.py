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
    # keeps none that is dropped: ``run_chain`` then hands it just those (see there).
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


def run_chain(chain: Sequence[Rule], blocks: Sequence[Block], ctx: Context) -> None:
    """Apply the rules in turn. A rule that ``prunes_kept`` gets only the kept blocks: after the
    body region a text dump keeps a sixth of its lines, and each such rule would otherwise walk
    all of them to skip the dropped ones. Its own ``block.keep`` tests then answer the same.
    The kept blocks after such a rule are among those before it, so the list is only
    filtered, until a rule that may keep blocks again runs."""
    kept: list[Block] | None = None  # the kept blocks, in order, while it can be filtered
    for rule in chain:
        if ctx.format not in rule.formats:
            continue
        if rule.prunes_kept:
            kept = [b for b in (blocks if kept is None else kept) if b.keep]
            rule.apply(kept, ctx)
        else:
            rule.apply(blocks, ctx)
            kept = None
        ctx.check_time()
