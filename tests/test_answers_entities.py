"""Questions about the less-asked kinds of entry: people named by their post, the sources
themselves, programmes and agreements still planned, where a meeting was hosted, a speaker's posts and the
capacity in which an entry attended. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import INTEL, KLEMEZ, PESKOV, SECRETARIES, TREFILOV, XVIII, converse, first_line, verdict_of


@pytest.mark.parametrize(
    ("question", "source"),
    [
        # The council is in three sources; the one reporting its meeting in St Petersburg is BelTA's.
        ("Кто опубликовал материал о заседании СМВД в Петербурге?", "seed002"),
        ("Who published the story on the interior ministers' meeting in St Petersburg?", "seed002"),
        ("Which outlet reported the Moscow meeting of intelligence chiefs?", "seed003"),
        ("Какое ведомство выпустило отчёт об органах отраслевого сотрудничества за 2025 год?", "seed000"),
        ("Кто выпустил новость о 13-м заседании секретарей советов безопасности?", "seed001"),
        ("kto opublikoval material o zasedanii SMVD v Peterburge", "seed002"),
        ("В каком издании вышла заметка о заседании МВД СНГ?", "seed002"),
        ("Which publication ran the story on the interior ministers?", "seed002"),
        ("Кто автор отчёта о 20 заседаниях?", "seed000"),
        # "who reported / covered <meeting>" puts the news out; the city may score above the meeting
        ("who reported the intelligence chiefs meeting in Moscow?", "seed003"),
        ("who covered the St Petersburg meeting?", "seed002"),
        ("who reported the St Petersburg meeting?", "seed002"),
        ("кто сообщил о заседании в Санкт-Петербурге?", "seed002"),
    ],
)
def test_the_publisher_is_that_of_the_source_reporting_what_is_named(
    engine: Engine, question: str, source: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "source", verdict
    assert verdict.value == {"source": source, "field": "publisher"}, verdict


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Какой город принимал заседание Совета министров внутренних дел?", "st_petersburg"),
        ("Какая страна принимала саммит в октябре?", "dushanbe"),
        ("kakoy gorod prinimal zasedanie SMVD", "st_petersburg"),
        ("Which country hosted the XVIII meeting?", "moscow"),
        ("Who hosted the 13th Security Secretaries meeting?", "moscow"),
        ("кто принимал саммит в Душанбе?", "dushanbe"),
        ("кто принимал XVIII совещание?", "moscow"),
        ("kto prinimal 13 zasedanie?", "moscow"),
    ],
)
def test_hosting_asks_where(engine: Engine, question: str, place: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "place", verdict
    assert verdict.value == place or place in str(verdict.value), verdict


@pytest.mark.parametrize(
    "question",
    [
        "Кто принимал участие в заседании СМВД?",
        "Кто принимал участие в заседании Совета министров внутренних дел?",
        "Кто участвовал в заседании Совета министров внутренних дел?",
    ],
)
def test_taking_part_is_not_hosting_nor_heading(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "participants" and verdict.focus == ["mtg_2025_08_12_interior_ministers"], verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Кем работает Клемез в Исполкоме СНГ?", "yevgeny_klemez"),
        ("What is Klemez's position at the CIS Executive Committee?", "yevgeny_klemez"),
        ("Какую должность в Исполкоме СНГ занимает Трефилов?", "denis_trefilov"),
    ],
)
def test_a_post_asked_of_a_named_person_is_theirs(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "role" and verdict.focus == [person], verdict


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("Подписан ли уже договор о международных контролируемых поставках?", "treaty_controlled_deliveries"),
        ("Договор о контролируемых поставках уже подписали?", "treaty_controlled_deliveries"),
        ("dogovor o kontroliruemyh postavkah podpisan?", "treaty_controlled_deliveries"),
        (
            "Was the optional protocol to the convention on the transfer of sentenced persons signed?",
            "optional_protocol_transfer_sentenced",
        ),
    ],
)
def test_a_plan_is_no_yes_to_was_it_signed(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict
    assert verdict.kind == "not_recorded" and verdict.reason == "planned" and verdict.focus == [document], verdict
    assert verdict.statements and "plan" in verdict.statements[0].en, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Is the treaty on controlled deliveries planned to be signed?",
        "Планируется ли подписать договор о контролируемых поставках?",
    ],
)
def test_a_plan_asked_is_still_a_yes(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True, verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Что заявил пресс-секретарь президента России о сотрудничестве в СНГ?", "dmitry_peskov"),
        ("What did the Russian presidential press secretary say about the CIS?", "dmitry_peskov"),
        ("What did the presidential press secretary of Russia say about cooperation?", "dmitry_peskov"),
    ],
)
def test_a_person_named_by_their_post_said_it(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered, verdict
    assert any(statement.speaker == person or statement.entity == person for statement in verdict.statements) or (
        person in verdict.focus
    ), verdict


@pytest.mark.parametrize(
    "question",
    [
        "Что сказал Генеральный секретарь СНГ о молодёжи?",
        "What did the CIS Secretary-General say about youth?",
        "Что сказал Генеральный секретарь СНГ на 13-м заседании Совета секретарей советов безопасности?",
    ],
)
def test_the_principal_is_not_the_deputy(engine: Engine, question: str) -> None:
    """"The Secretary-General" names no one: Trefilov is the Deputy Secretary-General, shown as a similar post."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "title", verdict
    assert isinstance(verdict.value, dict) and verdict.value["holders"] == ["denis_trefilov"], verdict


