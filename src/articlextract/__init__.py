"""articlextract: clean articles (headline, byline, date, body) from scraped HTML and text dumps."""

from .api import Explanation, explain, extract
from .errors import ExtractError
from .model import Article, BlockReport
from .options import DEFAULT_OPTIONS, Options

__version__ = "0.1.0"

__all__ = ["extract", "explain", "Article", "Explanation", "BlockReport", "Options", "DEFAULT_OPTIONS",
           "ExtractError", "__version__"]
