"""HTML: choosing the article's container in the tree.

Every block gets a prose weight (positive for running text, negative for links and
interface text, see ``features.prose_weight``); the article is the element whose blocks
have the largest total weight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .. import lexicon
from ..features import ends_like_sentence, is_prose, prose_weight
from ..model import HEADING, Block
from ..options import Options
from .base import Context, Rule
from .html import class_tokens, is_unlikely, strongly_marked, token_list
from .teasers import in_cards, teaser_cards
from .text import is_picture_credit


def describe(el: object) -> str:
    tag = getattr(el, "tag", "?")
    attrs = getattr(el, "attrib", {})
    ident = attrs.get("id")
    cls = (attrs.get("class") or "").split()
    return f"<{tag}" + (f" id={ident}" if ident else "") + (f" class={'.'.join(cls[:3])}" if cls else "") + ">"


@dataclass
class ElementWeights:
    """Per element: the total prose weight of its blocks, its share of prose, and its depth."""

    total: dict[object, float] = field(default_factory=dict)
    prose: dict[object, float] = field(default_factory=dict)  # positive weights only
    depth: dict[object, int] = field(default_factory=dict)
    block_weights: list[float] = field(default_factory=list)


def element_weights(blocks: Sequence[Block], ctx: Context) -> ElementWeights:
    """Sum every block's prose weight into each of its ancestors.

    Weights go to each block's innermost element, then flow up parent by parent, deepest
    first: linear in the number of elements, not in blocks times depth (a hot path).
    """
    ew = ElementWeights()
    total, prose, depth, weights = ew.total, ew.prose, ew.depth, ew.block_weights
    parent: dict[object, object] = {}
    opts = ctx.options
    for block in blocks:
        w = prose_weight(block, opts)
        weights.append(w)
        chain = block.ancestors
        if not chain:
            continue
        inner = chain[0]
        if inner in total:
            total[inner] += w
            prose[inner] += w if w > 0 else 0.0
            continue
        total[inner], prose[inner] = w, (w if w > 0 else 0.0)
        n = len(chain)
        depth[inner] = n
        for i in range(1, n):  # register the ancestors not seen yet, stop at a known one
            child, el = chain[i - 1], chain[i]
            parent[child] = el
            if el in total:
                break
            total[el], prose[el], depth[el] = 0.0, 0.0, n - i
    for el in sorted(parent, key=depth.__getitem__, reverse=True):
        up = parent[el]
        total[up] += total[el]
        prose[up] += prose[el]
    return ew


def unlikely_elements(ew: ElementWeights, opts: Options) -> set[object]:
    """The sidebar/comment/share-marked elements (``is_unlikely``) of the page.

    An element holding ``boilerplate_max_prose_share`` of the page's prose is a layout wrapper
    whatever its class says ("page header-img", "two-col-sidebar-right"), never unlikely; unless
    a sibling holds ``wrapper_rival_share`` of its prose: then it is a long sidebar or comment
    thread beside the article, not the wrapper around it.
    """
    ceiling = opts.boilerplate_max_prose_share * max(ew.prose.values(), default=0.0)
    # Elements without prose are left out: demoting them would change nothing.
    return {el for el, p in ew.prose.items()
            if p > 0 and is_unlikely(el) and (p < ceiling or _has_rival(el, p, ew, opts.wrapper_rival_share))}


def _has_rival(el: object, prose: float, ew: ElementWeights, share: float) -> bool:
    parent = el.getparent()  # type: ignore[attr-defined]
    return parent is not None and any(
        sibling is not el and ew.prose.get(sibling, 0.0) >= share * prose for sibling in parent)


def without_demoted_prose(blocks: Sequence[Block], ew: ElementWeights, demoted: list[bool]) -> dict[object, float]:
    """Element totals when demoted blocks lose their positive weight: prose in a sidebar
    may argue against its surroundings, never for them."""
    total = dict(ew.total)
    for block, w, flagged in zip(blocks, ew.block_weights, demoted):
        if flagged and w > 0:
            for el in block.ancestors:
                total[el] -= w
    return total


# Elements that hold one paragraph, not an article: a page whose whole text is one long
# <p> still has its standfirst and sub-headings in that <p>'s parent.
NOT_CONTAINERS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "figcaption",
    "caption", "span", "a", "b", "i", "u", "em", "strong", "font", "small", "big", "sup", "sub",
    "label", "legend", "summary", "code", "tt", "abbr", "cite", "q", "mark", "time", "img",
    "figure", "picture",  # one picture and its caption: a part of an article, never all of it
    # A table and its row groups: a list article's table of films or releases can outweigh its
    # prose, yet the article is the element around the table (with its intro and header row).
    # A layout table's <td> stays a candidate.
    "table", "thead", "tbody", "tfoot", "tr",
})


def best_element(total: dict[object, float], depth: dict[object, int]) -> object | None:
    """The element of highest total; ties go to the deepest. An element that can contain an
    article beats any that cannot (those win only when there is nothing else)."""
    # One pass: max() keeps the first of equal keys, as the stable sort it replaces did.
    return max(total, key=lambda el: (el.tag not in NOT_CONTAINERS, total[el], depth[el]),  # type: ignore[attr-defined]
               default=None)


def sibling_parts(best: object, ew: ElementWeights, share: float, counted: dict[object, float]) -> list[object]:
    """Siblings of the container that carry a good share of its weight: the rest of an
    article split over several <div>s (readability's sibling step).

    A sibling is weighed without its demoted prose (``counted``): an "entry-footer" holding an
    author box is not a part of the article, however long the author's bio.
    """
    parent = best.getparent()  # type: ignore[attr-defined]
    if parent is None:
        return []
    floor = share * ew.total[best]
    return [el for el in parent if el is not best and el in ew.total and counted[el] >= floor
            and ew.prose[el] > 0 and not is_unlikely(el)]


class MainContainer(Rule):
    """HTML: keep the blocks inside the element whose blocks weigh the most.

    Like readability, prose inside "unlikely" elements (sidebar, comments, share boxes) does
    not count on the first attempt; when that leaves no clear article the page is scored
    again with all its prose. Siblings that weigh nearly as much join the container.
    """

    name = "main_container"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        ew = element_weights(blocks, ctx)
        ctx.info["weights"] = ew
        unlikely = unlikely_elements(ew, opts)
        cards = teaser_cards(blocks, opts)
        ctx.info["teaser_cards"] = cards
        demoted = [not unlikely.isdisjoint(b.ancestors) or in_cards(b, cards) for b in blocks]
        ctx.info["demoted"] = demoted
        counted = without_demoted_prose(blocks, ew, demoted)
        best = best_element(counted, ew.depth)
        if best is None or ew.total.get(best, 0.0) < opts.container_min_score:
            best = best_element(ew.total, ew.depth)
        if best is None:
            return
        if ew.total[best] < opts.container_min_score:
            for block in blocks:
                self.keep(block, f"no clear article container (best {ew.total[best]:.0f}); judged block by block")
            ctx.info["container"] = None
            return
        ctx.info["container"] = best
        siblings = sibling_parts(best, ew, opts.sibling_score_share, counted)
        chosen = {best, *siblings}
        ctx.info["containers"] = chosen
        label = describe(best)
        inside, outside = f"inside the article container {label}", f"outside the article container {label}"
        beside = f"in a sibling of the article container {label} that weighs as much as a part of it"
        # Grouped by verdict, then marked a group at a time: most of a page is outside.
        dropped: list[Block] = []
        in_sibling: list[Block] = []
        in_best: list[Block] = []
        for block in blocks:
            if chosen.isdisjoint(block.ancestors):
                dropped.append(block)
            elif siblings and best not in block.ancestors:
                in_sibling.append(block)
            else:
                in_best.append(block)
        self.drop_all(dropped, outside)
        self.keep_all(in_sibling, beside)
        self.keep_all(in_best, inside)


class LeadParagraph(Rule):
    """HTML: keep the standfirst that sits just above the article container.

    Sites put the lead in the header next to the headline, outside the <div> of the body
    text. Walking up from the container's first block, prose blocks are kept; a link list
    or a sidebar/share box longer than a button ends the walk.
    """

    name = "lead_paragraph"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        demoted = ctx.info.get("demoted")
        if ctx.info.get("container") is None or not demoted:
            return
        first = next((i for i, b in enumerate(blocks) if b.keep), None)
        if first is None:
            return
        cards = ctx.info.get("teaser_cards") or set()
        container = ctx.info["container"]
        above_container = {container, *container.iterancestors()}
        for i in range(first - 1, max(-1, first - 1 - opts.lead_max_blocks), -1):
            block = blocks[i]
            if is_notice_message(block, above_container):
                continue  # "this video is not available in your region": in the header, not the lead
            boxed = demoted[i] and (strongly_marked(block) or in_cards(block, cards))  # not just "teaser"
            if boxed or block.link_density > opts.max_link_density:
                if block.words > opts.short_block_words:
                    break
                continue  # a byline link or a share button between the lead and the body
            long_heading = block.kind == HEADING and block.words >= 2 * opts.min_paragraph_words
            reads_as_lead = is_prose(block, opts) or long_heading
            if reads_as_lead and not is_dateline_or_caption(block):  # those are walked past, like a byline
                self.keep(block, "lead paragraph just above the article container")


def is_notice_message(block: Block, above_container: set) -> bool:
    """HTML: a message shown in place of media or a feature ("Unfortunately, this video is not
    available in your region."): an element of its own beside the article (below the nearest
    element that also holds the container, ``above_container`` being the container and its
    ancestors) marked with a token of ``html_notice_tokens``."""
    notices = token_list("html_notice_tokens")
    for el in block.ancestors:
        if el in above_container:
            return False
        if not notices.isdisjoint(class_tokens(el)):
            return True
    return False


DATELINE_SEPARATORS = (" | ", " • ", " · ")  # the fields of a dateline: source, time, author


def is_dateline_or_caption(block: Block) -> bool:
    """A line of the article's header that reads like prose but is not the standfirst: a dateline
    holding a <time> ("Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par …"), or the caption of
    the lead picture (an element marked caption or credit inside it, or a credit at its end:
    "… (Symbolbild: Alex T./Adobe Stock)")."""
    element = block.ancestors[0] if block.ancestors else None
    if element is None:
        return False
    captions = token_list("html_caption_tokens")
    # A <time> makes a dateline only of a line that is no sentence or is cut in fields ("Site |
    # <time> • Updated … | By …"): "On <time>Monday</time> the council voted …." is the standfirst.
    dateline_shaped = not ends_like_sentence(block.text) or any(sep in block.text for sep in DATELINE_SEPARATORS)
    for el in element.iter("*"):  # elements only, not comments  # type: ignore[attr-defined]
        if ((el.tag == "time" and dateline_shaped) or not captions.isdisjoint(class_tokens(el))) \
                and _inline_part(el, block):
            return True
    return is_picture_credit(block.text, lexicon.phrases("photo_credits"))


def _inline_part(el: object, block: Block) -> bool:
    """Whether the element's text is a part of the block's own text, not of a block nested in it."""
    text = " ".join("".join(el.itertext()).split())  # type: ignore[attr-defined]
    return bool(text) and text in block.text
