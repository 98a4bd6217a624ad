"""HTML pages via trafilatura and htmldate."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.errors import InputError
from eventwire.ingest import parse_html, read_inputs
from eventwire.models import Article, Rejected

PARAGRAPHS = [
    "Russia has never considered incorporating the territories of Nagorno-Karabakh into Russia, Foreign Minister Sergei Lavrov said on Monday in Moscow.",
    "He stressed that the main task of Moscow in the region is to help settle the conflict between Armenia and Azerbaijan and to achieve stability in the area.",
    "The trilateral agreement signed in November does not spell out the status of the territories, he added, because the positions of the countries differ.",
]
PAGE = f"""<!DOCTYPE html><html lang="en"><head><title>Lavrov rules out annexing Karabakh | Example News</title>
<meta property="og:title" content="Lavrov rules out annexing Karabakh">
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.com/world/lavrov-karabakh">
<meta property="article:published_time" content="2021-01-18T15:11:00+03:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Lavrov rules out annexing Karabakh</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article><footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"""


def test_page_body_and_metadata() -> None:
    article = parse_html(PAGE, "page.html")
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.headline == "Lavrov rules out annexing Karabakh"
    assert article.byline == "Jane Doe"
    assert article.source == "Example News"
    assert article.url == "https://news.example.com/world/lavrov-karabakh"
    assert article.published == "2021-01-18T15:11:00"
    assert article.language == "en"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.html.gz", "page.gz", "page.unknown"])
def test_html_read_by_extension_or_content(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = PAGE.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    [article] = list(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.text.startswith("Russia has never considered")


def test_page_without_an_article_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    [rejected] = list(read_inputs([str(path)]))
    assert isinstance(rejected, Rejected) and "no article body" in rejected.reason
    with pytest.raises(InputError):
        parse_html("<html><body></body></html>", "empty.html")


def _benchmark_module() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "html_ingest.py"
    spec = importlib.util.spec_from_file_location("html_ingest_benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shared_pages_reach_the_benchmark_floor(shared_dir: Path) -> None:
    """A quality gate on a few real pages: the body must mostly match the ground truth."""
    token_scores = _benchmark_module().token_scores
    folder = shared_dir / "data" / "html"
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    scores = []
    for page_id in sorted(truth)[:10]:
        [article] = list(read_inputs([str(folder / "pages" / f"{page_id}.html.gz")]))
        text = article.text if isinstance(article, Article) else ""
        scores.append(token_scores(text, truth[page_id]["articleBody"])[2])
    assert sum(scores) / len(scores) > 0.9
