"""What someone said about something, and what the sources' own records say: verdicts on the real
knowledge base.

Grouped by mechanism: what was said about a topic and the records' publisher, time and origin;
then what a record says asked about its content (items named or listed, examples in brackets, a
view credited to someone, short forms, items of a fact counted, a meeting dated by a month's
adjective, "the year before last"); the press service and dateline a report credits; quotes
asked by their content, a cited source's topic, where a topic was discussed, a document asked
by kind and meeting."""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from bot.answers.intent import detect
from bot.answers.verdict import Verdict
from bot.present.answer import first_sentence, relevant_part
from bot.search.text import prepare, tokens
from tests.answer_helpers import (
    AIMS,
    BORDER,
    CONCEPT,
    DUSHANBE,
    INTEL,
    KLEMEZ,
    PESKOV,
    PUTIN,
    RAHMON,
    SECRETARIES,
    SPB,
    STATEMENT,
    TERRORISM,
    TREFILOV,
    XVIII,
    converse,
    first_line,
    html_of,
    verdict_of,
    visible,
)

# ==================================================================================================
# What was said about a topic, and what the sources' own records say (publisher, time, where the
# information came from).


@pytest.mark.parametrize(
    ("question", "speaker", "pattern"),
    [
        (
            "Hi there! Quick one for a piece I'm writing: what did Yevgeny Klemez say about the future of the "
            "Commonwealth and the global situation?",
            "yevgeny_klemez",
            r"challeng|swift",
        ),
        ("Какие приоритеты государств СНГ назвал Клемез в беседе с журналистами?", "yevgeny_klemez", r"солидарност"),
        ("what did Trefilov say about the youth", "denis_trefilov", r"youth"),
        ("что Трефилов говорил о молодых людях", "denis_trefilov", r"молод"),
    ],
)
def test_a_statement_answers_what_was_said_about_a_topic(
    engine: Engine, question: str, speaker: str, pattern: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert speaker in verdict.focus or any(s.speaker == speaker for s in verdict.statements)
    assert any(re.search(pattern, s.get(verdict.lang), re.I) for s in verdict.statements)


@pytest.mark.parametrize(
    ("question", "source", "pattern"),
    [
        (
            "What time of day was BelTA's story on CIS countries stepping up cooperation against crime published?",
            "seed002",
            r"11:50",
        ),
        ("От кого БелТА получило информацию о словах Клемеза?", "seed002", r"пресс-служб"),
        (
            "Со ссылкой на какое агентство написана статья о переговорах руководителей спецслужб СНГ в Москве?",
            "seed003",
            r"ТАСС",
        ),
        ("who published the report on the XVIII meeting", "seed004", r"not named"),
    ],
)
def test_questions_about_a_source_answer_from_its_record(
    engine: Engine, question: str, source: str, pattern: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source" and verdict.sources == [source], verdict
    assert re.search(pattern, verdict.statements[0].get(verdict.lang), re.I)


def test_a_source_word_alone_does_not_hijack_a_fact_question(engine: Engine) -> None:
    verdict = verdict_of(engine, "When did the CIS heads of state grant the SCO observer status?")
    assert verdict.attribute != "source"


@pytest.mark.parametrize(
    ("question", "speaker", "pattern"),
    [
        ("Who spoke about weapons smuggling?", "yevgeny_klemez", r"weapons smuggling"),
        ("Кто говорил о турбулентных временах?", "dmitry_peskov", r"турбулентн"),
        (
            "What did Trefilov say about the Military Cooperation Concept and the new programmes?",
            "denis_trefilov",
            r"medium term",
        ),
    ],
)
def test_who_said_it_is_found_whatever_else_the_question_names(
    engine: Engine, question: str, speaker: str, pattern: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements[0].speaker == speaker, verdict
    assert re.search(pattern, verdict.statements[0].get(verdict.lang), re.I)


def test_a_note_is_said_by_nobody(engine: Engine) -> None:
    verdict = verdict_of(engine, "Who spoke about the Year of Peace and Unity in the Fight Against Nazism?")
    notes = [s for s in verdict.statements if any(s.en == n.en for n in engine.kb.entities[s.entity].notes)]
    assert all(s.speaker is None for s in notes)


def test_who_spoke_at_a_named_meeting_is_not_a_statement_search(engine: Engine) -> None:
    verdict = verdict_of(engine, "Who spoke at the 13th meeting of the CIS Security Secretaries Council?")
    assert verdict.attribute == "speakers" and verdict.value[0]["person"] == "denis_trefilov"


def test_what_participants_of_a_meeting_said_about_a_topic(engine: Engine) -> None:
    verdict = verdict_of(engine, "Что говорили участники XVIII совещания о пропаганде террористических организаций?")
    assert verdict.kind == "quote" and verdict.focus[0] == "mtg_2025_06_10_counter_terrorism_heads_18"
    assert "пропагандист" in verdict.statements[0].ru


def test_a_long_statement_shows_the_part_that_was_asked(engine: Engine) -> None:
    from bot.present.answer import ask

    text = ask(engine, "What did Klemez say about money laundering?").html
    assert "money laundering" in text.split("\n")[1], text


def test_a_numbered_meeting_is_one_meeting_not_a_list() -> None:
    from bot.answers.intent import detect

    assert detect("что говорили участники xviii совещания о пропаганде").list_kind is None
    assert detect("какие совещания прошли в москве").list_kind == "meeting"


@pytest.mark.parametrize(
    ("question", "source", "pattern"),
    [
        (
            "The Executive Committee's summary points readers to a full report. In what language is that report?",
            "seed000",
            r"Russian",
        ),
        ("из какого города передано сообщение белта о заседании", "seed002", r"МИНСК"),
    ],
)
def test_fields_only_a_source_note_holds(engine: Engine, question: str, source: str, pattern: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and verdict.sources == [source], verdict
    assert re.search(pattern, verdict.statements[0].get(verdict.lang))


def test_of_entries_scored_alike_the_one_whose_name_says_more_of_the_question(engine: Engine) -> None:
    verdict = verdict_of(engine,
        "According to the Executive Committee, what were the CIS security bodies' activities in 2025 aimed at?"
    )
    assert verdict.focus[0] == "fact_aims_2025"


def test_a_documents_words_among_the_outcomes_of_its_meeting(engine: Engine) -> None:
    verdict = verdict_of(engine,
        "What did the CIS heads of state commit to in their Joint Statement on Cooperation in Combating Transnational Crime?"
    )
    assert verdict.kind == "quote" and "commitment to expanding interaction" in verdict.statements[0].en


def test_what_the_sources_say_outranks_a_note_about_them(engine: Engine) -> None:
    verdict = verdict_of(engine, "What is said to help the CIS security bodies work with one another?")
    assert verdict.focus[0] == "fact_interaction_between_bodies" and "targeted" in verdict.statements[0].en


@pytest.mark.parametrize(
    ("question", "owner", "pattern"),
    [
        # "В сообщении", "in the report": where it is said, not what about.
        ("Что говорится в сообщении о заседании секретарей совбезов про открытость СНГ?", None, r"открыт"),
        ("What does the article on the 13th Security Secretaries meeting say about openness?", None, r"openness"),
        # Reporting is saying.
        ("What did the EAG secretariat report at the counter-terrorism meeting in June?", None, r"EAG"),
        ("О чём доложил секретариат ЕАГ на XVIII совещании?", None, r"ЕАГ"),
        # "По словам" attributes; a jubilee is an anniversary.
        ("Какую годовщину отмечали в 2025 году, по словам Клемеза?", None, r"80"),
    ],
)
def test_source_and_speech_words_do_not_hide_what_is_asked(
    engine: Engine, question: str, owner: str | None, pattern: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert any(re.search(pattern, s.get(verdict.lang), re.I) for s in verdict.statements), verdict.statements


@pytest.mark.parametrize(
    "question",
    [
        "Which department does Klemez head?",
        "Какой департамент возглавляет Клемез?",
        "what department is Klemez director of",
    ],
)
def test_a_persons_post_answers_before_a_statement_that_only_shares_a_word(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == ["yevgeny_klemez"], verdict
    assert verdict.kind in ("card", "fact") and not verdict.statements, verdict


@pytest.mark.parametrize(
    ("question", "source", "pattern"),
    [
        ("When exactly was the BelTA item about the interior ministers published, to the minute?", "seed002", r"11:50"),
        ("Во сколько вышла новость БелТА о Совете министров внутренних дел?", "seed002", r"11:50"),
    ],
)
def test_the_source_the_question_describes_gives_the_field(
    engine: Engine, question: str, source: str, pattern: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source" and verdict.sources == [source], verdict
    assert re.search(pattern, verdict.statements[0].get(verdict.lang), re.I)


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        (
            "Что сообщается в источниках о программе укрепления пограничной безопасности?",
            "programme_border_security_2030",
        ),
        ("Что говорится в источниках о Концепции военного сотрудничества?", "military_cooperation_concept_2030"),
        ("Что говорится в источниках о решении о статусе наблюдателя ШОС?", "decision_sco_observer"),
    ],
)
def test_a_note_mentioning_the_source_does_not_answer_what_the_sources_say(
    engine: Engine, question: str, entity: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute != "source" and verdict.focus[:1] == [entity], verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("What did Rahmon say at the XVIII meeting?", "emomali_rahmon"),
        ("Что отметил Рахмон в своём обращении к участникам XVIII совещания?", "emomali_rahmon"),
        ("Что сказал Трефилов на 13-м заседании?", "denis_trefilov"),
    ],
)
def test_speech_asked_of_nothing_but_names_gives_what_the_person_said(
    engine: Engine, question: str, person: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote" and verdict.focus == [person], verdict
    assert verdict.statements and all(s.speaker == person for s in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Что говорится в программе борьбы с терроризмом на 2019–2021 годы?",
        "What is said in the counter-terrorism programme for 2017-2019?",
    ],
)
def test_a_year_the_sources_never_give_is_not_explained_by_a_statement(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "quote", verdict


def test_staff_and_personnel_are_one_word(engine: Engine) -> None:
    verdict = verdict_of(engine, "What did participants say about training staff for deradicalisation?")
    assert verdict.answered and verdict.kind == "quote", verdict
    assert any(re.search(r"deradicali", s.en) for s in verdict.statements), verdict.statements


def test_said_about_something_unrecognised_is_not_everything_the_person_said(engine: Engine) -> None:
    verdict = verdict_of(engine, "Что Клемез сказал о будущем Содружества?")
    assert not (verdict.kind == "quote" and verdict.value == {"about": []}), verdict


@pytest.mark.parametrize(
    ("question", "meeting", "attribute"),
    [
        ("Кто участвовал в заседании СМВД в Петербурге?", "mtg_2025_08_12_interior_ministers", "participants"),
        ("Кто выступал на заседании Совета секретарей?", "mtg_2025_11_05_security_secretaries_13", "speakers"),
    ],
)
def test_what_only_meetings_have_is_asked_of_the_named_bodys_meeting(
    engine: Engine, question: str, meeting: str, attribute: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.focus[0] == meeting and verdict.attribute == attribute, verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # what someone proposed is what the sources say he recommended
        ("What did the Russian Prosecutor General propose?", None),
        ("Что предложил генпрокурор России?", None),
        ("what did the prosecutor general suggest", None),
        # "words", "quote", "слова", "цитата" ask for what was said
        ("slova Trefilova pro SNG plus", "denis_trefilov"),
        ("Trefilov's words about CIS plus", "denis_trefilov"),
        ("цитата Трефилова про СНГ плюс", "denis_trefilov"),
        ("quote Trefilov on CIS Plus", "denis_trefilov"),
    ],
)
def test_words_proposals_and_quotes_are_answered(engine: Engine, question: str, person: str | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    if person is None:
        assert "fact_prosecutor_general_reforms" in verdict.focus, verdict
    else:
        assert verdict.kind == "quote" and person in [s.speaker for s in verdict.statements] + verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what did Peskov say", "fact_peskov_statement"),
        ("что сказал Песков", "fact_peskov_statement"),
        ("что сказал Путин", "fact_putin_statement"),
        ("What did Putin say?", "fact_putin_statement"),
    ],
)
def test_a_remark_recorded_as_a_fact_is_what_the_person_said(engine: Engine, question: str, fact: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert verdict.statements[0].entity == fact, verdict.statements


@pytest.mark.parametrize(
    "question",
    ["на чём основаны механизмы оценки ЕАГ", "what are the EAG assessment mechanisms based on", "EAG assessments: based on which standards?"],
)
def test_the_sentence_of_a_description_that_answers(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus == ["eag"], verdict
    assert "FATF" in verdict.statements[0].en and "ФАТФ" in verdict.statements[0].ru, verdict.statements


def test_a_plain_question_about_an_organisation_stays_its_card(engine: Engine) -> None:
    verdict = verdict_of(engine, "what is the EAG")
    assert verdict.kind == "card" and not verdict.statements, verdict


# ==================================================================================================
# What a record says, asked about its content: the items someone named or listed (the place where
# he spoke is no topic), the examples the asker gives in brackets, a view credited to someone
# ("according to", "по мнению", "по Клемезу") and how important they said a thing is, a body named
# by a short form its statement writes out, the items of a fact counted by the question ("the four
# aims"), a meeting dated by a month's adjective and "the year before last".


def first_said(verdict: Verdict) -> str:
    assert verdict.kind == "quote", verdict
    return verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Which threats did Klemez name in St Petersburg?",
        "Какие угрозы перечислил Клемез в Петербурге?",
        "kakie ugrozy perechislil Klemez v Sankt-Peterburge",
        "kakie ugrozy nazval Klemez v Peterburge",
        # the meeting named places his words, no topic ("Совет МВД играет ключевую роль" is not asked)
        "Какие угрозы назвал Клемез на заседании СМВД?",
        "What threats did Klemez list at the interior ministers meeting?",
        "kakie ugrozy nazval Klemez na zasedanii SMVD?",
        # the council's full name there is no "which body" question
        "Какие угрозы перечислил Клемез на заседании Совета министров внутренних дел?",
        "kakie ugrozy perechislil Klemez na zasedanii Soveta ministrov vnutrennih del?",
        "Which threats did Klemez mention at the meeting of the Council of Interior Ministers?",
    ],
)
def test_items_named_or_listed_are_what_was_said_wherever_it_was_said(engine: Engine, question: str) -> None:
    said = first_said(verdict_of(engine, question))
    assert "narcotics" in said and "extremist" in said


@pytest.mark.parametrize(
    "question",
    [
        "What did Klemez say the ministries are doing to improve cooperation (operations, training etc.)?",
        "What does Klemez say the ministries do (e.g. training, analytics)?",
    ],
)
def test_examples_in_brackets_find_the_statement_that_holds_them(engine: Engine, question: str) -> None:
    assert "operational-preventive" in first_said(verdict_of(engine, question))


def test_examples_in_brackets_in_russian(engine: Engine) -> None:
    verdict = verdict_of(engine, "Какие направления совместной работы спецслужбы СНГ разбирали в Москве (киберзащита и т.п.)?")
    assert verdict.answered and verdict.kind == "quote"
    assert "cyber" in first_said(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "How important is the Interior Ministers Council, according to Klemez?",
        "What role does the Interior Ministers Council play, according to Klemez?",
        "Насколько важен, по мнению Клемеза, Совет министров внутренних дел?",
        "Насколько важен, по Клемезу, СМВД для безопасности государств СНГ?",
        "Что Клемез говорил о СМВД?",
    ],
)
def test_a_view_credited_to_someone_is_his_statement(engine: Engine, question: str) -> None:
    assert "crucial role" in first_said(verdict_of(engine, question))


def test_a_report_cited_is_no_speaker(engine: Engine) -> None:
    verdict = verdict_of(engine, "What position does Emomali Rahmon hold according to the report on the XVIII meeting?")
    assert verdict.kind != "quote"
    assert "Chair" in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "What were the four aims of the security bodies' work in 2025?",
        "What were the 4 aims in 2025",
        "Каковы четыре цели деятельности органов СНГ в сфере безопасности в 2025 году?",
    ],
)
def test_a_count_of_the_items_asked_for_does_not_outweigh_what_is_counted(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == [AIMS]


def test_a_count_the_fact_does_not_enumerate_is_not_recorded(engine: Engine) -> None:
    verdict = verdict_of(engine, "What were the five aims of the security bodies in 2025?")
    assert verdict.kind == "not_recorded" and verdict.alternatives[:1] == [AIMS]


def test_a_month_adjective_is_the_month() -> None:
    assert tokens("июньском") == tokens("июня")
    assert tokens("августовское") == tokens("августа")
    assert tokens("майском") == tokens("мая")
    assert tokens("iyunskom") == tokens("июня")


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Что обсуждали на августовском заседании СМВД?", SPB),
        ("chto obsuzhdali na iyunskom soveshchanii", XVIII),
        ("Кто выступал на июньском совещании?", XVIII),
    ],
)
def test_a_meeting_dated_by_a_month_adjective(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and meeting in verdict.focus


@pytest.mark.parametrize(
    "question",
    [
        "What meetings were held the year before last?",
        "Сколько заседаний органы СНГ в сфере безопасности провели в позапрошлом году?",
        "Какие заседания прошли в позапрошлом году?",
    ],
)
def test_the_year_before_last_is_that_year(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.filters.get("years") == [2024]
    assert not verdict.items and "fact_meetings_2025" not in verdict.focus


@pytest.mark.parametrize(
    "question",
    [
        "Klemez — which department does he run?",
        "Klemez — what department is he in charge of?",
        "Klemez, which department does he lead?",
        "Клемез возглавляет какой департамент?",
    ],
)
def test_a_person_named_in_full_whose_post_explains_the_rest(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [KLEMEZ]


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Какие решения приняли министры обороны СНГ на заседании в Душанбе?", "defence_ministers_council"),
        ("What did the defence ministers decide at their meeting?", "defence_ministers_council"),
        ("What did the Council of Border Troops Commanders decide?", "border_troops_commanders_council"),
    ],
)
def test_decisions_of_a_body_that_only_attended_a_meeting_are_not_recorded(
    engine: Engine, question: str, body: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_meetings"
    assert verdict.focus == [body] and XVIII in verdict.value["attended"]


@pytest.mark.parametrize(
    "question",
    ["What did Rahmon write to the participants?", "Что Рахмон написал участникам?", "chto napisal rahmon"],
)
def test_what_someone_wrote_is_what_they_said(engine: Engine, question: str) -> None:
    """An address is written: "what did he write" asks for its words, as "what did he say" does,
    not a "did you mean"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered, verdict
    assert {statement.speaker for statement in verdict.statements} == {"emomali_rahmon"}


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("Who wrote to the participants of the XVIII meeting?", "speakers"),
        ("who sent a message to the XVIII meeting?", "speakers"),
        ("kto napravil poslanie uchastnikam XVIII soveshchaniya", "speakers"),
        # delegations sent are who took part, not who spoke
        ("who sent delegations to the Moscow meeting?", "participants"),
        ("who sent their representatives to St Petersburg?", "participants"),
    ],
)
def test_who_sent_an_address_is_a_speaker_and_who_sent_delegations_took_part(
    engine: Engine, question: str, attribute: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent == attribute, verdict
    if attribute == "speakers":
        assert [speaker["person"] for speaker in verdict.value] == ["emomali_rahmon"]


# ==================================================================================================
# The press service a report credits and the city it was filed from are the source's record; what a
# press service said is the meeting's agenda.


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
        # session 23: "where … published" of a news item named is its dateline (was the meeting's city)
        ("Where was the BelTA report on the St Petersburg meeting published?", "MINSK"),
        ("где была опубликована новость БелТА о заседании министров внутренних дел?", "МИНСК"),
        ("Where was the news about the August interior ministers meeting published?", "MINSK"),
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


# ==================================================================================================
# Quotes: English little words keep English; a statement asked by its content answers with the
# speaker's words that hold it; a source cited with the meeting it reports on is where the words
# were read; "где обсуждали <topic>" is the meeting whose agenda holds it; a document asked by kind
# and meeting is named; one answer shows the same words once.


@pytest.mark.parametrize(
    "question",
    [
        "What did Klemez say about ministries?",
        "What did Klemez say the interior ministries are improving?",
        "What are the interior ministries improving?",
    ],
)
def test_english_little_words_keep_english(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.lang == "en"


def test_latin_typed_russian_stays_russian(engine: Engine) -> None:
    verdict = verdict_of(engine, "Chto skazal Klemez o ministrah?")
    assert verdict.lang == "ru"
    assert KLEMEZ in verdict.focus


# --- describing is saying ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("How did Trefilov describe the CIS Plus format?", TREFILOV, "platform for cooperation"),
        ("Как Трефилов охарактеризовал формат СНГ плюс?", TREFILOV, "площадку для сотрудничества"),
        ("How did Klemez describe the work of the Interior Ministers Council?", KLEMEZ, "productive and dynamic"),
        ("Как Рахмон охарактеризовал вклад Антитеррористического центра?", RAHMON, "значительный вклад"),
        ("How did Peskov describe cooperation within the CIS?", PESKOV, "deep potential"),
        # "role" asks the Council's role here, not his post; the index's stem "charact" is the verb
        ("How did Klemez characterise the role of the Interior Ministers Council?", KLEMEZ, "crucial role"),
    ],
)
def test_how_someone_described_it_is_his_words(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered
    assert person in verdict.focus
    assert any(words in statement.get(verdict.lang) for statement in verdict.statements)


# --- a question that points back at the sentence before it ---------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Klemez said some crimes transcend national borders. Which ones?", "money laundering and corruption"),
        ("Klemez mentioned a threat linked to drugs. Which one?", "drug trafficking"),
        ("Klemez govoril o prestupleniyah, kotorye vyhodyat za nacionalnye granicy. Kakie?", "отмыванию денег"),
        ("Rahmon noted the validity of a decision. Which one?", "2000"),
        (
            "Трефилов выразил надежду на результаты совместной работы экспертов. Каких именно?",
            "правоохранительной и гуманитарной",
        ),
    ],
)
def test_which_ones_asks_about_the_sentence_before(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered
    assert any(words in statement.get(verdict.lang) for statement in verdict.statements)
    assert words in html_of(engine, verdict)


# --- a cited source's topic ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "What do the Dushanbe decisions confirm about the CIS, according to the report on the security "
            "secretaries' meeting?",
            "openness",
        ),
        ("Что подтверждают решения Душанбе, согласно сообщению о 13-м заседании секретарей совбезов?", "открытость"),
    ],
)
def test_a_meeting_a_cited_report_is_about_is_no_look_alike(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and verdict.answered
    assert DUSHANBE in verdict.focus
    assert words in verdict.statements[0].get(verdict.lang)


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Как Путин предлагал провести текущий год в Содружестве, судя по статье о встрече спецслужб?", PUTIN, "мира и единства"),
        ("Что сказал Песков о сотрудничестве в СНГ, судя по статье о встрече спецслужб?", PESKOV, "потенциалом"),
        ("sudya po statye o vstreche specsluzhb, chto skazal Peskov?", PESKOV, "потенциалом"),
    ],
)
def test_words_read_in_a_cited_article(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind in ("quote", "card")
    # His words: his own record, or the headline fact that records his statement.
    his = {person, *(fact.id for fact in engine.kb.facts_of(person))}
    assert his & set(verdict.focus)
    assert words in html_of(engine, verdict)


def test_a_cited_article_that_alone_names_the_meeting_keeps_it(engine: Engine) -> None:
    verdict = verdict_of(engine, "According to the article on the Moscow intelligence meeting, which states attended?")
    assert verdict.answered and INTEL in verdict.focus
    assert "Turkmenistan" in html_of(engine, verdict)


# --- a setting named in another remark -----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Что, по словам Трефилова, определяют принятые в Душанбе концепция и программы?", "среднесрочную"),
        ("Что, по словам Трефилова, определяют концепция и программы?", "среднесрочную"),
    ],
)
def test_a_place_he_spoke_of_sets_the_scene_of_his_next_words(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and TREFILOV in verdict.focus
    assert words in html_of(engine, verdict)


# --- where a topic was discussed -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Где обсуждали развитие гуманитарного и образовательного сотрудничества?", SECRETARIES),
        ("Where was road safety discussed?", SPB),
        ("gde obsuzhdali bezopasnost dorozhnogo dvizheniya?", SPB),
        ("Где обсуждали беспилотники?", XVIII),
        ("Where did they discuss deradicalization?", XVIII),
    ],
)
def test_where_a_topic_was_discussed_is_the_meeting(engine: Engine, question: str, meeting: str) -> None:
    # the meeting whose record holds the topic, with its date and city (meeting_on_topic), or its agenda
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent in ("agenda", "topic_meeting")
    assert verdict.focus[:1] == [meeting]


def test_where_the_meeting_that_discussed_it_was_held_is_a_place(engine: Engine) -> None:
    verdict = verdict_of(engine, "Where was the meeting that discussed road safety held?")
    assert verdict.intent == "where" and SPB in verdict.focus


@pytest.mark.parametrize(
    "question",
    [
        "Какие направления совместной работы разбирали делегаты на встрече спецслужб СНГ в Москве?",
        "What topics did the delegates examine at the Moscow intelligence meeting?",
    ],
)
def test_what_was_examined_is_the_agenda(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "agenda" and verdict.focus[:1] == [INTEL]


# --- a document's title asked by kind and meeting ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("What is the full title of the concept approved at the Dushanbe summit?", [CONCEPT]),
        ("Which concept was approved at the Dushanbe summit?", [CONCEPT]),
        ("Как называется концепция, одобренная на саммите в Душанбе?", [CONCEPT]),
        ("Какую концепцию одобрили в Душанбе?", [CONCEPT]),
        ("kakuyu kontseptsiyu odobrili v Dushanbe?", [CONCEPT]),
        ("What is the full title of the statement adopted at the Dushanbe summit?", [STATEMENT]),
        ("What is the full title of the border security programme approved in Dushanbe?", [BORDER]),
        ("Полное название программы по борьбе с терроризмом, утверждённой в Душанбе?", [TERRORISM]),
        ("What is the full title of the programme approved in Dushanbe?", [TERRORISM, BORDER]),
    ],
)
def test_a_document_asked_by_kind_is_named(engine: Engine, question: str, documents: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert sorted(verdict.items) == sorted(documents)
    assert len(html_of(engine, verdict)) < 500


def test_the_full_name_of_an_abbreviation_is_still_its_expansion(engine: Engine) -> None:
    verdict = verdict_of(engine, "What is the full name of the EAG?")
    assert verdict.focus[:1] == ["eag"]


@pytest.mark.parametrize(
    "question",
    [
        "Какую программу по противодействию наркотрафику на 2026–2028 годы утвердили в Душанбе?",
        "Как называется программа по борьбе с наркотрафиком, одобренная в Душанбе?",
    ],
)
def test_a_document_of_a_topic_none_has_is_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded"


@pytest.mark.parametrize(
    "question",
    [
        "Which programme on drug trafficking for 2026–2028 was approved in Dushanbe?",
        "What is the full title of the programme on cyber security approved in Dushanbe?",
    ],
)
def test_a_document_of_a_topic_none_has_is_no_list_of_the_others(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "list"


# --- one answer, not the same words twice ----------------------------------------------------------


def test_a_fact_retelling_the_remark_is_not_shown_again(engine: Engine) -> None:
    verdict = verdict_of(engine, "Klemez said some crimes transcend national borders, which ones?")
    assert len(verdict.statements) == 1
    assert "money laundering" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Кто сказал, что угрозы криминального характера переплетены и взаимосвязаны?",
        "Чьи это слова: «Наши действия сегодня определят будущее Содружества»?",
    ],
)
def test_a_meetings_words_are_shown_once_naming_the_speaker(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert len(verdict.statements) == 1
    assert verdict.statements[0].speaker == KLEMEZ
    assert "Клемез" in html_of(engine, verdict).split("\n")[0]


def test_a_yes_on_what_was_discussed_there_keeps_the_meeting(engine: Engine) -> None:
    verdict = verdict_of(engine, "а в Петербурге про киберпреступность говорили вообще?")
    assert SPB in verdict.focus
    # "Да." first, whatever tag wraps it
    assert html_of(engine, verdict).replace("<b>", "").startswith("Да"), html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "meeting", "speaker"),
    [
        ("Кто от руководства СНГ открывал ноябрьское заседание секретарей советов безопасности?", SECRETARIES, "denis_trefilov"),
        ("Who opened the 13th meeting?", SECRETARIES, "denis_trefilov"),
        # "как зовут <post>, который открывал …": the relative clause asks who opened it
        (
            "Как зовут замгенсека СНГ, который открывал 13-е заседание Совета секретарей советов безопасности?",
            SECRETARIES,
            "denis_trefilov",
        ),
        ("kak zovut zamgenseka, kotoryj otkryval 13-e zasedanie soveta sekretarey sovbezov?", SECRETARIES, "denis_trefilov"),
    ],
)
def test_who_opened_a_meeting_is_who_spoke(engine: Engine, question: str, meeting: str, speaker: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "speakers" and verdict.focus[:1] == [meeting], verdict
    assert [entry["person"] for entry in verdict.value] == [speaker]


@pytest.mark.parametrize(
    "question",
    [
        "Как зовут директора департамента, который рассказал СМИ о заседании Совета министров внутренних дел?",
        "kak zovut direktora departamenta, kotoryj rasskazal SMI o zasedanii SMVD?",
        "как зовут того, кто рассказал журналистам о заседании Совета министров внутренних дел?",
    ],
)
def test_the_name_of_a_post_holder_described_by_a_deed(engine: Engine, question: str) -> None:
    """ "Как зовут <post>, который <deed>": who did it, when his recorded post has the post's words."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and "Клемез" in html_of(engine, verdict), verdict


def test_a_deed_by_someone_of_another_post_names_no_one(engine: Engine) -> None:
    # Klemez told the media, but he is no president: no name given for the post asked.
    verdict = verdict_of(engine, "Как зовут президента, который рассказал СМИ о заседании СМВД?")
    assert "Клемез" not in html_of(engine, verdict)


# ==================================================================================================
# Attribution: which agency reported a meeting, with which body an entry worked jointly, a
# session named by its topic, "how many of the states at A also ...", "in the year of <meeting>",
# what a person said when the topic holds a list word, "according to the article on <meeting>".


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Какое информагентство сообщило о московской встрече руководителей спецслужб СНГ?", "ТАСС"),
        ("Who reported the Moscow meeting of intelligence chiefs, according to the article?", "TASS"),
        ("Какое информационное агентство написало о заседании СМВД в Санкт-Петербурге?", "БелТА"),
        ("Which news agency covered the St Petersburg meeting of interior ministers?", "BelTA"),
        ("kakoe informagentstvo soobshchilo o XVIII soveshchanii?", "не указан"),
    ],
)
def test_which_agency_reported_a_meeting_is_its_sources_publisher(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and verdict.value["field"] == "publisher", verdict
    assert words in html_of(engine, verdict).split("\n")[0]


def test_who_reported_at_a_meeting_is_no_publisher(engine: Engine) -> None:
    verdict = verdict_of(engine, "Who reported on the joint work with the ATC?")
    assert verdict.attribute != "source"
    assert "EAG" in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "entity", "partner"),
    [
        (
            "С каким органом СНГ секретариат ЕАГ вёл совместную работу по национальным системам противодействия отмыванию денег?",
            "eag",
            "АТЦ",
        ),
        ("With which organisation did the CIS ATC work jointly on national anti-money laundering systems?", "atc", "EAG"),
        ("s kem sovmestno rabotal sekretariat EAG?", "eag", "АТЦ"),
    ],
)
def test_with_which_body_an_entry_worked_jointly_is_its_own_statement(
    engine: Engine, question: str, entity: str, partner: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert verdict.focus == [entity]
    assert partner in " ".join(s.en + s.ru for s in verdict.statements)


def test_a_partner_asked_of_nothing_said_finds_no_statement(engine: Engine) -> None:
    verdict = verdict_of(engine, "With which organisation did the SCO work jointly?")
    assert verdict.kind != "quote" or not verdict.statements


@pytest.mark.parametrize(
    ("question", "title", "words"),
    [
        ("Что рассматривали на сессии XVIII совещания по противодействию радикализации населения?", "Fourth", "дерадикализ"),
        ("What was discussed at the XVIII meeting's session on countering radicalisation?", "Fourth", "deradicali"),
        ("Что обсуждали на сессии июньского совещания по международному сотрудничеству?", "Second", "финансир"),
        ("what did the session on national experience cover at the june meeting", "First", "propaganda"),
    ],
)
def test_a_session_named_by_its_topic_gives_its_points(engine: Engine, question: str, title: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "session" and verdict.focus == [XVIII], verdict
    assert verdict.value["title"]["en"].startswith(title)
    assert words in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "How many of the states at the St Petersburg interior ministers' meeting also sent delegations to the Moscow intelligence chiefs' meeting?",
            SPB,
            INTEL,
        ),
        ("How many of the states at the XVIII meeting also sent delegations to the St Petersburg interior ministers' meeting?", XVIII, SPB),
        ("Сколько стран, бывших на встрече спецслужб в Москве, также участвовали в заседании СМВД?", INTEL, SPB),
    ],
)
def test_how_many_at_one_meeting_also_were_at_another_counts_both(
    engine: Engine, question: str, first: str, second: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == 7, verdict
    assert verdict.filters["op"] == "both" and set(verdict.filters["meetings"]) == {first, second}


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Какую годовщину Победы отмечали в год петербургского заседания СМВД?", "80"),
        ("Which anniversary of Victory was marked in the year of the St Petersburg meeting?", "80th"),
        ("kakuyu godovshchinu Pobedy otmechali v god zasedaniya SMVD v Peterburge?", "80"),
    ],
)
def test_the_year_of_a_meeting_is_its_year(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert words in html_of(engine, verdict).split("\n")[1]


@pytest.mark.parametrize("question", ["Сколько раз в год встречается СМВД?", "What was the year of the XVIII meeting declared in the CIS?"])
def test_a_year_word_without_a_meeting_named_is_left_alone(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert "2025" not in verdict.question and verdict.answered


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("What did Trefilov say about the October meetings in Dushanbe?", "denis_trefilov", "good-neighborliness"),
        ("What did Trefilov say about the programmes approved in Dushanbe?", "denis_trefilov", "medium term"),
        ("Как Клемез объяснил символичность проведения заседания в Санкт-Петербурге?", KLEMEZ, "80-летия Победы"),
        ("Как Трефилов объяснил значение ежегодных встреч?", "denis_trefilov", "оценить"),
        ("How did Klemez explain the danger of criminal threats?", KLEMEZ, "intertwined"),
    ],
)
def test_what_a_person_said_about_a_list_word_is_the_remark(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus == [person], verdict
    assert words in verdict.statements[0].en + verdict.statements[0].ru
    assert DUSHANBE not in verdict.items


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("According to the article on the Moscow security talks, what is CIS collaboration not?", "ceremonial"),
        ("According to the BelTA article on the St Petersburg meeting, what plays a crucial role in ensuring security?", "crucial role"),
    ],
)
def test_according_to_the_article_on_a_meeting_searches_that_sources_statements(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    assert words in verdict.statements[0].en


# ==================================================================================================
# A meeting's topic, quotes and participants as fresh questions ask them: "what was <meeting>
# about" (its agenda, else its decisions), "cite X on Y", what X said at the plenary, what an
# organisation got from a meeting, and one group of its participants listed or counted.


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("what was the St Petersburg interior ministers meeting about", SPB),
        ("о чём было заседание секретарей советов безопасности 5 ноября?", SECRETARIES),
        ("o chem bylo XVIII soveshchanie", XVIII),
        ("What was the meeting of the security service chiefs in Moscow about?", INTEL),
        ("О чём была встреча руководителей спецслужб СНГ в Москве?", INTEL),
    ],
)
def test_what_a_meeting_was_about_is_its_agenda(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "agenda", [meeting])
    assert verdict.statements


