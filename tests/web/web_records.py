"""Hand-built article results for the web tests (a plain module, imported by a unique name).

Two reports of one clash (for "other reports of this event") and an article whose
text and URL are hostile HTML (for the escaping tests).
"""

from __future__ import annotations

from eventwire.models import (
    Article,
    ArticleResult,
    Event,
    Location,
    Participant,
    Quote,
    TextSpan,
)

HOSTILE_DOC = "hostile-markup-1"
HOSTILE_MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
# Shown literally wherever a headline, speaker or actor name appears; never parsed.
HOSTILE_HEADLINE = '<script>window.__pwned=1</script><b>Markup</b> in a headline'
HOSTILE_SPEAKER = '<img src=x onerror="alert(1)">Officials'
HOSTILE_ACTOR = "<svg onload=window.__pwned=1>"
HOSTILE_RECIPIENT = "javascript:alert(document.domain)"
HOSTILE_URL = "javascript:window.__pwned=1"
REPORT_DOCS = ("clash-report-a", "clash-report-b")


def _clash(doc_id: str, text: str, published: str, evidence: str) -> ArticleResult:
    start = text.index(evidence)
    army = Participant("Freedonian army", "FRE", "MIL", mention="Freedonian army", start=text.index("Freedonian army"),
                       end=text.index("Freedonian army") + len("Freedonian army"))
    town = Participant("Sylvanian civilians", "SYL", "CVL")
    return ArticleResult(
        article=Article(doc_id=doc_id, text=text, headline=f"Shelling reported ({doc_id})", published=published, source="Test Wire"),
        events=[Event(
            id=f"{doc_id}#e1", type="ASSAULT", quad=4, score=-9.0, actors=[army], recipients=[town],
            date="2031-05-04", date_precision="day", date_source="timex",
            location=Location("Glenville", "SYL", 10.5, 20.5, "point"),
            evidence=TextSpan(evidence, start, start + len(evidence)), confidence=0.9, why="test",
        )],
    )


def clash_reports() -> list[ArticleResult]:
    return [
        _clash(REPORT_DOCS[0], "The Freedonian army shelled Glenville on Sunday, residents said.", "2031-05-05",
               "The Freedonian army shelled Glenville on Sunday"),
        _clash(REPORT_DOCS[1], "Glenville came under fire from the Freedonian army on Sunday.", "2031-05-06",
               "Glenville came under fire from the Freedonian army"),
    ]


def hostile() -> ArticleResult:
    text = f"Officials said {HOSTILE_MARKUP} was found in the statement. Protesters marched in the capital."
    evidence = "Protesters marched in the capital"
    start = text.index(evidence)
    quote_start = text.index("<img")
    return ArticleResult(
        article=Article(doc_id=HOSTILE_DOC, text=text, headline=HOSTILE_HEADLINE, published="2031-06-01",
                        url=HOSTILE_URL, source="<i>Wire</i>"),
        events=[Event(
            id=f"{HOSTILE_DOC}#e1", type="PROTEST", quad=4, score=-6.5,
            actors=[Participant(HOSTILE_ACTOR, "UNK", "CVL")], recipients=[Participant(HOSTILE_RECIPIENT, "UNK", "GOV")],
            date="2031-06-01", date_precision="day", evidence=TextSpan(evidence, start, start + len(evidence)),
        )],
        quotes=[Quote(id=f"{HOSTILE_DOC}#q1", speaker=HOSTILE_SPEAKER, content=TextSpan(HOSTILE_MARKUP, quote_start, quote_start + len(HOSTILE_MARKUP)))],
    )


def extra_results() -> list[ArticleResult]:
    return [*clash_reports(), hostile()]
