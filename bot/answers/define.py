"""Abbreviations and definitions (what does X stand for, как расшифровывается), and which body
deals with an everyday topic (police, border guards, floods, dirty money...).

Topics are data: ``topics:`` entries in the knowledge files give each body or organisation
everyday words for its field. A question matches a topic when every word of one of its phrases
is in the question (stems in either script, Latin-typed Russian read back, one typo allowed in
longer words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.answers import field_nearest
from bot.answers.cues import cued, literal_cue
from bot.answers.documents import statements_of
from bot.answers.provenance import CITES, TOLD_BY
from bot.answers.verdict import Verdict
from bot.search.text import has_cyrillic, is_stop, roman_to_int, russian_reading
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

_ABBREVIATION = re.compile(
    r"\bstands? for\b|\babbreviat\w*|\bacronym\b|\bfull name\b|\bfull form\b|\bwhat does \S+(?: \S+)? mean\b"
    r"|\bрасшифр\w*|\bчто (?:это |же )?(?:значит|означает)\b|\bполное (?:название|наименование)\b|\bаббревиатур\w*"
    r"|\brasshifr\w*|\bchto (?:eto )?(?:znachit|oznachaet)\b|\bpoln\w* (?:nazvanie|naimenovanie)\b"
    # "what's CIS short for", "expand EAG", "ОДКБ - сокращение от чего?"
    r"|\bshort(?:hand)? for\b|\bexpan(?:d|sion)\b|\bсокращени(?:[ея]|ем)\b|\bsokrashcheni(?:[ea]|em)\b"
    # "что скрывается за (сокращением) ЕАГ", "что стоит за сокращением РАТС ШОС": what the letters
    # hide ("что стоит за решением" asks a reason, so "стоит" only before a word for letters)
    r"|\bчто\s+(?:же\s+)?(?:скрыва\w+|кроется|пряч\w+)\s+за\b|\bчто\s+стоит\s+за\s+(?:сокращ|аббрев|букв)|\bза буквами\b"
    r"|\bchto\s+(?:skryva\w+|kroetsya|pryach\w+)\s+za\b|\bbehind the (?:letters|abbreviation)\b"
    # "ATC in the June report = ?": an equation with the unknown after the sign asks what the word is
    r"|=\s*\?"
)
# "BCOC meaning", "значение ОДКБ": a cue only next to a word in capitals (the meaning of a
# programme's name is no abbreviation).
_FULL_NAME = re.compile(r"\bfull (?:name|form|title)\b|\bполн\w* (?:название|наименование)\b|\bpoln\w* nazvani\w*")
_MEANING = re.compile(r"\bmeaning\b|\bзначени[ея]\b|\bznachenie\b")
# Their literal words, looked up before the regexes (most questions ask no abbreviation).
_ABBREVIATION_CUE, _MEANING_CUE = literal_cue([_ABBREVIATION]), literal_cue([_MEANING])
# "Как по-русски называется ATC?", "the English name of ОДКБ": a name asked in one language. "Russian"
# alone is no cue ("Who is the Russian president?"): a word for naming must stand beside it.
_IN_RUSSIAN = r"(?:по[- ]?русски|на русском(?: языке)?|po[- ]?russki|na russkom|in russian)"
_IN_ENGLISH = r"(?:по[- ]?английски|на английском(?: языке)?|po[- ]?angli[iy]?j?ski|na angli[iy]skom|in english)"
# The adverbs alone ask for the language ("CSTO po russki kak budet", "как по-английски ОДКБ").
_ADVERB = {"ru": r"по[- ]?русски|po[- ]?russki", "en": r"по[- ]?английски|po[- ]?angli[iy]?j?ski"}
_NAMING = (
    r"(?:называ\w*|назван\w*|наименован\w*|звуч\w*|пиш\w*|будет|сокращ\w*|аббревиатур\w*"
    r"|nazyva\w*|nazvani\w*|zvuch\w*|budet|name[ds]?|called|call|say|said|written|spel(?:t|led)|titled?|abbreviat\w*|acronym)"
)
_NAME_IN_LANGUAGE = {
    lang: re.compile(
        rf"\b{words}\b(?:[^.?!]{{0,40}}?)\b{_NAMING}\b|\b{_NAMING}\b(?:[^.?!]{{0,40}}?){words}"
        # "EAG in Russian?": a short message that is a name and the language
        rf"|^\W*[^\s?]+(?:\s+[^\s?]+){{0,5}}\s+{words}\W*$"
        rf"|\b{adjective}\s+(?:name|title|abbreviation|acronym|version|назван\w*|наименован\w*|сокращ\w*|аббревиатур\w*|nazvani\w*)"
        rf"|(?<!\w)(?:{_ADVERB[lang]})(?!\w)"
    )
    for lang, words, adjective in (
        ("ru", _IN_RUSSIAN, r"(?:russian|русск\w+|russk\w+)"),
        ("en", _IN_ENGLISH, r"(?:english|английск\w+|angli[iy]?sk\w+)"),
    )
}
_NAME_IN_LANGUAGE_CUE = literal_cue(_NAME_IN_LANGUAGE.values())
# "Which body deals with ...": a question word and a word for a body, or a verb of responsibility.
_BODY_WORD = re.compile(
    r"\b(?:body|bodies|council|organ|organs|organi[sz]ation|agency|structure|institution|committee"
    r"|format|орган\w*|совет\w*|организаци\w*|ведомств\w*|структур\w*|комитет\w*|формат\w*|sovet\w*|organizats\w*)\b"
)
_ASKS_WHICH = cued(re.compile(
    r"\b(?:which|what|who|какой|какая|какие|какого|кто|kakoy|kakoi|kakoj|kakaya|kakaja|kakie|kto"
    # "is there a body for floods?" asks which one there is
    r"|is there|are there|есть ли|существует ли|имеется ли|est li"
    # "CIS body for hackers?", "орган СНГ по таможне?": a body for a field, asked tersely
    r"|(?:body|council|agency) for|орган\w* (?:по|для)|organ\w* (?:po|dlya)"
    # "пограничники — это к кому?", "politsiya - eto k komu?": whom a field is taken to
    r"|к кому|k komu)\b"
))
_RESPONSIBLE = re.compile(
    # ("the fight against Nazism" names a fight, no body's work: a noun after an article or "its")
    r"\b(?:deals? with|responsible|in charge|brings? together|looks? after|handles?|(?<!the )(?<!its )(?<!a )fights?"
    r"|oversees?|covers?|coordinat\w*"
    r"|tackles?|takes? care|works? on|catch\w*|protects?|guards?|regulates?|manages?|monitors?|watch\w*|prevents?"
    r"|tracks?|keeps? track|traces?|investigates?|combats?"
    r"|занима\w+|отвеча\w+|собира\w+|бор\w+ся|объединя\w+|координир\w+|zanima\w+|otvecha\w+|bor\w+sya|koordinir\w+"
    r"|л[оа]в[ия]\w*|след[ия]\w*|курир\w+|ведает|ведают|охраня\w+|защища\w+|противодейств\w+|предотвраща\w+|контролир\w+"
    r"|lov[iy]\w*|sled[iy]\w*|kurir\w+|vedaet|ohranya\w+|zashchisha\w+|protivodejstv\w+|kontrolir\w+)\b"
    # "кто у них по таможне?": who (of them) is on a field
    r"|\b(?:кто|kto)(?:\s+\S+){0,3}\s+(?:по|po)\s"
    # "nalogovye prestupleniya - kto v SNG?", "jails — who?", "X — это к кому?": a field, a dash, the asking word
    r"|\s[-–—]+\s*(?:(?:это|eto|that'?s|this is)\s+)?(?:к кому|k komu|кто|kto|who)\b"
    # "who does maps and satellites?": "does" straight before the field (not "who does he work for")
    r"|\bwho (?:does|do) (?!(?:the|it|he|she|they|this|that|you|we|i|klemez|trefilov|peskov|putin)\b)"
)
MAX_TOPIC_ANSWERS = 3
MIN_OWN_WORD = 4  # shorter stems ("war", "gai") are too often part of other words or names
MIN_OWN_VOTES = 2
SHARED_VOTE = 0.5  # a word of two entities' fields; with one of its own it makes a field


@dataclass(frozen=True)
class TopicIndex:
    phrases: list[tuple[frozenset[str], str]]  # (tokens of a phrase, entity id)
    vocabulary: frozenset[str]
    # Words of one entity's phrases only ("climate", "спутников"): such a word alone points at
    # that entity when no whole phrase is in the question ("rainfall and climate data").
    own_words: dict[str, str]
    # Words of two entities' phrases ("money": dirty money, money laundering): half a vote to each,
    # next to a word of one's own ("suspicious money flows").
    shared_words: dict[str, tuple[str, ...]]
    lifting: frozenset[str]  # own words that are in no entry's name


_INDEXES: dict[int, TopicIndex] = {}


def topic_index(kb: KnowledgeBase) -> TopicIndex:
    """The topic phrases of a knowledge base, analysed once per loaded knowledge base."""
    index = _INDEXES.get(id(kb.data))
    if index is None:
        phrases = [
            (frozenset(text_tokens(phrase)), topics.entity)
            for topics in kb.data.topics.values()
            for phrase in topics.all()
            if topics.entity in kb.entities
        ]
        phrases = [(tokens, entity) for tokens, entity in phrases if tokens]
        owners: dict[str, set[str]] = {}
        for tokens, entity in phrases:
            for token in tokens:
                owners.setdefault(token, set()).add(entity)
        own_words = {
            token: next(iter(entities))
            for token, entities in owners.items()
            if len(entities) == 1 and len(token) >= MIN_OWN_WORD
        }
        shared_words = {
            token: tuple(sorted(entities))
            for token, entities in owners.items()
            if len(entities) == 2 and len(token) >= MIN_OWN_WORD
        }
        # Words of the entries' names ("сотрудничества" of "органы отраслевого сотрудничества") say
        # which entry, not which field: none of them lifts a field with a shared word.
        named = {
            token
            for entity in kb.entities.values()
            for name in [*entity.name.model_dump().values(), *entity.short.en, *entity.short.ru]
            for token in text_tokens(name)
        }
        lifting = frozenset(token for token in own_words if token not in named)
        index = TopicIndex(phrases, frozenset(owners), own_words, shared_words, lifting)
        _INDEXES.clear()  # one knowledge base at a time: the old one is gone after a reload
        _INDEXES[id(kb.data)] = index
    return index


def typed_tokens(text: str) -> set[str]:
    """The question's tokens and its Latin-typed Russian read back, as typed (no typo matching)."""
    found = set(text_tokens(text))
    for word in re.findall(r"[a-z]+", text.lower()):
        reading = russian_reading(word)
        if reading:
            found.add(reading)
    return found