@pytest.mark.parametrize(
    ("question", "yes", "meeting"),
    [
        ("Проходило ли заседание Совета секретарей советов безопасности в Минске?", False, "mtg_2025_11_05_security_secretaries_13"),
        ("Was the Interior Ministers Council meeting held in Minsk?", False, "mtg_2025_08_12_interior_ministers"),
        ("Трефилов выступал в Москве?", True, "mtg_2025_11_05_security_secretaries_13"),
        ("Did Trefilov speak in Moscow?", True, "mtg_2025_11_05_security_secretaries_13"),
        ("Россия была среди участников заседания СМВД в Петербурге?", True, "mtg_2025_08_12_interior_ministers"),
        ("Was Russia among the participants of the interior ministers' meeting in St Petersburg?", True,
         "mtg_2025_08_12_interior_ministers"),
    ],
)
def test_a_body_or_person_and_a_place_are_checked_against_their_meetings(
    engine: Engine, question: str, yes: bool, meeting: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes and meeting in verdict.focus, verdict


@pytest.mark.parametrize(
    "question",
    ["Участвовало ли НАТО в совещании в Москве 10 июня?", "Did NATO attend the meeting in Moscow on 10 June?"],
)
def test_a_day_that_names_another_meeting_in_the_place_is_no_wrong_date(engine: Engine, question: str) -> None:
    """Two meetings were held in Moscow; 10 June is the XVIII meeting's day, not a wrong date of the 13th;
    NATO, named nowhere in the sources, is said to be so (the acronym is a name)."""
    verdict = verdict_of(engine, question)
    assert not (verdict.grounds == "date" and verdict.yes is False), verdict
    assert verdict.yes is not True, verdict


@pytest.mark.parametrize(
    ("question", "member", "yes"),
    [
        ("Участвовала ли ОДКБ в совещании в Москве 10 июня?", "csto", True),
        ("Участвовала ли Армения в совещании в Москве 10 июня?", "armenia", True),
        ("Was the CSTO at the meeting in Moscow on 10 June?", "csto", True),
    ],
)
def test_a_place_and_a_day_name_the_meeting_held_there_that_day(
    engine: Engine, question: str, member: str, yes: bool
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes, verdict
    assert verdict.focus == ["mtg_2025_06_10_counter_terrorism_heads_18", member], verdict


@pytest.mark.parametrize(
    "question",
    [
        "О чём рассказал Трефилов участникам заседания секретарей советов безопасности?",
        "Что говорил Трефилов участникам заседания Совета секретарей советов безопасности?",
    ],
)
def test_what_a_person_told_a_meeting_is_no_list_of_meetings(engine: Engine, question: str) -> None:
    """"заседания" (of the meeting) reads like a plural: without a list word it asks what was said."""
    verdict = verdict_of(engine, question)
    assert verdict.kind != "list" and "denis_trefilov" in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Какие международные структуры, не входящие в СНГ, были на XVIII совещании?", "list"),
        ("Which international bodies took part in the XVIII meeting?", "list"),
        ("Сколько международных структур участвовало в XVIII совещании?", "count"),
    ],
)
def test_international_structures_are_the_international_organisations(engine: Engine, question: str, kind: str) -> None:
    verdict = verdict_of(engine, question)
    value = verdict.value if isinstance(verdict.value, dict) else {}
    if verdict.attribute == "participants":  # a meeting's participants, one group only
        listed = value["groups"].get("organisations", []) if value.get("only") == "organisations" else []
    elif verdict.attribute == "count":  # a meeting's participants counted
        listed = value["items"] if value.get("of") == "organisations" else []
    else:
        listed = verdict.items
    assert verdict.kind in (kind, "fact") and set(listed) == {"csto", "rats_sco", "eag"}, verdict