@pytest.mark.parametrize("question", ["What was the Dushanbe summit about?", "О чём был саммит в Душанбе?"])
def test_what_a_meeting_without_agenda_was_about_is_what_it_decided(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "outcomes", [DUSHANBE])
    assert any("Observer" in statement.en for statement in verdict.statements)


def test_what_the_agenda_was_is_not_read_as_its_outcomes(engine: Engine) -> None:
    """No agenda recorded and the agenda asked: its decisions are no agenda."""
    verdict = verdict_of(engine, "what was on the agenda of the Dushanbe summit")
    assert verdict.attribute != "outcomes"


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Процитируй Трефилова о формате СНГ плюс", "denis_trefilov", "площадку"),
        ("Процитируй Клемеза о миграции", "yevgeny_klemez", "миграции"),
        ("Процитируй Трефилова о молодёжи", "denis_trefilov", "молодёжи"),
        ("procitiruy Klemeza o istoricheskoy pamyati", "yevgeny_klemez", "исторической памяти"),
        ("Cite Trefilov on youth", "denis_trefilov", "youth"),
        # "цитата" typed with "c" for "ц"
        ("Trefilov citata pro SNG plus", "denis_trefilov", "площадку"),
    ],
)
def test_quote_someone_on_a_topic_gives_his_words(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.focus) == ("quote", [person])
    first = verdict.statements[0]
    assert words in (first.ru if verdict.lang == "ru" else first.en)


