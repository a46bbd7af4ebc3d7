"""Names the sources do not record: a body, person, state, place or participant a question names
that matches no record ("did the Council of Cyber Defence meet", "did Ruritania attend", "was
Ivanov at the 20th meeting").

Such a question is answered "not recorded" (with the nearest known name when one is close),
never as if it had named a recorded one.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from babel import Locale

from bot.answers import define
from bot.answers.cues import cued
from bot.answers.mentions import GUESS_SCORE, MENTION_COVER, MENTION_SCORE, WEAK_WEIGHT, _not_recorded, _verdict
from bot.answers.question_form import ROMAN, WORD, is_yes_no, months_named
from bot.answers.questionwords import CHATTER
from bot.answers.verdict import Verdict
from bot.kb.schema import Entity, Meeting
from bot.search.index import Hit
from bot.search.text import in_cyrillic, is_stop, russian_reading
from bot.search.text import tokens as text_tokens
from bot.search.words import STOP_EN

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

# A question word matching a known word less closely than this is not that word.
WELL_KNOWN = 0.9

_CAPITALISED = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+$")
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,6}$")
PARTICIPATE_OR_BE = re.compile(
    r"\b(?:take part|took part|taken part|participat\w*|attend\w*|represented|present|at)\b"
    r"|\bучаств\w*|\bпредставлен\w*|\bприсутствова\w*|\bбыл[аио]?\s+(?:на|в)\b|\buchastvova\w*|\bbyl[aio]?\s+(?:na|v)\b"
    r"|\bделегаци\w*|\bdelegat(?:si|ci)\w*",  # "была ли там делегация Туркменистана" (grid21)
    re.I,
)
# "Был ли Азербайджан на заседании …": being there, asked with the particle between.
WAS_THERE = re.compile(r"\b(?:был[аио]?\s+ли|byl[aio]?\s+li)\b", re.I)


ANY_MEETING = re.compile(
    r"\b(?:meetings?|summits?|conferences?|sessions?|events?)\b|\bзаседани\w*|\bсовещани\w*|\bвстреч\w*"
    r"|\bсаммит\w*|\bмероприяти\w*|\bzasedani\w*|\bvstrech\w*",
    re.I,
)


def unknown_participant(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "Did Georgia take part in any of the meetings": a name the knowledge base does not know,
    asked about meetings in general, is on no recorded list of participants."""
    if not ANY_MEETING.search(parsed.text):
        return None
    kb = engine.kb
    if names_known(engine, parsed):
        return None  # something known is named: the usual checks answer
    name = unknown_word(parsed)
    if name is None or any(found.group(1) == name for found in IN_PLACE.finditer(parsed.text)):
        return None  # "Была ли встреча в Ташкенте?": a place after "in", no participant
    # The sources of a few meetings that list their participants: enough to show where one looked,
    # without walking every meeting of a large knowledge base.
    listed = itertools.islice((m for m in kb.of_kind("meeting") if isinstance(m, Meeting) and m.participants.states), 3)
    value = {"name": name}
    return _verdict(base, False, "unknown_member", [], value, [s for m in listed for s in m.sources])


def names_known(engine: Engine, parsed: Parsed) -> bool:
    """Whether the question names an entry of the knowledge base (a figure's fact aside)."""
    kind = engine.kb.kind
    return any(
        hit.score >= MENTION_SCORE and hit.name_cover >= MENTION_COVER and kind(hit.entity) != "fact"
        for hit in parsed.hits
    )


def unknown_word(parsed: Parsed) -> str | None:
    """A capitalised word, not the first, that the knowledge base does not know."""
    query = parsed.query
    unknown = {tok for tok, missing in zip(query.tokens, query.unknown, strict=True) if missing}
    if not unknown:
        return None
    # The first word is a name only as the subject of taking part ("Moldova attended …, didn't it?",
    # "Грузия участвовала …?"): otherwise it is a question word or a verb the index does not hold.
    subject_first = _SUBJECT_TOOK_PART.match(parsed.text) is not None
    # In a text typed in lower case a name has no capital: the word after a post ("foreign minister
    # lavrov", "министр лавров") is one.
    lower = _TITLE_WORD.search(parsed.text) is None
    previous = ""
    for position, word in enumerate(WORD.findall(parsed.text)):
        word = word.removesuffix("'s")  # "Ukraine's delegation"
        # An acronym is a name too ("NATO", "НАТО"); a Roman numeral is a number.
        named = _CAPITALISED.match(word) or (_ACRONYM.match(word) and not ROMAN.match(word))
        if (
            lower
            and not named
            and _POST_WORD.fullmatch(previous)
            and not is_stop(word.lower())
            and not (word.isascii() and parsed.lang == "ru")
        ):
            # (a little word is no name, nor is a word of Russian typed in Latin: "prezident etoy strany")
            named = re.match(r"[a-zа-яё]{4,}$", word)
        previous = word.lower()
        if (position > 0 or subject_first) and named and set(text_tokens(word)) <= unknown:
            return word[:1].upper() + word[1:]
    return None


