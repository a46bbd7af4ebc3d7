"""Round 10, the failures older sets kept: families of look-alike, attribute, topic and list
questions. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import INTEL, SPB, XVIII, first_line, html_of, verdict_of

CENTRAL_ASIA = {"kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"}


@pytest.mark.parametrize(
    ("question", "meeting", "states"),
    [
        ("Центральноазиатские государства на XVIII совещании — какие?", XVIII, CENTRAL_ASIA - {"turkmenistan"}),
        ("Which Central Asian states attended the interior ministers meeting?", SPB, CENTRAL_ASIA),
        ("kakie strany Srednei Azii byli na zasedanii SMVD v Peterburge?", SPB, CENTRAL_ASIA),
        ("Какие страны Южного Кавказа были на встрече руководителей спецслужб?", INTEL, {"armenia", "azerbaijan"}),
        ("Which Transcaucasian countries came to the St Petersburg meeting of interior ministers?", SPB, {"armenia"}),
    ],
)
def test_a_region_lists_the_meetings_states_in_it(
    engine: Engine, question: str, meeting: str, states: set[str]
) -> None:
    """A region is a fixed set of states: the meeting's listed states in it, not "the sources do
    not group states" nor a guess, and the answer says which states the region counts."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered, verdict
    assert verdict.focus == [meeting] and set(verdict.items) == states
    html = html_of(engine, verdict)
    assert "Туркмен" in html or "Turkmen" in html or verdict.filters["region"] == "south_caucasus"


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Сколько государств Центральной Азии было на встрече руководителей спецслужб?", 5),
        ("How many Central Asian countries were at the XVIII counter-terrorism meeting?", 4),
        ("skolko centralnoaziatskih stran uchastvovalo v zasedanii SMVD?", 5),
        ("How many South Caucasus states attended the June meeting in Moscow?", 2),
    ],
)
def test_a_region_counts_the_meetings_states_in_it(engine: Engine, question: str, number: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == number, verdict
    assert str(number) in first_line(engine, verdict)


def test_a_region_at_a_meeting_without_a_list_says_so(engine: Engine) -> None:
    verdict = verdict_of(engine, "Which Central Asian states attended the Dushanbe summit?")
    assert verdict.kind == "not_recorded" and verdict.reason == "no_list", verdict
    assert not verdict.items


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Was Moldova at any of the meetings?", "Moldova"),
        ("Молдова была на каком-нибудь заседании?", "Молдова"),
        ("Грузия участвовала в каком-нибудь заседании?", "Грузия"),
        ("Were Ukraine's delegates at any of the meetings?", "Ukraine"),
        ("Была ли Украина на каком-нибудь из заседаний?", "Украина"),
    ],
)
def test_a_state_the_sources_do_not_know_was_at_no_meeting(engine: Engine, question: str, name: str) -> None:
    """Being at a meeting is taking part; "каком-нибудь" is no question word: a name the knowledge
    base does not know is on no recorded list of participants."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is False, verdict
    assert name in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("какие заседания проводились в Ташкенте", "Ташкенте"),
        ("Which meetings were held in Astana?", "Astana"),
        ("Were there any meetings in Bishkek?", "Bishkek"),
        ("Какие встречи прошли в Ереване?", "Ереване"),
    ],
)
def test_meetings_in_a_city_the_sources_do_not_know_are_none(engine: Engine, question: str, place: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "place", verdict
    line = first_line(engine, verdict)
    assert place in line and ("no meetings" in line or "ни одного" in line)


def test_a_known_state_at_any_meeting_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "Узбекистан был на каком-нибудь заседании?")
    assert verdict.answered and verdict.kind != "not_recorded", verdict
    assert "Да" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who's the press service that described the agenda of the intelligence meeting?", "Foreign Intelligence"),
        ("чья пресс-служба рассказала о повестке встречи руководителей спецслужб?", "внешней разведки"),
        ("Which press service did BelTA get the interior ministers story from?", "Executive Committee"),
        ("От кого БелТА узнало о заседании СМВД?", "пресс-службы Исполнительного комитета"),
        ("what city was the belta piece filed from?", "MINSK"),
        ("hi there!! which city was the BelTA dispatch on the interior ministers filed from?", "MINSK"),
        ("iz kakogo goroda peredano soobshchenie BelTA?", "МИНСК"),
        ("Чьё пресс-бюро раскрыло повестку встречи глав спецслужб в Москве?", "внешней разведки"),
    ],
)
def test_a_source_credits_its_press_service_and_dateline(engine: Engine, question: str, expected: str) -> None:
    """The press service a report had its information from and the city it was filed from are the
    source's record ("the BelTA piece" is a source too), not the meeting's agenda or a guess."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "source", verdict
    assert expected in first_line(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "what did the SVR press office say the intel chiefs meeting was about",
        "что сообщило пресс-бюро СВР о встрече руководителей спецслужб?",
    ],
)
def test_what_a_press_service_said_is_the_agenda(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "agenda" and verdict.focus == [INTEL], verdict


@pytest.mark.parametrize(
    ("question", "left_out", "kept"),
    [
        ("What did the St Petersburg council discuss besides migration? list pls", "migration", "road safety"),
        ("Что ещё, кроме миграции, обсуждали на заседании СМВД в Петербурге?", "миграци", "дорожного движения"),
        ("Помимо дорожной безопасности, что обсуждали министры внутренних дел?", "дорожного", "миграци"),
        ("What else, apart from road safety, did the interior ministers take up in St Petersburg?", "road", "forensic"),
        (
            "What topic did the security secretaries take up on 5 November besides hearing the summit results?",
            "Dushanbe",
            "humanitarian and educational",
        ),
    ],
)
def test_besides_sets_its_words_aside(engine: Engine, question: str, left_out: str, kept: str) -> None:
    """The words after "besides" / "кроме" are what the asker knows: they neither choose the entry
    (the Migration Bodies Council) nor the kind of answer ("results"), and the items they name
    are left out of the agenda."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "agenda", verdict
    html = html_of(engine, verdict)
    assert kept in html and left_out not in html


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Кроме программы по границам, какие программы утвердили в Душанбе?", "programme_ct_extremism_2026_2028"),
        ("Which programmes were approved in Dushanbe besides the counter-terrorism one?", "programme_border_security_2030"),
    ],
)
def test_besides_leaves_the_named_entry_out_of_a_list(engine: Engine, question: str, kept: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.items == [kept], verdict


def test_besides_the_only_entry_listed_gives_the_rest(engine: Engine) -> None:
    """The words set aside chose the list's only entry: the meeting's other outcomes are the answer."""
    verdict = verdict_of(engine, "Кроме концепции военного сотрудничества, что утвердили в Душанбе?")
    html = html_of(engine, verdict)
    assert "Программа сотрудничества в борьбе с терроризмом" in html and "Концепция военного" not in html


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When did the SCO become a dialogue partner of the CIS?", "dialogue_partner"),
        ("Когда ШОС стала партнёром по диалогу СНГ?", "dialogue_partner"),
        ("When did the SCO become a full member of the CIS?", "full_member"),
        ("Since when has the Shanghai Cooperation Organisation been an associate member of the CIS?", "associate_member"),
    ],
)
def test_a_status_asked_that_the_sources_record_as_another(engine: Engine, question: str, asked: str) -> None:
    """The decision on observer status is no answer to "dialogue partner": not recorded, and the
    status recorded instead."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "status", verdict
    assert verdict.value["asked"] == asked and verdict.value["recorded"] == "observer"
    assert "observer" in first_line(engine, verdict) or "наблюдатель" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("When did the EAG become an observer at the CIS?", "eag"),
        ("Когда ОДКБ получила статус наблюдателя при СНГ?", "csto"),
        ("When did the CSTO become a dialogue partner of the CIS?", "csto"),
    ],
)
def test_a_status_asked_of_an_organisation_the_sources_give_none(engine: Engine, question: str, subject: str) -> None:
    """The SCO's observer status is no date for the EAG's."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded", verdict
    html = html_of(engine, verdict)
    assert "October" not in html and "октябр" not in html


def test_the_status_recorded_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "When did the SCO get observer status?")
    assert verdict.kind != "not_recorded" and "October" in first_line(engine, verdict), verdict


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("Which country's president sent a congratulatory address to the XVIII meeting?", "Tajikistan"),
        ("Президент какой страны направил приветствие XVIII совещанию?", "Таджикистан"),
        ("who spoke at the security secretaries meeting in moscow", "Deputy Secretary-General"),
        ("кто выступал на заседании совета секретарей совбезов в Москве?", "Заместитель Генерального секретаря"),
    ],
)
def test_a_speaker_is_named_with_the_posts_the_source_gives(engine: Engine, question: str, post: str) -> None:
    """A speaker's posts say on whose behalf they spoke; the city a meeting was held in and the
    word "meeting" say where, they are no topic of a statement ("annual meetings")."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "speakers", verdict
    assert post in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "entity", "group"),
    [
        ("ОДКБ участвовала в совещании 10 июня в каком качестве", "csto", "organisations"),
        ("In what capacity did the EAG attend the XVIII meeting?", "eag", "organisations"),
        ("In what capacity did Armenia attend the St Petersburg meeting?", "armenia", "states"),
        ("В каком качестве АТЦ СНГ участвовал в заседании СМВД в Петербурге?", "atc", "bodies"),
    ],
)
def test_the_capacity_of_a_participant_is_its_group(engine: Engine, question: str, entity: str, group: str) -> None:
    """ "В каком качестве": the group of the meeting's participants that lists the entry, not the
    meeting's whole list."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "capacity", verdict
    assert verdict.value["entity"] == entity and verdict.value["group"] == group


@pytest.mark.parametrize(
    "question",
    ["Which CIS council does Denis Trefilov chair?", "Какой совет возглавляет Трефилов?", "kakoj organ vozglavlyaet Trefilov?"],
)
def test_a_body_headed_by_someone_whose_posts_head_none(engine: Engine, question: str) -> None:
    """A deputy's post heads nothing: no council is his, and his recorded post is shown."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "post", verdict
    assert "Deputy" in html_of(engine, verdict) or "Заместитель" in html_of(engine, verdict)


def test_a_body_headed_by_its_head_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "Which department does Klemez head?")
    assert verdict.kind != "not_recorded" and "Security Cooperation Department" in first_line(engine, verdict)
