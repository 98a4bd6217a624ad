"""The pipeline's contracts: stage order is checked, refusals are recorded with reasons."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import ArticleRejected, EventwireError
from eventwire.models import Article, ArticleResult, Rejected
from eventwire.pipeline import Pipeline, Stage
from eventwire.state import ArticleState


def _noop(state: ArticleState) -> None:
    return None


def test_stage_needing_what_nobody_provides_is_refused() -> None:
    with pytest.raises(EventwireError, match="needs \\['doc'\\]"):
        Pipeline([Stage("places", _noop, requires=("doc",), provides=("places",))])


def test_refusing_stage_gives_a_reason() -> None:
    def refuse(state: ArticleState) -> None:
        raise ArticleRejected("too short to code")

    pipeline = Pipeline([Stage("refuse", refuse, requires=("article",), provides=())])
    result = pipeline.process(Article(doc_id="a", text="x", origin="in.txt"))
    assert result == Rejected("in.txt", "too short to code")


def test_a_crashing_stage_rejects_only_that_article() -> None:
    def crash(state: ArticleState) -> None:
        if state.article.doc_id == "bad":
            raise ValueError("boom")

    pipeline = Pipeline([Stage("crash", crash, requires=("article",), provides=())])
    good, bad, rejected_input, after = pipeline.process_many(
        [Article(doc_id="a", text="x"), Article(doc_id="bad", text="x"), Rejected("in.bin", "binary"),
         Article(doc_id="c", text="x")])
    assert isinstance(bad, Rejected) and "boom" in bad.reason and "'crash'" in bad.reason
    assert isinstance(good, ArticleResult) and isinstance(after, ArticleResult) and after.article.doc_id == "c"
    assert rejected_input == Rejected("in.bin", "binary")


def test_a_batch_stage_gives_what_the_single_stage_gives(pipeline: Pipeline) -> None:
    texts = ["Government troops attacked rebel positions near Kidal on Monday.",
             "The foreign ministers of Armenia and Azerbaijan met in Moscow on Friday.",
             "Police arrested 12 protesters in Kandahar on Tuesday."]
    articles = [Article(doc_id=f"d{i}", text=t, published="2020-01-08") for i, t in enumerate(texts)]
    one_by_one = [pipeline.process(a) for a in articles]
    batched = list(pipeline.process_many(articles, batch_size=3))
    assert [r.to_dict() for r in batched] == [r.to_dict() for r in one_by_one]  # type: ignore[union-attr]
    assert pipeline.stage_seconds["analyse"] > 0


def test_a_failing_batch_stage_falls_back_to_one_article_at_a_time() -> None:
    def batch(states: list[ArticleState]) -> None:
        raise RuntimeError("batch broke")

    def single(state: ArticleState) -> None:
        if state.article.doc_id == "bad":
            raise ValueError("this one")

    pipeline = Pipeline([Stage("s", single, requires=("article",), provides=(), run_batch=batch)])
    results = list(pipeline.process_many([Article(doc_id=i, text="x") for i in ("a", "bad", "c")]))
    assert [type(r).__name__ for r in results] == ["ArticleResult", "Rejected", "ArticleResult"]


@pytest.mark.parametrize(
    ("article", "words"),
    [
        (Article(doc_id="empty", text="   "), "no text"),
        (Article(doc_id="fr", text="Le gouvernement a annoncé des sanctions contre le pays voisin.", language="fr"), "language 'fr'"),
    ],
)
def test_standard_pipeline_refuses_uncodable_articles(pipeline: Pipeline, article: Article, words: str) -> None:
    result = pipeline.process(article)
    assert isinstance(result, Rejected) and words in result.reason


def test_standard_pipeline_codes_a_sentence(pipeline: Pipeline) -> None:
    article = Article(doc_id="one", text="Government troops attacked rebel positions near Kidal on Monday.", published="2020-01-08")
    result = pipeline.process(article)
    assert isinstance(result, ArticleResult)
    [event] = [e for e in result.events if e.type == "ASSAULT"]
    assert event.date == "2020-01-06" and event.date_source == "timex" and event.status == "asserted"


_NEWS_WORDS = ["Russia", "Armenia", "the", "minister", "said", "he", "talks", "in", "Moscow", "on", "Monday",
               "troops", "attacked", "\"", "'", ",", ".", "\n\n", "-", "(", ")", "2021", "last", "week", "will",
               "not", "agreed", "to", "ceasefire", "Lavrov", "accused", "of", "both", "sides", "Baku", "who", "?"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_NEWS_WORDS) | st.text(min_size=1, max_size=12), min_size=1, max_size=80),
       published=st.sampled_from(["", "2021-01-18", "1997-04-25T10:00:00", "2031-12-31"]))
def test_any_text_is_coded_or_refused_with_a_reason(pipeline, words: list[str], published: str) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    result = pipeline.process(Article(doc_id="fuzz", text=text, published=published))
    assert isinstance(result, ArticleResult | Rejected)
    if isinstance(result, ArticleResult):
        for item in [*result.events, *result.quotes]:
            span = item.evidence if hasattr(item, "evidence") else item.content
            assert text[span.start:span.end] == span.text  # every record points back into the text
