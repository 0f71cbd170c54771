"""Stage 4: metadata. Each field is filled by a cascade of small named sources, best first;
the first source that yields a valid value wins and is recorded in ``Metadata.sources``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Metadata:
    headline: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    date_modified: str | None = None
    description: str | None = None
    sitename: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    # Weak values (the site's name offered as the author…), offered only once every other
    # source has had its turn: see ``offer_last`` and ``settle``.
    deferred: list[tuple[str, Any, str]] = field(default_factory=list, repr=False)
    # Every date the markup states (published or modified): a date shown beside the
    # headline that is one of them is the one the page presents as its date.
    markup_dates: set[str] = field(default_factory=set, repr=False)

    def offer(self, name: str, value: Any, source: str) -> bool:
        """Set ``name`` from ``source`` unless an earlier (better) source already did."""
        if value in (None, "", [], ()):
            return False
        if getattr(self, name) not in (None, "", []):
            return False
        setattr(self, name, value)
        self.sources[name] = source
        return True

    def offer_last(self, name: str, value: Any, source: str) -> None:
        """Keep ``value`` as a last resort for ``name``; ``settle`` offers it."""
        if value not in (None, "", [], ()):
            self.deferred.append((name, value, source))

    def settle(self) -> None:
        """Offer the last-resort values, in the order they were kept."""
        for name, value, source in self.deferred:
            self.offer(name, value, source)
        self.deferred.clear()