@pytest.mark.parametrize(
    "question",
    [
        "Какие слова Рахмона прозвучали на пленарном заседании?",
        "Что сказал Рахмон на пленарном заседании?",
        "kakie slova Rahmona prozvuchali na plenarnom zasedanii",
    ],
)
def test_words_heard_at_a_session_are_what_he_said_there(engine: Engine, question: str) -> None:
    """The session says where he spoke; the note that his address was "heard" says nothing he said."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote"
    assert any("2000" in statement.en for statement in verdict.statements)
    assert all("2000" in statement.en or "contribution" in statement.en for statement in verdict.statements)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("dushanbe summit - what did SCO get", "Observer"),
        ("что получила ШОС на саммите в Душанбе", "Observer"),
        ("Dushanbe summit - what did the UN get?", "United Nations"),
    ],
)
def test_what_an_organisation_got_at_a_meeting_is_the_decision_about_it(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "outcomes", [DUSHANBE])
    assert words in verdict.statements[0].en


def test_an_organisation_a_meetings_outcomes_name_is_no_lookalike(engine: Engine) -> None:
    """The statement is to be distributed at the UN: "nothing recorded for the UN" would be wrong."""
    verdict = verdict_of(engine, "что получила ООН по итогам саммита в Душанбе?")
    assert verdict.kind != "not_recorded"


@pytest.mark.parametrize(
    ("question", "kind", "items"),
    [
        ("List the international organisations at the XVIII counter-terrorism meeting", "list", {"csto", "rats_sco", "eag"}),
        ("Перечисли международные организации на XVIII совещании", "list", {"csto", "rats_sco", "eag"}),
        ("perechisli mezhdunarodnye organizacii na iyunskom soveshchanii", "list", {"csto", "rats_sco", "eag"}),
        (
            "a mezhdunarodnyh organizaciy na iyunskom antiterror soveshchanii skolko prishlo",
            "count",
            {"csto", "rats_sco", "eag"},
        ),
        ("Сколько международных организаций пришло на июньское совещание?", "count", {"csto", "rats_sco", "eag"}),
        ("List the CIS bodies at the St Petersburg meeting", "list", {"atc", "bcoc"}),
    ],
)
def test_a_group_at_a_meeting_is_that_group_of_its_participants(
    engine: Engine, question: str, kind: str, items: set[str]
) -> None:
    verdict = verdict_of(engine, question)
    if kind == "count":
        # counted as the meeting's own figures are ("3 organisations")
        assert (verdict.kind, verdict.attribute) == ("fact", "count")
        assert isinstance(verdict.value, dict)
        assert (verdict.value["number"], set(verdict.value["items"])) == (len(items), items)
    else:
        assert (verdict.kind, verdict.attribute) == ("list", "participant")
        assert set(verdict.items) == items


def test_a_yes_no_about_a_group_at_a_meeting_stays_yes_or_no(engine: Engine) -> None:
    verdict = verdict_of(engine, "Была ли ОДКБ среди международных организаций на XVIII совещании?")
    assert (verdict.kind, verdict.yes) == ("yes_no", True)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("о чём говорил Трефилов?", "denis_trefilov"),
        ("What did Klemez talk about?", "yevgeny_klemez"),
        ("О чём рассказал Рахмон?", "emomali_rahmon"),
    ],
)
def test_what_someone_talked_about_is_what_he_said(engine: Engine, question: str, person: str) -> None:
    """ "о чём", "about" at the end: the topic is asked, none is named ("чём" is no topic)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.focus) == ("quote", [person])
    assert verdict.statements