@pytest.mark.parametrize(
    ("question", "meetings"),
    [
        (
            "Что проходило в Москве в 2025 году?",
            {"mtg_2025_06_10_counter_terrorism_heads_18", "mtg_2025_11_05_security_secretaries_13"},
        ),
        (
            "What took place in Moscow in 2025?",
            {"mtg_2025_06_10_counter_terrorism_heads_18", "mtg_2025_11_05_security_secretaries_13"},
        ),
        ("что прошло в Петербурге", {"mtg_2025_08_12_interior_ministers"}),
    ],
)
def test_what_took_place_somewhere_is_the_meetings_there(engine: Engine, question: str, meetings: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and set(verdict.items) == meetings, verdict


@pytest.mark.parametrize(
    ("question", "subject", "yes"),
    [
        ("ОДКБ получила статус наблюдателя при СНГ?", "csto", False),
        ("Did the CSTO become a CIS observer?", "csto", False),
        ("Является ли ЕАГ наблюдателем при СНГ?", "eag", False),
    ],
)
def test_observer_status_is_checked_not_guessed(engine: Engine, question: str, subject: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.grounds == "observer" and verdict.yes is yes, verdict
    assert isinstance(verdict.value, dict) and verdict.value["entity"] == subject, verdict
    assert verdict.value["observers"] == ["sco"], verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Клемез работает в Исполкоме СНГ?", True),  # his department is part of the Executive Committee
        ("Is Klemez part of the Executive Committee?", True),
        ("Трефилов работает в Исполкоме СНГ?", None),  # a post of the CIS itself: which body is not said
        ("Does Trefilov work in the CIS Executive Committee?", None),
        ("Клемез работает в ОДКБ?", False),
    ],
)
def test_a_post_in_a_part_is_a_post_in_the_whole(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.grounds == "role" and verdict.yes is yes, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Где проходили учения Содружество-Антитеррор-2025?",
        "Какая страна принимала учения Содружество-Антитеррор-2025?",
        "Where were the Commonwealth-Antiterror 2025 exercises held?",
    ],
)
def test_one_event_named_in_full_is_no_list(engine: Engine, question: str) -> None:
    """"учения" is a kind word, here part of one exercise's name."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "place", verdict
    assert isinstance(verdict.value, dict) and "tajikistan" in verdict.value.values(), verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Кто такой пресс-секретарь президента России?", "dmitry_peskov"),
        ("Who is the Russian presidential press secretary?", "dmitry_peskov"),
        ("kto takoy press-sekretar prezidenta Rossii", "dmitry_peskov"),
    ],
)
def test_who_holds_a_post_named_in_full(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [person], verdict


@pytest.mark.parametrize(
    ("question", "member", "yes"),
    [
        ("Туркменистан был на заседании СМВД?", "turkmenistan", True),
        ("Turkmenistan byl na zasedanii SMVD?", "turkmenistan", True),
        ("Азербайджан был на заседании СМВД?", "azerbaijan", False),
        ("ЕАГ участвовала в заседании СМВД?", "eag", False),
        ("Did the EAG attend the interior ministers' meeting?", "eag", False),
    ],
)
def test_a_body_with_a_meeting_word_is_its_one_meeting(engine: Engine, question: str, member: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is yes, verdict
    assert verdict.focus == ["mtg_2025_08_12_interior_ministers", member], verdict


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Концепцию военного сотрудничества приняли в Москве?", False),
        ("Was the Military Cooperation Concept approved in Moscow?", False),
    ],
)
def test_a_document_adopted_in_a_city_is_checked_against_its_meeting(engine: Engine, question: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    # the adoption is the grounds (document, meeting and its city), not the meeting's venue alone
    assert verdict.kind == "yes_no" and verdict.yes is yes and verdict.grounds == "adopted_in", verdict
    assert verdict.focus[0] == "military_cooperation_concept_2030", verdict
    assert "mtg_2025_10_dushanbe_summit" in verdict.focus, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Where did Trefilov speak?",
        "When did Trefilov speak?",
        "Где выступал Трефилов?",
        # the occasion of a speech is the meeting it was made at
        "Где выступал Трефилов и по какому поводу?",
        "по какому поводу выступал Трефилов",
        "po kakomu povodu vystupal Trefilov?",
        "on what occasion did Trefilov speak?",
    ],
)
def test_where_a_person_spoke_is_the_meetings(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.items == ["mtg_2025_11_05_security_secretaries_13"], verdict


@pytest.mark.parametrize("question", ["Какие решения принимали в Душанбе?", "Кто принимал решение о статусе ШОС?"])
def test_taking_a_decision_is_not_hosting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "place", verdict


@pytest.mark.parametrize(
    "question", ["Говорил ли Клемез о ФАТФ?", "Did Klemez talk about the SCO?", "Говорил ли Трефилов о ШОС?"]
)
def test_what_a_person_said_about_an_organisation_is_no_question_of_their_post(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.grounds != "role", verdict


# ==================================================================================================
# A speaker named with the posts the source gives, and the capacity (the participant group) in which
# an entry attended a meeting.


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
    ("question", "person", "post"),
    [
        ("В каком качестве Эмомали Рахмон обратился к участникам XVIII совещания?", "emomali_rahmon", "Председатель"),
        ("v kakom kachestve Rahmon privetstvoval soveshchanie?", "emomali_rahmon", "Председатель"),
        ("In which capacity did Denis Trefilov address the security secretaries?", "denis_trefilov", "Deputy"),
        ("В каком качестве Клемез выступал перед журналистами?", "yevgeny_klemez", "Директор"),
    ],
)
def test_the_capacity_of_a_person_is_his_post(engine: Engine, question: str, person: str, post: str) -> None:
    """A person is on no participant list: "в каком качестве он обратился" asks his posts, not his words."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "role" and verdict.focus[0] == person, verdict
    assert post in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "entity", "established"),
    [
        ("When was the ATC established?", "atc", True),
        ("kogda byl sozdan ATC", "atc", True),
        ("When was the BCOC established?", "bcoc", False),
        ("When was the Interior Ministers Council established?", "interior_ministers_council", False),
        ("Когда был создан СМВД?", "interior_ministers_council", False),
        ("When was the EAG set up?", "eag", False),
        # The CIS alone: "CIS" and "founded" are also in the ATC's founding, which is not asked.
        ("When was the CIS founded?", "cis", False),
        ("когда СНГ было создано", "cis", False),
        ("kogda sozdano SNG", "cis", False),
    ],
)
def test_when_a_body_was_set_up_is_its_founding_not_its_meeting(
    engine: Engine, question: str, entity: str, established: bool
) -> None:
    """Founding is asked by its verb: the recorded year (only the ATC's, 2000), else "the sources do
    not say when" — never the date of the body's meeting, never a "did you mean"."""
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == [entity] and verdict.attribute == "established", verdict
    assert (verdict.reason != "not_stated") is established
    if established:
        assert first_line(engine, verdict).startswith("<b>2000"), first_line(engine, verdict)


