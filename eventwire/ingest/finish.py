"""The last step every reader shares: limits, language and identity."""

from __future__ import annotations

from eventwire.errors import InputError
from eventwire.ingest.identity import assign_doc_id
from eventwire.ingest.language import guess_language
from eventwire.ingest.limits import MAX_ARTICLE_TEXT_CHARS
from eventwire.ingest.wire_dateline import wire_dateline
from eventwire.models import Article


def finish_article(article: Article, source: str) -> Article:
    """Check the text, guess the language when the input did not state it, and
    give the article its doc_id. Raises InputError for an article without text
    or with more text than one article can have."""
    _lift_dateline(article)
    if not article.text.strip():
        raise InputError(source, "the article has no text. Fix: put the body of the report in the `text` field (or the file).")
    if len(article.text) > MAX_ARTICLE_TEXT_CHARS:
        raise InputError(
            source,
            f"the article text has {len(article.text):,} characters, over the limit of "
            f"{MAX_ARTICLE_TEXT_CHARS:,} (MAX_ARTICLE_TEXT_CHARS) for one article. "
            "Fix: split the input into separate articles (one JSON record each).",
        )
    if not article.language:
        article.language = guess_language(f"{article.headline}\n{article.text}")
    if not article.doc_id:
        article.doc_id = assign_doc_id(article)
    return article


def _lift_dateline(article: Article) -> None:
    """"MOSCOW, June 1 (Reuters) - Russian President ...": a record or page whose text
    opens with a wire dateline gets it as its dateline, so that "MOSCOW" is read as where
    the report was filed, not as the first sentence's subject."""
    found = wire_dateline(article.text)
    if found is None:
        return
    if article.dateline:
        article.extras["wire_dateline"] = found.text  # the stated one wins, as for raw text
    else:
        article.dateline = found.text
    article.text = article.text[found.end :].lstrip()
    article.source = article.source or found.agency