@pytest.mark.parametrize(
    "question",
    ["What did the Russian President's press secretary say?", "What did the press secretary of the Russian President say?"],
)
def test_a_post_of_another_post_names_its_holder_not_the_principal(engine: Engine, question: str) -> None:
    """ "The Russian President's press secretary" is Peskov: "President's" is a word of his post
    ("Presidential"), no mention of President Putin."""
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == ["dmitry_peskov"], verdict


@pytest.mark.parametrize("question", ["What did President Putin say?", "Что сказал президент Путин?"])
def test_a_title_before_a_name_names_no_second_person(engine: Engine, question: str) -> None:
    """ "President" of "President Putin" is inside his name as written: Rahmon (also a president) is
    not named beside him, and Putin's words are the answer — never "no such statement"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus[:1] == ["vladimir_putin"], verdict


# ==================================================================================================
# Remarks asked the ways fresh questions ask them: by a paraphrase of their content ("the future"
# as the remark's topic, not the upcoming filter), a long remark cut to the asked clause and what
# follows it, verbs of judging or raising a point, and how an article characterises something.


# --- "the future" as a remark's topic -------------------------------------------------------------


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


# --- the asked clause and what follows it ---------------------------------------------------------


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


# --- judging or raising a point is saying ---------------------------------------------------------


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
        "How does the article on the Moscow intelligence meeting characterise CIS collaboration - ceremonial or practical?",
        "What does the article on the Moscow intelligence meeting say about a ceremonial alliance?",
    ],
)
def test_the_article_characterises_in_its_own_words(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote"
    assert any("ceremonial" in statement.en and "practical" in statement.en for statement in verdict.statements)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("кто сообщил что концепция военного сотрудничества утверждена?", TREFILOV),
        ("who said that the Military Cooperation Concept was approved?", TREFILOV),
        ("kto skazal chto koncepciya voennogo sotrudnichestva utverzhdena?", TREFILOV),
        ("кто заявил, что незаконная миграция угрожает безопасности?", KLEMEZ),
        ("who said that cooperation within the CIS holds deep potential?", PESKOV),
        ("who said that it is crucial to preserve historical memory?", KLEMEZ),
    ],
)
def test_who_said_that_a_claim_is_the_person_whose_words_hold_it(engine: Engine, question: str, speaker: str) -> None:
    """The claim is matched against every recorded remark; who said a thing was planned (Klemez, of
    the concept) did not say it was done."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus[0] == speaker, verdict


