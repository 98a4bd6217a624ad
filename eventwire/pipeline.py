"""The pipeline: which stages run, in which order, and what each needs and adds.

Stages are plain callables over an ArticleState; they do not import each other.
The order is checked when the pipeline is built: a stage whose inputs no earlier
stage provides is a programming error, caught before any article is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from eventwire.errors import ArticleRejected, EventwireError
from eventwire.models import Article, ArticleResult, Rejected
from eventwire.settings import Settings
from eventwire.state import ArticleState


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[ArticleState], None]
    requires: tuple[str, ...]
    provides: tuple[str, ...]


class Pipeline:
    def __init__(self, stages: list[Stage]) -> None:
        available = {"article"}
        for stage in stages:
            missing = [name for name in stage.requires if name not in available]
            if missing:
                raise EventwireError(f"stage {stage.name!r} needs {missing}, which no earlier stage provides")
            available.update(stage.provides)
        self.stages = stages

    def process(self, article: Article) -> ArticleResult | Rejected:
        state = ArticleState(article=article)
        try:
            for stage in self.stages:
                stage.run(state)
        except ArticleRejected as exc:
            return Rejected(source=article.origin or article.doc_id, reason=exc.reason)
        return state.result()

    def process_many(self, articles: Iterable[Article | Rejected]) -> Iterator[ArticleResult | Rejected]:
        for item in articles:
            yield item if isinstance(item, Rejected) else self.process(item)


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard stages in their order."""
    from eventwire import stages

    return Pipeline(stages.standard_stages(settings or Settings.from_env()))
