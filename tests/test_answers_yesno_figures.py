"""Yes/no questions asserting a number or a date (tuning round 4, second yes/no angle): the verdicts.

A headline figure asserted ("20 sectoral bodies?"), a bound ("more than 10 bodies", "меньше пяти
организаций") on a meeting's counts or on a listed group, a year asked of an undated meeting, and
relations that are no role ("did Klemez speak to journalists") or no membership ("the joint
statement's text"), in English, Russian and Russian typed in Latin letters.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.answers.yesno import asserted_numbers

TODAY = date(2026, 11, 30)
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
INTELLIGENCE = "mtg_security_intelligence_heads_moscow"


def verdict(engine: Engine, question: str) -> Verdict:
    return engine.answer(question, today=TODAY)


@pytest.mark.parametrize(
    ("question", "yes", "fact"),
    [
        ("В сфере безопасности СНГ действуют 20 отраслевых органов?", False, "fact_sectoral_bodies_count"),
        ("Are there 16 sectoral cooperation bodies in the CIS security sphere?", True, "fact_sectoral_bodies_count"),
        ("Is it true that 25 meetings were held by the security bodies in 2025?", False, "fact_meetings_2025"),
        ("Правда ли, что в 2025 году прошло 20 заседаний?", True, "fact_meetings_2025"),
        ("Were there more than 10 sectoral bodies?", True, "fact_sectoral_bodies_count"),
        ("В 2025 году было больше 30 заседаний?", False, "fact_meetings_2025"),
    ],
)
def test_headline_figure(engine: Engine, question: str, yes: bool, fact: str) -> None:
    result = verdict(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", yes, "figure")
    assert result.focus == [fact]


@pytest.mark.parametrize(
    "question",
    [
        "Is the Council of Heads of Customs Services one of the 16 sectoral bodies in the security sphere?",
        "Входит ли Совет министров обороны в число 16 отраслевых органов?",
    ],
)
def test_one_of_the_sixteen_is_membership_not_a_figure(engine: Engine, question: str) -> None:
    assert verdict(engine, question).grounds != "figure"


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Were fewer than 5 international organisations at the XVIII meeting?", True),
        ("На XVIII совещании было больше 15 органов СНГ?", False),
        ("Было ли на XVIII совещании больше трёх специализированных секций?", True),
        ("Did the XVIII meeting have more than 6 specialised sessions?", False),
    ],
)
def test_bound_on_a_meeting_count(engine: Engine, question: str, yes: bool) -> None:
    result = verdict(engine, question)
    assert (result.yes, result.grounds, result.focus[:1]) == (yes, "count", [XVIII])


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Were more than 10 CIS bodies represented at the XVIII meeting?", True),
        ("Were more than 20 CIS bodies represented at the XVIII meeting?", False),
    ],
)
def test_bound_on_a_listed_group(engine: Engine, question: str, yes: bool) -> None:
    result = verdict(engine, question)
    assert result.yes is yes
    assert len(result.items) == 13


def test_a_number_asserted_exactly_of_a_list_is_no_no(engine: Engine) -> None:
    # the source may state another count than it names: only the length itself is a yes
    assert asserted_numbers("Were 12 CIS bodies at the XVIII meeting?") == [(12, "=", ["cis", "bodies", "at"])]
    assert asserted_numbers("Было ли 13-е заседание в Москве 5 ноября?") == []
    assert 16 not in [number for number, _, _ in asserted_numbers("one of the 16 sectoral bodies")]


@pytest.mark.parametrize(
    "question",
    [
        "Did the intelligence chiefs meet in Moscow in 2025?",
        "Встреча руководителей спецслужб СНГ в Москве прошла в 2025 году?",
        "vstrecha glav specsluzhb v moskve byla v 2024 godu?",
    ],
)
def test_year_of_an_undated_meeting_is_unsaid(engine: Engine, question: str) -> None:
    result = verdict(engine, question)
    assert result.yes is None
    assert INTELLIGENCE in result.focus


@pytest.mark.parametrize(
    "question",
    [
        "did klemez speak to journalists after the interior ministers met?",
        "Клемез говорил с журналистами после заседания СМВД?",
    ],
)
def test_speaking_is_no_role_question(engine: Engine, question: str) -> None:
    result = verdict(engine, question)
    assert not (result.grounds == "role" and result.yes is False)


@pytest.mark.parametrize(
    "question",
    [
        "Is the joint statement's text going to be distributed at the UN?",
        "Will the Joint Statement be circulated at the United Nations?",
    ],
)
def test_joint_is_no_joining(engine: Engine, question: str) -> None:
    result = verdict(engine, question)
    assert result.grounds != "member"
    assert result.yes is not False


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Межпарламентская ассамблея СНГ участвовала в XVIII совещании?", "ipa_council"),
        ("Did the Council of Heads of Customs Services send a working structure to the XVIII meeting?", None),
        ("Был ли Совет руководителей таможенных служб представлен на XVIII совещании?", None),
    ],
)
def test_body_at_another_bodys_numbered_meeting(engine: Engine, question: str, body: str | None) -> None:
    # the XVIII meeting is the counter-terrorism units' one: no "18th meeting of <the body>" look-alike
    result = verdict(engine, question)
    assert (result.kind, result.yes, result.grounds) == ("yes_no", True, "listed")
    assert XVIII in result.focus
    if body:
        assert body in result.focus


def test_own_numbered_meeting_still_a_lookalike(engine: Engine) -> None:
    result = verdict(engine, "Did the Council of Defence Ministers hold its 13th meeting in Moscow?")
    assert result.kind == "not_recorded"


@pytest.mark.parametrize(
    "question",
    [
        "Утвердили ли прогармму противодействия терроризму на 2026-2028 годы?",
        "Получила ли Шанхайская организация сотрудничества статус наблюдателя при СНГ?",
        "Одобрили ли программу по противодействию терроризму и экстремизму на 2026–2028 годы?",
    ],
)
def test_decision_verb_of_the_same_family_confirms(engine: Engine, question: str) -> None:
    # "утвердили" ~ "approved", "получила статус" ~ "decided to grant the status"
    assert verdict(engine, question).yes is True


def test_decision_verb_alone_confirms_nothing_else(engine: Engine) -> None:
    question = "Заявление о сотрудничестве в борьбе с транснациональной преступностью приняли министры внутренних дел?"
    assert verdict(engine, question).yes is not True


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the interior ministers council meet before September 2025?", True),
        ("Секретари советов безопасности собирались весной 2025?", False),
        ("Was the XVIII counter-terrorism meeting held after July 2025?", False),
        ("Заседание СМВД прошло летом?", True),
        ("Was the 13th Security Secretaries Council held in autumn 2025?", True),
        ("XVIII совещание состоялось после мая 2025 года?", True),
    ],
)
def test_season_or_month_bound_of_a_meeting(engine: Engine, question: str, yes: bool) -> None:
    result = verdict(engine, question)
    assert (result.yes, result.grounds) == (yes, "status")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Has the SCO become a member state of the Commonwealth?", False),
        ("Является ли ШОС членом Содружества?", False),
        ("Is Azerbaijan a member of the Commonwealth of Independent States?", True),
    ],
)
def test_membership_of_the_commonwealth_named_in_full(engine: Engine, question: str, yes: bool) -> None:
    # the CIS named as what membership is of is no second subject
    result = verdict(engine, question)
    assert (result.yes, result.grounds) == (yes, "member")