def test_who_said_a_claim_no_one_made_names_no_one(engine: Engine) -> None:
    verdict = verdict_of(engine, "кто сказал, что Казахстан вышел из СНГ?")
    assert verdict.intent != "who_said", verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("кого цитируют в источниках?", {TREFILOV, KLEMEZ, RAHMON, PESKOV, PUTIN}),
        ("who is quoted in the sources?", {TREFILOV, KLEMEZ, RAHMON, PESKOV, PUTIN}),
        ("who made statements?", {TREFILOV, KLEMEZ, RAHMON, PESKOV, PUTIN}),
        # a year asked: an undated statement ("in an October statement") is of no year
        ("who made statements in 2025?", {TREFILOV, KLEMEZ, RAHMON}),
    ],
)
def test_who_spoke_or_is_quoted_counts_undated_statements_too(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and set(verdict.items) == expected, verdict


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("who mentioned the border security programme?", {TREFILOV, KLEMEZ}),
        ("кто говорил о программе по укреплению пограничной безопасности?", {TREFILOV, KLEMEZ}),
        ("who spoke about the military cooperation concept?", {TREFILOV, KLEMEZ}),
        ("who talked about the counter-terrorism programme for 2026-2028?", {TREFILOV}),
    ],
)
def test_who_mentioned_a_document_names_the_people_with_their_words(engine: Engine, question: str, people: set[str]) -> None:
    # The document's own record says what was adopted; who spoke of it is in the people's remarks.
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "mentioned_by" and set(verdict.focus) == people, verdict
    assert all(statement.speaker in people for statement in verdict.statements)


