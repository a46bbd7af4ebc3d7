"""What a person or a source said, asked in the ways fresh questions ask it, on the real knowledge
base: a remark asked by a paraphrase of its content (its asked clause first, then what it goes on
to say; "the future" as its topic, not the upcoming filter), verbs of judging or raising a point
("what did X find symbolic", "which decisions did he bring up", "коснулся"), "did X say <claim>"
(a word the statement holds in another form is held: "Nazi" for Nazism; a claim about a place
answered with what he said about it), "does the article mention ..." (its commentary counts), and
"how does the article characterise ..." (its commentary kept with a remark it reports).

Verdicts are asserted, not wording; "today" is always handed in.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.intent import detect
from bot.present.answer import relevant_part
from bot.search.text import prepare
from tests.answer_helpers import INTEL, KLEMEZ, SPB, verdict_of


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Что сказал Клемез о том, как сегодняшние действия скажутся на будущем Содружества?", "будущее"),
        ("Что Клемез говорил о будущем Содружества?", "будущее"),
        ("What did Klemez say about the future of the Commonwealth?", "future"),
        ("chto skazal Klemez o budushchem SNG", "будущее"),
    ],
)
def test_the_future_as_a_remarks_topic_finds_the_remark(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered
    assert words in verdict.statements[0].get(verdict.lang).lower()


@pytest.mark.parametrize(
    ("question", "upcoming"),
    [
        ("что сказал клемез о будущем содружества", False),
        ("what did klemez say about the future of the cis", False),
        ("which future meetings are planned", True),
        ("какие заседания пройдут в будущем году", True),
        ("what is planned for the future", True),
    ],
)
def test_only_the_future_as_a_topic_is_no_upcoming_filter(question: str, upcoming: bool) -> None:
    assert detect(prepare(question)).upcoming is upcoming


@pytest.mark.parametrize(
    ("text", "about", "asked", "following"),
    [
        (
            "«Очевидно, что вызовы и угрозы криминального характера переплетены и взаимосвязаны. На фоне снижения "
            "эффективности международных систем безопасности они представляют опасность для наших стран. В этих "
            "условиях государства СНГ делают акцент на укреплении основ солидарности, отстаивании концепции общей, "
            "комплексной и устойчивой безопасности в приоритетных сферах взаимодействия, включая правоохранительную».",
            ["pereplet"],
            "переплетены",
            "снижения эффективности",
        ),
        (
            "Significant work has been done to establish the framework. We are enhancing the effectiveness of joint "
            "operational-preventive measures, training personnel, building up operational and logistical "
            "capabilities. And we refine analytical and scientific research, which matters for what comes after. "
            "Another sentence that is there only to make the text longer than the limit of the quote shown here.",
            ["enhanc"],
            "enhancing",
            "refine analytical",
        ),
    ],
)
def test_the_asked_clause_comes_with_what_follows_it(text: str, about: list[str], asked: str, following: str) -> None:
    """A long remark is cut to the clause that holds the asked words and, while there is room, the
    ones after it (it was cut to the asked clause alone: the point it leads to was lost)."""
    shown = relevant_part(text, about, 320)
    assert asked in shown and following in shown
    assert len(shown) <= 320


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What did Trefilov find symbolic about the summit's decisions?", "shanghai"),
        ("What did Klemez find symbolic about St Petersburg?", "symbolic"),
        ("Каких решений душанбинского саммита коснулся Трефилов?", "шанхайской"),
    ],
)
def test_judging_or_raising_a_point_is_saying(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered
    assert any(words in statement.get(verdict.lang).lower() for statement in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez warn against glorifying Nazi collaborators?",
        "Did Klemez speak about Nazi crimes?",
        "Did Putin mention the fight against the Nazis?",
    ],
)
def test_a_word_held_in_another_form_is_held(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert any("nazism" in statement.en.lower() for statement in verdict.statements)


def test_a_stem_of_a_known_word_matches_it(engine: Engine) -> None:
    assert [token for token, _ in engine.index.vocabulary_matches("nazi")] == ["nazism"]
    assert "nacizm" in [token for token, _ in engine.index.vocabulary_matches("nacisk")]
    assert engine.index.vocabulary_matches("qzxwvu") == []


def test_a_claim_about_a_place_gets_what_he_said_about_it(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did Klemez say St Petersburg was picked because the CIS headquarters is there?")
    assert verdict.yes is not True
    assert verdict.focus[:1] == [KLEMEZ]
    assert any("symbolic" in statement.en for statement in verdict.statements)


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Упоминаются ли в статье о встрече спецслужб в Москве западные наблюдатели?", True),
        ("Does the article about the Moscow intelligence meeting mention Western observers?", True),
        # The note says Russia is not named among the delegations: no mention.
        ("Does the article on the Moscow intelligence meeting name Russia among the delegations?", None),
    ],
)
def test_the_articles_commentary_is_its_text(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is yes
    assert INTEL in verdict.focus


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Говорится ли в годовом отчёте, что работа органов создавала безопасную среду для экономического сотрудничества?", "экономического"),
        ("Does the annual review say the bodies helped develop humanitarian cooperation?", "humanitarian"),
    ],
)
def test_a_word_that_resembles_a_name_names_nothing(engine: Engine, question: str, words: str) -> None:
    """"экономического" is no typo of the Ecological Council: the claim is checked in the report."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert verdict.grounds != "cis_body"
    assert any(words in statement.get(verdict.lang) for statement in verdict.statements)


