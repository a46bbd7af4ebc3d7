"""The engine on the real knowledge base: every kind of question, every way of typing it.

Cases here are our own, written for the kinds of question users ask, not copies of the
development set.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.kb.base import open_knowledge_base
from bot.kb.loader import ParseCache
from bot.present.answer import ask as present_ask
from tests.fictional import write_fictional_kb


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def ask(engine: Engine, q: str, **kw: object):  # type: ignore[no-untyped-def]
    return present_ask(engine, q, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        # names, short forms, both languages
        ("What is the CIS Anti-Terrorism Center?", "atc"),
        ("АТЦ СНГ", "atc"),
        ("Tell me about BCOC", "bcoc"),
        ("Что такое ОДКБ?", "csto"),
        ("Eurasian Group", "eag"),
        ("Who is Yevgeny Klemez?", "yevgeny_klemez"),
        ("Кто такой Трефилов", "denis_trefilov"),
        ("Interstate Aviation Committee", "interstate_aviation_committee"),
        # typos
        ("Antiterorist centre of the CIS", "atc"),
        ("Colective Security Treatty Organisation", "csto"),
        ("penitentary services council", "penitentiary_services_council"),
        ("Клемес", "yevgeny_klemez"),
        # typos whose stems go astray: the words as written are matched
        ("Interstate Aiation Committee", "interstate_aviation_committee"),
        ("Владиир Путин", "vladimir_putin"),
        ("Dens Trefilov", "denis_trefilov"),  # four letters left of five
        ("Tell me about the Councel of Heads of Custms Services", "customs_heads_council"),
        ("когда прошло заседние совета секретарей безопастности", "mtg_2025_11_05_security_secretaries_13"),
        # word order
        ("council interior ministers CIS", "interior_ministers_council"),
        # Russian inflection
        ("о Совете министров обороны", "defence_ministers_council"),
        ("совета командующих пограничными войсками", "border_troops_commanders_council"),
        # Russian in Latin letters
        ("antiterroristicheskiy tsentr", "atc"),
        ("sovet komanduyushchikh pogranichnymi voyskami", "border_troops_commanders_council"),
        # wrong keyboard layout, both ways
        ("fynbnthhjhbcnbxtcrbq wtynh", "atc"),
        (",r,jg", "bcoc"),
        ("ыфьфкл", None),  # "samark" in Russian layout: nothing like it here
        # roman numerals and ordinals
        ("XIII meeting of the Security Secretaries Council", "mtg_2025_11_05_security_secretaries_13"),
        (
            "тринадцатое заседание совета секретарей советов безопасности",
            "mtg_2025_11_05_security_secretaries_13",
        ),
        ("18th counter-terrorism meeting", "mtg_2025_06_10_counter_terrorism_heads_18"),
        # ё / е
        ("Организация Объединённых Наций", "un"),
        ("комиссия по борьбе с незаконной миграцией", "illegal_migration_joint_commission"),
    ],
)
def test_finds_the_entity(engine: Engine, question: str, entity: str | None) -> None:
    answer = ask(engine, question)
    if entity is None:
        assert not answer.answered
    else:
        assert answer.answered, text_of(answer.html)
        assert answer.entity == entity or (answer.matches and answer.matches[0].id == entity)


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("When did the Interior Ministers Council meet in St Petersburg?", r"12 August 2025"),
        ("Когда прошло заседание СМВД СНГ?", r"12 августа 2025"),
        ("Where was the XVIII meeting held?", r"Moscow"),
        ("Где прошло 13-е заседание Совета секретарей советов безопасности?", r"Москва"),
        ("Who spoke at the 13th meeting of the Security Secretaries Council?", r"Trefilov"),
        (
            "Who attended the Interior Ministers Council meeting in St Petersburg?",
            r"Turkmenistan.*Anti-Terrorism",
        ),
        ("How many bodies took part in the XVIII meeting?", r"\b13\b"),
        ("How many sessions did the XVIII meeting have?", r"plenary session and 4 speciali[sz]ed sessions"),
        ("Who heads the Security Cooperation Department?", r"Klemez"),
        ("What did the CIS leaders adopt in Dushanbe?", r"Transnational Crime.*2030"),
        ("When was the Joint Statement on Combating Transnational Crime adopted?", r"October 2025"),
        ("When was the CIS ATC established?", r"2000"),
        ("What was on the agenda of the 13th Security Secretaries Council meeting?", r"humanitarian"),
        ("What did the XVIII meeting discuss about deradicalization?", r"deradicali[sz]ation"),
        ("how many sectoral bodies are there", r"\b16\b"),
        ("how many meetings were held in 2025", r"\b20\b"),
        ("What is the period of the counter-terrorism programme?", r"2026.2028"),
        ("How many basic organisations took part in the XVIII meeting?", r"\b4 basic organisations"),
        (
            "Which countries took part in the Interior Ministers Council meeting in St Petersburg?",
            r"8 states.*Turkmenistan",
        ),
        ("What did Trefilov say about youth?", r"youth"),
        ("how many meetings did the cis security bodies hold in 2025", r"\b20\b"),
    ],
)
def test_answers_the_question_asked(engine: Engine, question: str, must: str) -> None:
    answer = ask(engine, question)
    assert answer.answered, text_of(answer.html)
    assert re.search(must, text_of(answer.html), re.I | re.S), text_of(answer.html)[:400]


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        (
            "Which meetings were held in Moscow?",
            ["XVIII", "13th", "security and intelligence chiefs in Moscow"],
            ["St. Petersburg"],
        ),
        ("Какие заседания прошли в Санкт-Петербурге?", ["Совета министров внутренних дел"], ["Москв"]),
        ("meetings held in 2025", ["XVIII", "13th", "Dushanbe"], []),
        (
            "which meetings did Turkmenistan attend",
            ["Interior Ministers", "security and intelligence chiefs in Moscow"],
            ["XVIII"],
        ),
        ("list the specialised bodies", ["Anti-Terrorism", "Bureau", "Joint Commission"], ["Defense"]),
        ("Какие программы действуют до 2030 года?", ["пограничной безопасности", "Концепция"], ["2026–2028"]),
        ("Какие документы утверждены в Душанбе?", ["Совместное заявление", "2026–2028"], ["Договор"]),
        ("list the states", ["Azerbaijan", "Uzbekistan"], []),
        ("which programmes run until 2030", ["Border Security", "Military Cooperation Concept"], ["2026–2028"]),
        # Russian in Latin letters: listed, and in Russian
        ("kakie programmy deystvuyut do 2030 goda", ["пограничной безопасности", "Концепция"], ["2026–2028"]),
        ("kakie zasedaniya proshli v moskve", ["XVIII", "13-е"], ["Санкт-Петербург"]),
        ("Which international organisations are in the knowledge base?", ["CSTO", "FATF"], ["languages"]),
    ],
)
def test_lists_are_computed_from_the_data(engine: Engine, question: str, present: list[str], absent: list[str]) -> None:
    answer = ask(engine, question)
    assert answer.answered and answer.intent.startswith("list:"), (answer.intent, text_of(answer.html)[:300])
    text = text_of(answer.html)
    for item in present:
        assert item in text, item
    for item in absent:
        assert item not in re.sub(r"(Sources?|Источники?): .*", "", text), item


def test_over_a_year_ago_reads_as_years_and_months_with_the_days_beside(engine: Engine) -> None:
    """Past a year, the span is "1 year and 3 months" at a glance, the exact days in brackets;
    the same on any day of that month."""
    for day in (date(2026, 11, 30), date(2026, 12, 1)):
        answer = text_of(ask(engine, "Сколько времени прошло с заседания СМВД СНГ в Санкт-Петербурге?", today=day).html)
        assert "1 год и 3 месяца (" in answer, answer
        assert f"({(day - date(2025, 8, 12)).days} дн" in answer, answer


def test_upcoming_meetings_are_relative_to_today(engine: Engine) -> None:
    before = ask(engine, "upcoming meetings", today=date(2025, 9, 1))
    assert "Commonwealth-Antiterror" in text_of(before.html)
    after = ask(engine, "upcoming meetings", today=date(2026, 11, 24))
    assert "No meeting after today is recorded" in text_of(after.html)
    assert "13th meeting" in text_of(after.html)


@pytest.mark.parametrize(
    "question",
    [
        "What's the weather in Paris?",
        "recipe for borscht",
        "Рецепт борща",
        "How tall is Mount Everest?",
        "Who won the World Cup in 2022?",
        "asdkjh qwe zxc",
        "Сколько стоит биткоин?",
        "What is NATO?",
        "kjhsdf",
        "???",
        "",
        "Tell me a joke",
    ],
)
def test_declines_out_of_scope(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert not answer.answered, text_of(answer.html)


def test_decline_is_in_the_users_language_with_examples(engine: Engine) -> None:
    ru = ask(engine, "Рецепт борща")
    assert ru.lang == "ru" and "Извините" in ru.html and "Можно спросить" in ru.html
    en = ask(engine, "recipe for borscht")
    assert en.lang == "en" and "Sorry" in en.html and "You can ask" in en.html


def test_answer_language_follows_the_question(engine: Engine) -> None:
    assert ask(engine, "Что такое БКБОП?").lang == "ru"
    assert ask(engine, "What is the BCOC?").lang == "en"
    assert ask(engine, "fynbnthhjhbcnbxtcrbq wtynh").lang == "ru"  # meant Cyrillic
    assert ask(engine, "sovet ministrov vnutrennih del").lang == "ru"  # Russian in Latin letters
    assert ask(engine, "What is the BCOC?", lang="ru").lang == "ru"  # the user's choice wins


def test_russian_dates_are_written_out(engine: Engine) -> None:
    answer = ask(engine, "Когда прошло XVIII совещание?")
    assert "10 июня 2025 г." in answer.html


def test_every_answer_ends_with_its_source(engine: Engine) -> None:
    for q in [
        "What is the CSTO?",
        "When was the 13th meeting of the Security Secretaries Council?",
        "meetings in Moscow",
    ]:
        html = ask(engine, q).html
        # A short source line: publisher and date, never a file name or the full title.
        last = html.splitlines()[-1]
        assert re.search(r"^<i>Sources?: [^<]+</i>$", last) and ".txt" not in last and len(last) < 160, html[-300:]


def test_ambiguous_question_offers_alternatives(engine: Engine) -> None:
    answer = ask(engine, "Peskov")
    assert answer.answered
    assert answer.alternatives, "the person and his statement are both close"
    assert "Did you mean" in answer.html


def test_discrepancy_in_the_source_is_reported(engine: Engine) -> None:
    answer = ask(engine, "How many states took part in the XVIII meeting?")
    text = text_of(answer.html)
    assert "9" in text and "names 8" in text


def test_undated_meeting_says_so(engine: Engine) -> None:
    answer = ask(engine, "When did the heads of security and intelligence services meet in Moscow?")
    assert "do not give a date" in text_of(answer.html)


def test_html_injection_in_the_question_is_harmless(engine: Engine) -> None:
    answer = ask(engine, "<b>CSTO</b> </a> & <script>alert(1)</script>")
    assert "<script>" not in answer.html
    assert answer.html.count("<b>") == answer.html.count("</b>")


@pytest.mark.parametrize(
    "question",
    [
        "x" * 5000,
        "🙂" * 50,
        "\u202eCSTO\u202c",
        "C\u0336S\u0336T\u0336O",
        "\u200b\u200b",
        "ОДКБ" * 300,
        "١٢٣ مرحبا",
    ],
)
def test_odd_input_never_raises(engine: Engine, question: str) -> None:
    answer = ask(engine, question)
    assert isinstance(answer.html, str) and answer.html


# --- a reload reuses what the previous index analysed ----------------------------------------------


def test_reindexing_with_the_previous_engine_sees_every_change(tmp_path: Path) -> None:
    directory = write_fictional_kb(tmp_path)
    cache = ParseCache()
    before = Engine(open_knowledge_base(directory, cache))
    assert before.answer("Council of Imaginary Owls").matches[0].id == "owl_council"
    path = directory / "fiction.yaml"
    edited = (
        path.read_text(encoding="utf-8")
        .replace("Council of Imaginary Bats", "Council of Invisible Bats")
        .replace("A fictional meeting of bats.", "A fictional meeting of bats about lanterns.")
    )
    path.write_text(edited, encoding="utf-8")
    kb = open_knowledge_base(directory, cache)
    reused = Engine(kb, previous=before)
    fresh = Engine(kb)
    assert reused.answer("Council of Invisible Bats").matches[0].id == "bat_council"
    assert not any(m.id == "bat_council" and m.score > 0.9 for m in reused.answer("Council of Imaginary Bats").matches)
    assert reused.answer("bat meeting about lanterns").matches[0].id == "bat_meeting"
    # Exactly what a build from nothing gives.
    assert reused.index.entity_context_tokens == fresh.index.entity_context_tokens
    assert reused.index.name_tokens == fresh.index.name_tokens
    assert reused.index.entity_names == fresh.index.entity_names
    assert reused.index.entity_name_tokens == fresh.index.entity_name_tokens
    assert reused.index.token_langs == fresh.index.token_langs
    assert reused.index.idf == fresh.index.idf
    for postings in ("name_postings", "entity_name_postings", "entity_context_postings"):
        got, want = getattr(reused.index, postings), getattr(fresh.index, postings)
        assert {k: v.tolist() for k, v in got.items()} == {k: v.tolist() for k, v in want.items()}, postings


def test_changed_synonyms_are_not_taken_from_the_previous_index(tmp_path: Path) -> None:
    directory = write_fictional_kb(tmp_path)
    before = Engine(open_knowledge_base(directory))
    (directory / "synonyms.yaml").write_text(
        "synonyms:\n  - id: nocturnal\n    terms: [owls, night birds]\n", encoding="utf-8"
    )
    kb = open_knowledge_base(directory)
    after = Engine(kb, previous=before)
    assert after.answer("council of night birds").matches[0].id == "owl_council"
    assert after.index.name_tokens == Engine(kb).index.name_tokens
    assert after.index.name_tokens != before.index.name_tokens


# --- typos in short words ---------------------------------------------------------------------------


def test_a_letter_dropped_from_a_short_word_is_still_found() -> None:
    """ "Caet" for "Cadet": one edit in a five-letter word is a similarity of 0.8, which short
    words need to reach (a substitution among four letters, 0.75, is too far)."""
    from bot.search.index import EntityText, SearchIndex
    from bot.search.text import tokens

    items = [
        EntityText("cadet", [("en", "Committee of Heads of Cadet Education Agencies")], [], []),
        EntityText("water", [("en", "Committee of Heads of Water Education Agencies")], [], []),
        EntityText("caste", [("en", "Board of Caste Registers")], [], []),
    ]
    index = SearchIndex.build(items)
    hits = index.search(index.analyse(tokens("Committee of Heads of Caet Edcation Agencies")))
    assert hits[0].entity == "cadet"
    assert "cadet" in dict(index.vocabulary_matches("caet"))
    assert "cast" not in dict(index.vocabulary_matches("cadt"))  # "cadt" is no "cast"
    assert not index.vocabulary_matches("cart")  # a substitution in four letters


def test_a_misspelt_synonym_finds_the_names_that_hold_its_group() -> None:
    """Names keep a synonym as its group token ("~customs"): a typo of the word must reach it."""
    from bot.search.index import EntityText, SearchIndex
    from bot.search.text import tokens

    items = [
        EntityText("customs", [("en", "Council of Heads of Customs Services")], [], []),
        EntityText("prisons", [("en", "Council of Heads of Penitentiary Services")], [], []),
    ]
    index = SearchIndex.build(items, [("customs", ["customs", "customs services"])])
    assert index.name_tokens[0] == ("council", "head", "~customs")
    hits = index.search(index.analyse(tokens("Councel of Heads of Custms Services")))
    assert hits[0].entity == "customs" and hits[0].score > hits[1].score + 0.1


def test_a_misspelt_word_whose_stem_goes_astray_is_matched_as_written() -> None:
    """ "aiation" keeps its ending under the stemmer ("aviation" becomes "aviat"): the stem
    matches nothing, the word as written is one letter from "aviation"."""
    from bot.search.index import EntityText, SearchIndex
    from bot.search.text import surface_words, tokens

    items = [
        EntityText("iac", [("en", "Interstate Aviation Committee")], [], []),
        EntityText("itc", [("en", "Interstate Trade Committee")], [], []),
    ]
    index = SearchIndex.build(items)
    question = "Interstate Aiation Committee"
    stems = tokens(question)
    assert not any(index.vocabulary_matches(tok) for tok in stems if tok not in index.known)
    assert surface_words(question)[tokens("aiation")[0]] == "aiation"
    hits = index.search(index.analyse(stems, lambda: surface_words(question)))
    assert hits[0].entity == "iac" and hits[0].score > hits[1].score + 0.15
    # A reload keeps the words of names it took from the previous index.
    again = SearchIndex.build(items, previous=index)
    assert again.surface_matches("aiation") == index.surface_matches("aiation") != []


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("kto takoy trefilov", "denis_trefilov"),
        ("chto takoe antiterroristicheskiy tsentr", "atc"),
        ("kogda proshlo 13 zasedanie soveta sekretarey sovbezov", "mtg_2025_11_05_security_secretaries_13"),
        ("antiterroristicheskiy tsentr", "atc"),  # no little word to tell: the words read as Russian
    ],
)
def test_russian_typed_in_latin_letters_is_answered_in_russian(engine: Engine, question: str, entity: str) -> None:
    answer = ask(engine, question)
    assert answer.answered and answer.entity == entity, text_of(answer.html)[:200]
    assert answer.lang == "ru"


def test_english_typos_are_not_read_as_russian(engine: Engine) -> None:
    """ "Tretay" read as Russian would be "третий" (3rd): a typo must not become a number."""
    answer = ask(engine, "Tretay on international controlled delivery oerations")
    assert answer.answered and answer.entity == "treaty_controlled_deliveries" and answer.lang == "en"


def test_a_latin_typed_russian_count_quotes_the_sources_figure(engine: Engine) -> None:
    answer = ask(engine, "skolko zasedaniy proshlo v 2025 godu")
    assert answer.answered and answer.lang == "ru"
    assert re.search(r"\b20\b", text_of(answer.html)) and "Исполком СНГ" in text_of(answer.html)


@pytest.mark.parametrize(
    "question",
    [
        "Где собираются распространить текст совместного заявления о транснациональной преступности?",
        "Куда направят текст заявления о борьбе с транснациональной преступностью?",
        "gde rasprostranyat zayavlenie o transnatsionalnoy prestupnosti",
    ],
)
def test_where_a_document_is_sent_is_not_where_it_was_adopted(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.attribute != "place", verdict


def test_where_a_document_was_adopted_is_its_meeting_place(engine: Engine) -> None:
    verdict = engine.answer("where was the joint statement on transnational crime adopted")
    assert verdict.attribute == "place" and verdict.value == {"place": "dushanbe"}, verdict


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("which agency reported on the St Petersburg meeting", "seed002"),
        ("кто опубликовал новость о заседании в Петербурге", "seed002"),
        ("which agency reported the meeting of intelligence chiefs in Moscow?", "seed003"),
    ],
)
def test_the_source_of_what_is_named_beats_a_note_with_the_field_word(engine: Engine, question: str, source: str) -> None:
    verdict = engine.answer(question)
    assert verdict.attribute == "source" and verdict.value["source"] == source, verdict


@pytest.mark.parametrize("question", ["kakie programmy utverdili v dushanbe", "kakie dokumenty podpisali v dushanbe"])
def test_latin_typed_verbs_of_adoption_ask_for_a_list(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "list" and "programme_ct_extremism_2026_2028" in verdict.items, verdict
@pytest.mark.parametrize("question", ["a gde?", "a kogda?", "gde?"])
def test_a_terse_latin_typed_russian_question_is_russian(engine: Engine, question: str) -> None:
    """A question mark stuck to the only word ("gde?") must not hide that it is Russian."""
    assert engine.parse(question).lang == "ru"


def test_the_outcome_that_answers_the_question_comes_first(engine: Engine) -> None:
    verdict = engine.answer(
        "What do the October 2025 decisions in Dushanbe show about the CIS's attitude to outside partners?",
        today=date(2026, 11, 30),
    )
    assert verdict.attribute == "outcomes" and verdict.focus == ["mtg_2025_10_dushanbe_summit"]
    assert verdict.statements[0].en.startswith("These decisions confirm the openness")
    assert len(verdict.statements) <= 3  # one thing is asked of them: the rest only as context
    # A question about the outcomes themselves keeps them all, in the record's order.
    plain = engine.answer("What outcomes did the Dushanbe summit have?", today=date(2026, 11, 30))
    if plain.attribute == "outcomes":
        assert len(plain.statements) > 3 and not plain.statements[0].en.startswith("These decisions")


@pytest.mark.parametrize(
    "question",
    [
        "Привет! Пишу статью про дерадикализацию, помогите разобраться: кого ещё, помимо компетентных органов,"
        " участники июньского антитеррористического совещания в Москве предлагали привлекать к этой работе?",
        "кого ещё, помимо компетентных органов, участники XVIII совещания предлагали привлекать к этой работе"
        " по дерадикализации?",
    ],
)
def test_what_the_participants_proposed_is_not_who_they_were(engine: Engine, question: str) -> None:
    verdict = engine.answer(question, today=date(2026, 11, 30))
    assert verdict.answered and verdict.attribute != "participants"
    assert any("religious" in s.en for s in verdict.statements)