_POST_WORD = re.compile(
    r"minister|president|secretary|chairman|chair|director|general|ambassador|head|министр|президент|секретар[ья]"
    r"|председател[ья]|директор[а]?|генерал|посол|ministr|prezident|direktor"
)
_SUBJECT_TOOK_PART = re.compile(
    r"^\W*[A-ZА-ЯЁ][\w'-]+\s+(?:(?:did not|didn't|не)\s+)?"
    r"(?:attend\w*|took part|participat\w*|was (?:represented|present)|sent|came|участвова\w*|присутствова\w*"
    r"|принимал\w* участи\w*|был[аио]? представлен\w*|приезжал\w*|направ(?:ил|ля)\w*|uchastvova\w*"
    r"|был[аио]? на|byl[aio]? na)\b",
    re.I,
)
IN_PLACE = re.compile(r"\b(?:in|в|во|v)\s+([A-ZА-ЯЁ][\w-]+)")
# A question typed all in lower case ("что решили на саммите в бишкеке") has no capital to mark a
# place: there a longer word after "in"/"в" stands where the place would.
_TITLE_WORD = re.compile(r"\b[A-ZА-ЯЁ][a-zа-яё]")
IN_PLACE_LOWER = re.compile(r"\b(?:in|в|во|v)\s+([a-zа-яё][\w-]{4,})")


_PLACE_TOKENS: list[tuple[KnowledgeBase, frozenset[str]]] = []  # the last knowledge base's (one at a time)


def _place_tokens(kb: KnowledgeBase) -> frozenset[str]:
    """The tokens of the names of the places and states, in every language and alias."""
    if _PLACE_TOKENS and _PLACE_TOKENS[0][0] is kb:
        return _PLACE_TOKENS[0][1]
    found: set[str] = set()
    for kind in ("place", "state"):
        for entity in kb.of_kind(kind):
            for name in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()):
                found.update(text_tokens(name))
    _PLACE_TOKENS[:] = [(kb, frozenset(found))]
    return _PLACE_TOKENS[0][1]


_TIME_WORDS = frozenset(
    {"spring", "summer", "autumn", "fall", "winter", "весну", "лето", "осень", "зиму", "vesnu", "leto", "osen", "zimu"}
)


def unknown_after_in(parsed: Parsed, kb: KnowledgeBase) -> str | None:
    """A capitalised word after "in"/"в" that the knowledge base does not know ("в Астане")."""
    query = parsed.query
    # A word only resembling a known one is unknown too ("Казани" is not "указан").
    unknown = {
        tok
        for tok, missing, matches in zip(query.tokens, query.unknown, query.matches, strict=True)
        if missing or not matches or matches[0][1] < WELL_KNOWN
    }
    if not unknown:
        return None
    # lower case but for abbreviations in capitals (given back by bot/search/casing.py: "снг" is "СНГ")
    lower = _TITLE_WORD.search(parsed.text) is None
    if lower:
        # without a capital a word resembling a known place is a typo of it ("in moskow"); one
        # resembling another word ("в казани", "указан") is still a place the sources do not know
        places = _place_tokens(kb)
        unknown = {
            tok
            for tok, missing, matches in zip(query.tokens, query.unknown, query.matches, strict=True)
            if missing or not matches or (matches[0][1] < WELL_KNOWN and not any(match in places for match, _ in matches))
        }
    for match in (IN_PLACE_LOWER if lower else IN_PLACE).finditer(parsed.text):
        word = match.group(1)
        if word.lower() in _TIME_WORDS:
            continue  # "in spring 2025", "in winter": a time, no place
        if set(text_tokens(word)) & unknown:
            if parsed.lang == "ru" and word.isascii():
                # Russian typed in Latin letters ("v Astane"): the answer names it as a Russian
                # reader writes it, in its case after "в" ("в Астане"), not as typed.
                word = in_cyrillic(word.lower())
            return word[:1].upper() + word[1:]  # a name typed in lower case is written as a name
    return None


def _unknown_name(parsed: Parsed) -> str | None:
    """Two or more capitalised words in a row, not at the start, that the knowledge base does not know."""
    query = parsed.query
    unknown = {tok for tok, missing in zip(query.tokens, query.unknown, strict=True) if missing}
    if not unknown:
        return None
    words = WORD.findall(parsed.text)
    run: list[str] = []
    best: list[str] = []
    for position, word in enumerate(words):
        if position > 0 and _CAPITALISED.match(word) and set(text_tokens(word)) & unknown:
            run.append(word)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return " ".join(best) if len(best) >= 2 else None