# ==================================================================================================
# What an entry does and what a source says of itself: occupation words ("what does Klemez do",
# "чем занимается") answered from the entry; a wish about a known place ("where to eat in
# Dushanbe") declined; "posted" / "came out" gives the source's date, not the meeting's.


@pytest.mark.parametrize(
    ("question", "person", "post"),
    [
        ("what does Klemez do?", KLEMEZ, "Director"),
        ("What does Yevgeny Klemez do", KLEMEZ, "Director"),
        ("what is Klemez's job", KLEMEZ, "Director"),
        ("what does Denis Trefilov do", TREFILOV, "Deputy Secretary"),
        ("what does Peskov do?", PESKOV, "Press Secretary"),
        ("чем занимается Клемез", KLEMEZ, "Директор"),
        ("А чем занимается Трефилов?", TREFILOV, "Заместитель"),
        ("chem zanimaetsya Klemez", KLEMEZ, "Директор"),
        ("chem zanimaetsya Trefilov?", TREFILOV, "Заместитель"),
    ],
)
def test_what_a_person_does_is_his_post(engine: Engine, question: str, person: str, post: str) -> None:
    """The words of occupation frame the question: the name in it stays what is searched (the
    frame "what does X do" once took the name away with it and the question was declined)."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and person in verdict.focus, verdict
    assert post in first_line(engine, verdict)


@pytest.mark.parametrize(
    "question",
    ["what does the Defence Ministers Council do?", "чем занимается Совет министров обороны", "chem zanimaetsya ODKB"],
)
def test_what_a_body_does_is_its_card(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "card", verdict


def test_an_unknown_person_asked_what_he_does_is_not_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "what does Sergey Lebedev do?")
    assert not verdict.answered or verdict.kind == "not_recorded", verdict


@pytest.mark.parametrize(
    "question",
    [
        "where to eat in Dushanbe",
        "где поесть в Душанбе",
        "how to get from the airport to the centre of Moscow",
        "как доехать от аэропорта до центра Москвы",
        "kak doehat do Pitera",
        "taxi from Minsk airport price",
        "как добраться до Бишкека",
        # the words of the wish too common to be searched are no word of the city's name
        "how do I get to Dushanbe?",
        "как доехать до Душанбе?",
    ],
)
def test_a_place_asked_about_getting_there_or_eating_is_out_of_scope(engine: Engine, question: str) -> None:
    """A known city with a wish of travel ("how to get to the centre") is declined; the ATC's
    "Centre" alone names no body beside it, and the summit held in Dushanbe is not where to eat."""
    verdict = verdict_of(engine, question)
    assert not verdict.answered and verdict.reason == "out_of_scope", verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [("What happened in Dushanbe?", "mtg_2025_10_dushanbe_summit"), ("what meetings took place in Moscow", SECRETARIES)],
)
def test_a_place_asked_what_happened_there_is_still_answered(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and entity in verdict.items, verdict


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        ("When was the item on the XVIII counter-terrorism meeting posted?", "16 June"),
        ("when was the news about the St Petersburg interior ministers meeting posted", "13 August"),
        # asked in Russian, the month is named in Russian
        ("когда вышла новость БелТА о заседании СМВД", "13 августа"),
        ("когда вышла заметка о XVIII совещании", "16 июня"),
        ("kogda vyshla statya pro Trefilova", "5 ноября"),
    ],
)
def test_a_source_posted_or_put_out_is_dated_by_the_source(engine: Engine, question: str, dated: str) -> None:
    """ "Posted", "вышла": the date the source bears, not the date of the meeting it reports."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source", verdict
    assert isinstance(verdict.value, dict) and verdict.value["field"] == "date"
    assert dated in first_line(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "whose report is the article on the intelligence chiefs meeting in Moscow based on",
        "which agency is the article on the Moscow intelligence chiefs meeting citing?",
        "на кого ссылается статья о встрече руководителей спецслужб в Москве",
    ],
)
def test_whom_a_source_cites_is_its_publisher_record(engine: Engine, question: str) -> None:
    """Whom the article credits (TASS) is in its publisher's record; "which agency ... citing" asks no
    body of a field."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source", verdict
    assert "TASS" in first_line(engine, verdict) or "ТАСС" in first_line(engine, verdict)


def test_the_meeting_date_is_still_the_meeting_date(engine: Engine) -> None:
    verdict = verdict_of(engine, "When was the XVIII meeting?")
    assert verdict.attribute == "date" and "10 June 2025" in first_line(engine, verdict), verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("совет по миграции", "migration_bodies_council"),
        ("Что такое совет по экологии?", "ecological_council"),
        ("совет по экологии", "ecological_council"),
        ("kak nazyvaetsya sovet po ekologii", "ecological_council"),
        ("chto takoe sovet po migracii", "migration_bodies_council"),
    ],
)
def test_an_informal_name_one_body_explains_is_that_body(engine: Engine, question: str, body: str) -> None:
    """ "Совет по миграции" for the Council of Heads of Migration Bodies: every word explained by one
    body's name in another form is that body, not "no body of that name" (and "ekologii" typed in
    Latin letters reads as the Russian word, whose stem the names hold as "ecolog")."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "card" and verdict.focus == [body], verdict