def test_who_mentioned_it_after_a_document(engine: Engine) -> None:
    _, verdict = converse(engine, "how long does the border security programme run?", "who mentioned it?")
    assert verdict.attribute == "mentioned_by" and TREFILOV in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("What did Putin say at the 13th meeting?", SECRETARIES),
        ("Что Путин сказал на 13-м заседании?", SECRETARIES),
        ("chto skazal Putin na 13 zasedanii", SECRETARIES),
        ("What did Putin say at the XVIII meeting?", XVIII),
    ],
)
def test_words_of_a_person_quoted_elsewhere_are_not_what_he_said_at_a_meeting_named(
    engine: Engine, question: str, meeting: str
) -> None:
    # Putin is quoted (on the Victory anniversary) only in another article: it was that quote,
    # as if he had said it at the meeting asked about.
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.focus) == ("not_recorded", "not_said", [meeting]), verdict
    assert verdict.value["person"] == PUTIN


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did Trefilov say at the 13th meeting?", TREFILOV),
        ("What did Rahmon say at the XVIII meeting?", RAHMON),
        ("What did Putin say about the 80th anniversary?", PUTIN),
    ],
)
def test_words_said_at_the_meeting_named_or_on_the_topic_stay_quotes(engine: Engine, question: str, speaker: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus[:1] == [speaker], verdict


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("which meeting did Trefilov speak at?", SECRETARIES),
        ("At what event did Klemez speak?", SPB),
        ("на какой встрече говорил Клемез?", SPB),
        ("na kakom zasedanii vystupal Trefilov?", SECRETARIES),
        ("What session did Trefilov address?", SECRETARIES),
    ],
)
def test_which_meeting_someone_spoke_at_is_the_meeting_not_his_words_on_meetings(
    engine: Engine, question: str, meeting: str
) -> None:
    # The meeting word was read as the topic of his words ("what did he say about meetings"), and
    # the answer was a quote naming no meeting.
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.items == [meeting], verdict


