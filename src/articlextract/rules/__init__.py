"""The rule chain. Order matters: selection first, then the rules that prune inside it.

Each rule is small and named; its name and reason land on every block it decides, which
is what ``explain()`` shows.
"""

from __future__ import annotations

from .base import Context, Rule, kept, run_chain
from .charts import ChartLabels
from .edges import MetadataLines, TrimEdges
from .galleries import EmbeddedGallery
from .html import BoilerplateContainer, Captions, CreditLine, LinkDense
from .phrases import FooterLine, InterfaceText, ReadingTime, RelativeTimestamp, SectionEnd
from .container import LeadParagraph, MainContainer
from .region import BodyRegion
from .teasers import TeaserCards
from .text import ConsentLine, ImageFileName, InlineTeaser, PhotoCredit, TagRow, TruncatedLink

DEFAULT_CHAIN: tuple[Rule, ...] = (
    MainContainer(),
    LeadParagraph(),
    BodyRegion(),
    BoilerplateContainer(),
    TeaserCards(),
    LinkDense(),
    EmbeddedGallery(),
    ChartLabels(),
    Captions(),
    CreditLine(),
    InterfaceText(),
    RelativeTimestamp(),
    ReadingTime(),
    FooterLine(),
    TruncatedLink(),
    ImageFileName(),
    TagRow(),
    PhotoCredit(),
    InlineTeaser(),
    ConsentLine(),
    SectionEnd(),
    TrimEdges(),
)

# Runs after metadata extraction, which marks the headline, byline and date lines.
FINAL_CHAIN: tuple[Rule, ...] = (MetadataLines(),)

__all__ = ["Context", "Rule", "DEFAULT_CHAIN", "FINAL_CHAIN", "kept", "run_chain"]
