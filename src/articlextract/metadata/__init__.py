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

    def offer(self, name: str, value: Any, source: str) -> bool:
        """Set ``name`` from ``source`` unless an earlier (better) source already did."""
        if value in (None, "", [], ()):
            return False
        if getattr(self, name) not in (None, "", []):
            return False
        setattr(self, name, value)
        self.sources[name] = source
        return True