# A word that makes a body's name ("the Council of Police Chiefs", "совет начальников полиции").
BODY_NOUN = re.compile(
    r"^(?:council|committee|commission|bureau|cent(?:re|er)|department|совет\w*|комитет\w*|комисси\w*|бюро|центр\w*"
    r"|департамент\w*|sovet\w*|komitet\w*|komissi\w*|centr\w*|departament\w*)$",
    re.I,
)
# A word that makes a document's name ("the Concept of Information Security", "программа по миграции").
_DOCUMENT_NOUN = re.compile(
    r"^(?:concept|programmes?|programs?|statement|treaty|convention|protocol|концепци\w*|программ\w*"
    # ("договорились", "dogovorilis" are verbs of agreeing, no treaty)
    r"|заявлени\w*|договор(?!ил|ен|ён)\w*|конвенци\w*|протокол\w*|koncepci\w*|kontsepci\w*|programm\w*|dogovor(?!il|en)\w*)$",
    re.I,
)
# A statement is also what a person says: with a person named, it is a remark, not a document.
_SAID_NOUN = re.compile(r"^(?:statements?|заявлени\w*|zayavleni\w*)$", re.I)


def _person_named(engine: Engine, parsed: Parsed) -> bool:
    return any(engine.kb.kind(h.entity) == "person" and h.name_cover >= 0.8 and h.score >= MENTION_SCORE for h in parsed.hits[:5])


_NAMED_BY_NOUN: list[tuple[re.Pattern[str], tuple[str, ...], str]] = [
    (BODY_NOUN, ("body", "organisation"), "no_body"),
    (_DOCUMENT_NOUN, ("document",), "no_document"),
]
_NAME_BEFORE, _NAME_AFTER = 2, 3  # words around a body noun that can belong to the name
WEDGE_EXPLAINED = 0.7  # a word the entry explains this well (a synonym, a related form) is no wedge
# Stop words that relate a name to the rest of the question, never part of it ("programme regarding").
_RELATING = frozenset(
    {"regarding", "concerning", "between", "during", "before", "except", "besides", "together", "further"}
    | {"between", "mezhdu", "cherez", "pomimo", "между", "через", "помимо"}
)
LOST_WORD_CHARS = 6  # a stop word this long typed inside a name ("Information") is a name's word
INFORMAL_EXPLAINED = 0.8  # each word of an informal name ("совет по экологии") explained this well
NAME_HELD = 0.65  # a short form of a body's name ("the migration council") holds most of its weight
# "Which council deals with military matters": the body is what is asked, its words say what it does.
_WHICH_BODY = cued(re.compile(
    r"\b(?:which|what|какой|какая|какое|какие|каким|каких|что за|kakoy|kakoi|kakaya|kakie)\s+(?:[\w-]+\s+)?"
    r"(?:council|committee|commission|bureau|cent(?:re|er)|bod(?:y|ies)|совет\w*|комитет\w*|комисси\w*|бюро|центр\w*"
    r"|орган\w*|sovet\w*|organ\w*|concept|programmes?|programs?|statement|treaty|концепци\w*|программ\w*"
    r"|заявлени\w*|договор\w*|programm\w*)"
    # ("чем занимается Совет X" asks what the body named does, not which body does something)
    r"|\b(?:deals?|dealing|responsible|in charge|handles?|covers?)\b|(?<!чем )\bзанима\w*|\bотвеча\w*|\bкурир\w*"
    r"|(?<!chem )\bzanima\w*|\botvecha\w*|\bловит|\bследит"
    # "Is there a council for natural disasters?": a body asked for by what it does, not by a name.
    r"|\bis there (?:a|an|any)\b[^?]*\b(?:for|that|which|to deal)\b|\bесть ли\b[^?]*\b(?:для|котор\w*)\b",
    re.I,
))


def _official_words(engine: Engine, entity: Entity) -> set[str]:
    """The words of an entry's own names in both languages (not the aliases that only help search),
    also as the synonym groups they make ("специальных служб" is "~special_services")."""
    words = text_tokens(f"{entity.name.en} {entity.name.ru}")
    return {*words, *engine.index.fold_synonyms(words)}


def _official_single_words(engine: Engine, entity: Entity) -> set[str]:
    """The official name's words each folded alone: "терроризмом" is "~terrorism" even where, with
    the word before it, it makes "~counter_terrorism"."""
    words = text_tokens(f"{entity.name.en} {entity.name.ru}")
    return {*words, *(group for word in words for group in engine.index.fold_synonyms([word]))}


