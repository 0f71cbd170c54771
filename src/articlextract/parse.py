"""Stage 2a (HTML): parse markup safely: no network, no entity expansion, no external DTDs."""

from __future__ import annotations

import re

from lxml import etree, html

from .errors import EmptyDocument

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

_PARSER_ARGS = dict(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                    collect_ids=False, default_doctype=False, huge_tree=True)


def parse_html(text: str) -> etree._Element:
    """Parse markup with a parser that never touches the network or expands entities."""
    text = _XML_DECL.sub("", text, count=1)
    parser = html.HTMLParser(**_PARSER_ARGS)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise EmptyDocument(f"no markup could be parsed: {exc}") from None
    if root is None:
        raise EmptyDocument("no markup could be parsed")
    return root
