"""The offline stopword language guess."""

from __future__ import annotations

import pytest

from eventwire.ingest import guess_language

SAMPLES = {
    "en": "Russia has never considered the possibility of incorporating the territories into Russia, said the minister.",
    "fr": "La Russie n'a jamais envisagé d'intégrer le Haut-Karabakh, a déclaré le ministre des Affaires étrangères.",
    "de": "Russland hat nie in Erwägung gezogen, Berg-Karabach in die Russische Föderation einzugliedern, sagte der Außenminister.",
    "es": "Rusia nunca ha considerado la posibilidad de incorporar los territorios de Nagorno Karabaj, dijo el ministro.",
    "pt": "A Rússia nunca considerou a possibilidade de incorporar os territórios de Nagorno-Karabakh, disse o ministro.",
    "it": "La Russia non ha mai considerato la possibilità di incorporare i territori del Nagorno-Karabakh, ha detto il ministro.",
    "nl": "Rusland heeft nooit overwogen om de gebieden van Nagorno-Karabach bij Rusland te voegen, zei de minister.",
    "sv": "Ryssland har aldrig övervägt att införliva områdena i Nagorno-Karabach med Ryssland, sade utrikesministern.",
    "pl": "Rosja nigdy nie rozważała możliwości włączenia terytoriów Górskiego Karabachu do Rosji, powiedział minister.",
    "ru": "Россия никогда не рассматривала возможность включения территорий Нагорного Карабаха в состав России, сказал министр.",
    "tr": "Rusya, Dağlık Karabağ topraklarını Rusya'ya katma olasılığını hiçbir zaman düşünmedi ve bu konuda bir açıklama yaptı.",
    "ar": "قال وزير الخارجية الروسي إن روسيا لم تفكر أبدا في ضم أراضي ناغورني قره باغ إلى روسيا وهو ما أكده في بيان",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_guesses_each_listed_language(code: str, text: str) -> None:
    assert guess_language(text) == code


# one function word decides nothing ("met" is Dutch for "with"; "in" is English too), and a name's article is
# the name's ("La Paz" and "Al-Shabaab" hold no Italian)
@pytest.mark.parametrize("text", ["", "Hi there", "Wang Yi met Blinken.", "Ukraine's President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw.", "Bolivian farmers rallied in La Paz.", "Al-Shabaab fighters stormed a hotel in Mogadishu.", "Rival Yemeni parties held UN-sponsored talks in Stockholm.", "12 34 56 78 90", "汉语新闻报道说今天天气很好", "Int 2 RSS May 169.00 N\nInt 3 RSS May 170.00 N"])
def test_unsure_is_und(text: str) -> None:
    assert guess_language(text) == "und"


def test_a_sentence_opening_function_word_still_counts() -> None:
    assert guess_language("Die Regierung hat am Montag die neuen Regeln beschlossen, und der Minister sagte, dass sie gelten.") == "de"
    assert guess_language("Der Spiegel reported that the minister resigned on Monday.") == "en"


def test_a_short_sentence_resting_on_words_english_lacks_is_still_told() -> None:
    # "le" is Italian too, but "le", "le" and "à" are no English words
    assert guess_language("Le président a rencontré le ministre à Paris lundi.") == "fr"
