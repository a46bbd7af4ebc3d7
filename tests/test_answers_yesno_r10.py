"""Yes/no questions whose "yes" must rest on the record of the claim asked, not on the meeting's date
or venue, and the kind of an address, on the real knowledge base (round 10).

- a topic "on the table when the ministers met last summer": the "when … met" clause names the
  meeting, the topic is checked against its agenda and statements;
- a document "approved in Dushanbe": its adoption (document, meeting, city) is the grounds;
- a topic of "the anti-terrorist meeting in Moscow" (three meetings held there): the one the other
  words name, or the one whose record holds the topic, else "the meetings held there do not mention it";
- a claim about what a person said ("described … as", "в своём обращении вспомнил"): their statements;
- "what kind of address did X send": the source's words for it.

Cases are our own phrasings about other facts than the probe's, in English, Russian and Russian typed
in Latin letters. Verdicts are asserted, and the first lines of the reply where the grounds are shown.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import BORDER, CONCEPT, INTEL, KLEMEZ, SPB, XVIII, html_of, verdict_of

STATEMENT = "joint_statement_transnational_crime"
RAHMON = "emomali_rahmon"
TREFILOV = "denis_trefilov"


@pytest.mark.parametrize(
    ("question", "meeting", "words"),
    [
        ("Was road safety on the table when the CIS interior ministers met last summer?", SPB, "road safety"),
        ("Was illegal migration on the table when the interior ministers met in St Petersburg?", SPB, "migration"),
        ("Was deradicalisation on the agenda when the counter-terrorism chiefs met in June 2025?", XVIII, "deradical"),
        (
            "Стояла ли дерадикализация на повестке, когда в июне 2025 года собирались руководители "
            "антитеррористических подразделений?",
            XVIII,
            "deradical",
        ),
        (
            "Касались ли судебно-экспертной деятельности, когда министры внутренних дел собирались в августе?",
            SPB,
            "forensic",
        ),
        ("byla li dorozhnaya bezopasnost na povestke, kogda ministry vnutrennih del sobiralis letom?", SPB, "road safety"),
    ],
)
def test_a_topic_at_a_meeting_named_by_when_it_met_rests_on_its_record(
    engine: Engine, question: str, meeting: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus[0]) == ("yes_no", True, "discussed", meeting)
    assert words in verdict.statements[0].en.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Was nuclear safety on the table when the interior ministers met last summer?",
        "Обсуждали ли ядерную безопасность, когда министры внутренних дел собирались в августе 2025 года?",
    ],
)
def test_a_topic_not_recorded_at_a_meeting_named_by_when_it_met_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds, verdict.focus) == (None, "not_discussed", [SPB])


@pytest.mark.parametrize(
    ("question", "yes", "document", "shown"),
    [
        ("Was the Military Cooperation Concept until 2030 approved in Dushanbe?", True, CONCEPT, "approved at"),
        ("Приняли ли в Душанбе совместное заявление о борьбе с транснациональной преступностью?", True, STATEMENT, "место принятия"),
        ("Одобрили ли в Москве программу укрепления пограничной безопасности до 2030 года?", False, BORDER, "а не Москва"),
        ("Was the programme for strengthening border security approved in Dushanbe?", True, BORDER, "Dushanbe"),
    ],
)
def test_a_document_asked_by_the_city_of_its_adoption_rests_on_the_adoption(
    engine: Engine, question: str, yes: bool, document: str, shown: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus[0]) == ("yes_no", yes, "adopted_in", document)
    ground = html_of(engine, verdict).split("\n")[1]
    assert "2030" in ground or "Заявление" in ground  # the document itself, not only the meeting's venue
    assert shown in ground


@pytest.mark.parametrize(
    ("question", "meeting", "words"),
    [
        ("obsuzhdali li na antiterroristicheskom soveshchanii v Moskve bespilotniki?", XVIII, "unmanned"),
        ("Говорили ли на антитеррористическом совещании в Москве о дерадикализации?", XVIII, "deradical"),
        ("obsuzhdali li na vstreche v Moskve kiberzashchitu?", INTEL, "cyber"),
        ("Was road safety discussed at the meeting in St Petersburg?", SPB, "road safety"),
        # the month names the meeting, the city only places it
        ("Обсуждали ли на июньском совещании в Москве беспилотники?", XVIII, "unmanned"),
    ],
)
def test_a_topic_of_the_meeting_in_a_city_is_checked_at_the_meeting_held_there(
    engine: Engine, question: str, meeting: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.focus[0]) == ("yes_no", True, meeting)
    assert words in verdict.statements[0].en.lower()
    assert len(html_of(engine, verdict)) < 600  # one statement, never the whole agenda


@pytest.mark.parametrize(
    "question", ["Was nuclear terrorism discussed at the meeting in Moscow?", "Говорили ли на заседании в Москве о ядерном терроризме?"]
)
def test_a_topic_no_meeting_in_the_city_records_is_not_said(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is None and verdict.grounds in ("not_discussed_in", "not_discussed")


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Правда, что Рахмон в своём обращении вспомнил решение 2000 года?", RAHMON, "2000"),
        ("Did Trefilov present the CIS Plus format as open to international organisations?", TREFILOV, "international organizations"),
        ("Did Klemez describe illegal migration as a direct threat to national security?", KLEMEZ, "migration"),
        ("Правда, что Трефилов в своей речи вспомнил о молодёжи?", TREFILOV, "youth"),
        ("Did Trefilov call the approved programmes documents for the medium term?", TREFILOV, "medium term"),
        ("Trefilov v svoem vystuplenii upomyanul molodezh?", TREFILOV, "youth"),
    ],
)
def test_a_claim_about_what_a_person_said_rests_on_their_statement(
    engine: Engine, question: str, person: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus) == ("yes_no", True, "stated", [person])
    assert words in verdict.statements[0].en


@pytest.mark.parametrize(
    "question", ["Did Rahmon mention drones in his address?", "Правда ли, что Клемез в своём выступлении назвал ШОС членом СНГ?"]
)
def test_a_claim_no_statement_holds_is_no_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "person", "shown"),
    [
        ("What kind of address did Rahmon send to the XVIII meeting?", RAHMON, "congratulatory address"),
        ("What sort of address did Rahmon send to the counter-terrorism meeting in June?", RAHMON, "congratulatory"),
        ("С каким обращением Рахмон выступил на XVIII совещании?", RAHMON, "приветствие"),
        ("What kind of speech did Trefilov give at the 13th meeting of the security secretaries?", TREFILOV, "welcoming speech"),
        ("Какое выступление было у Трефилова на 13-м заседании секретарей совбезов?", TREFILOV, "приветственное слово"),
    ],
)
def test_the_kind_of_an_address_is_the_sources_word_for_it(
    engine: Engine, question: str, person: str, shown: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "speakers"
    assert [speaker["person"] for speaker in verdict.value] == [person]
    assert shown in html_of(engine, verdict).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("Was Trefilov's speech at the 13th meeting a welcoming one?", "welcoming speech"),
        ("Рахмон направил XVIII совещанию приветствие?", "приветствие, заслушанное"),
    ],
)
def test_whether_a_person_addressed_a_meeting_shows_the_kind_of_address(engine: Engine, question: str, shown: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is True
    assert shown in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Is Klemez called the director of the Security Cooperation Department?",
        "Назван ли Клемез директором департамента по сотрудничеству в сфере безопасности?",
    ],
)
def test_a_post_asked_with_a_verb_of_naming_is_still_the_post(engine: Engine, question: str) -> None:
    """"Called the director" names a title: the person's recorded posts answer, not what he said."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "role")


def test_a_claim_about_what_a_speaker_said_at_a_meeting_rests_on_his_words_there(engine: Engine) -> None:
    verdict = verdict_of(engine, "Did Rahmon in his address to the XVIII meeting recall the 2000 decision?")
    assert (verdict.yes, verdict.grounds, verdict.focus) == (True, "stated", [RAHMON])
    assert "2000" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    ["Did Rahmon mention drones in his address to the XVIII meeting?", "Упоминал ли Рахмон беспилотники в обращении к XVIII совещанию?"],
)
def test_what_a_meeting_discussed_is_not_what_its_speaker_said(engine: Engine, question: str) -> None:
    """Drones were discussed at the first session, not in Rahmon's address."""
    verdict = verdict_of(engine, question)
    assert (verdict.yes, verdict.grounds) == (None, "not_said")