# Verbs a topic question asks with, never a typo of a field's word ("who fights …" is not "flights").
_ASKING_VERBS = frozenset({"fight", "fights", "fighting", "fighc", "handle", "handles", "handling", "handl", "tackle", "tackles", "tackl", "combat", "combats"})


def question_tokens(text: str, vocabulary: frozenset[str]) -> set[str]:
    """The question's tokens, Latin-typed Russian read back, and one-typo matches of the vocabulary."""
    found = typed_tokens(text)
    by_length = _by_length(vocabulary)
    for token in list(found):
        if token in vocabulary or len(token) < 5 or token in _ASKING_VERBS:
            continue
        # Only the words one letter longer or shorter at most can be one edit away: not the whole vocabulary.
        for size in (len(token) - 1, len(token), len(token) + 1):
            # a typo only in longer words on both sides: "ataks" (attacks) is not "taks" (tax)
            if size >= 5 and size in by_length:
                near = process.extract(token, by_length[size], scorer=Levenshtein.distance, score_cutoff=1, limit=None)
                found.update(known for known, _, _ in near)
    return found


@lru_cache(maxsize=4)
def _by_length(vocabulary: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """A topic vocabulary by word length (one per loaded knowledge base: its hash is kept)."""
    grouped: dict[int, list[str]] = {}
    for known in vocabulary:
        grouped.setdefault(len(known), []).append(known)
    return {size: tuple(words) for size, words in grouped.items()}


def topic_matches(kb: KnowledgeBase, text: str) -> list[str]:
    """Bodies whose topic phrases are in the text, best first (longer phrases and exact words count more)."""
    index = topic_index(kb)
    if not index.phrases:
        return []
    tokens = question_tokens(text, index.vocabulary)
    exact = typed_tokens(text)
    scores: dict[str, float] = {}
    for phrase, entity in index.phrases:
        if phrase <= tokens:
            # a word read with a typo counts less than one typed as it is: "fights bribery" is
            # about bribes, not flights
            score = 2 * len(phrase) - len(phrase - exact)
            scores[entity] = max(scores.get(entity, 0), score)
    if not scores:
        # No whole phrase: words that belong to one entity's field only, typed as they are, each a
        # vote; one such word alone may be a common one ("monitoring", "контроль"), two are a field
        # ("rainfall and climate data", "спутниковая съёмка Земли").
        votes: dict[str, float] = {}
        for token in exact:
            owner = index.own_words.get(token)
            if owner is not None:
                votes[owner] = votes.get(owner, 0) + 1
        owned = [token for token in exact if token in index.own_words]
        if votes and max(votes.values()) < MIN_OWN_VOTES and any(token in index.lifting for token in owned):
            # only to lift a field that has one word of its own, never to reorder ones with two
            for token in exact:
                if any(word.startswith(token) or token.startswith(word) for word in owned):
                    continue  # a stem of a word already counted ("monitor" of "monitoring")
                for owner in index.shared_words.get(token, ()):
                    if owner in votes:
                        votes[owner] += SHARED_VOTE
        scores = {owner: count for owner, count in votes.items() if count >= MIN_OWN_VOTES - SHARED_VOTE}
    if not scores:
        return []
    best = max(scores.values())
    return [entity for entity, score in scores.items() if score == best][:MAX_TOPIC_ANSWERS]


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    text = parsed.text.lower()
    if _NAME_IN_LANGUAGE_CUE(text):
        named = _name_in_language(engine, parsed, base, text)
        if named is not None:
            return named
    if (_ABBREVIATION_CUE(text) and _ABBREVIATION.search(text)) or (
        _MEANING_CUE(text) and _MEANING.search(text) and _asked_abbreviation(parsed.text)
    ):
        if _DOCUMENT_WORD.search(text) and _FULL_NAME.search(text) and _asked_abbreviation(parsed.text) is None:
            # "Полное название программы, утверждённой в Душанбе": a document's title, no abbreviation.
            return None
        return _abbreviation(engine, parsed, base)
    if parsed.intent.question == "where":
        # "где в СНГ занимаются судмедэкспертизой": where a field is dealt with is which body deals
        # with it (was a place of some meeting); "where was X held" names no verb of dealing with
        if _WHERE_DEALT.search(text):
            return _topic(engine, parsed, base)
        return None
    if parsed.intent.question not in ("card", "head", "period"):
        return None  # the one check below asks one of these first: no regex for the rest
    if parsed.intent.question == "card" and _ABBREVIATION_WORD.search(parsed.text) and _asks_letters_alone(parsed.text):
        # "что за СССБ СНГ?": letters no entry has as a name, that spell out the start of one's name
        spelled = spelled_out(engine, parsed, base, wide=False)
        if spelled is not None:
            return spelled
    asks = _ASKS_WHICH.search(text)
    # "Which council covers natural disasters?" reads as a period question ("covers"): a body asked
    # for, with no document in the question, still asks for a topic.
    covers = parsed.intent.question == "period" and _BODY_WORD.search(text) and not _DOCUMENT_WORD.search(text)
    if (parsed.intent.question in ("card", "head") or covers) and asks and (_BODY_WORD.search(text) or _RESPONSIBLE.search(text)):
        if TOLD_BY.search(text) or CITES.search(text):
            # "какая служба сообщила о заседании", "which agency is the article citing": the
            # source's publisher, not a field's body
            return None
        if _PERSON_SAID.search(text) and any(
            engine.kb.kind(h.entity) == "person" and h.name_cover >= 0.85 and h.score >= 0.3 for h in parsed.hits[:3]
        ):
            # "Какие угрозы перечислил Клемез на заседании Совета министров внутренних дел?": what a
            # person named or said, the council only where (no body asked for)
            return None
        return _topic(engine, parsed, base) or no_field_body(engine, parsed, base) or field_nearest.answer(engine, parsed, base)
    return None


# Words that frame a topic question ("is there any CIS body for"): no field.
_FRAME = re.compile(
    r"\b(?:cis|sng|снг|commonwealth|содружеств\w*|sodruzhestv\w*|there|any|one|in|of|the|a|an|for|на|за|по|в|о"
    r"|что|chto|такой|takoy|вообще|voobshche|it|that|это|eto|this|is|does|do|who|whom|кто|kto|they|them|их|ih)\b"
)


def no_field_body(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """"The sources name no body for this field" when a topic question's field words are in no
    source at all ("is there a CIS council for tourism?"); a word some source has ("youth",
    "drones") may be a field a body touches there, so that question is left to the search."""
    if parsed.hits and parsed.hits[0].score >= 0.5:
        return None  # an entry is named: the search answers about it
    text = parsed.text.lower()
    for frame in (_ASKS_WHICH, _BODY_WORD, _RESPONSIBLE, _FRAME):
        text = frame.sub(" ", text)
    words = [token for token in typed_tokens(text) if len(token) > 3 and not is_stop(token)]
    if not words or len(words) > 3:
        return None  # nothing left, or more than a field's name: not sure what is asked
    if any(engine.index.vocabulary_matches(token) for token in words):
        return None
    base.kind, base.answered, base.intent = "not_recorded", True, "not_recorded"
    base.reason = "no_field_body"
    base.value = {}
    return base


_WHERE_DEALT = re.compile(
    r"\b(?:где|gde|where)\b.*\b(?:занимаю\w*|отвечаю\w*|ведают|zanimayu\w*|otvechayu\w*|deals? with|handles?|handled|in charge)"
)
# A person's naming or saying ("перечислил", "назвал", "mentioned"): his words are asked.
_PERSON_SAID = re.compile(
    r"\b(?:перечислил|назвал|упомянул|упоминал|говорил|сказал|заявил|perechislil|nazval|upomyanul|upominal|govoril"
    r"|skazal|zayavil|listed|named|mention|said|cited)\w*"
)
_DOCUMENT_WORD = re.compile(r"\bprogram\w*|\bconcept\w*|\bпрограмм\w*|\bконцепц\w*|\bprogramm\w*|\bkontseptsi\w*")


def _name_in_language(engine: Engine, parsed: Parsed, base: Verdict, text: str) -> Verdict | None:
    """An entry's name asked in one language: its full name in that language first, whatever the question's."""
    asked_in = next((lang for lang, pattern in _NAME_IN_LANGUAGE.items() if pattern.search(text)), None)
    if asked_in is None:
        return None
    named = _abbreviation(engine, parsed, base)
    if named is None or named.attribute != "full_name":
        return named
    named.value = {**named.value, "name_lang": asked_in}
    return named


def _abbreviation(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The full name of an abbreviation: an entry's, a term of the vocabulary's, or a Roman numeral."""
    asked = _asked_abbreviation(parsed.text)
    if _unknown_letters(engine.kb, parsed.text):
        # "ПОД/ФТ в названии ЕАГ", "AML in the EAG's work with the ATC - what does it stand for?":
        # the letters no entry has are asked, not the name beside them
        spelled = spelled_out(engine, parsed, base, wide=True)
        if spelled is not None:
            return spelled
    if asked is not None:
        number = roman_to_int(asked.lower()) if asked.isupper() and len(asked) >= 2 else None
        top = parsed.hits[0] if parsed.hits else None
        if number is not None and top is not None and top.score >= 0.5 and top.name_cover >= 0.5 and _FULL_NAME.search(parsed.text.lower()):
            # "The full name of the XVIII meeting": the numeral is part of a name the question gives.
            number = None if asked.lower() in _name_words(engine.kb, top.entity) else number
        if number is not None and asked.upper() == asked:
            base.kind, base.answered, base.attribute = "card", True, "numeral"
            base.value = {"asked": asked, "number": number}
            return base
        entity_id = _entity_named(engine.kb, parsed, asked)
        if entity_id is None and asked in _CIS_NAMES and "cis" in engine.kb.entities:
            # CIS alone: the entry the question names clearly ("the 'CIS Council of Prosecutors'"), else the CIS
            top = parsed.hits[0] if parsed.hits else None
            clear = top is not None and top.score >= 0.5 and top.name_cover >= 0.5 and top.entity != "cis"
            entity_id = None if clear else "cis"
            if clear:
                asked = None
        if entity_id is None and asked is not None:
            group = _term_group(engine.kb, asked)
            if group is not None:
                base.kind, base.answered, base.attribute = "card", True, "term"
                base.value = {"asked": asked, "terms": [t for t in group if t.lower() != asked.lower()]}
                return base
    else:
        entity_id = None
    hits = parsed.hits
    if entity_id is None and asked is not None and len(hits) > 1:
        # "ATC i SORB — chto znachit SORB?": the abbreviation as typed is no name of the hits, but
        # the hit that explains its word is the one asked, not the best hit for another word.
        words = set(engine.index.fold_synonyms(text_tokens(asked)))
        positions = {i for i, token in enumerate(parsed.query.tokens) if token in words}
        explaining = [h for h in hits[:5] if h.name_tokens & positions and h.score >= 0.5 and h.name_cover >= 0.5]
        entity_id = explaining[0].entity if explaining else None
    if entity_id is None and asked is not None:
        # "AML in the bit about the EAG", "ПОД/ФТ в названии ЕАГ": no entry or term has the letters
        # as a name, but the words they stand for may be in a name or a text the question points at.
        spelled = spelled_out(engine, parsed, base, wide=True)
        if spelled is not None:
            return spelled
    if entity_id is None:
        if not hits or hits[0].score < 0.5 or hits[0].name_cover < 0.5:
            return None
        entity_id = hits[0].entity
    entity = engine.kb.entities[entity_id]
    base.kind = "card"
    base.answered = True
    base.attribute = "full_name"
    base.focus = [entity.id]
    base.sources = list(entity.sources)
    base.confidence = round(hits[0].score, 3) if hits else 0.0
    base.value = {"asked": asked}
    return base


# An abbreviation as typed: letters in capitals (2-8), possibly with a "+" or digits ("СНГ+").
_ABBREVIATION_WORD = re.compile(r"(?<![\w])([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7}\+?)(?![\w])")
# "SNG" is СНГ typed in Latin letters ("kak rasshifrovyvaetsya SNG"): the CIS's name as well.
_CIS_NAMES = ("CIS", "СНГ", "SNG")
_NOT_ABBREVIATIONS = frozenset({*_CIS_NAMES, "I", "A"})
_CIS_LOWER = re.compile(r"(?<![\w])(?:cis|снг|sng)(?![\w])")


def _name_words(kb: KnowledgeBase, entity_id: str) -> set[str]:
    """The words of an entry's names, lower case."""
    entity = kb.entities[entity_id]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    return {word for name in names for word in re.findall(r"[^\W_]+", name.lower())}


def _asked_abbreviation(text: str) -> str | None:
    """The abbreviation a question asks about: of its words in capitals other than CIS/СНГ, the one
    nearest the words that ask ("the EAG assessments rely on FATF standards — FATF meaning?")."""
    found = list(_ABBREVIATION_WORD.finditer(text))
    words = [w for w in found if w.group(1).rstrip("+") not in _NOT_ABBREVIATIONS or w.group(1).endswith("+")]
    if not words and len(found) == 1 and found[0].group(1) in _CIS_NAMES:
        return found[0].group(1)  # "расшифруй СНГ": CIS is asked when it is the only one
    if not found:
        # "kak rasshifrovyvaetsya sng", "что значит снг": the CIS's name typed in lower case
        lower = _CIS_LOWER.search(text)
        return lower.group(0).upper() if lower else None
    if len(words) > 1:
        lowered = text.lower()
        cues = [cue.span() for pattern in (_ABBREVIATION, _MEANING) for cue in pattern.finditer(lowered)]
        if cues:
            # Nearest first; the first named wins a tie.
            return min(words, key=lambda word: min(_gap(word.span(), cue) for cue in cues)).group(1)
    return words[0].group(1) if words else None


def _gap(left: tuple[int, int], right: tuple[int, int]) -> int:
    """Characters between two spans of a text (0 when they touch or overlap)."""
    return max(0, right[0] - left[1], left[0] - right[1])


def _entity_named(kb: KnowledgeBase, parsed: Parsed, asked: str) -> str | None:
    """The entry among the hits that has the asked abbreviation as one of its names."""
    text = parsed.text.lower()
    wanted = {asked.lower()}
    if "+" in text or "plus" in text or "плюс" in text or "plyus" in text:
        # "СНГ плюс" is its own entry: only a question that says "plus" asks it ("полное название
        # снг" asks the CIS)
        wanted |= {asked.lower().rstrip("+") + " plus", asked.lower().rstrip("+") + " плюс"}
    for hit in parsed.hits[:10]:
        entity = kb.entities[hit.entity]
        forms = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
        if any(form.lower() in wanted for form in forms):
            return hit.entity
        # The abbreviation inside a short name typed whole ("Межгоссовет по ЧС — полное название"):
        # the name is asked, not the abbreviation's everyday reading.
        if any(asked in form.split() and form.lower() in text for form in forms):
            return hit.entity
    return None


def _term_group(kb: KnowledgeBase, asked: str) -> list[str] | None:
    """The synonym group (vocabulary, not facts) that has the asked term."""
    for group in kb.data.synonyms:
        if any(term.lower() == asked.lower() for term in group.terms):
            return list(group.terms)
    return None


# "in the security sphere": where all the bodies of the sources work, so it picks none of them.
_WHOLE_SPHERE = re.compile(
    r"\b(?:in|of|within)\s+the\s+(?:security\s+(?:sphere|field|area)|(?:sphere|field|area)\s+of\s+security)\b"
    r"|\b(?:в|во)\s+(?:сфере|области)\s+(?:обеспечения\s+)?безопасности\b|\bv\s+(?:sfere|oblasti)\s+bezopasnosti\b",
    re.IGNORECASE,
)


_DEPARTMENT_WORD = re.compile(r"\b(?:department|division|департамент\w*|отдел\w*|departament\w*|otdel\w*)", re.IGNORECASE)


def _topic(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    kb = engine.kb
    found = topic_matches(kb, _WHOLE_SPHERE.sub(" ", parsed.text))
    if not found:
        return None
    # A body named outright in the question is its own answer ("which council brings together
    # the interior ministers" names it): only topics beyond that name decide here.
    top = parsed.hits[0] if parsed.hits else None
    if top is not None and top.name_cover >= 0.8 and top.entity not in found and top.score >= 0.7:
        return None
    # The body the topic finds is named outright, and something else the words reach ranks above
    # it ("кто предложил реформировать Совет прокуроров": the recommendation): the question asks
    # about that, not which body has the field.
    named = next((h for h in parsed.hits[1:3] if h.entity in found and h.name_cover >= 0.8 and h.score >= 0.7), None)
    if named is not None and top is not None and top.score > named.score:
        return None
    if parsed.intent.list_kind == "meeting" and top is not None and top.entity in found and top.name_cover >= 0.8:
        # "Какие заседания проводил Совет министров внутренних дел?": the meetings of the body named
        # are asked, not which body has the field its name's words describe.
        return None
    if _DEPARTMENT_WORD.search(parsed.text) and not any(
        getattr(kb.entities[entity], "category", None) == "department" for entity in found
    ):
        # "какой отдел исполкома координирует органы безопасности": a department is asked for, and
        # the council whose field the words name is none
        return None
    base.answered = True
    base.filters = {"topic": found}
    base.sources = list(dict.fromkeys(s for entity in found for s in kb.entities[entity].sources))
    if len(found) == 1:
        base.kind = "card"
        base.attribute = "topic"
        base.focus = found
    else:
        base.kind = "list"
        base.attribute = kb.kind(found[0])
        base.items = found
    return base


# Words an abbreviation skips ("Group on Combating", "Совет по ...").
_LINK_WORDS = frozenset(
    {"of", "and", "the", "on", "in", "for", "to", "a", "an", "at", "by", "with"}
    | {"и", "по", "в", "во", "на", "о", "об", "с", "со", "к", "для", "от", "до", "из", "при"}
)
_WORD = re.compile(r"[^\W\d_]+")
# Letters in capitals joined by a slash are one abbreviation ("ПОД/ФТ", "AML/CFT").
_SLASHED = re.compile(r"(?<![\w/])([A-ZА-ЯЁ]{2,8}(?:/[A-ZА-ЯЁ]{2,8})+)(?![\w/])")
# Between the words spelled out only spaces and dashes: no phrase across a comma or a sentence.
_ONE_PHRASE = re.compile(r"[^\W\d_]+(?:[\s\-–—]+[^\W\d_]+)*")
# Capitals of Russian abbreviations typed in Latin letters ("SSSB", "SMVD"): one letter each.
_LATIN_LETTERS = str.maketrans("ABVGDEZIKLMNOPRSTUFHCY", "АБВГДЕЗИКЛМНОПРСТУФХЦЫ")
MIN_SPELLED_LETTERS = 3
MAX_UNKNOWN_LETTERS = 2  # two letters spell out too many phrases by chance


@dataclass(frozen=True)
class NameForms:
    known: frozenset[str]  # every word of every name, lower case: such letters are no unknown abbreviation
    names: tuple[tuple[str, str], ...]  # (entity id, a name, short form or alias)
    firsts: tuple[str, ...]  # each name's first letter, lower case: the first an abbreviation of it can have


_NAME_FORMS: dict[int, NameForms] = {}


def name_forms(kb: KnowledgeBase) -> NameForms:
    """The names of a knowledge base, gathered once per loaded knowledge base."""
    forms = _NAME_FORMS.get(id(kb.data))
    if forms is None:
        names = tuple(
            (entity.id, form)
            for entity in kb.entities.values()
            for form in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all(), *entity.common_usage.all())
        )
        known = {word.lower() for _, form in names for word in _WORD.findall(form)}
        known.update(term.lower() for group in kb.data.synonyms for term in group.terms)
        firsts = tuple(form[:1].lower() for _, form in names)
        forms = NameForms(frozenset(known), names, firsts)
        _NAME_FORMS.clear()  # one knowledge base at a time
        _NAME_FORMS[id(kb.data)] = forms
    return forms


def spelling(text: str, letters: str, from_start: bool = False) -> str | None:
    """The words of a text whose first letters spell the letters, in order, link words skipped
    ("AML": "anti-money laundering"; "ПОД": "противодействия отмыванию денег"); the first such
    phrase, as written. ``from_start``: only a phrase that begins the text."""
    letters = letters.lower()
    for phrase in _ONE_PHRASE.finditer(text):
        words = list(_WORD.finditer(phrase.group()))
        starts = range(1) if from_start else range(len(words))
        for first in starts:
            if words[first].group()[0].lower() != letters[0]:
                continue
            at, matched, skipped = first, 0, 0
            while at < len(words) and matched < len(letters) and skipped <= 1:
                word = words[at].group()
                # link words and abbreviations ("СНГ" after a name) are skipped, one at a time
                if word.lower() in _LINK_WORDS or (len(word) > 1 and word.isupper()):
                    skipped += 1
                elif word[0].lower() == letters[matched]:
                    matched, skipped = matched + 1, 0
                else:
                    break
                at += 1
            if matched == len(letters):
                return phrase.group()[words[first].start() : words[at - 1].end()]
        if from_start:
            return None
    return None


def spelled_out(engine: Engine, parsed: Parsed, base: Verdict, wide: bool) -> Verdict | None:
    """An abbreviation that no entry or term has as a name, read from the words it spells: the
    start of an entry's name ("СССБ": "Совет секретарей советов безопасности ..."), or, when the
    question asks what letters mean (``wide``), words in a name or a text of the entries it names
    ("AML" in the EAG's: "anti-money laundering"). None when no such words, or when the letters
    spell different things: no guess between readings."""
    text = parsed.text
    kind_words = parsed.intent.kind_words
    if parsed.intent.list_cue and kind_words and text.lower().lstrip(" «\"").startswith(kind_words[0]):
        return None  # "zasedaniya SMVD": its meetings are listed; no letters are asked about
    forms = name_forms(engine.kb)
    unknown = _unknown_letters(engine.kb, text)
    if len(unknown) > MAX_UNKNOWN_LETTERS:
        return None  # "XVIII CT MEETING VENUE": capitals for emphasis, no abbreviation to read
    asked = unknown[0] if len(unknown) == 1 else _asked_abbreviation(text) or ""
    parts = asked.split("/")
    if not asked or any(len(part) < 2 or part.lower() in forms.known for part in parts):
        return None
    if len(parts) == 1 and len(asked) < MIN_SPELLED_LETTERS:
        return None
    # The start of a name: the abbreviation of that entry ("chto za SSSB SNG?": Russian letters
    # typed as Latin ones spell a Russian name).
    if len(parts) == 1:
        readings = [asked]
        if parsed.lang == "ru" and not has_cyrillic(asked):
            readings.append(asked.translate(_LATIN_LETTERS))
        owners = {
            entity
            for (entity, form), first in zip(forms.names, forms.firsts, strict=True)
            for letters in readings
            if first == letters[0].lower() and _same_script(form, letters) and spelling(form, letters, from_start=True)
        }
        if len(owners) == 1:
            entity_id = next(iter(owners))
            return _spelled_verdict(engine, base, asked, None, entity_id)
        if owners or not wide:
            return None
    elif not wide:
        return None
    # Words inside the names and texts of the entries the question names, best hit first.
    for hit in parsed.hits[:3]:
        if hit.score < 0.3:
            break
        entity = engine.kb.entities[hit.entity]
        texts = [entity.name.en, entity.name.ru, entity.description.en, entity.description.ru]
        texts += [side for statement in statements_of(entity) for side in (statement.en, statement.ru)]
        found = []
        for part in parts:
            words = next((w for t in texts if _same_script(t, part) for w in [spelling(t, part)] if w), None)
            if words is None:
                break
            found.append(words)
        if len(found) == len(parts):
            return _spelled_verdict(engine, base, asked, " / ".join(found), hit.entity)
    return None


def spelled_in(engine: Engine, entity_ids: list[str], letters: str) -> str | None:
    """The words that ``letters`` spell in the names, descriptions or statements of the entries
    (Latin-typed Russian letters read in Cyrillic too: "POD" is "ПОД", "противодействия отмыванию
    денег"); None when they spell nothing there or are too short to tell."""
    if len(letters) < MIN_SPELLED_LETTERS or not letters.isupper():
        return None
    readings = [letters]
    if not has_cyrillic(letters):
        readings.append(letters.translate(_LATIN_LETTERS))
    for entity_id in entity_ids:
        entity = engine.kb.entities.get(entity_id)
        if entity is None:
            continue
        texts = [entity.name.en, entity.name.ru, entity.description.en, entity.description.ru]
        texts += [side for statement in statements_of(entity) for side in (statement.en, statement.ru)]
        for reading in readings:
            words = next((w for t in texts if _same_script(t, reading) for w in [spelling(t, reading)] if w), None)
            if words is not None:
                return words
    return None


MAX_OTHER_WORDS = 1  # "что за СССБ СНГ?", "What is the SSC?", "tell me about the SSC"


def _asks_letters_alone(text: str) -> bool:
    """Whether the question names nothing but the letters (a question about something else that
    mentions them, "kto opublikoval material o zasedanii SMVD", asks that)."""
    if _WHAT_IS_LETTERS.match(text):
        return True  # "What is the FIS that reported on ...": the letters are what is asked
    words = [word for word in _WORD.findall(text) if not word.isupper() and not is_stop(word.lower())]
    return len(words) <= MAX_OTHER_WORDS


_WHAT_IS_LETTERS = re.compile(
    r"^\W*(?i:what(?:'s|\s+is|\s+are|\s+was)(?:\s+the)?|что\s+(?:за|такое)|chto\s+(?:za|takoe)|кто\s+так\w+|kto\s+tak\w+)"
    r"\s+[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7}(?![\w/])"
)


def _unknown_letters(kb: KnowledgeBase, text: str) -> list[str]:
    """The abbreviations of a text (slashed ones whole) that are no word of any name or term."""
    known = name_forms(kb).known
    found = [slashed.group(1) for slashed in _SLASHED.finditer(text)] if "/" in text else []
    found += [
        word.group(1)
        for word in _ABBREVIATION_WORD.finditer(text)
        if not any(word.group(1) in joined.split("/") for joined in found)
    ]
    return [
        letters
        for letters in dict.fromkeys(found)
        if letters not in _NOT_ABBREVIATIONS
        and roman_to_int(letters.lower()) is None
        and not all(
            part.lower().rstrip("+") in known or part.translate(_LATIN_LETTERS).lower() in known for part in letters.split("/")
        )
    ]


def _same_script(text: str, letters: str) -> bool:
    return has_cyrillic(text) == has_cyrillic(letters)


def _spelled_verdict(engine: Engine, base: Verdict, asked: str, words: str | None, entity_id: str) -> Verdict:
    """``words`` None: the letters abbreviate the entry's own name."""
    entity = engine.kb.entities[entity_id]
    base.kind, base.answered, base.attribute = "card", True, "spelled"
    base.focus = [entity_id]
    base.sources = list(entity.sources)
    base.value = {"asked": asked, "words": words}
    return base