@pytest.mark.parametrize("question", ["Is the Ecological Council a CIS body?", "Является ли экологический совет органом СНГ?"])
def test_a_body_named_is_still_one(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus) == (True, "cis_body", ["ecological_council"])


@pytest.mark.parametrize(
    "question",
    [
        "How does the article on the Moscow intelligence meeting characterise CIS collaboration - ceremonial or practical?",
        "What does the article on the Moscow intelligence meeting say about a ceremonial alliance?",
    ],
)
def test_the_article_characterises_in_its_own_words(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote"
    assert any("ceremonial" in statement.en and "practical" in statement.en for statement in verdict.statements)


def test_spb_is_still_the_meeting(engine: Engine) -> None:
    """A guard: the St Petersburg meeting's remark on the city is found by its own words too."""
    verdict = verdict_of(engine, "Did Klemez say St Petersburg suffered during the war?")
    assert verdict.yes is True and SPB not in verdict.focus[1:]


@pytest.mark.parametrize(
    "question",
    [
        "Did Peskov say CIS cooperation has little potential?",
        "Говорил ли Песков, что у сотрудничества в СНГ небольшой потенциал?",
    ],
)
def test_the_other_extent_is_a_no(engine: Engine, question: str) -> None:
    """"little potential" against his "deep potential": a no with his words (it was "his statements
    do not mention this")."""
    verdict = verdict_of(engine, question)
    assert verdict.yes is False
    assert any("deep potential" in statement.en for statement in verdict.statements)


def test_the_same_extent_is_a_yes(engine: Engine) -> None:
    assert verdict_of(engine, "Did Peskov say CIS cooperation has deep potential?").yes is True


@pytest.mark.parametrize(
    "question",
    [
        "Говорил ли Клемез, что Петербург сильно пострадал в годы войны?",
        "Говорил ли Трефилов, что Москва стала площадкой для диалога?",
        "Говорил ли Клемез, что Петербург выбрали из-за штаб-квартиры СНГ?",
    ],
)
def test_said_that_about_a_place_is_no_visit_to_it(engine: Engine, question: str) -> None:
    """"Говорил ли X, что <город> …" asks what he said; whether he spoke in the city is another
    question (it was answered "Да" from his speech in Moscow)."""
    verdict = verdict_of(engine, question)
    assert not (verdict.kind == "yes_no" and isinstance(verdict.value, dict) and "meetings" in verdict.value)
    assert verdict.yes is not True


@pytest.mark.parametrize("question", ["Трефилов выступал в Москве?", "Did Trefilov speak in Moscow?"])
def test_speaking_in_a_place_is_still_asked(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True
