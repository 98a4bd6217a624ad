"""The pipeline: which stages run, in which order, and what each needs and adds.

Stages are plain callables over an ArticleState; they do not import each other.
The order is checked when the pipeline is built: a stage whose inputs no earlier
stage provides is a programming error, caught before any article is read.

Articles go through in batches: each stage runs over the whole batch before the next,
so a stage that can work on many articles at once (the parser, through ``nlp.pipe``)
does. The time each stage takes is kept in ``stage_seconds`` for ``eventwire bench``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from eventwire.errors import ArticleRejected, EventwireError
from eventwire.models import Article, ArticleResult, Rejected
from eventwire.settings import Settings
from eventwire.state import ArticleState

DEFAULT_BATCH_SIZE = 16

Outcome = ArticleResult | Rejected


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[ArticleState], None]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    # the same work over many articles at once; must give what ``run`` gives each
    run_batch: Callable[[list[ArticleState]], None] | None = None


class Pipeline:
    def __init__(self, stages: list[Stage]) -> None:
        available = {"article"}
        for stage in stages:
            missing = [name for name in stage.requires if name not in available]
            if missing:
                raise EventwireError(f"stage {stage.name!r} needs {missing}, which no earlier stage provides")
            available.update(stage.provides)
        self.stages = stages
        self.stage_seconds: Counter[str] = Counter()

    def process(self, article: Article) -> Outcome:
        """One article; a refusal comes back as Rejected, a bug in a stage raises."""
        state = ArticleState(article=article)
        try:
            for stage in self.stages:
                self._timed(stage, stage.run, state)
        except ArticleRejected as exc:
            return _rejected(article, exc.reason)
        return state.result()

    def process_many(self, items: Iterable[Article | Rejected], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Outcome]:
        """Every item in order, coded in batches. A bug in a stage rejects only the
        article it happened on, with the error, and the run goes on."""
        iterator = iter(items)
        while batch := list(islice(iterator, batch_size)):
            articles = [item for item in batch if isinstance(item, Article)]
            coded = iter(self._process_batch(articles))
            for item in batch:
                yield item if isinstance(item, Rejected) else next(coded)

    def _process_batch(self, articles: Sequence[Article]) -> list[Outcome]:
        states = [ArticleState(article=article) for article in articles]
        outcomes: list[Outcome | None] = [None] * len(states)
        for stage in self.stages:
            live = [i for i, outcome in enumerate(outcomes) if outcome is None]
            if stage.run_batch is not None and len(live) > 1 and self._batch_ran(stage, [states[i] for i in live]):
                continue
            for i in live:
                outcomes[i] = self._safe_run(stage, states[i])
        return [outcome or state.result() for outcome, state in zip(outcomes, states, strict=True)]

    def _batch_ran(self, stage: Stage, states: list[ArticleState]) -> bool:
        assert stage.run_batch is not None
        try:
            self._timed(stage, stage.run_batch, states)
        except Exception:  # noqa: BLE001 - run them one by one to find the article at fault
            return False
        return True

    def _safe_run(self, stage: Stage, state: ArticleState) -> Rejected | None:
        try:
            self._timed(stage, stage.run, state)
        except ArticleRejected as exc:
            return _rejected(state.article, exc.reason)
        except EventwireError as exc:
            return _rejected(state.article, str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad article must not lose the batch
            return _rejected(state.article, f"internal error in stage {stage.name!r} ({type(exc).__name__}: {exc}); please report it")
        return None

    def _timed(self, stage: Stage, run: Callable[[ArticleState], None] | Callable[[list[ArticleState]], None],
               arg: ArticleState | list[ArticleState]) -> None:
        started = time.perf_counter()
        try:
            run(arg)  # type: ignore[arg-type]
        finally:
            self.stage_seconds[stage.name] += time.perf_counter() - started


def _rejected(article: Article, reason: str) -> Rejected:
    return Rejected(source=article.origin or article.doc_id, reason=reason)


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard stages in their order."""
    from eventwire import stages

    return Pipeline(stages.standard_stages(settings or Settings.from_env()))