@pytest.mark.parametrize(
    "question",
    [
        "Совет начальников полиции СНГ",
        "the CIS Council of Police Chiefs",
        "where did the cis police council meet",
        "Совет министров иностранных дел СНГ",
        "Чем занимается Совет руководителей служб кибербезопасности СНГ?",
    ],
)
def test_a_body_no_name_explains_is_still_not_recorded(engine: Engine, question: str) -> None:
    """ "Police" is only a search alias of the tax investigation council: no informal name of it;
    "чем занимается Совет X" asks what the body named does, so an unknown X is still not recorded."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded", verdict


@pytest.mark.parametrize(
    "question", ["zagolovok stati BelTA pro sotrudnichestvo SNG", "kak nazyvaetsya statya BelTA"]
)
def test_a_title_asked_in_latin_letters_is_the_source_title(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and isinstance(verdict.value, dict) and verdict.value["field"] == "title", verdict


@pytest.mark.parametrize(
    "question",
    [
        "programma sotrudnichestva po borbe s narkotikami na 2026-2030",
        "программа сотрудничества по борьбе с наркотиками на 2026-2030",
        "programme of cooperation against drug trafficking 2026-2030",
    ],
)
def test_a_programme_of_a_field_no_document_covers_is_not_recorded(engine: Engine, question: str) -> None:
    """Typed in Latin letters, the name's words are read as Russian ("narkotikami") and "s" joins
    them as "с" does: no programme on drugs is recorded, the Dushanbe documents are only the nearest."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_document", verdict


@pytest.mark.parametrize(
    "question",
    [
        "What is the Year of Peace and Unity in the Fight Against Nazism?",
        "Tell me about the Year of Peace and Unity in the Fight Against Nazism",
        "Что такое Год мира и единства в борьбе с нацизмом?",
    ],
)
def test_the_fight_in_a_name_asks_no_body(engine: Engine, question: str) -> None:
    """ "The Fight Against Nazism" is part of the year's name, not a body's work ("which body fights
    corruption"): the year is answered, never a body whose field words happen to match."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and "fact_year_peace_unity_2025" in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [("which body fights corruption?", "anti_corruption_council"), ("what body leads the fight against terrorism?", "atc")],
)
def test_a_body_that_fights_is_still_asked_for(engine: Engine, question: str, body: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and body in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("программа по терроризму", "programme_ct_extremism_2026_2028"),
        ("в этом году действует программа по терроризму?", "programme_ct_extremism_2026_2028"),
        ("programma po terrorizmu deystvuet?", "programme_ct_extremism_2026_2028"),
        # a verb of what a document does ends its name
        ("what does the border programme define", "programme_border_security_2030"),
    ],
)
def test_an_informal_name_whose_word_the_official_name_holds_in_a_longer_phrase(engine: Engine, question: str, document: str) -> None:
    """ "Терроризму" is inside "борьбе с терроризмом" ("~counter_terrorism") in the official name:
    the programme on terrorism is that programme, not an unknown document."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.reason != "no_document" and document in verdict.focus, verdict