def body_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A body or a document named with words no recorded one's name has ("the CIS Council of Police
    Chiefs", "the Concept of Information Security"): the sources mention no such entry; the entries
    its words reach are the nearest records, never answered as if they were the one asked."""
    if not parsed.hits or (parsed.intent.question == "count" and not is_yes_no(parsed.text)):
        return None
    # "Есть ли Совет министров иностранных дел в перечне 16 отраслевых органов?": a list named as
    # where to look, the body asked of it is still one the sources may not know.
    # "Is the Council of Drug Control Agencies one of the sectoral bodies?": a category named is such a
    # list too (grid21).
    # "Есть ли среди отраслевых органов совет по информационной безопасности?": so is a category of
    # bodies named as where to look, with no number.
    if parsed.intent.list_kind and not (
        is_yes_no(parsed.text) and (_COUNTED_LIST.search(parsed.text) or parsed.intent.categories)
    ):
        return None
    words = WORD.findall(parsed.text)
    for noun, kinds, reason in _NAMED_BY_NOUN:
        spots = [i for i, word in enumerate(words) if noun.match(word)]
        if spots and reason == "no_document" and all(_SAID_NOUN.match(words[i]) for i in spots) and _person_named(engine, parsed):
            continue  # "когда Песков сделал заявление о потенциале СНГ": a person's remark, no document
        if spots and not _WHICH_BODY.search(parsed.text):
            found = _unknown_named(engine, parsed, base, words, spots, noun, kinds, reason)
            if found is not None:
                return found
    return None


# English words after a name's noun that end it: the question's verbs ("Council of X discuss").
_NAME_ENDS = re.compile(
    r"^(?:\w+ed|is|are|was|were|do|does|did|meet|meets|discuss|decide|say|says|take|adopt|approve|sign|hold|about|in|at"
    r"|end|ends|start|starts|begin|begins|run|runs|cover|covers|last|lasts"
    # verbs of a claim about what the body said: "Did the Executive Committee present X as …"
    r"|present|presents|describe|describes|portray|portrays|frame|frames|call|calls|mention|mentions|claim|claims"
    r"|write|writes|stress|stresses|note|notes|view|views|treat|treats|see|sees|show|shows"
    # what a document does: "what does the border programme define / provide for"
    r"|define|defines|mean|means|provide|provides|regulate|regulates|govern|governs|contain|contains"
    r"|include|includes|envisage|envisages|set|sets|establish|establishes|aim|aims"
    # a claim's tag: "… the border programme, right?"
    r"|right|correct|true|yes|ok|okay|isn't|wasn't|didn't|aren't|weren't)$",
    re.I,
)


_NAME_STARTS = re.compile(r"^(?:what|who|when|where|which|how|has|have|had|tell|me|about|the|a|an|of)$", re.I)
# Words that join a name's parts: wedged into a recorded name, they make no other name.
_NAME_GLUE = frozenset(
    {"against", "for", "on", "of", "in", "about", "with", "and", "to", "против", "по", "для", "о", "об", "с", "и", "в", "во", "на"}
    | {"protiv", "po", "dlya", "ob", "na", "s", "v", "vo", "o", "i"}
)


# "в перечне 16 отраслевых органов", "one of the 16 sectoral bodies": a recorded list of a stated size.
_COUNTED_LIST = re.compile(r"\b\d+\s+(?:[\w-]+\s+){0,2}?(?:bod(?:y|ies)|councils?|органов|советов|organov|sovetov)\b", re.I)
_TRAILING = STOP_EN | {"ли", "же", "бы", "то", "li", "one"}
# Russian words after a name's noun that end it: a past verb in the plural ("одобрили",
# "утвердили") or a past participle ("одобренная", "принятой", "утверждённой").
# ("иностранных", "уполномоченных" are adjectives of names: "Совет министров иностранных дел").
# Also a verb in the future or present plural, a reflexive verb, a masculine past ("заявление
# разошлют в ООН", "программа планируется", "договор подписал"); a participle ending in "-ся"
# ("развивающихся") is an adjective, and "-ет"/"-ит"/"-ал" end nouns too ("комитет", "канал").
_RU_NAME_ENDS = re.compile(
    r"^(?!иностран|уполномоч|объединённ|объединенн)(?:\w{3,}(?:или|али|яли|ели|ыли)|\w{2,}(?:енн|ённ|анн|нят)(?:ая|ую|ой|ый|ое|ые|ых|ого)"
    r"|\w{2,}(?:ет|ит|ют|ят|ут|ат|ал|ил|ял|ла|ло|ли|ть|ти)(?:ся|сь)|\w{3,}(?:ют|ят|ил|ял)|\w{2,}(?:ует|ает|яет|еет)|будет|будут|станет|станут"
    # a claim's tag: "… пограничную программу, верно?"
    r"|верно|правда|так|да|ведь|verno|pravda)$",
    re.I,
)


# A Russian adjective (Cyrillic or Latin-typed) by its ending.
_RU_ADJECTIVE = re.compile(
    r"^\w{3,}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ые|ие"
    r"|yy|yi|iy|ij|oy|oj|aya|oe|ogo|ykh|ikh|ye|ie|uyu)$",
    re.I,
)
# Adjectives that point at or sort bodies ("какой", "отраслевой"), never a word of a body's name.
_RU_NOT_NAME = re.compile(
    r"^(?:как|котор|эт|тот|та|такой|так|весь|все|кажд|люб|друг|перв|втор|нов|сам|отраслев|специализир|указанн|данн|нужн"
    r"|kak|kotor|et|takoy|kazhd|lyub|drug|perv|vtor|nov|sam|otraslev|specializir|drugo)",
    re.I,
)
_LIST_WORD = re.compile(r"^(?:among|amongst|среди|число|числе|перечн\w*|перечень|списк\w*|sredi|chislo|chisle|perechn\w*)$", re.I)


def _name_around(words: list[str], position: int, english: bool) -> list[str]:
    """The words around a name's noun that can belong to the name: English puts them on both sides
    ("the police council", "Council of Police Chiefs"), up to the question's verb; Russian after the
    noun ("совет начальников полиции"), since a Russian word before it is the question's verb or an
    adjective of it ("какие решения принял совет")."""
    before: list[str] = []
    for word in words[max(0, position - _NAME_BEFORE) : position] if english else []:
        # A question word or a verb before the name ends what comes before it ("Has the programme").
        before = [] if _NAME_ENDS.match(word) or _NAME_STARTS.match(word) else [*before, word]
    before = [b for b in before if b.replace("-", "").isalpha()]
    if not english and position > 0 and _RU_ADJECTIVE.match(words[position - 1]) and not _RU_NOT_NAME.match(words[position - 1]):
        # "антинаркотический центр", "межгосударственный совет": an adjective right before the noun
        # is the name's own word (the field that makes it another body), not the question's.
        before = [words[position - 1]]
    after: list[str] = []
    content = 0
    # Prepositions do not count: "Департамент по сотрудничеству в сфере обороны" is one name.
    following = words[position + 1 : position + 2 * _NAME_AFTER + 1]
    for place, word in enumerate(following):
        # "in" before a gerund is inside a name ("Cooperation in Combating Transnational Crime").
        gerund = place + 1 < len(following) and following[place + 1].lower().endswith("ing")
        if content == _NAME_AFTER or (word.isascii() and _NAME_ENDS.match(word) and not gerund):
            break
        if _LIST_WORD.match(word):
            break  # "… among the sectoral bodies", "… в число отраслевых органов": where to look, no name
        if not word.isascii() and _RU_NAME_ENDS.match(word):
            break  # "концепцию одобрили в Душанбе", "концепция, одобренная ...": the question's verb
        after.append(word)
        content += word.lower() not in _NAME_GLUE
    return [*before, words[position], *after]


def _unknown_named(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    words: list[str],
    spots: list[int],
    noun: re.Pattern[str],
    kinds: tuple[str, ...],
    reason: str,
) -> Verdict | None:
    kb, query = engine.kb, parsed.query
    whole = [h for h in parsed.hits if kb.kind(h.entity) in kinds and h.name_cover >= 0.8 and h.score >= MENTION_SCORE]
    # A month after a name dates the body's meeting ("secretaries council november"), no word of a name.
    near = [w for i in spots for w in _name_around(words, i, parsed.lang == "en") if not months_named(w)]
    spelt = text_tokens(" ".join(near))
    if parsed.lang == "ru" and any(word.isascii() for word in near):
        # "programma ... po borbe s narkotikami": Russian typed in Latin letters is searched as Russian
        # ("narkotikami" as "наркотиками"), so its name's words are read so too.
        spelt += [reading for word in near if word.isascii() and (reading := russian_reading(word.lower()))]
    phrase_tokens = {*spelt, *engine.index.fold_synonyms(spelt)}
    # Words another named entry explains (a city, a person, a meeting's name) are not the entry's.
    elsewhere = {i for h in parsed.hits if kb.kind(h.entity) not in kinds and h.name_cover >= 0.8 for i in h.name_tokens}
    heavy = [
        i
        for i, tok in enumerate(query.tokens)
        # The query may read a long unknown word as a known part of it ("Cyberterrorism" as "cyber").
        if (tok in phrase_tokens or (len(tok) >= 4 and any(word.startswith(tok) for word in spelt)))
        and query.weights[i] >= WEAK_WEIGHT
        and i not in elsewhere
        and not tok.startswith("#")
        and tok not in engine._generic
    ]
    candidates = [h for h in parsed.hits[:5] if kb.kind(h.entity) in kinds and h.score >= GUESS_SCORE]
    # "the Concept of Information Security": a word of the typed name that the search drops as a stop
    # word ("information") still names; when no entry of the kind has it in its names, none of them
    # is the one asked (checked only when such a word is typed: rare).
    lost = [
        word.lower()
        for place, word in enumerate(near[:-1])
        if word.isalpha()
        # typed as a name's word ("Information"), not an adverb ("сейчас"); or, in lower case, right
        # after the "of" that joins a name ("the concept of information security", tuning17_look)
        and (word[:1].isupper() or (place > 0 and near[place - 1].lower() in ("of", "on")))
        and len(word) >= LOST_WORD_CHARS
        and word.lower() not in _NAME_GLUE | _RELATING
        and not text_tokens(word)
        # inside the name: a word that names something follows ("Information Security")
        and bool(text_tokens(near[place + 1]))
    ]
    if lost and candidates and any(word not in _kind_names(engine, kinds) for word in lost):
        return _not_recorded_name(kb, base, reason, near, parsed.hits, kinds)
    if not heavy or not candidates:
        return None

    # A recorded name in the question is that entry, unless a word is wedged inside it ("Совет
    # руководителей полиции государств" is no "Совет глав государств"); words after it are the question's.
    def wedged(hit: Hit, position: int) -> bool:
        inside = min(hit.name_tokens) < position < max(hit.name_tokens) and position not in hit.name_tokens
        return inside and hit.explained.get(position, 0.0) < WEDGE_EXPLAINED and query.tokens[position] not in _NAME_GLUE

    # Another name named whole beside it ("... в сфере обороны Исполкома СНГ") leaves the wedge a wedge;
    # a name that holds or explains the word makes it that entry's.
    named_whole = [h for h in whole if h.name_tokens]
    wedges = [h for h in named_whole if any(wedged(h, i) for i in heavy)]
    if named_whole and (
        not wedges
        or any(
            h not in wedges and any(min(h.name_tokens) <= i <= max(h.name_tokens) for i in heavy) for h in named_whole
        )
    ):
        return None
    # A recorded name with a word wedged into it ("Council [of Ministers] of Emergency Situations")
    # makes no other entry even when the word is in another entry's name (the Defence Ministers Council).
    hybrid = bool(wedges)
    # Every entry the words reach leaves one of the name's distinctive words unexplained, or holds
    # them only in a name mostly absent ("police council" is not the "tax police council"); a
    # meeting of the body named ("the 13th meeting of the secretaries' council") names it too.
    # An official name holding the words is a name cut short ("совета секретарей"), not another entry.
    asked = {query.tokens[i] for i in heavy}
    # "совет по миграции", "совет по экологии": an informal name whose every word one entry of the
    # kind alone explains well, by its official name (its noun, its field in another form:
    # "миграционных", "экологический"), is that entry's, however much of the long name is left out;
    # a word only a search alias holds ("police" of the "tax police") makes no informal name.
    def officially(hit: Hit) -> bool:
        official = _official_words(engine, kb.entities[hit.entity])
        return all(
            noun.match(query.tokens[i])
            or any(token in official and sim >= INFORMAL_EXPLAINED for token, sim in query.matches[i])
            for i in heavy
        )

    informal = [
        h
        for h in parsed.hits[:5]
        if kb.kind(h.entity) in kinds
        and h.score >= GUESS_SCORE
        and all(h.explained.get(i, 0.0) >= INFORMAL_EXPLAINED for i in heavy)
        and officially(h)
    ]
    if not hybrid and len(informal) == 1 and any(not noun.match(query.tokens[i]) for i in heavy):
        return None
    # "программа по терроризму": the word's group is part of a longer one in the official name
    # ("борьбе с терроризмом" is "~counter_terrorism"), so it is explained less well; still, when
    # one entry of the kind alone has each word among its official name's own words, the informal
    # name is that entry's.
    loosely = [
        h
        for h in parsed.hits[:5]
        if kb.kind(h.entity) in kinds
        and h.score >= GUESS_SCORE
        and all(h.explained.get(i, 0.0) >= WEDGE_EXPLAINED for i in heavy)
        and all(
            noun.match(query.tokens[i]) or query.tokens[i] in _official_single_words(engine, kb.entities[h.entity])
            for i in heavy
        )
    ]
    if not hybrid and not informal and len(loosely) == 1 and any(not noun.match(query.tokens[i]) for i in heavy):
        return None
    if any(
        (set(heavy) <= h.name_tokens and h.name_cover >= NAME_HELD)
        or (
            not hybrid
            and kb.kind(h.entity) in (*kinds, "meeting")
            and h.score >= GUESS_SCORE
            and asked <= _official_words(engine, kb.entities[h.entity])
        )
        for h in parsed.hits[:5]
    ):
        return None
    return _not_recorded_name(kb, base, reason, near, parsed.hits, kinds)


def _kind_names(engine: Engine, kinds: tuple[str, ...]) -> str:
    """Every name of the entries of ``kinds`` in both languages, in lower case, as one text."""
    return " ".join(
        text.lower()
        for entity in engine.kb.entities.values()
        if engine.kb.kind(entity.id) in kinds
        for text in (entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all())
    )


def _not_recorded_name(
    kb: KnowledgeBase, base: Verdict, reason: str, near: list[str], hits: list[Hit], kinds: tuple[str, ...]
) -> Verdict:
    """ "Not recorded" for a name typed as ``near``, with the nearest entries the words reach."""
    # The name as typed, without the articles and prepositions around it.
    first, last = 0, len(near) - 1
    while first < last and ((len(near[first]) <= 3 and near[first].islower()) or near[first].upper() in ("CIS", "СНГ", "SNG")):
        first += 1
    # A short last word may be the name's own noun ("Совет министров иностранных дел"), not a particle.
    while last > first and (
        (len(near[last]) <= 3 and near[last].islower() and (near[last] in _NAME_GLUE or near[last] in _TRAILING))
        or near[last].upper() in ("CIS", "СНГ", "SNG")
    ):
        last -= 1
    name = " ".join(near[first : last + 1])[:80]
    nearest = [h.entity for h in hits[:3] if h.score >= GUESS_SCORE and kb.kind(h.entity) in (*kinds, "meeting")]
    sources = [s for i in nearest[:1] for s in kb.entities[i].sources]
    return _not_recorded(base, reason, {"name": name}, nearest, sources)


_CIS_WORD = re.compile(r"\bCIS\b|\bСНГ\b|\bSNG\b|\bСодружеств\w*|\bCommonwealth\b", re.I)


def unknown_joiner(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "The decision on Afghanistan joining the CIS": a name the knowledge base does not know
    joining the CIS is recorded nowhere."""
    name = unknown_word(parsed)
    if name is None or not _CIS_WORD.search(parsed.text) or "cis" not in engine.kb.entities:
        return None
    target = engine.kb.entities["cis"]
    value = {"joiner": None, "joiner_text": name, "target": target.id}
    return _not_recorded(base, "join", value, [target.id], list(target.sources))


