"""Yes/no claims the record contradicts must never get a "yes" (round 11): a claim holding one of
exclusive alternatives — a direction (growing / declining, растёт / снижается) or the level that
adopted a document (heads of State / heads of government) — against the clause about it that says
the other one is a "no" with that clause; the same claim with the recorded alternative stays a "yes".
"Клемез считает, что …?" asks for yes or no ("что" after a comma joins the claim).

Cases are our own phrasings about other facts than the probe's, in English, Russian and Russian typed
in Latin letters, on the real knowledge base.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import DUSHANBE, KLEMEZ, XVIII, html_of, verdict_of

STATEMENT = "joint_statement_transnational_crime"


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Did Klemez say extremist movements are declining?", "increase"),
        ("Did Klemez say narcotics production in the region is going down?", "growing"),
        ("Клемез считает, что эффективность международных систем безопасности растёт?", "declining"),
        ("Did the XVIII meeting note decreasing propaganda activity of terrorist organizations?", "increasing"),
        (
            "Отмечалось ли на XVIII совещании снижение пропагандистской активности террористических организаций?",
            "increasing",
        ),
        (
            "Was the Joint Statement on combating transnational crime adopted by the heads of government?",
            "Heads of State",
        ),
        ("Главы правительств СНГ приняли заявление о борьбе с транснациональной преступностью?", "главы государств"),
    ],
)
def test_a_claim_the_record_says_the_opposite_of_is_a_no_with_the_record(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is False
    shown = " ".join(f"{s.en} {s.ru}" for s in verdict.statements) + html_of(engine, verdict)
    assert words.lower() in shown.lower()
    assert not html_of(engine, verdict).lstrip("<b>").lower().startswith(("yes", "да"))


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez say narcotics production is growing?",
        "Did the XVIII meeting note increasing propaganda activity of terrorist organizations?",
        "Is the effectiveness of international security systems declining according to Klemez?",
        "Главы государств СНГ приняли заявление о борьбе с транснациональной преступностью?",
        "Was the Joint Statement on combating transnational crime adopted by the heads of state?",
    ],
)
def test_the_same_claim_with_the_recorded_alternative_stays_a_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert set(verdict.focus) & {KLEMEZ, XVIII, STATEMENT, DUSHANBE}


@pytest.mark.parametrize(
    "question",
    [
        "Did Klemez say drug trafficking routes are shrinking?",
        "Did Klemez say narcotics production is falling?",
        "Говорил ли Клемез, что экстремистские движения ослабевают?",
        "Klemez govoril, chto proizvodstvo narkotikov snizhaetsya?",
    ],
)
def test_an_opposite_claim_never_gets_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Does the CIS Plus platform also cover associations of states, not just single countries?", "associations"),
        ("Does CIS Plus cover international organisations, not only states?", "international organizations"),
        ("Охватывает ли формат СНГ плюс объединения государств?", "associations"),
    ],
)
def test_what_a_format_covers_is_confirmed_by_its_definition(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert (
        words in html_of(engine, verdict)
        or words in " ".join(f"{s.en} {s.ru}" for s in verdict.statements)
        or words in str(engine.kb.get(verdict.focus[0]).description.en)
    )


@pytest.mark.parametrize(
    "question",
    ["Does CIS Plus cover only single states?", "Does CIS Plus cover military alliances?"],
)
def test_what_a_format_does_not_cover_gets_no_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    "question",
    [
        "Was blocking terrorist and extremist content on the Internet among the practices shared at the June meeting?",
        "Was countering terrorist use of drones among the practices exchanged at the XVIII meeting?",
    ],
)
def test_one_item_of_a_listed_practice_is_confirmed_with_its_frame(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True
    assert XVIII in verdict.focus


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "Were religious organisations mentioned in connection with deradicalization at the June meeting?",
            "religious",
        ),
        (
            "Were educational organisations mentioned in connection with deradicalization at the XVIII meeting?",
            "educational",
        ),
        ("Упоминались ли религиозные организации в связи с дерадикализацией на июньском совещании?", "religious"),
    ],
)
def test_a_group_named_in_connection_with_a_topic_is_checked_in_the_record(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert words in verdict.statements[0].en.lower()


def test_a_group_the_record_does_not_name_with_the_topic_gets_no_yes(engine: Engine) -> None:
    question = "Were sports organisations mentioned in connection with deradicalization at the June meeting?"
    assert verdict_of(engine, question).yes is not True


@pytest.mark.parametrize(
    ("question", "name"),
    [
        (
            "Есть ли Совет министров иностранных дел в перечне 16 отраслевых органов СНГ по безопасности?",
            "иностранных дел",
        ),
        ("Входит ли Совет министров юстиции в число 16 отраслевых органов?", "юстиции"),
        ("vhodit li sovet ministrov inostrannyh del v chislo 16 otraslevyh organov?", "inostrannyh del"),
    ],
)
def test_a_body_the_list_of_sixteen_does_not_hold_is_not_confirmed(engine: Engine, question: str, name: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True
    assert verdict.kind == "not_recorded"
    assert name in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Входит ли Совет министров обороны в число 16 отраслевых органов?",
        "Is the Council of Heads of Migration Bodies among the 16 sectoral bodies?",
        "Was the Interstate Aviation Committee among the CIS bodies at the June meeting in Moscow?",
    ],
)
def test_a_body_on_the_list_stays_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


def test_a_document_named_with_its_years_asked_by_whom_is_no_period_check(engine: Engine) -> None:
    # "until 2030" is the Concept's name: who approved it is asked, and the clause that tells of
    # the approval names the Heads of State.
    verdict = verdict_of(engine, "Did the heads of government adopt the Military Cooperation Concept until 2030?")
    assert verdict.yes is not True
    assert verdict.grounds != "period"


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        # the direction word is what no statement holds; the one holding the rest says "growing"
        ("Клемез говорил, что масштабы киберпреступности сокращаются?", False),
        ("Did Klemez say the scale of cybercrime is shrinking?", False),
        # "growing" and "threat" are his words, drones are not: no yes
        ("Did Klemez say drones are a growing threat?", None),
        ("Did Klemez say narcotics production is growing?", True),
    ],
)
def test_what_a_person_said_needs_its_subject_and_its_direction(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes) == ("yes_no", yes), verdict
