"""Look-alike figures and hybrid names on the real knowledge base. A question that counts or
numbers its subject with a figure the record does not hold ("the five specialised bodies", "the
75th anniversary") is "not recorded" with the figure the record has; a body named by a recorded
name with a word wedged into it ("Council of Ministers of Emergency Situations") is a body the
sources do not mention. Figures the record holds, days of dates, lengths of time and bounds keep
the usual answer. Verdicts only."""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import DUSHANBE, SECRETARIES, SPB, XVIII, first_line, html_of, verdict_of, visible


@pytest.mark.parametrize(
    ("question", "asked", "recorded"),
    [
        ("What are the five specialised bodies of the CIS in the security sphere?", 5, 3),
        # no figure of the record counts "отраслевых органов" word for word: none is set against 18
        ("Перечисли 18 отраслевых органов сотрудничества СНГ в сфере безопасности", 18, None),
        ("Wat did the 15th sesion of the CIS interor ministers councl decied?", 15, None),
        ("Which five international organisations took part in the XVIII meeting?", 5, 3),
        ("Какие десять делегаций приехали на встречу руководителей спецслужб в Москве?", 10, 8),
        ("What did Putin say about the 75th anniversary of Victory?", 75, 80),
        ("Что Клемез говорил о 70-летии Победы?", 70, 80),
        ("What was discussed at the fifth session of the XVIII counter-terrorism meeting?", 5, 4),
    ],
)
def test_a_figure_the_record_does_not_hold_is_not_recorded(
    engine: Engine, question: str, asked: int, recorded: int | None
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "constraint", verdict
    assert verdict.value == {"what": "number", "asked": asked, "recorded": recorded}
    assert verdict.alternatives


@pytest.mark.parametrize(
    "question",
    [
        "Which 3 international organisations took part in the XVIII meeting?",
        "Какие 16 органов отраслевого сотрудничества действуют?",
        "What did Putin say about the 80th anniversary of Victory?",
        "What was discussed at the 13th meeting of the Security Secretaries Council?",
        "Who spoke at the meeting on 10 June 2025?",
        "What did the 8 delegations discuss in Moscow?",
        "Какие заседания прошли во второй половине 2025 года?",
        "что было в четвёртом квартале 2025",
        "Какие межгосударственные советы входят в число 16 отраслевых органов?",
        "Were more than 10 CIS bodies represented at the XVIII meeting?",
        "hey, quick one - how many countries sent people to the St Petersburg interior ministers meeting?",
    ],
)
def test_figures_the_record_holds_or_that_are_no_figures_keep_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert not (verdict.kind == "not_recorded" and verdict.reason == "constraint"), verdict


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("When did the CIS Council of Ministers of Emergency Situations last meet?", "emergencies_council"),
        ("Кто руководит Департаментом по сотрудничеству в сфере обороны Исполкома СНГ?", "security_cooperation_department"),
        ("Что обсуждал Совет министров по чрезвычайным ситуациям СНГ?", "emergencies_council"),
    ],
)
def test_a_recorded_name_with_a_word_wedged_in_is_no_recorded_body(engine: Engine, question: str, nearest: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_body", verdict
    assert verdict.alternatives[0] == nearest


@pytest.mark.parametrize(
    "question",
    [
        "Кто руководит Департаментом по сотрудничеству в сфере безопасности?",
        "Who heads the CIS Security Cooperation Department?",
        "Что обсуждал Совет министров внутренних дел СНГ?",
        "When did the Interstate Council for Emergency Situations meet?",
        "Что такое Совет министров обороны СНГ?",
    ],
)
def test_a_recorded_name_keeps_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.reason != "no_body", verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Сколько заседаний провёл Совет министров обороны СНГ в 2025 году?", "defence_ministers_council"),
        ("When did the Council of Defence Ministers meet?", "defence_ministers_council"),
        ("When did the CIS Border Troops Commanders Council meet in 2025?", "border_troops_commanders_council"),
        ("Когда заседал Совет командующих пограничными войсками СНГ?", "border_troops_commanders_council"),
    ],
)
def test_meetings_a_body_only_attended_are_not_its_own(engine: Engine, question: str, body: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_meetings", verdict
    assert verdict.value["body"] == body
    assert verdict.value["attended"] == ["mtg_2025_06_10_counter_terrorism_heads_18"]


@pytest.mark.parametrize(
    "question",
    [
        "Which meetings did the Defence Ministers Council take part in?",
        "На каких встречах был Совет командующих пограничными войсками?",
        "When did the CIS Interior Ministers Council meet?",
        "Сколько заседаний провёл Совет министров внутренних дел СНГ?",
    ],
)
def test_meetings_taken_part_in_or_held_keep_the_list(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.reason != "no_meetings", verdict


@pytest.mark.parametrize(
    ("question", "asked", "recorded"),
    [
        ("chto skazal Peskov v noyabre o sotrudnichestve v SNG", 11, 10),
        ("What did Peskov say in November about cooperation in the CIS?", 11, 10),
        ("Что сказал Песков в сентябре о СНГ?", 9, 10),
        ("What did Klemez say in September?", 9, 8),
    ],
)
def test_a_statement_asked_in_a_month_its_record_does_not_name_is_not_recorded(
    engine: Engine, question: str, asked: int, recorded: int
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "constraint", verdict
    assert verdict.value == {"what": "month", "asked": asked, "recorded": recorded}


@pytest.mark.parametrize(
    "question",
    [
        "What did Peskov say in October about the CIS?",
        "Что Песков сказал в октябре о сотрудничестве в СНГ?",
        "What was decided in Dushanbe in October 2025?",
        "What did Klemez say in August?",
    ],
)
def test_a_statement_asked_in_its_own_month_keeps_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind != "not_recorded", verdict


@pytest.mark.parametrize(
    ("question", "nearest"),
    [
        ("What's in the Joint Statement on Combating Cyberterrorism adopted by the heads of state?", "joint_statement_transnational_crime"),
        ("Joint Statement on Cooperation in Combating Illegal Drug Trafficking - what does it say?", "joint_statement_transnational_crime"),
        ("What does the Joint Statement on Cooperation in Combating Cybercrime say?", "joint_statement_transnational_crime"),
    ],
)
def test_a_document_name_continued_past_in_and_a_gerund_is_no_recorded_document(
    engine: Engine, question: str, nearest: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_document", verdict
    assert verdict.alternatives[0] == nearest


@pytest.mark.parametrize(
    "question",
    [
        "What does the Joint Statement on Cooperation in Combating Transnational Crime say?",
        "What is the Programme for Cooperation in Countering Terrorism and Extremism about?",
        "Programme for Cooperation in Strengthening Border Security on the External Borders: what period?",
        "What did the interior ministers discuss in St Petersburg?",
    ],
)
def test_recorded_document_names_with_in_and_a_gerund_keep_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.reason not in ("no_document", "no_body"), verdict


@pytest.mark.parametrize(
    "question",
    [
        "сколько заседаний провели органы снг в 2025",
        "сколько заседаний было проведено органами снг в 2025 году",
        "Сколько заседаний проводилось в 2025?",
        "how many meetings did the CIS security bodies hold in 2025",
        # "-ий" typed as "ii" / "ij" after "сколько": the meetings are counted, not "organov"
        "skolko bylo zasedanii organov SNG v sfere bezopasnosti v 2025 godu?",
        "skolko zasedanij organov sng proshlo v 2025",
        "skol'ko bylo soveshchanii organov bezopasnosti v 2025",
    ],
)
def test_meetings_held_in_a_year_are_the_sources_figure(engine: Engine, question: str) -> None:
    """The stated 20, not the five meetings recorded one by one nor the fact's card: the verbs of
    holding ("провели", "проводилось") and "органы СНГ … году" name nothing that narrows the count."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.value) == ("count", "stated", 20), verdict


@pytest.mark.parametrize("question", ["сколько заседаний провели органы снг в 2024 году", "how many meetings were held in 2024?"])
def test_meetings_in_a_year_the_sources_do_not_count_give_the_counted_year(engine: Engine, question: str) -> None:
    """No figure for 2024: not "0 meetings", but "not recorded" with the 2025 figure as the nearest."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.alternatives) == ("not_recorded", "year", ["fact_meetings_2025"]), verdict
    assert verdict.focus == [], verdict


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("how many people spoke at the XVIII meeting?", "emomali_rahmon"),
        ("how many speakers were at the 13th meeting?", "denis_trefilov"),
    ],
)
def test_how_many_spoke_names_the_speakers_not_the_states(engine: Engine, question: str, speaker: str) -> None:
    # The sources count states and bodies, and name who addressed the meeting: that is what is asked.
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "speakers" and [s["person"] for s in verdict.value] == [speaker], verdict


@pytest.mark.parametrize(
    "question",
    [
        # the day after the month ("August 12") is a day of a date even after "the"
        "where was the August 12 interior ministers meeting?",
        "when was the August 12 meeting?",
        "the June 10 counter-terrorism meeting, where was it?",
    ],
)
def test_a_day_after_its_month_is_no_figure_asked(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and verdict.answered, verdict


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("how many people spoke at the XVIII meeting?", "1"),
        ("сколько человек выступило на 13-м заседании?", "1"),
        ("skolko chelovek vystupalo na 13 zasedanii?", "1"),
    ],
)
def test_how_many_people_spoke_gives_the_number_named_first(engine: Engine, question: str, number: str) -> None:
    # was the speakers' lines without any number
    verdict = verdict_of(engine, question)
    assert verdict.filters.get("count_asked") and len(verdict.value) == int(number), verdict
    assert re.search(rf"<b>{number}</b>", first_line(engine, verdict))


def test_who_spoke_gives_no_number(engine: Engine) -> None:
    verdict = verdict_of(engine, "who spoke at the 13th meeting?")
    assert not verdict.filters.get("count_asked") and "<b>1</b>" not in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the two guesses at the end are no part of what is counted (was "did you mean" / "no record of 9")
        ("ну и короче сколько там стран было на встрече МВД в Питере, восемь или девять?", 8),
        ("how many states were at the St Petersburg meeting, eight or nine?", 8),
        ("skolko stran bylo na vstreche MVD v Pitere, 8 ili 9?", 8),
        ("how many meetings did the CIS security bodies hold in 2025, 20 or 25?", 20),
    ],
)
def test_a_count_with_two_guesses_is_the_count(engine: Engine, question: str, figure: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("fact", "count") and verdict.answered, verdict
    assert re.match(rf"^\W*{figure}\b", visible(first_line(engine, verdict))), first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("how many meetings did the interior ministers hold?", SPB),
        ("сколько раз собирались министры внутренних дел?", SPB),
        ("how many times did the security secretaries meet?", SECRETARIES),
        ("сколько раз встречались главы государств?", DUSHANBE),
    ],
)
def test_the_meetings_of_a_body_named_by_its_members_are_counted(engine: Engine, question: str, meeting: str) -> None:
    # "the interior ministers" found the council's meeting first: "8 states", a confident wrong answer
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.items == [meeting], verdict


# Round 25 (probe24's failures, helper q25-p24): a count of the states at a meeting, with a check of it against
# the list, is the count (which says itself that the source gives 9 and names 8); "совещании 2025 года" does
# not make it the count of 2025's meetings (had been a "did you mean", or the 20 meetings of 2025).
@pytest.mark.parametrize(
    "question",
    [
        "Сколько государств участвовало в июньском совещании 2025 года — и сходится ли число с перечнем?",
        "Сколько государств участвовало в июньском совещании 2025 года?",
        "Сколько стран было на июньском совещании в Москве — совпадает ли число с перечнем?",
        "skolko gosudarstv uchastvovalo v iyunskom soveshchanii 2025 goda?",
        "How many states took part in the XVIII meeting, and does the number match the list?",
    ],
)
def test_a_count_of_states_checked_against_the_list_is_the_meetings_count(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.attribute, verdict.focus[:1]) == ("count", [XVIII]), verdict
    assert re.search(r"\b8\b", visible(html_of(engine, verdict)))
