"""The one exception hierarchy of articlextract.

``extract()`` reports problems with a page through ``Article.status``/``reason``; with
``strict=True`` it raises the matching subclass of :class:`ExtractError` instead. Each class
carries the machine-readable ``reason`` used in non-strict mode.
"""

from __future__ import annotations


class ExtractError(Exception):
    reason = "error"


class EmptyDocument(ExtractError):
    reason = "empty_document"


class NotHTML(ExtractError):
    reason = "not_a_web_page"


class InputTooLarge(ExtractError):
    reason = "input_too_large"


class DecompressionLimit(ExtractError):
    reason = "decompression_limit"


class ExtractTimeout(ExtractError):
    reason = "timeout"


class UndecodableInput(ExtractError):
    reason = "undecodable"


class NoContent(ExtractError):
    """The page was read, but no article text was found on it."""

    reason = "no_content"


class InternalError(ExtractError):
    """A bug in articlextract met by this page; reported, never raised as something else."""

    reason = "internal_error"