@pytest.mark.parametrize("question", ["where did Putin speak?", "где выступал Путин?"])
def test_where_someone_spoke_with_no_place_recorded_is_no_statement_denied(engine: Engine, question: str) -> None:
    # His words are recorded (without a meeting): "the sources record no such statement by Putin" was wrong.
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind != "not_recorded" and PUTIN in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("what did the spy chiefs focus on in Moscow", INTEL),
        ("what did the interior ministers focus on in St Petersburg?", SPB),
        ("на чём сосредоточились секретари советов безопасности в Москве?", SECRETARIES),
        ("chemu byla posvyashchena vstrecha glav specsluzhb v moskve", INTEL),
        ("what was the focus of the 13th security secretaries meeting?", SECRETARIES),
    ],
)
def test_what_a_meeting_focused_on_is_its_agenda(engine: Engine, question: str, meeting: str) -> None:
    """"Focus on", "посвящена", "сосредоточились": the meeting's topics (was its card, a remark
    holding the word "focus", or an ask-back)."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "agenda" and verdict.focus[:1] == [meeting], verdict


@pytest.mark.parametrize(
    "question",
    [
        "what threats did Klemez talk about in St Petersburg",
        "which threats did klemez speak about at the St Petersburg meeting?",
        "what threats did Klemez talk about during the St Petersburg meeting?",
    ],
)
def test_threats_a_person_talked_about_in_a_city_are_his_threats_not_his_words_on_the_city(
    engine: Engine, question: str
) -> None:
    """"talk about in St Petersburg": "about" governs the threats, the city says where he spoke (was
    his note on the city's symbolic significance)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    text = html_of(engine, verdict)
    assert "narcotics" in text and "symbolic" not in text, text


def test_what_a_person_said_about_a_city_is_still_his_words_on_it(engine: Engine) -> None:
    verdict = verdict_of(engine, "what did Klemez say about St Petersburg?")
    assert "symbolic" in html_of(engine, verdict)


def test_what_a_press_office_said_a_meeting_focused_on_is_what_it_said(engine: Engine) -> None:
    """"say … focused on": the press office's words are asked, not the agenda alone (was declined)."""
    verdict = verdict_of(engine, "What did the SVR press office say the intelligence chiefs' meeting focused on?")
    assert verdict.answered, verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Насколько важен, по Клемезу, СМВД для безопасности государств СНГ?", KLEMEZ),
        ("po Klemezu, kakie ugrozy rastut?", KLEMEZ),
        ("по Пескову, какой потенциал у сотрудничества в СНГ?", PESKOV),
    ],
)
def test_po_and_a_surname_is_according_to_that_person(engine: Engine, question: str, person: str) -> None:
    """"по Клемезу" is "according to Klemez": his words answer, not the meeting's list of states (a
    bare meeting-and-group reading took "государств СНГ" for the group asked)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and person in {s.speaker or s.entity for s in verdict.statements} | set(verdict.focus), verdict



@pytest.mark.parametrize(
    ("question", "kind", "focus"),
    [
        # a day beside its month says when he spoke, not what about
        ("what did Rahmon say on 10 June?", "quote", "emomali_rahmon"),
        ("что сказал Рахмон 10 июня?", "quote", "emomali_rahmon"),
        ("what did Klemez say on August 12?", "quote", "yevgeny_klemez"),
        # a meeting named by its date alone: its speakers, not a statement dated so
        ("who spoke at the meeting on 10 June?", "fact", "mtg_2025_06_10_counter_terrorism_heads_18"),
        ("who spoke at the June 10 meeting?", "fact", "mtg_2025_06_10_counter_terrorism_heads_18"),
    ],
)
def test_a_date_says_when_words_were_said(engine: Engine, question: str, kind: str, focus: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind and focus in verdict.focus, verdict




@pytest.mark.parametrize(
    ("question", "speaker", "pattern"),
    [
        # the meeting named after the topic places his words; the topic picks the statement
        ("What exactly did Klemez say about history at the St Petersburg meeting?", KLEMEZ, r"rewrite history"),
        ("What did Klemez say about drugs at the St Petersburg meeting?", KLEMEZ, r"narcotics"),
        ("Что Клемез говорил об истории на заседании в Петербурге?", KLEMEZ, r"историю"),
        ("What did Trefilov say about youth at the 13th meeting?", TREFILOV, r"youth"),
        ("Что Трефилов говорил о молодёжи на 13-м заседании?", TREFILOV, r"молод"),
        # the city as the topic itself
        ("Что Клемез сказал про Санкт-Петербург как место встречи?", KLEMEZ, r"символ"),
    ],
)
def test_what_a_person_said_on_a_topic_at_a_named_meeting(engine: Engine, question: str, speaker: str, pattern: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert speaker in verdict.focus or any(s.speaker == speaker for s in verdict.statements)
    assert any(re.search(pattern, s.get(verdict.lang), re.I) for s in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "what did rahmon say in his address to the counter-terrorism meeting",
        "что сказал Рахмон в своём обращении к антитеррористическому совещанию?",
        "chto skazal rakhmon v obrashchenii k antiterroristicheskomu soveshchaniyu",
    ],
)
def test_the_words_naming_the_meeting_he_addressed_leave_his_whole_address(engine: Engine, question: str) -> None:
    # "counter-terrorism" names the meeting, no topic: both clauses, the year 2000 among them
    # (was the one clause on anti-terrorist cooperation)
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote", verdict
    text = " ".join(s.en for s in verdict.statements)
    assert "2000" in text and "contribution" in text, verdict


def test_what_he_told_the_media_of_the_meeting_named_is_what_he_said_there(engine: Engine) -> None:
    # the meeting's words all name it: all Klemez told the media of it (was the council's card)
    verdict = verdict_of(engine, "Что Клемез сказал на заседании СМВД в Петербурге?")
    assert verdict.kind == "quote" and verdict.focus[:1] == [KLEMEZ], verdict
    assert all(s.speaker == KLEMEZ for s in verdict.statements)


def test_a_meeting_named_outright_is_not_another_he_spoke_at(engine: Engine) -> None:
    # "на 13-м заседании": never Rahmon's words at the XVIII meeting
    verdict = verdict_of(engine, "Что Рахмон сказал на 13-м заседании Совета секретарей советов безопасности?")
    assert verdict.kind != "quote", verdict


@pytest.mark.parametrize(
    "question",
    ["when did Peskov make his statement?", "когда Песков сделал заявление?", "kogda peskov eto skazal?"],
)
def test_a_statement_dated_by_its_month_alone_gives_the_month_and_no_year(engine: Engine, question: str) -> None:
    # was the statement's card (or his) with "did you mean", which never says when
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.value) == ("fact", "month_only", {"month": 10}), verdict
    line = first_line(engine, verdict)
    assert re.search(r"October|Октябрь", line) and re.search(r"year|год", line) and "2025" not in line


@pytest.mark.parametrize(
    ("first", "then"),
    [("what did Peskov say?", "when?"), ("что сказал Песков о СНГ?", "а когда это было?")],
)
def test_when_after_a_statement_dated_by_its_month_gives_the_month(engine: Engine, first: str, then: str) -> None:
    # was Peskov's card (the follow-up read as "when Peskov")
    verdict = converse(engine, first, then)[-1]
    assert (verdict.kind, verdict.attribute) == ("fact", "month_only"), verdict


def test_when_a_speaker_at_a_meeting_spoke_stays_the_meetings_date(engine: Engine) -> None:
    verdict = verdict_of(engine, "when did Klemez speak to the media?")
    assert verdict.attribute != "month_only" and verdict.items == ["mtg_2025_08_12_interior_ministers"], verdict


@pytest.mark.parametrize(
    "question",
    ["what is the EAG secretariat's report about?", "what was the EAG report about?", "о чём доклад ЕАГ?"],
)
def test_an_organisations_report_is_the_record_item_naming_it(engine: Engine, question: str) -> None:
    # was the EAG's card (read as "what is the EAG"), which says nothing of the report
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    assert re.search(r"money laundering|отмыванию денег", verdict.statements[0].en + verdict.statements[0].ru)


def test_what_an_organisation_is_stays_its_card(engine: Engine) -> None:
    assert verdict_of(engine, "what is the EAG?").kind == "card"


@pytest.mark.parametrize("question", ["what did Peskov say and when?", "что сказал Песков и когда?"])
def test_what_and_when_a_statement_was_said_keeps_its_words(engine: Engine, question: str) -> None:
    # the words asked too: the month alone would drop them (their text says "in an October statement")
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "month_only" and verdict.kind in ("card", "quote"), verdict
# --- "apart from" sets aside as "besides" does ------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What threats did Klemez name in St Petersburg apart from illegal migration?",
        "What threats did Klemez name in St Petersburg apart from migration?",
        "Apart from illegal migration, what threats did Klemez name in St Petersburg?",
        "What threats did Klemez name in St Petersburg aside from migration?",
    ],
)
def test_apart_from_sets_aside_like_besides(engine: Engine, question: str) -> None:
    """"Apart" is no word of the question's subject: the city stays where Klemez spoke, not what is asked."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and any(statement.speaker == KLEMEZ for statement in verdict.statements), verdict
    assert re.search(r"narcotic|drug", html_of(engine, verdict))


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Klemez slova pro budushchee Sodruzhestva?", KLEMEZ, r"future|будущ"),
        ("Слова Клемеза про будущее Содружества?", KLEMEZ, r"future|будущ"),
        ("Цитата Клемеза о незаконной миграции", KLEMEZ, r"threat|угроз"),
        ("the words of Trefilov about youth", TREFILOV, r"youth|молод"),
        ("Rahmon slova pro ATC?", RAHMON, r"2000"),
    ],
)
def test_a_persons_words_on_a_topic_are_what_he_said(engine: Engine, question: str, person: str, words: str) -> None:
    # "Слова Клемеза про будущее Содружества?" was "Нет." and his post (a claim that he holds one in the CIS)
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and person in verdict.focus, verdict
    assert re.search(words, visible(html_of(engine, verdict)), re.I)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Кто опубликовал новость про совет МВД в Петербурге и откуда?", r"БелТА.*МИНСК"),
        ("Who published the news about the council of interior ministers?", r"BelTA"),
    ],
)
def test_who_published_the_news_about_a_council_is_the_publisher(engine: Engine, question: str, words: str) -> None:
    # "кто опубликовал новость про совет МВД" was the council's card (a body word read as a field's body)
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute) == ("fact", "source"), verdict
    assert re.search(words, visible(html_of(engine, verdict)), re.S)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The Council convened in St. Petersburg on 12 August 2025. It discussed x.", "The Council convened in St. Petersburg on 12 August 2025."),
        ("Addressed by D. Trefilov at the meeting in Moscow today. Next.", "Addressed by D. Trefilov at the meeting in Moscow today."),
        ("Состоялось 10 июня 2025 г. в Москве при участии многих делегаций. Далее.", "Состоялось 10 июня 2025 г. в Москве при участии многих делегаций."),
        ("Совещание состоялось в Москве 10 июня 2025 г. Далее было другое.", "Совещание состоялось в Москве 10 июня 2025 г."),
    ],
)
def test_a_description_is_cut_at_a_sentence_end_not_an_abbreviation(text: str, first: str) -> None:
    # "The CIS Interior Ministers Council convened in St." had been the card's first line
    assert first_sentence(text, 300) == first


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who spoke about drones?", r"^The participants \(the source names no one speaker\) — XVIII"),
        ("кто говорил про беспилотники?", r"^Участники \(источник не называет выступавшего\) — XVIII"),
        ("kto govoril pro bespilotniki?", r"^Участники"),
    ],
)
def test_who_said_what_the_record_gives_as_the_meetings(engine: Engine, question: str, said: str) -> None:
    """The record says the participants stressed it: that is the answer to "who", not a meeting's
    name alone over statements that name nobody."""
    shown = visible(html_of(engine, verdict_of(engine, question)))
    assert re.search(said, shown), shown


@pytest.mark.parametrize(
    "question",
    ["что предложили участники XVIII совещания?", "what did the participants of the XVIII meeting propose?", "что отметили участники XVIII совещания?"],
)
def test_what_the_participants_said_is_not_who_they_were(engine: Engine, question: str) -> None:
    # the verb before the participants ("что предложили участники") had listed the eight states
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "participants" and "azerbaijan" not in verdict.items, verdict
