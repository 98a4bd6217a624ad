"""Quote matching (content overlap) and speaker judgement."""

from __future__ import annotations

from eventwire.evaluate import score_document
from eventwire.evaluate.names import is_named, names_match, speaker_correct

CONTENT = "We will not surrender Kharkiv"


def gold_quote(**fields):
    quote = {
        "speaker": "Dmytro Kuleba",
        "speaker_country": "UKR",
        "speaker_sector": "GOV",
        "speaker_mention": "Foreign Minister Dmytro Kuleba",
        "cue": "said",
        "kind": "direct",
        "content": CONTENT,
    }
    quote.update(fields)
    return quote


def system_quote(build, start_shift=0, end_shift=0, **fields):
    span = build.span(CONTENT)
    span = {"text": build.text[span["start"] + start_shift : span["end"] + end_shift],
            "start": span["start"] + start_shift, "end": span["end"] + end_shift}
    quote = {"id": "q1", "speaker": "Dmytro Kuleba", "speaker_country": "UKR", "speaker_sector": "GOV",
             "kind": "direct", "content": span}
    quote.update(fields)
    return quote


def quote_scores(build, system, gold):
    return score_document(build.system(quotes=system), build.gold(quotes=gold)).scores.quotes


def test_exact_content_matches(build):
    scores = quote_scores(build, [system_quote(build)], [gold_quote()])
    assert scores.detection.f1 == 1.0
    assert scores.speaker_accuracy.value == 1.0


def test_overlap_of_half_the_shorter_span_is_enough(build):
    # A same-length span slid right: 29 characters, so half is 14.5.
    assert len(CONTENT) == 29
    enough = quote_scores(build, [system_quote(build, start_shift=14, end_shift=14)], [gold_quote()])
    assert enough.detection.gold_found == 1  # 15 shared characters
    too_little = quote_scores(build, [system_quote(build, start_shift=15, end_shift=15)], [gold_quote()])
    assert too_little.detection.gold_found == 0  # 14 shared characters
    assert (too_little.detection.system, too_little.detection.system_correct) == (1, 0)


def test_longer_system_span_holding_the_gold_content_matches(build):
    # The shorter span is gold's, wholly inside the system's.
    wide = system_quote(build, start_shift=-1, end_shift=len(" Kharkiv,\"") - len(" Kharkiv") + 20)
    assert quote_scores(build, [wide], [gold_quote()]).detection.gold_found == 1


def test_quotes_pair_one_to_one(build):
    scores = quote_scores(build, [system_quote(build), system_quote(build)], [gold_quote()])
    assert (scores.detection.system, scores.detection.system_correct) == (2, 1)


def test_system_content_without_offsets_is_found_in_the_text(build):
    quote = system_quote(build)
    quote["content"] = {"text": CONTENT, "start": -1, "end": -1}
    assert quote_scores(build, [quote], [gold_quote()]).detection.gold_found == 1


def test_surname_matches_full_name_ignoring_case_and_accents():
    assert names_match("Lavrov", "Sergei Lavrov")
    assert names_match("sergei lavrov", "Sergei Lavrov")
    assert names_match("Sergei Lavrov", "Sergei Viktorovich Lavrov")
    assert names_match("Jose Mujica", "José Mujica")
    assert names_match("al-Assad", "Bashar al-Assad")
    assert not names_match("Sergei", "Sergei Lavrov")  # a first name alone is not enough
    assert not names_match("Vladimir Putin", "Sergei Lavrov")
    assert not names_match("", "Sergei Lavrov")


def test_speaker_judged_on_matched_quotes(build):
    surname = system_quote(build, speaker="Kuleba")
    assert quote_scores(build, [surname], [gold_quote()]).speaker_accuracy.value == 1.0
    wrong = system_quote(build, speaker="Volodymyr Zelensky")  # same country and sector, wrong person
    assert quote_scores(build, [wrong], [gold_quote()]).speaker_accuracy.value == 0.0


def test_unnamed_gold_speaker_is_judged_on_country_and_sector():
    gold = gold_quote(speaker="Israeli security sources", speaker_country="ISR", speaker_sector="MIL")
    assert not is_named(gold["speaker"])
    assert speaker_correct({"speaker": "", "speaker_country": "ISR", "speaker_sector": "MIL"}, gold)
    assert not speaker_correct({"speaker": "", "speaker_country": "ISR", "speaker_sector": "GOV"}, gold)
    assert not speaker_correct({"speaker": "", "speaker_country": "PSE", "speaker_sector": "MIL"}, gold)


def test_named_speakers_and_organisations_are_names():
    assert is_named("Sergei Lavrov")
    assert is_named("Bashar al-Assad")
    assert is_named("Ministry of Foreign Affairs")
    assert not is_named("political analysts")
    assert not is_named("AFP photographer")
    assert not is_named("")


def test_transliterated_names_match() -> None:
    from eventwire.evaluate.names import names_match

    assert names_match("Saeb Erekat", "Saeb Erakat")
    assert names_match("Mahmoud Abbas", "Mahmud Abbas")
    assert not names_match("Ali Khan", "Ali Kahn")  # short words must match exactly
    assert not names_match("Vladimir Putin", "Vladimir Potanin")


def test_speaker_named_by_its_mention_counts() -> None:
    from eventwire.evaluate.names import speaker_correct

    gold = {"speaker": "EU Commission", "speaker_country": "IGO", "speaker_sector": "GOV"}
    assert speaker_correct({"speaker": "European Commission", "speaker_mention": "The EU Commission"}, gold)
    assert not speaker_correct({"speaker": "European Commission", "speaker_mention": "he"}, gold)
