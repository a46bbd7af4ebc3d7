"""Questions typed the way fast users type them, on the real knowledge base: Russian in Latin
letters, greetings without punctuation, and format requests or calls wrapped around a question
("one word: ...", "just the date pls — ...", "ЭЙ БОТ ..."). The verdict must be the one the plainly
typed question gets: the asked attribute of the right entry. Verdicts, not their wording; "today"
is always handed in."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import verdict_of

# ==================================================================================================
# Latin-typed Russian, English kept English, greetings without punctuation.


@pytest.mark.parametrize(
    ("question", "intent", "entity"),
    [
        # "data" is "дата": the date is asked
        ("13e zasedanie sekretarej sovetov bezopasnosti - data?", "when", "mtg_2025_11_05_security_secretaries_13"),
        ("data zasedaniya smvd", "when", "mtg_2025_08_12_interior_ministers"),
        # "kto utverdil", "chto reshili": what was decided or approved
        ("kto utverdil programmu po ukrepleniyu granic", "outcomes", None),
        ("chto reshili v dushanbe", "outcomes", None),
    ],
)
def test_latin_typed_russian_asks_what_its_cyrillic_reading_asks(
    engine: Engine, question: str, intent: str, entity: str | None
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.lang == "ru", verdict
    assert verdict.intent == intent, verdict
    if entity is not None:
        assert verdict.kind == "fact" and verdict.attribute == "date" and verdict.focus == [entity], verdict


@pytest.mark.parametrize(
    "question",
    [
        "who is the head of the ATC",  # English stays as it is read
        "What is the Anti-Terrorism Center?",
        "ATC",
    ],
)
def test_english_questions_are_not_read_as_russian(engine: Engine, question: str) -> None:
    plain = verdict_of(engine, question)
    assert plain.lang == "en" and plain.intent in ("card", "head"), plain


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("привет кто такой клемез", "кто такой клемез"),
        ("ПРИВЕТ КАКОЙ СТАТУС У ШОС В СНГ", "какой статус у шос в снг"),
        ("Добрый вечер где прошло заседание смвд спасибо", "где прошло заседание смвд"),
        ("кто такой клемез спасибо", "кто такой клемез"),
        ("privet kto takoy klemez spasibo", "kto takoy klemez"),
        ("hey there who is klemez thx", "who is klemez"),
        ("Hello when did the interior ministers meet, thanks a lot", "when did the interior ministers meet"),
    ],
)
def test_a_greeting_or_thanks_without_punctuation_changes_nothing(engine: Engine, question: str, plain: str) -> None:
    wrapped = verdict_of(engine, question)
    expected = verdict_of(engine, plain)
    assert expected.answered and expected.kind != "clarify", expected
    assert (wrapped.kind, wrapped.answered, wrapped.focus, wrapped.attribute, wrapped.lang) == (
        expected.kind,
        expected.answered,
        expected.focus,
        expected.attribute,
        expected.lang,
    ), wrapped


@pytest.mark.parametrize("question", ["привет", "Hi", "спасибо", "thanks!"])
def test_a_greeting_alone_is_still_declined(engine: Engine, question: str) -> None:
    assert not verdict_of(engine, question).answered


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("hwo spoke at the security secretaries meeting in moscow", "speakers"),
        ("hwo addressed the 13th meeting", "speakers"),
        ("hwo many states attended the XVIII meeting", "count"),
        ("hwo much time does the border programme cover", "period"),
    ],
)
def test_a_slip_that_stands_for_two_question_words_is_read_by_the_next_word(
    engine: Engine, question: str, intent: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == intent, verdict


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("скок стран было на смвд в питере", "mtg_2025_08_12_interior_ministers"),
        ("сколько стран было на заседании в Питере", "mtg_2025_08_12_interior_ministers"),
        ("how many countries were at the interior ministers' meeting in SPb", "mtg_2025_08_12_interior_ministers"),
    ],
)
def test_a_meeting_is_found_by_a_colloquial_name_of_its_city(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [meeting] and verdict.value["number"] == 8, verdict


@pytest.mark.parametrize(
    "question",
    [
        "how many sectoral cooperation bodies are there in the security sphere",
        "сколько отраслевых органов в сфере безопасности",
        "skolko otraslevyh organov sotrudnichestva v sfere bezopasnosti",
    ],
)
def test_the_security_sphere_is_where_the_category_lies_not_a_word_of_names(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == 16, verdict


@pytest.mark.parametrize(
    "question",
    [
        "какие специализированные органы в сфере безопасности",
        "which specialised bodies are there in the security sphere",
        "kakie specializirovannye organy v sfere bezopasnosti",
    ],
)
def test_the_security_sphere_picks_no_body_by_topic(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("list", "count"), verdict
    assert set(verdict.items) == {"atc", "bcoc", "illegal_migration_joint_commission"}, verdict


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("13-е заседание секретарей советов безопасности - дата?", "date"),
        ("СМВД в Петербурге — дата?", "date"),
        ("заседание совета министров внутренних дел — город?", "place"),
    ],
)
def test_a_fragment_ending_with_what_it_asks_gets_no_yes(engine: Engine, question: str, attribute: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == attribute and verdict.yes is None, verdict


def test_a_tone_question_still_gets_its_yes_or_no(engine: Engine) -> None:
    verdict = verdict_of(engine, "заседание СМВД прошло в Минске?")
    assert verdict.yes is False, verdict


@pytest.mark.parametrize(
    "question",
    ["какой статус получила шос при снг", "shos kakoi status poluchila pri sng", "Какой статус получила ШОС?"],
)
def test_a_verb_of_receiving_asks_for_what_was_granted(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote" and "sco" in verdict.focus, verdict
    assert any("observer" in statement.en.lower() for statement in verdict.statements), verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [("Получила ли ШОС статус полноправного члена СНГ?", False), ("Получила ли ШОС статус наблюдателя при СНГ?", True)],
)
def test_a_verb_of_receiving_keeps_its_yes_or_no(engine: Engine, question: str, yes: bool) -> None:
    assert verdict_of(engine, question).yes is yes


@pytest.mark.parametrize(
    "question",
    [
        "сколько секций было на XVIII совещании",
        "skolko sekcij bylo na XVIII soveshchanii krome plenarnoj",
        "skolko sessij bylo na XVIII soveshchanii",
        "how many sessions did the XVIII meeting have",
    ],
)
def test_sessions_are_counted_however_they_are_named_or_typed(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == ["mtg_2025_06_10_counter_terrorism_heads_18"], verdict
    assert verdict.attribute == "count" and verdict.value["of"] == "sessions" and verdict.value["number"] == 5, verdict


@pytest.mark.parametrize(
    ("question", "intent", "focus"),
    [
        ("kto byl predsedatelem soveta glav gosudarstv sng v iyune 2025 goda?", "head", "council_heads_of_state"),
        ("kem rabotaet klemez v ispolkome sng?", "role", "yevgeny_klemez"),
        ("xviii soveshchanie — gorod?", "where", "mtg_2025_06_10_counter_terrorism_heads_18"),
    ],
)
def test_latin_typed_russian_asking_a_value_gets_the_value_and_no_yes(
    engine: Engine, question: str, intent: str, focus: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.yes is None and verdict.intent == intent, verdict
    assert verdict.focus[:1] == [focus], verdict


def test_latin_typed_russian_tone_question_keeps_its_yes(engine: Engine) -> None:
    assert verdict_of(engine, "kazakhstan byl na vstreche v moskve?").yes is True


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("nhtabkjd ljk;yjcnm", "трефилов должность"),
        ("rktvtp ljk;yjcnm", "клемез должность"),
        ("xnj ghjbc[jlbkj jctym. 2025 ujlf?", "что происходило осенью 2025 года?"),
    ],
)
def test_a_word_naming_the_value_asked_counts_in_the_keyboard_layout_repair(
    engine: Engine, question: str, plain: str
) -> None:
    typed = verdict_of(engine, question)
    expected = verdict_of(engine, plain)
    assert expected.answered, expected
    assert (typed.kind, typed.focus, typed.items, typed.lang) == (expected.kind, expected.focus, expected.items, "ru"), typed


@pytest.mark.parametrize(
    ("question", "focus", "intent"),
    [
        ("trefilov dolzhnost", "denis_trefilov", "role"),
        ("kem rabotaet klemez?", "yevgeny_klemez", "role"),
        ("XVIII soveshchanie gorod", "mtg_2025_06_10_counter_terrorism_heads_18", "where"),
    ],
)
def test_a_latin_typed_russian_fragment_is_answered_in_russian(
    engine: Engine, question: str, focus: str, intent: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.lang == "ru" and verdict.intent == intent, verdict
    assert verdict.focus[:1] == [focus], verdict


@pytest.mark.parametrize(
    "question",
    [
        "XVIII CT MEETING VENUE",
        "KTO RESHIL SOZDAT ATC",
        "WHICH COUNCIL LOOKS AFTER ACCIDENTS AT CHEMICAL PLANTS AND MINES",
        "KOGDA PESKOV SKAZAL PRO GLUBOKIJ POTENCIAL SOTRUDNICHESTVA V SNG",
        "ПРИВЕТ КАКОЙ СТАТУС У ШОС В СНГ",
    ],
)
def test_a_shouted_question_is_read_as_the_same_question_in_lower_case(engine: Engine, question: str) -> None:
    shouted = verdict_of(engine, question)
    quiet = verdict_of(engine, question.lower().replace("xviii", "XVIII"))
    assert quiet.answered and quiet.kind not in ("clarify", "not_recorded"), quiet
    assert (shouted.kind, shouted.focus, shouted.attribute, shouted.yes) == (
        quiet.kind,
        quiet.focus,
        quiet.attribute,
        quiet.yes,
    ), shouted


def test_a_few_abbreviations_in_capitals_are_no_shouting(engine: Engine) -> None:
    verdict = verdict_of(engine, "WHAT DOES ATC STAND FOR")
    assert verdict.answered and verdict.focus == ["atc"], verdict


@pytest.mark.parametrize(
    "question",
    [
        "когда будет следующее xix совещание руководителей антитеррористических подразделений",
        "where was the xix meeting of heads of counter-terrorism units",
    ],
)
def test_a_meeting_number_in_lower_case_roman_numerals_is_checked_too(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.value["number"] == 19, verdict


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        (
            "здравствуйте коллеги посоветовали ваш бот мне для справки сколько всего встреч провели органы"
            " безопасности снг за 2025 год спасибо",
            "сколько всего встреч провели органы безопасности снг за 2025 год",
        ),
        ("пишу статью кто такой клемез", "кто такой клемез"),
        ("hello i am writing a piece where did the interior ministers meet", "where did the interior ministers meet"),
    ],
)
def test_a_lead_in_of_chatter_without_a_stop_is_dropped(engine: Engine, question: str, plain: str) -> None:
    chatty = verdict_of(engine, question)
    expected = verdict_of(engine, plain)
    assert expected.answered and expected.kind != "clarify", expected
    assert (chatty.kind, chatty.focus, chatty.attribute, chatty.value) == (
        expected.kind,
        expected.focus,
        expected.attribute,
        expected.value,
    ), chatty


@pytest.mark.parametrize(
    "question",
    [
        "какой департамент исполкома координирует органы безопасности",
        "какой отдел исполкома координирует органы безопасности",
        "kakoj otdel ispolkoma koordiniruet organy bezopasnosti",
    ],
)
def test_a_department_asked_for_is_no_council_of_the_field_named(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert "security_services_heads_council" not in verdict.focus, verdict
    assert verdict.focus == ["security_cooperation_department"] or verdict.kind == "clarify", verdict


# ==================================================================================================
# Format requests and calls wrapped around a question: they ask for nothing of their own, the
# verdict is the plain question's, and "just the date" keeps asking for the date.


@pytest.mark.parametrize(
    ("wrapped", "plain"),
    [
        ("one word: city of the XVIII CT meeting", "city of the XVIII CT meeting"),
        ("ЭЙ БОТ СКОЛЬКО ОТРАСЛЕВЫХ ОРГАНОВ??", "сколько отраслевых органов?"),
        ("hey bot how many specialised bodies", "how many specialised bodies"),
        (
            "Объясни простыми словами, как ребёнку: зачем нужен Антитеррористический центр СНГ?",
            "зачем нужен Антитеррористический центр СНГ?",
        ),
        ("Одной фразой: сколько специализированных органов СНГ?", "сколько специализированных органов СНГ?"),
        ("v odnom predlozhenii: skolko otraslevyh organov?", "skolko otraslevyh organov?"),
        ("in plain words: who is Klemez?", "who is Klemez?"),
        ("ey bot, kto takoy Trefilov?", "kto takoy Trefilov?"),
    ],
)
def test_a_format_request_gets_the_plain_questions_answer(engine: Engine, wrapped: str, plain: str) -> None:
    expected = verdict_of(engine, plain)
    verdict = verdict_of(engine, wrapped)
    assert expected.answered
    assert (verdict.answered, verdict.kind, verdict.focus, verdict.lang) == (
        expected.answered,
        expected.kind,
        expected.focus,
        expected.lang,
    )


@pytest.mark.parametrize(
    "question",
    [
        "just the date pls — interior ministers st petersburg",
        "only the date: XVIII counter-terrorism meeting",
    ],
)
def test_just_the_date_still_asks_for_the_date(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent in ("when", "date")
    assert verdict.kind != "card"


def test_a_request_alone_is_no_question_stripped_to_nothing(engine: Engine) -> None:
    # Only the wrapper, no question: it is kept as it is, nothing crashes.
    verdict = verdict_of(engine, "one word:")
    assert verdict.lang == "en"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("ЕАГ — это что за структура?", "eag"),
        ("что за структура ЕАГ?", "eag"),
        ("chto za struktura EAG?", "eag"),
        ("EAG eto chto za organizaciya?", "eag"),
        ("АТЦ — что за орган?", "atc"),
        ("РАТС ШОС — это что за организация?", "rats_sco"),
    ],
)
def test_what_kind_of_body_is_a_definition(engine: Engine, question: str, entity: str) -> None:
    # The kind noun ("структура") names no fact: the body named is defined.
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.lang == "ru"
    assert verdict.focus == [entity]


def test_which_body_decided_is_no_definition(engine: Engine) -> None:
    # "что за орган" before a verb asks who did it: it is left to the search as before.
    parsed = engine.parse("что за орган принял решение о статусе наблюдателя ШОС?")
    assert "орган" in parsed.text


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("one word: city of the XVIII CT meeting", "mtg_2025_06_10_counter_terrorism_heads_18"),
        ("city of the interior ministers meeting in August", "mtg_2025_08_12_interior_ministers"),
        ("venue of the 13th meeting of security council secretaries", "mtg_2025_11_05_security_secretaries_13"),
    ],
)
def test_a_fragment_starting_with_the_place_asks_where(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent == "where"
    assert verdict.focus == [meeting]
