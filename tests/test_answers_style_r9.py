"""Typing styles, on the real knowledge base: Russian typed on the English keyboard layout (with a
greeting or chatter, a "?" typed as on the English layout, words run together, misspelt words),
the month asked of a meeting named by its kind and city, and counts of the security sphere's
bodies. A question typed on the wrong layout gets the verdict of the same question in Cyrillic.

Verdicts are asserted, not wording; "today" is always handed in.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.answers.yesno import is_yes_no
from bot.search.text import few_latin_vowels, swap_layout_to_cyrillic, swap_layout_to_latin
from tests.answer_helpers import DUSHANBE, EXERCISE, SECRETARIES, SPB, XVIII, verdict_of


def _same(verdict: Verdict) -> tuple[object, ...]:
    return (verdict.kind, verdict.answered, verdict.focus[:1], verdict.items[:3], verdict.value, verdict.yes, verdict.lang)


@pytest.mark.parametrize(
    "question",
    [
        # a yes or no asked by its tone: the "?" at the end stays a question mark
        "Трефилов выступал в Москве?",
        "Армения была на заседании СМВД в Петербурге?",
        "В 2025 году органы провели 20 заседаний, так?",
        "Заседание СМВД СНГ было в июле?",
        # chatter and words the sources do not hold: still Russian
        "Здравствуйте! Готовлю справку для руководства, подскажите, пожалуйста, кто такой Трефилов? Спасибо",
        "Кто борется с ОПГ на пространстве СНГ?",
        "Что произошло в июне 2025 года?",
        "Как приготовить плов?",
        # read as typed (not as spelling repair leaves it), and the year before last
        "Когда Туркменистан вышел из Совета министров внутренних дел?",
        "Где родился Денис Трефилов?",
        "Какие заседания прошли в позапрошлом году?",
    ],
)
def test_a_question_typed_on_the_english_layout_gets_the_cyrillic_verdict(engine: Engine, question: str) -> None:
    # The comma is Shift+/ on the Russian layout: typed blind it comes out as "?".
    typed = swap_layout_to_latin(question)
    assert _same(verdict_of(engine, typed)) == _same(verdict_of(engine, question))


@pytest.mark.parametrize(
    ("typed", "meeting"),
    [
        ("d rfrjv ujhjlt ghjikj cjdtofybt ctrhtnfhtq,tpjgfcyjcnb", SECRETARIES),  # секретарейбезопасности
        ("ult ghjikjpfctlfybt cjdtnfvbybcnhjd", SPB),  # прошлозаседание советаминистров
        ("ult ghjikj pfctlfybt cjdtnfvbybcnhjd dyenhtyyb[ ltk?", SPB),
    ],
)
def test_words_run_together_on_the_wrong_layout_are_read_apart(engine: Engine, typed: str, meeting: str) -> None:
    verdict = verdict_of(engine, typed)
    assert (verdict.answered, verdict.intent, verdict.focus[:1], verdict.lang) == (True, "where", [meeting], "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gjxtve yt,j ujke,jt crjkmrj", True),
        ("crjkmrj jhufyjd jnhfcktdjuj cjnhelybxtcndf", True),
        ("ULT GHJIKJ 13 PFCTLFYBT", True),  # typed in capitals: counted whole
        ("rnj djpukfdkztn FNW", True),
        ("ult ghjikj XVIII cjdtofybt", True),  # the Roman numeral is left out
        ("Which CIS body tackles arms trafficking?", False),
        ("kazakhstan byl na vstreche specsluzhb sng v moskve?", False),
        ("gde sobiralis glavy specsluzhb SNG", False),
        ("CSTO RATS SCO EAG?", False),  # abbreviations only
        ("tl;dr pls", False),  # too short to tell
    ],
)
def test_latin_with_hardly_a_vowel_is_the_wrong_layout(text: str, expected: bool) -> None:
    assert few_latin_vowels(text) is expected


def test_a_question_mark_ending_a_sentence_stays_one() -> None:
    assert swap_layout_to_cyrillic("nfr?") == "так?"
    assert swap_layout_to_cyrillic("D 2025 ujle jhufys ghjdtkb 20 pfctlfybq? nfr?") == "В 2025 году органы провели 20 заседаний, так?"
    assert swap_layout_to_cyrillic("ult? Ult ,skj&") == "где? Где было?"
    assert swap_layout_to_cyrillic("Yt gjlcrf;tim? rfrfz gjujlf") == "Не подскажешь, какая погода"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("In what month were the supreme bodies meetings in Dushanbe?", DUSHANBE),
        ("what month was the CIS summit in Dushanbe?", DUSHANBE),
        ("which month were the Commonwealth-Antiterror 2025 exercises held?", EXERCISE),
        ("which year were the Commonwealth-Antiterror exercises held?", EXERCISE),
        ("в каком месяце прошло XVIII совещание в Москве", XVIII),
        ("в каком месяце собирались секретари советов безопасности в Москве", SECRETARIES),
        ("v kakom mesyace bylo zasedanie MVD v Peterburge", SPB),
        # a terse fragment
        ("month of the XVIII meeting?", XVIII),
        ("XVIII совещание — месяц?", XVIII),
    ],
)
def test_the_month_of_a_meeting_is_its_date(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.answered, verdict.kind, verdict.intent, verdict.focus[:1]) == (True, "fact", "when", [meeting])


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many sectoral bodies in security?", 16),
        ("сколько органов отраслевого сотрудничества в безопасности?", 16),
        ("ghbdtn! crjkmrj jhufyjd jnhfcktdjuj cjnhelybxtcndf d ,tpjgfcyjcnb?", 16),
        ("skolko otraslevyh organov v bezopasnosti", 16),
        ("how many specialised security bodies are there?", 3),
        ("how many bodies of security cooperation are there?", 19),
        # a verb that says they are there names none of them
        ("How many bodies work in the CIS security sphere?", 19),
        ("сколько органов работает в сфере безопасности", 19),
    ],
)
def test_a_count_of_the_spheres_bodies_is_the_sources_figure(engine: Engine, question: str, figure: int) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.answered, verdict.kind, verdict.value) == (True, "count", figure)


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("how many bodies of security cooperation are there?", False),
        ("how many meetings were there in 2025?", False),
        ("what is it?", False),
        ("The XVIII meeting was held in Moscow, wasn't it?", True),
        ("how many bodies are there, are there?", True),
        ("Как правильно: программы на 2026-2028 годы были утверждены правда?", True),
    ],
)
def test_are_there_after_a_question_word_is_no_tag(question: str, yes_no: bool) -> None:
    assert is_yes_no(question) is yes_no


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        # a Roman numeral typed on the Russian layout
        ("Когда прошло ЧМШШШ совещание", "Когда прошло XVIII совещание"),
        ("Was a final communiqué adopted at the ЧМШШШ meeting?", "Was a final communiqué adopted at the XVIII meeting?"),
        # Shift+/ meant as "?" gives the Russian comma: a final comma asks
        ("Трефилов выступал на 13-м заседании секретарей советов безопасности,", "Трефилов выступал на 13-м заседании секретарей советов безопасности?"),
        ("ОДКБ участвовала в XVIII совещании, правда,", "ОДКБ участвовала в XVIII совещании, правда?"),
        # English typed on the Russian layout, "the year before last" in it
        ("Црфе ьууештпы цуку рудв еру нуфк иуащку дфые?", "What meetings were held the year before last?"),
    ],
)
def test_keys_pressed_as_on_the_other_layout_in_a_question(engine: Engine, typed: str, plain: str) -> None:
    assert _same(verdict_of(engine, typed)) == _same(verdict_of(engine, plain))


@pytest.mark.parametrize(
    "question",
    ["when were the meetings in Moscow?", "In which month were the meetings in Moscow?", "когда проходили заседания в Москве?"],
)
def test_the_dates_of_several_meetings_in_a_city_are_listed(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.answered, verdict.kind, verdict.filters.get("place")) == (True, "list", ["moscow"])
    assert {XVIII, SECRETARIES} <= set(verdict.items)


@pytest.mark.parametrize("question", ["what was decided this month?", "что решили за последний месяц?"])
def test_a_month_of_the_calendar_asks_no_date(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).intent != "when"


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("rnj djpukfdkztn ATC?", "кто возглавляет ATC?"),
        ("xnj nfrjt CSTO?", "что такое CSTO?"),
        ("rjulf ,skb extybz Commonwealth-Antiterror?", "когда были учения Commonwealth-Antiterror?"),
    ],
)
def test_a_latin_name_inside_a_question_on_the_wrong_layout_stays_latin(engine: Engine, typed: str, plain: str) -> None:
    verdict = verdict_of(engine, typed)
    assert verdict.answered
    assert _same(verdict) == _same(verdict_of(engine, plain))


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("совещание совета секретарей безопасности прошло", SECRETARIES),
        ("the meeting of the interior ministers council was held", SPB),
    ],
)
def test_a_meeting_held_is_asked_of_the_body_that_held_it(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.answered, verdict.focus[:1]) == (True, [meeting])