@pytest.mark.parametrize("question", ["программа по наркотикам", "программа по кибертерроризму", "концепция по терроризму"])
def test_an_informal_name_of_a_field_no_document_covers_is_still_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_document", verdict


@pytest.mark.parametrize(
    "question",
    [
        "когда Песков сделал заявление о потенциале СНГ",
        "when did Peskov make his statement on CIS potential?",
        "kogda Peskov sdelal zayavlenie o potenciale?",
    ],
)
def test_a_statement_of_a_named_person_is_a_remark_not_a_document(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.reason != "no_document" and any("peskov" in f for f in verdict.focus), verdict


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about the Concept of Information Security of the CIS",
        "the Concept of Information Security",
        "Концепция информационной безопасности СНГ",
    ],
)
def test_a_name_word_the_search_drops_still_names(engine: Engine, question: str) -> None:
    """ "Information" is a stop word of questions ("information about"), but inside a typed name it
    names: no document has it in its names, so the Military Cooperation Concept is only the nearest."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_document", verdict


def test_a_recorded_concept_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "What is the Military Cooperation Concept?")
    assert verdict.answered and verdict.focus == ["military_cooperation_concept_2030"], verdict


@pytest.mark.parametrize(
    "question",
    [
        "Что за учение Содружество-Антитеррор-2025?",
        "What is the Commonwealth-Antiterror-2025 exercise?",
        "chto za uchenie Sodruzhestvo-Antiterror-2025",
    ],
)
def test_a_word_of_the_full_name_beside_the_short_one_asks_for_the_entry(engine: Engine, question: str) -> None:
    """ "Учение" is in the exercise's full name: the question asks what the exercise is (planned for
    October 2025 in Tajikistan), not the note that happens to hold the word "exercise"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.focus == ["ex_2025_10_commonwealth_antiterror"], verdict
    assert "2025" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("What is the CIS Council of Interior Ministers' 2026 action plan?", "interior_ministers_council"),
        ("What is the work plan of the ATC?", "atc"),
        ("план действий СМВД на 2026 год", "interior_ministers_council"),
        ("plan raboty Soveta ministrov oborony", "defence_ministers_council"),
    ],
)
def test_a_body_plan_of_action_is_not_stated(engine: Engine, question: str, body: str) -> None:
    """The sources record documents adopted, never a body's own plan of action or work: "not
    stated", never the body's card as if it answered."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "plan" and verdict.focus == [body] and verdict.value is None, verdict



@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        # Three meetings were held in Moscow; the 13th lists no participants, the intelligence
        # chiefs' meeting does.
        ("кто направил делегации на встречу в Москве?", INTEL),
        ("кто участвовал во встрече в Москве?", INTEL),
        ("who attended the Moscow meeting?", INTEL),
        ("сколько стран было на встрече в москве", INTEL),
        ("skolka gosudarstv bylo na vstreche razvedok v moskve", INTEL),
        # lists of a group asked of the meeting: the one that lists it; "совещание" is the XVIII's word
        ("какие государства были на встрече в москве", INTEL),
        ("rfrbt ujcelfhcndf ,skb yf dcnhtxt d vjcrdt", INTEL),
        ("какие органы СНГ были на совещании в Москве?", XVIII),
        # A month, or a word beside the city, names the one meeting.
        ("кто выступал на совещании в Москве в июне?", XVIII),
        ("who spoke at the Moscow meeting of security secretaries?", SECRETARIES),
    ],
)
def test_a_meeting_named_by_a_city_of_several_is_one_that_answers(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == [meeting], verdict
    assert verdict.reason is None, verdict


def test_a_name_holding_the_cis_and_more_is_what_was_set_up(engine: Engine) -> None:
    verdict = verdict_of(engine, "When was the CIS Plus format created?")
    assert verdict.focus[:1] == ["decision_cis_plus"], verdict


@pytest.mark.parametrize(
    ("question", "source"),
    [
        # The source asked for itself: its citation, not the card of what it reports.
        ("What is the source for the XVIII meeting?", "seed004"),
        ("what's the source on the St Petersburg meeting?", "seed002"),
        ("источник по 13-му заседанию?", "seed001"),
        # A possessive before the press office still asks who told the news.
        ("Which agency's press office reported on the Moscow intelligence meeting?", "seed003"),
    ],
)
def test_the_source_of_an_entry_is_its_citation(engine: Engine, question: str, source: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and verdict.sources == [source] and verdict.yes is None, verdict


@pytest.mark.parametrize(
    ("question", "sources"),
    [
        ("Which source reports that 20 meetings were held in 2025?", ["seed000"]),
        ("в каком источнике сказано, что в 2025 году прошло 20 заседаний?", ["seed000"]),
        ("где написано что было 20 заседаний", ["seed000"]),
        ("в каком источнике говорится о статусе наблюдателя ШОС?", ["seed001"]),
        ("which source mentions Peskov?", ["seed003"]),
        ("v kakom istochnike upominaetsya Klemez?", ["seed002"]),
        ("which article says Turkmenistan was at the St Petersburg meeting?", ["seed002"]),
        ("which source says the ATC was set up in 2000?", ["seed004"]),
        ("в каком документе сказано, что АТЦ создан в 2000 году?", ["seed004"]),
        ("откуда известно, что ШОС получила статус наблюдателя?", ["seed001"]),
    ],
)
def test_which_source_says_names_the_sources_of_what_follows(engine: Engine, question: str, sources: list[str]) -> None:
    """The source is asked, not the fact: of the entry's sources, those whose text holds the claim."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "which_source" and verdict.sources == sources, verdict
    assert verdict.lang == ("ru" if any(w in question for w in ("каком", "где", "откуда", "kakom")) else "en")


