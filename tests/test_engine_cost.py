"""Bounded cost of the answer engine: work that depends only on the question, or only on the
knowledge base, is done once, not once per clause, answerer or call. The answers themselves are
checked by the other tests and ``benchmarks/fingerprint.py``; these count the work.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from bot.answers import (
    adopted,
    assertions,
    claims,
    clipped,
    cues,
    define,
    intent,
    list_answers,
    lookalike,
    numbers,
    periods,
    question_reading,
    said,
    unknown_names,
    yesno,
)
from bot.answers.cues import literal_cue
from bot.answers.engine import _ANSWER_DEPTH, Engine
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Fact
from bot.search.text import prepare
from bot.search.text import tokens as text_tokens

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def fresh(kb: KnowledgeBase) -> Engine:
    """An engine of its own: nothing read or remembered by other tests' questions."""
    return Engine(kb)


def test_confirmation_reads_the_answer_names_once(fresh: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A yes/no check of an answer of many clauses reads its names once, not once a clause."""
    calls: list[str] = []

    def counting(text: str) -> list[str]:
        calls.append(text)
        return text_tokens(text)

    # The CLDR country names are read once a process, whichever question comes first: not this
    # answer's cost (run alone, this test used to count them).
    unknown_names._country_names()
    # The check was one module (yesno.py) before it was split by job: count the readings of all its parts.
    for module in (yesno, claims, assertions, said, adopted, lookalike, unknown_names):
        monkeypatch.setattr(module, "text_tokens", counting)
    verdict = fresh.answer("What did the CIS leaders approve in Dushanbe in October 2025?", today=TODAY)
    assert verdict.answered
    # 20-odd names and 20-odd clauses, each read for the check once (it was every name again for
    # every clause: over 400 readings).
    assert len(calls) <= 120, len(calls)



def test_a_question_is_normalised_once_per_distinct_text(fresh: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing, the layout repair and the answerers clean and prepare the same texts again: each
    distinct text is normalised (NFKC) once."""
    import unicodedata

    from bot.search import text as text_module

    normalised: list[str] = []
    normalize = unicodedata.normalize

    def counting(form: str, text: str) -> str:
        if form == "NFKC":
            normalised.append(text)
        return normalize(form, text)  # type: ignore[arg-type]

    monkeypatch.setattr(text_module.unicodedata, "normalize", counting)
    for question in ("Кто участвовал в заседании Совета министров внутренних дел в Петербурге?", "Где прошло XVIII совещание?"):
        assert fresh.answer(question, today=TODAY).answered
    assert normalised
    assert len(normalised) == len(set(normalised)), [text for text in set(normalised) if normalised.count(text) > 1]

def test_layout_is_checked_once_for_the_language_and_the_answer(fresh: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The handler asks whether a question has its own language, then answers it: the keyboard
    layout of the same text is looked at once."""
    engine = fresh
    looks: list[object] = []
    knownness = engine.index.knownness

    def counting(tokens: object, exact: bool = False) -> float:
        looks.append(tokens)
        return knownness(tokens, exact)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.index, "knownness", counting)
    question = "Where did the interior ministers council meet on 12 August 2025?"
    assert engine.has_own_language(question)
    engine.answer(question, today=TODAY)
    asked = text_tokens(question)
    assert [tokens for tokens in looks if tokens == asked] == [asked]


@pytest.mark.parametrize(
    ("question", "readings"),
    [
        ("kto takoi trefilov", 1),  # a name alone: its Cyrillic reading's card is the answer
        ("chto takoe ODKB?", 1),
        ("Kto takoy Evgeniy Klemez?", 1),
        ("rasskazhi pro 13 zasedanie soveta sekretarey sovbezov", 1),
        # a word the reading leaves outside the name ("сколка", "автор стати"): the Latin letters are read too
        ("skolka gosudarstv bylo na vstreche razvedok v moskve", 2),
        ("Kto avtor stati TASS o vstreche rukovoditelei spetssluzhb?", 2),
    ],
)
def test_latin_typed_name_is_answered_once(
    fresh: Engine, monkeypatch: pytest.MonkeyPatch, question: str, readings: int
) -> None:
    """Russian typed in Latin letters whose Cyrillic reading finds only an entry's card is answered
    again as typed, in case a question word was lost in the reading; a reading that is nothing but
    the entry's name has none to lose, and is answered once."""
    answered: list[str] = []
    inner = Engine._answer

    def counting(self: Engine, text: str, *args: object, **kwargs: object) -> object:
        if _ANSWER_DEPTH.get() == 1:
            answered.append(text)
        return inner(self, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Engine, "_answer", counting)
    fresh.answer(question, today=TODAY)
    assert len(answered) == readings, answered


def _reference_question_tokens(text: str, vocabulary: frozenset[str]) -> set[str]:
    """The plain reading of ``define.question_tokens``: every vocabulary word compared."""
    found = define.typed_tokens(text)
    for token in list(found):
        if token in vocabulary or len(token) < 5:
            continue
        for known in vocabulary:
            if len(known) >= 5 and abs(len(known) - len(token)) <= 1 and Levenshtein.distance(token, known, score_cutoff=1) <= 1:
                found.add(known)
    return found


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdeiklmnoprstuyаеиклмнорст", min_size=1, max_size=9), max_size=6),
    vocabulary=st.frozensets(st.text(alphabet="abcdeiklmnoprstuyаеиклмнорст", min_size=3, max_size=9), max_size=30),
)
def test_topic_typos_match_the_plain_reading(words: list[str], vocabulary: frozenset[str]) -> None:
    """Comparing a word only with vocabulary words of its length ±1 finds what comparing it with
    every word finds."""
    text = " ".join(words)
    assert define.question_tokens(text, vocabulary) == _reference_question_tokens(text, vocabulary)


def test_layout_repair_gathers_its_known_words_once_per_engine(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """A question typed on the wrong keyboard layout is weighed against the topic words and the
    layout cues besides the index: those depend only on the knowledge base and are gathered once
    per engine, not again for every such question (it was every question)."""
    engine = Engine(kb)
    gathered: list[object] = []
    topic_index = define.topic_index
    monkeypatch.setattr(define, "_INDEXES", {})

    def counting(knowledge: KnowledgeBase) -> define.TopicIndex:
        # Only a build counts: other answerers (a meeting described by its body's field) look the
        # cached index up too, which costs a dictionary look-up.
        if id(knowledge.data) not in define._INDEXES:
            gathered.append(knowledge)
        return topic_index(knowledge)

    monkeypatch.setattr(define, "topic_index", counting)
    questions = [
        "Ult ghjikj XVIII cjdtofybt?",  # Где прошло XVIII совещание?
        "Rnj herjdjlbn fynbnthhjhbcnbxtcrbv wtynhjv?",  # Кто руководит антитеррористическим центром?
        "Rjulf ,skj pfctlfybt cjdtnf vbybcnhjd dyenhtyyb[ ltk?",  # Когда было заседание совета министров внутренних дел?
    ]
    for question in questions:
        verdict = engine.answer(question, today=TODAY)
        assert verdict.answered and verdict.lang == "ru", question
    # Most such questions are read in Cyrillic before the vocabulary is needed (few Latin vowels);
    # whoever asks for it, it is gathered once.
    assert len(gathered) <= 1, len(gathered)
    question_reading.layout_words(engine)
    question_reading.layout_words(engine)
    assert len(gathered) == 1, len(gathered)


def test_a_record_holds_the_figures_asked_as_its_whole_figures_say(kb: KnowledgeBase) -> None:
    """Reading an entry's texts only until the figures asked are found answers as its whole set of
    figures does, for every entry and every figure of one to thirty."""
    engine, reference = Engine(kb), Engine(kb)
    for entity_id in kb.entities:
        figures = numbers._figures(reference, entity_id)
        for number in range(1, 31):
            assert numbers._holds_all(engine, entity_id, [number]) == (number in figures), (entity_id, number)
        assert numbers._holds_all(engine, entity_id, sorted(figures)[:3])



def _record_texts(kb: KnowledgeBase) -> list[str]:
    """Every text of every entry and fact, as the figures are read from."""
    texts: list[str] = []
    records = [*kb.entities.values(), *(fact for entity_id in kb.entities for fact in kb.facts_of(entity_id))]
    for record in records:
        numbers._strings(record.model_dump(mode="json"), texts)
    return texts


_EXCUSING = [
    "on 10 June 2025", "June 10", "3 months ago", "the 5th of May", "MAY 3", "более 5 лет", "до 2025 года",
    "не менее пяти", "в течение 2 дней", "over 40 participants", "up to  3 weeks", "10 ЯНВАРЯ", "3 dayſ", "5 ᲀ месяц",
    "at least 12", "за 3 года", "2 halves", "the 4th quarter",
]


def test_the_excused_figures_gate_never_turns_away_a_text_they_match(kb: KnowledgeBase) -> None:
    """The cheap scan before the regex of days, lengths and bounds passes every text of the
    knowledge base and of the bank that the regex matches (in capitals and lower case too, and with
    letters IGNORECASE folds beyond lower case), and turns most other texts away."""
    texts = [*_record_texts(kb), *_bank_questions(), *_EXCUSING]
    texts += [text.upper() for text in texts] + [text.lower() for text in texts]
    matched = [text for text in texts if numbers._EXCUSED.search(text)]
    assert len(matched) > 100
    assert all(numbers._may_excuse(text) for text in matched)
    assert sum(map(numbers._may_excuse, texts)) < len(texts) // 2


@given(st.text(alphabet="0123456789 mayjuneдоменеегодаſᲀİKofthrs-", max_size=30))
def test_the_excused_figures_gate_is_never_stricter_than_the_regex(text: str) -> None:
    if numbers._EXCUSED.search(text):
        assert numbers._may_excuse(text)


def test_clipped_pairs_are_looked_up_among_those_a_word_can_clip(kb: KnowledgeBase) -> None:
    """The pairs a word clips, looked up first word by first word and second words by their
    start, are every pair of its head that it clips: each start of a first word followed by each
    start of the second, and those words with a letter changed."""
    pairs = clipped.name_pairs(kb)
    words = {
        (first[:head] + second[:tail])[: clipped.MAX_CLIPPED]
        for found in pairs.values()
        for first, second in found
        for head in range(clipped.MIN_HEAD, len(first) + 1)
        for tail in (clipped.MIN_TAIL, clipped.MIN_TAIL + 1, len(second))
    }
    words |= {word[:3] + "x" + word[4:] for word in list(words)} | {word[:2] + "y" + word[3:] for word in list(words)}
    words = {word for word in words if len(word) >= clipped.MIN_CLIPPED}
    clips = 0
    for word in sorted(words):
        every = sorted(pair for pair in pairs.get(word[: clipped.MIN_HEAD], []) if clipped._clips(word, *pair))
        assert pairs.fitting(word) == every, word
        clips += bool(every)
    assert clips > 100


def test_clipped_pairs_are_the_neighbouring_words_of_every_name(kb: KnowledgeBase) -> None:
    expected: dict[str, set[tuple[str, str]]] = {}
    for entity in kb.entities.values():
        for name in [*entity.name.model_dump().values(), *entity.short.en, *entity.short.ru]:
            words = [word.lower().replace("ё", "е") for word in re.findall(r"[A-Za-zА-Яа-яЁё]+", name)]
            for first, second in pairwise(words):
                if len(first) >= clipped.MIN_NAME_WORD and len(second) >= clipped.MIN_NAME_WORD:
                    expected.setdefault(first[: clipped.MIN_HEAD], set()).add((first, second))
    assert dict(clipped.name_pairs(kb)) == {head: sorted(found) for head, found in expected.items()}

def _bank_questions() -> list[str]:
    """The questions of the development sets and the tuning rounds (the held-out half unread)."""
    found: list[str] = []
    for path in sorted(Path(__file__).parent.joinpath("question_bank").glob("tuning*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        cases = data if isinstance(data, list) else data.get("questions", []) + data.get("cases", [])
        found += [case["q"] for case in cases if isinstance(case, dict) and isinstance(case.get("q"), str)]
    cases = yaml.safe_load(Path(__file__).parent.joinpath("dev_questions.yaml").read_text(encoding="utf-8"))
    return found + [case["q"] for case in cases]


_GATED = {
    "question types": [pattern for _, pattern in intent._QUESTION_TYPES],
    "unrecorded attributes": [pattern for _, pattern, _ in lookalike._UNRECORDED],
    "list kinds": [pattern for _, pattern in intent._LIST_KINDS],
    "categories": [pattern for _, pattern in intent._CATEGORIES],
    "abbreviation": [define._ABBREVIATION],
    "meaning": [define._MEANING],
}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_a_cue_never_turns_away_a_question_its_patterns_match(name: str) -> None:
    """The literal words looked up before an answerer's regexes: every question of the bank that
    a pattern matches, as typed, in capitals or lower case, passes its cue; most others do not."""
    patterns = _GATED[name]
    cue = literal_cue(patterns)
    questions = _bank_questions()
    texts = [form for question in questions for form in (question, question.lower(), question.upper(), prepare(question))]
    matched = [text for text in texts if any(pattern.search(text) for pattern in patterns)]
    assert matched, name
    assert all(cue(text) for text in matched)
    assert sum(map(cue, texts)) < len(texts)  # a cue that passes everything gates nothing


@settings(deadline=None)  # every gated pattern is tried: slow on a loaded machine, never wrong
@given(st.text(alphabet="abcdeimnoprstuyаеимнопрстуАБВ ſKİ-?=", max_size=30))
def test_a_cue_is_never_stricter_than_its_pattern(text: str) -> None:
    """Whatever the text, including letters that IGNORECASE folds beyond lower case ("ſ", the Kelvin
    sign), a pattern that matches passes its cue."""
    for name, patterns in _GATED.items():
        if any(pattern.search(text) for pattern in patterns):
            assert literal_cue(patterns)(text), name


def test_question_types_are_looked_up_by_their_words() -> None:
    """A question that asks for no type of answer ("tell me about ...") is turned away by a look-up
    of the patterns' words, though a few of their alternatives start with no word ("^month of",
    "— month?"): those are searched alone (the question types were always searched as one
    alternation of every pattern, 30-50 µs a question)."""
    gate = literal_cue(pattern for _, pattern in intent._QUESTION_TYPES)
    assert not gate(prepare("Tell me about the Bureau for Coordination of Combating Organized Crime"))
    assert not gate(prepare("Rnj herjdjlbn fynbnthhjhbcnbxtcrbv wtynhjv"))
    for asked in ("month of the XVIII meeting", "XVIII совещание — месяц?", "city of the XVIII CT meeting", "when?"):
        assert gate(prepare(asked)), asked
    for (name, _pattern), possible in zip(intent._QUESTION_TYPES, intent._QUESTION_TYPE_CUES, strict=True):
        assert possible is not cues._always, name


_PIECES = ["a", "b", "ab", r"\b", "^", "$", "(?:a|b)", "(b|a)", "[|a]", r"\|", "a?", "b*", "(?=a)", r"\w", ".", "[^]a]"]
_PIECES += ["(?:ab )?", "[ab]+", "(?i:a)", "(?<=b)", r"\s*", "(?:a|)", "A"]


@settings(max_examples=300, deadline=None)
@given(
    alternatives=st.lists(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=4).map("".join), min_size=2, max_size=4),
    text=st.text(alphabet="abAB|] ", max_size=8),
)
def test_alternatives_searched_alone_match_as_their_alternation(alternatives: list[str], text: str) -> None:
    """A text matches a pattern exactly when it matches one of its top-level alternatives, each
    compiled alone: what the cue search relies on for the alternatives that start with no word."""
    pattern = re.compile("|".join(alternatives))
    parts = cues._alternatives(pattern)
    assert parts is not None and len(parts) == len(alternatives)
    assert (pattern.search(text) is not None) == any(part.search(text) for part in parts)
    assert literal_cue([pattern])(text) or pattern.search(text) is None
    folded = re.compile(pattern.pattern, re.IGNORECASE)
    assert literal_cue([folded])(text) or folded.search(text) is None
    # An alternative alone: a cue may start after what no literal begins ("(?:ab )?b", "[ab]+a").
    alone = re.compile(alternatives[0])
    assert literal_cue([alone])(text) or alone.search(text) is None


def test_what_every_question_may_need_is_read_at_the_build(fresh: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documents with a period and the frame words of a yes/no check are read with the engine:
    the first question with a period, or the first that asserts something, pays nothing more."""
    parses: list[str] = []
    real_parse = fresh.parse

    def counting(text: str, lang: str | None = None) -> object:
        parses.append(text)
        return real_parse(text, lang)

    monkeypatch.setattr(fresh, "parse", counting)
    monkeypatch.setattr(periods, "_documents_of_kind", lambda *args: pytest.fail("indexed again"))
    fresh.answer("Was the programme for 2021-2025 approved in Dushanbe?", today=TODAY)
    assert claims._ASSERTION_FILLER not in parses


def _cued_patterns() -> dict[str, cues.CuedPattern]:
    """Every dear pattern the answerers keep behind its cues (cues.cued), by module and name."""
    import importlib
    import pkgutil

    import bot.answers

    found: dict[str, cues.CuedPattern] = {}
    for module_info in pkgutil.iter_modules(bot.answers.__path__):
        module = importlib.import_module(f"bot.answers.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, cues.CuedPattern):
                found[f"{module_info.name}.{name}"] = value
    return found


def _same_matches(cued: cues.CuedPattern, text: str) -> None:
    """Every method of a cued pattern gives what the pattern's own gives."""
    plain = cued.compiled

    def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
        return found.span() if found is not None else None

    assert spans(cued.search(text)) == spans(plain.search(text))
    assert spans(cued.search(text, 3)) == spans(plain.search(text, 3))
    assert spans(cued.match(text)) == spans(plain.match(text))
    assert spans(cued.fullmatch(text)) == spans(plain.fullmatch(text))
    assert [m.span() for m in cued.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert cued.findall(text) == plain.findall(text)
    assert cued.sub(" ", text) == plain.sub(" ", text)
    assert cued.split(text) == plain.split(text)


def test_cued_patterns_match_as_their_patterns() -> None:
    """The patterns behind their cues answer every question of the bank (as typed, in lower case,
    prepared) exactly as the patterns themselves, and each is asked of few of them."""
    cued = _cued_patterns()
    assert "said_match.SPEECH" in cued and "lookalike._WHO" in cued and "intent._UPCOMING" in cued
    texts = [form for question in _bank_questions() for form in (question, question.lower(), prepare(question))]
    for name, pattern in cued.items():
        for text in texts:
            _same_matches(pattern, text)
        assert sum(map(pattern.may_match, texts)) < len(texts), name  # a cue that passes everything gates nothing


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdehikmnoprstuywаеимнопрстуговрлАБВ ſKİıᲀᲂᲃᲄᲅᲆ-?=,", max_size=30))
def test_cued_patterns_are_never_stricter_than_their_patterns(text: str) -> None:
    """Whatever the text, odd case folds included, a cued pattern finds what its pattern finds."""
    for pattern in _cued_patterns().values():
        _same_matches(pattern, text)


def test_a_cued_pattern_scans_no_text_without_its_cues() -> None:
    """A text holding none of the words a pattern's matches begin with is never scanned by it (the
    speech words' pattern cost tens of microseconds a question, most questions holding none)."""
    scanned: list[str] = []
    pattern = cues.cued(re.compile(r"\b(?:said|spoke|говор\w*)\b", re.IGNORECASE))
    plain = pattern.compiled

    class Counting:
        def search(self, text: str, pos: int = 0, endpos: int = 2**31) -> re.Match[str] | None:
            scanned.append(text)
            return plain.search(text, pos, endpos)

    pattern.compiled = Counting()  # type: ignore[assignment]
    assert pattern.search("Где прошло XVIII совещание?") is None
    assert pattern.search("Who attended the XVIII meeting?") is None
    assert not scanned
    assert pattern.search("Что ГОВОРИЛ Клемез?") is not None
    assert scanned == ["Что ГОВОРИЛ Клемез?"]
    with pytest.raises(ValueError):
        cues.cued(re.compile(r"said|\w+"))  # an alternative with no literal: nothing to look up


def test_a_text_is_tokenised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The answerers tokenise a question's texts again and again (about seven looks a question):
    a text is analysed once, its chunks looked up no more, and every caller gets a list of its own."""
    from bot.search import text as text_module

    looked: list[str] = []

    class Chunks(dict[str, tuple[str, ...]]):
        def __getitem__(self, chunk: str) -> tuple[str, ...]:
            looked.append(chunk)
            return super().__getitem__(chunk)

    monkeypatch.setattr(text_module, "_CHUNKS", Chunks())  # every chunk new to this test
    text = "Кто говорил о 13-м заседании Совета? (tokenised once)"
    first = text_tokens(text)
    assert first
    first.append("changed by its caller")
    looked.clear()
    assert text_tokens(text) == first[:-1]
    assert not looked


def test_a_case_blind_cue_turns_away_russian_without_its_words() -> None:
    """"в", "о", "с", "т" have rare variants that IGNORECASE matches ("ᲂ", the narrow "о"): only a
    text holding such a variant is handed to the pattern unread, not every Russian text (each
    case-blind cue used to pass any text with an "о")."""
    pattern = re.compile(r"\bговор\w*|\bsaid\b", re.IGNORECASE)
    cue = literal_cue([pattern])
    for text in ("Когда прошло совещание в Москве?", "кто участвовал в заседании", "Where was the meeting held?"):
        assert not cue(text), text
    for text in ("Что ГОВОРИЛ Клемез?", "что гᲂвᲂрил Клемез", "He SAİD", "what was ſaid"):
        assert pattern.search(text) is not None, text
        assert cue(text), text


def test_the_stems_read_from_the_index_are_those_of_every_statement(fresh: Engine, kb: KnowledgeBase) -> None:
    """The doubled-letter repair's stems are read from the index's statement documents ("English
    Russian"), not from every entry's statements walked again: the same stems as the walk gives."""
    from bot.answers.documents import statements_of, stem_texts
    from bot.search.doubled import text_stems

    walked = text_stems(
        side
        for entity in kb.entities.values()
        for text in (entity.name, entity.description, *statements_of(entity))
        for side in (text.en, text.ru)
    )
    assert fresh._text_stems == walked
    assert text_stems(stem_texts(kb, fresh.index)) == walked == text_stems(stem_texts(kb))
    # The index's documents do hold statements in both languages, not only the names' words.
    assert any(" " in text for text, _ in fresh.index.docs)


def test_a_bodys_documents_are_those_the_body_filter_keeps(kb: KnowledgeBase) -> None:
    """The table of documents by body (made once, instead of a scan of every document) holds exactly
    the documents `_keep` lets through for each body, and more than one body is their union."""
    engine = Engine(kb)
    bodies = [body.id for body in kb.of_kind("body")]
    plain = intent.Intent()
    kept_by_body = {}
    for body in bodies:
        filters: dict[str, list[str]] = {"body": [body], "place": [], "state": []}
        kept_by_body[body] = [
            document.id for document in kb.of_kind("document") if list_answers._keep(engine, document, plain, filters, TODAY)
        ]
        assert sorted(list_answers.documents_of_bodies(engine, [body])) == sorted(kept_by_body[body]), body
    assert sum(map(len, kept_by_body.values())) > 0  # the knowledge base gives bodies documents
    table = engine.documents_by_body
    both = bodies[:2]
    assert sorted(list_answers.documents_of_bodies(engine, both)) == sorted(set(kept_by_body[both[0]]) | set(kept_by_body[both[1]]))
    assert engine.documents_by_body is table  # made once per engine


def test_a_verdict_copied_for_an_answerer_is_dataclasses_replace(fresh: Engine) -> None:
    """The engine's copies of a question's base verdict (verdict.replace, without the generic field
    walk) are what dataclasses.replace makes: a new verdict, every field holding the same object;
    changes and anything but a plain verdict go through dataclasses.replace itself."""
    import dataclasses

    from bot.answers import verdict as verdicts

    base = fresh.answer("Когда состоялось XVIII совещание?", today=TODAY)
    copied, expected = verdicts.replace(base), dataclasses.replace(base)
    assert copied is not base and type(copied) is verdicts.Verdict
    assert copied == expected and copied.context is base.context
    assert copied.__dict__.keys() == expected.__dict__.keys()
    assert all(copied.__dict__[name] is expected.__dict__[name] for name in expected.__dict__)
    changed = verdicts.replace(base, kind="decline")
    assert changed.kind == "decline" and base.kind != "decline" and changed.question == base.question
    match = verdicts.Match("x", "meeting", 1.0)
    assert verdicts.replace(match, score=0.5) == dataclasses.replace(match, score=0.5)
    # The engine copies with it.
    from bot.answers import engine as engine_module

    assert engine_module.replace is verdicts.replace


def test_a_records_figures_are_read_off_the_record_as_its_dump_gives_them(kb: KnowledgeBase) -> None:
    """The figures of an entry are read off the record itself, text by text (a question about "the
    12th meeting" stops at its name), exactly as from its model_dump: the same sets in the same order,
    for every entry and fact of the knowledge base."""
    records = [record for entity_id, entity in kb.entities.items() for record in (entity, *kb.facts_of(entity_id))]
    assert any(isinstance(record, Fact) for record in records)
    for record in records:
        assert list(numbers._texts(record)) == list(numbers._texts(record.model_dump(mode="json"))), record.id
    assert any(list(numbers._texts(record)) for record in records)  # figures there are


@pytest.mark.parametrize(
    "question",
    [
        "When was the XVIII meeting of the heads of counter-terrorism units held?",
        "Когда прошло заседание Совета министров внутренних дел и где?",
        "kogda proshlo zasedanie SMVD",
        "Проходило ли XVIII совещание в 2025 году?",
    ],
)
def test_a_text_read_again_is_read_once_and_each_reader_gets_its_own_copy(
    question: str, monkeypatch: pytest.MonkeyPatch, kb: KnowledgeBase
) -> None:
    """A question read whole by one answerer and again by the main reading (or by the check of a
    "yes") is read once; a reader that narrows the hits or changes what is asked changes no other
    reader's copy."""
    from bot.answers import engine as engine_module

    engine = Engine(kb)
    readings: list[str] = []
    detect = engine_module.detect

    def counting(prepared: str) -> intent.Intent:
        readings.append(prepared)
        return detect(prepared)

    monkeypatch.setattr(engine_module, "detect", counting)
    first = engine.parse(question)
    read = len(readings)
    first.hits.clear()
    first.intent.question = "changed"
    first.intent.years.append(1900)
    first.query.weights[:] = []
    again = engine.parse(question)
    assert len(readings) == read  # not read again
    monkeypatch.setattr(engine_module, "detect", detect)
    fresh_reading = Engine(kb).parse(question)
    assert again.hits == fresh_reading.hits and again.hits
    assert again.intent == fresh_reading.intent and again.query == fresh_reading.query
    assert again.text == fresh_reading.text and again.lang == fresh_reading.lang and again.typed == fresh_reading.typed


def test_the_numbered_meetings_are_gathered_once_per_engine(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """A meeting number no meeting has ("where was the XIX meeting?") is checked against the
    numbered meetings gathered once per engine, not by walking every meeting each question (2.4 ms
    a question at 10,000 entries)."""
    from bot.answers import ordinal_unrecorded

    engine = Engine(kb)
    walks: list[str] = []
    of_kind = kb.of_kind

    def counting(kind: str) -> list[object]:
        if kind == "meeting":
            walks.append(kind)
        return of_kind(kind)  # type: ignore[return-value]

    monkeypatch.setattr(kb, "of_kind", counting)
    answers = []
    for question in ("where was the XIX meeting?", "где прошло 25-е заседание?", "what happened at the 30th meeting?"):
        parsed = engine.parse(question)
        base = Verdict(question, parsed.lang, "decline", False)
        answers.append(ordinal_unrecorded.answer(engine, parsed, base))
    assert all(answer is not None and answer.kind == "not_recorded" for answer in answers)
    assert len(walks) <= 1


def test_any_alternative_matches_as_its_pattern() -> None:
    """``cues.any_alternative`` says whether a long alternation matches by searching only the
    alternatives whose cues the text holds: the same truth as the pattern's own search on every
    question of the bank (as typed, lower case, prepared) and on texts built around its cues; an
    IGNORECASE pattern or one whose alternatives cannot stand alone is searched whole."""
    from bot.answers import timeline

    pattern = timeline._ANY_CUE
    asks = cues.any_alternative(pattern)
    texts = [form for question in _bank_questions() for form in (question, question.lower(), prepare(question))]
    texts += ["в каком году", "what was last", "сколько лет до", "both", "obeih", "не были на", "kakie iz", "", "#3"]
    assert [asks(text) for text in texts] == [pattern.search(text) is not None for text in texts]
    # A cue that another begins ("до" and "документ") stands for both; an alternative with none is
    # always searched ("^…").
    small = re.compile(r"\bдо\b|\bдокумент\w*|^\d+ раз|\bthe end\b")
    ask_small = cues.any_alternative(small)
    for text in ["до конца", "документы", "подокументно", "3 раза", "x 3 раза", "the end", "theend", "в 2024"]:
        assert ask_small(text) == (small.search(text) is not None), text
    folded = re.compile(r"\bboth\b|\bneither\b", re.IGNORECASE)
    assert cues.any_alternative(folded)("BOTH") and not cues.any_alternative(folded)("bother")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdehilnorstyадекмнотуя #0-9", max_size=30))
def test_any_alternative_is_never_other_than_its_pattern(text: str) -> None:
    """Whatever the text, the cued alternatives say what the whole pattern says."""
    from bot.answers import timeline

    assert cues.any_alternative(timeline._ANY_CUE)(text) == (timeline._ANY_CUE.search(text) is not None)
