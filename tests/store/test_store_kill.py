"""A writer killed with SIGKILL leaves only whole articles behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import Store

PROJECT = Path(__file__).resolve().parents[2]

# Each write replaces one of a few doc_ids with a version holding a different
# number of events, quotes and participants; the count is also kept in extras,
# so a reader can tell whole articles from torn ones.
WRITER = """
import sys
from eventwire.models import Article, ArticleResult, Event, Participant, Quote
from eventwire.store import Store

def version(i):
    doc_id = f"doc{i % 5}"
    n = 1 + i % 4
    return ArticleResult(
        article=Article(doc_id=doc_id, text="x" * 200, extras={"n": n}),
        events=[Event(id=f"{doc_id}#e{k}", type="CONSULT", actors=[Participant(f"p{k}", "RUS")],
                      recipients=[Participant(f"r{k}", "UKR")]) for k in range(n)],
        quotes=[Quote(id=f"{doc_id}#q{k}", speaker=f"p{k}") for k in range(n)],
    )

batch_size = int(sys.argv[2])
with Store(sys.argv[1]) as store:
    i = 0
    while True:
        store.write_many(((version(j), str(j), "v1") for j in range(i, i + batch_size)), batch_size=batch_size)
        i += batch_size
        if i >= 30 and i - batch_size < 30:
            print("writing", flush=True)
"""


@pytest.mark.parametrize(("batch_size", "delay"), [(1, 0.05), (1, 0.2), (3, 0.1)])
def test_killed_writer_leaves_whole_articles(db_path: Path, batch_size: int, delay: float) -> None:
    command = [sys.executable, "-c", WRITER, str(db_path), str(batch_size)]
    with subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, text=True) as writer:
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
            time.sleep(delay)
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    with Store(db_path, read_only=True) as store:
        articles = store.articles()
        assert len(articles) == 5
        counts = store.counts()
        total = 0
        for article in articles:
            n = article["extras"]["n"]
            total += n
            assert article["events"] == n and article["quotes"] == n
            result = store.article_result(article["doc_id"])
            assert result is not None
            assert all(len(event.actors) == 1 and len(event.recipients) == 1 for event in result.events)
        assert counts["events"] == counts["quotes"] == total
        assert counts["participants"] == 2 * total