@pytest.mark.parametrize(
    "question",
    [
        "which source says Azerbaijan attended the St Petersburg meeting?",
        "which report says 25 meetings were held in 2025?",
        "which source says the ATC was set up in 1995?",
    ],
)
def test_which_source_says_what_no_source_says_names_none(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "which_source" and verdict.yes is not True, verdict


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        ("Когда БелТА опубликовало новость о заседании СМВД?", "13 августа 2025"),
        ("kogda opublikovana statya pro Trefilova na sovete sekretarei sovbezov?", "5 ноября"),
        ("Когда опубликовали сообщение о XVIII совещании?", "16 июня 2025"),
    ],
)
def test_a_source_date_asked_in_russian_names_the_month_in_russian(engine: Engine, question: str, dated: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and dated in verdict.statements[0].ru, verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("which body held the St Petersburg meeting?", "interior_ministers_council"),
        ("whose meeting was in Moscow on 5 November?", "security_secretaries_council"),
        ("какой орган провёл саммит в Душанбе?", "council_heads_of_state"),
        ("чья это была встреча в Петербурге?", "interior_ministers_council"),
        ("совещание в Москве 5 ноября чьё?", "security_secretaries_council"),
    ],
)
def test_the_body_that_held_a_meeting(engine: Engine, question: str, body: str) -> None:
    # Was the meeting's or the city's card, the body somewhere in a long name or not at all.
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.value) == ("fact", "holder", {"body": body}), verdict


@pytest.mark.parametrize("question", ["which body held the XVIII meeting?", "чьё было совещание в Москве в июне?"])
def test_a_meeting_recorded_without_its_body_says_so(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.attribute, verdict.reason, verdict.focus[:1]) == ("holder", "not_stated", [XVIII]), verdict


def test_which_body_held_meetings_is_still_a_list(engine: Engine) -> None:
    assert verdict_of(engine, "which body held meetings in 2025?").kind == "list"


@pytest.mark.parametrize(
    "question",
    [
        # the article of the meeting's own publisher, asked what it reports: the meeting, not an
        # ask-back between it and its council, nor a note or a statement holding "статья"/"BelTA"
        "Что сообщила статья БелТА о заседании Совета министров внутренних дел?",
        "что сообщает статья о заседании СМВД?",
        "What does the BelTA article report about the SMVD meeting?",
        "Расскажите о заседании СМВД",
    ],
)
def test_an_article_on_a_bodys_one_meeting_is_about_the_meeting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.focus == ["mtg_2025_08_12_interior_ministers"], verdict