# Capitalised words that name no one: chatter, forms of address, days of the week.
_NO_NAMES = CHATTER | frozenset(
    [
        "sir",
        "madam",
        "madame",
        "mr",
        "mrs",
        "ms",
        "miss",
        "bot",
        "team",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "guys",
        "folks",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "yesterday",
        "коллеги",
        "коллега",
        "друзья",
        "бот",
        "понедельник",
        "вторник",
        "среда",
        "среду",
        "четверг",
        "пятница",
        "пятницу",
        "суббота",
        "субботу",
        "воскресенье",
        "сегодня",
        "завтра",
        "вчера",
    ]
)


def unknown_name_in(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict | None:
    """An answer about something known to a question that also names someone or something the
    knowledge base does not know ("What did Mirziyoyev say at the Dushanbe summit", "When did
    Mongolia become an observer"): the unknown name is never dropped silently; the sources do not
    mention it, and the answer's own entry is the nearest record."""
    if not verdict.answered or verdict.kind not in ("card", "quote", "fact", "yes_no") or verdict.yes is False:
        return None
    if verdict.attribute == "spelled":
        return None  # the unknown letters are what the answer reads (define.spelled_out)
    if verdict.attribute == "full_name" and isinstance(verdict.value, dict) and verdict.value.get("name_lang"):
        return None  # "the English name of ОДКБ": the language is asked, no name
    name = unknown_word(parsed) or named_country(engine, parsed)
    if name is None or months_named(name) or name.lower() in STOP_EN or name.lower() in _NO_NAMES:
        return None
    if "topic" in verdict.filters and set(text_tokens(name) or ["-"]) <= define.topic_index(engine.kb).vocabulary:
        return None  # an everyday word of a body's field ("ОПГ"): the topic answer read it
    if name.isupper() and define.spelled_in(engine, [*verdict.focus[:2], *(hit.entity for hit in parsed.hits[:2])], name):
        return None  # letters the answer's own entries spell out ("POD": "противодействия отмыванию денег")
    absent = unknown_state_at(engine, parsed, verdict, name)
    if absent is not None:
        return absent
    nearest = [i for i in verdict.focus if i in engine.kb.entities][:1]
    verdict.yes, verdict.grounds = None, None
    value = {"name": name}
    return _not_recorded(verdict, "unknown_name", value, nearest, verdict.sources)


# CLDR's regions that are no country ("United Nations", "European Union", pseudo-locales, "Unknown").
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# Short names people use that CLDR does not give as a country's name.
_COUNTRY_ALIASES = {
    "USA": "US", "США": "US", "America": "US", "Америка": "US", "UK": "GB", "Britain": "GB",
    # Peoples named for their country in a follow-up ("а грузины там были?", "and the Georgians?")
    "Georgians": "GE", "грузины": "GE", "Moldovans": "MD", "молдаване": "MD", "молдаван": "MD",
    "Ukrainians": "UA", "украинцы": "UA", "Americans": "US", "американцы": "US", "Mongolians": "MN",
    "монголы": "MN", "Afghans": "AF", "афганцы": "AF", "Iranians": "IR", "иранцы": "IR", "Turks": "TR",
    "турки": "TR", "Chinese": "CN", "китайцы": "CN", "Lithuanians": "LT", "литовцы": "LT", "Latvians": "LV",
    "латыши": "LV", "Estonians": "EE", "эстонцы": "EE", "Serbs": "RS", "сербы": "RS", "Germans": "DE",
    "немцы": "DE", "британцы": "GB", "англичане": "GB",
}


@lru_cache(maxsize=1)
def _country_names() -> dict[tuple[str, ...], dict[str, str]]:
    """The world's countries in English and Russian (CLDR, through Babel), by the stems of either
    name or of a common short name: "Грузии", "Ukraine's", "the United States" are countries the
    knowledge base may not know."""
    english, russian = Locale("en").territories, Locale("ru").territories
    written = [*english.items(), *russian.items(), *((code, alias) for alias, code in _COUNTRY_ALIASES.items())]
    found: dict[tuple[str, ...], dict[str, str]] = {}
    for code, name in written:
        stems = tuple(text_tokens(name))
        if stems and code.isalpha() and code not in _NOT_COUNTRIES and code in english and code in russian:
            found.setdefault(stems, {"en": english[code], "ru": russian[code], "code": code})
    return found


@lru_cache(maxsize=1)
def _country_phrases() -> dict[str, list[tuple[tuple[str, ...], dict[str, str]]]]:
    """The names of several words and the short names, by their first stem: a question is read
    once, each word looked up (one-word names are found as unknown words instead)."""
    short = set(_COUNTRY_ALIASES.values())
    by_first: dict[str, list[tuple[tuple[str, ...], dict[str, str]]]] = {}
    for stems, names in _country_names().items():
        if len(stems) > 1 or names["code"] in short:
            by_first.setdefault(stems[0], []).append((stems, names))
    return by_first


def named_country(engine: Engine, parsed: Parsed) -> str | None:
    """A country named in several words ("the United States") or by a short name ("США") that the
    knowledge base does not know, in the question's language; None otherwise. One-word names are
    found as unknown words."""
    tokens = text_tokens(parsed.text)
    phrases = _country_phrases()
    for position, token in enumerate(tokens):
        for stems, names in phrases.get(token, ()):
            if tuple(tokens[position : position + len(stems)]) != stems:
                continue
            known = {name.lower() for state in engine.kb.of_kind("state") for name in (state.name.en, state.name.ru)}
            if names["en"].lower() not in known and names["ru"].lower() not in known:
                return names.get(parsed.lang, names["en"])
    return None


_DELEGATION = re.compile(
    r"\bdelegat\w*|\bделегаци\w*|\bdelegac\w*|" + WAS_THERE.pattern +
    # "а грузины там были?", "were the Georgians there?": being there is taking part
    r"|\b(?:там|tam)\s+(?:был|byl)\w*|\b(?:был|byl)\w*\s+(?:там|tam)\b|\b(?:was|were)\b[^?]*\bthere\b",
    re.I,
)


def unknown_state_at(engine: Engine, parsed: Parsed, verdict: Verdict, name: str) -> Verdict | None:
    """ "Была ли Грузия на 13-м заседании?": a country the knowledge base does not know, asked of
    one meeting that lists the states taking part, is not among them: "No" (or, when the source
    says more states took part than it names, not among those named)."""
    country = _country_names().get(tuple(text_tokens(name)))
    asks_presence = PARTICIPATE_OR_BE.search(parsed.text) or _DELEGATION.search(parsed.text)
    if country is None or not asks_presence:
        return None
    meetings = [m for m in (engine.kb.get(i) for i in verdict.focus) if isinstance(m, Meeting)]
    if not meetings and "~meeting" in parsed.query.tokens:
        # "Was Georgia at the St Petersburg meeting?": the city's card, where one meeting was held
        held = [engine.kb.meetings_held_in.get(i, []) for i in verdict.focus if engine.kb.kind(i) == "place"]
        meetings = [m for m in (engine.kb.get(ids[0]) for ids in held if len(ids) == 1) if isinstance(m, Meeting)]
    if len(meetings) != 1 or not meetings[0].participants.states:
        return None
    meeting = meetings[0]
    listed = len(meeting.participants.states)
    stated = meeting.stated_counts.states
    outcome, yes = ("not_named", None) if stated is not None and stated > listed else ("not_listed", False)
    counts = {"states": listed, "bodies": len(meeting.participants.bodies), "organisations": len(meeting.participants.organisations)}
    result = {
        "meeting": meeting.id,
        "result": outcome,
        "yes": yes,
        "listed": listed,
        "stated": stated,
        "counts": {key: n for key, n in counts.items() if n},
    }
    # "Грузия", not "Грузии" as typed
    value = {"member": None, "member_name": country.get(parsed.lang, name), "group": "states", "meetings": [result]}
    verdict.statements, verdict.items = [], []
    return _verdict(verdict, yes, outcome, [meeting.id], value, list(meeting.sources))