@pytest.mark.parametrize(
    ("question", "document"),
    [
        # a kind label before a colon names no document of its own ("документ" found the fact
        # listing every document, and the bot asked back between the two)
        ("когда утвердили документ: концепция военного сотрудничества?", "military_cooperation_concept_2030"),
        ("dokument: programma ukrepleniya granic — kogda prinyata?", "programme_border_security_2030"),
    ],
)
def test_a_kind_label_before_a_colon_is_no_search_word(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.focus[:1] == [document], verdict


@pytest.mark.parametrize(
    "question",
    [
        "кем принята программа: по борьбе с терроризмом?",
        "kem prinyata koncepciya voennogo sotrudnichestva?",
    ],
)
def test_by_whom_is_a_question_word_not_a_search_word(engine: Engine, question: str) -> None:
    # "кем" was searched as a word, and the bot asked back between the document and the fact
    # listing the summit's documents
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind != "clarify", verdict


@pytest.mark.parametrize(
    "question",
    [
        "which agency's press office gave the details of the intelligence chiefs meeting?",
        "какая пресс-служба дала подробности о встрече глав спецслужб?",
        "which press service provided the details of the Moscow meeting of intelligence chiefs?",
    ],
)
def test_a_press_office_that_gave_the_news_is_the_source_s_informant_not_a_body(engine: Engine, question: str) -> None:
    """ "Which agency's press office gave the details": the source's informant (the SVR's press bureau),
    not the council of security agencies that "agency" finds."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.attribute == "source", verdict
    assert verdict.value == {"source": "seed003", "field": "informant"}, verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        # "in connection with what is X mentioned" asks where the sources mention X (grid21: was asked back)
        ("В связи с чем упоминается ФАТФ?", "fatf"),
        ("ФАТФ — в связи с чем упоминается?", "fatf"),
        ("В связи с чем упоминается ТАСС?", "tass"),
        ("V svyazi s chem upominaetsya SVR?", "svr"),
        ("В связи с чем упоминается ООН?", "un"),
    ],
)
def test_in_connection_with_what_an_entry_is_mentioned(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind != "clarify" and entity in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("who organised the XVIII meeting?", None),
        ("кто организатор учений Содружество-Антитеррор?", None),
        ("who was the organiser of the 13th meeting?", "security_secretaries_council"),
        ("kto organizoval sammit v Dushanbe?", "council_heads_of_state"),
        ("organizers of the St Petersburg meeting?", "interior_ministers_council"),
        ("кто был организатором саммита в Душанбе?", "council_heads_of_state"),
    ],
)
def test_who_organised_a_meeting_is_the_body_that_held_it_or_not_said(engine: Engine, question: str, body: str | None) -> None:
    # was the meeting's card, a quote of its notes, or a body sharing a word with it
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute) == ("fact", "holder"), verdict
    if body is None:
        assert verdict.reason == "not_stated", verdict
    else:
        assert verdict.value == {"body": body}, verdict


def test_what_the_organisers_discussed_is_no_question_of_who_organised(engine: Engine) -> None:
    verdict = verdict_of(engine, "what did the organizers of the XVIII meeting discuss?")
    assert verdict.attribute != "holder", verdict


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("кто утвердил программу по терроризму?", "card"),
        ("who approved the terrorism programme?", "card"),
        ("kto utverdil programmu po terrorizmu?", "card"),
        ("когда утвердили программу по терроризму?", "fact"),
        ("когда была одобрена программа по борьбе с терроризмом?", "fact"),
    ],
)
def test_who_or_when_approved_a_document_named_by_its_topic(engine: Engine, question: str, kind: str) -> None:
    # was a decline ("утвердил" unknown to the index outweighed the programme's name), then the
    # fact summing up the summit's documents (its name says "approved")
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind and verdict.focus[0] == "programme_ct_extremism_2026_2028", verdict
    if kind == "fact":
        assert verdict.attribute == "date", verdict


@pytest.mark.parametrize(
    ("question", "person"),
    [
        # "what is he called in the sources" asks who he is (was "did you mean" for the words searched)
        ("Рахмон — кем он назван в источниках?", "emomali_rahmon"),
        ("кем назван Рахмон в источниках?", "emomali_rahmon"),
        ("Клемез — кем он является?", KLEMEZ),
        ("kem nazvan Trefilov v istochnikah?", TREFILOV),
        ("how do the sources describe Peskov?", PESKOV),
        ("what is Klemez called in the sources?", KLEMEZ),
    ],
)
def test_what_a_person_is_called_in_the_sources_is_his_card(engine: Engine, question: str, person: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.focus == [person], verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("what did the CSTO do at the XVIII meeting?", "csto"),  # "do" had read as "a do", the CSTO's own meeting
        ("что ОДКБ делала на XVIII совещании?", "csto"),
        ("какова роль ОДКБ на XVIII совещании?", "csto"),
        ("какую роль играл АТЦ на заседании в Питере?", "atc"),
    ],
)
def test_what_part_an_entry_had_at_a_meeting_is_the_group_listing_it(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "capacity" and verdict.focus[:1] == [entity], verdict


@pytest.mark.parametrize(
    ("first", "then", "entity"),
    [
        ("какие организации были на XVIII совещании?", "а ОДКБ что там делала?", "csto"),
        ("who was at the St Petersburg meeting?", "and what did the ATC do there?", "atc"),
    ],
)
def test_what_part_an_entry_had_at_the_meeting_in_context(engine: Engine, first: str, then: str, entity: str) -> None:
    # "Да." (a yes/no nobody asked), or the ATC's founding
    verdict = converse(engine, first, then)[-1]
    assert verdict.attribute == "capacity" and verdict.focus[:1] == [entity], verdict
