"""Questions asked in several parts, each answered by the answerers as it would be alone.

Two questions joined by a conjunction ("where did the interior ministers meet and which
organisations were there besides the states?", "какое учение обсуждали … и когда оно должно было
пройти?"): the first part is answered alone, the second as a follow-up to that answer (its "it",
"there" are the first part's subject), and the verdict of the first carries the others in
``also``. Several abbreviations asked at once ("EAG, SCO, CSTO — decode these three", "что значат
ОДКБ и ШОС"): each is asked on its own. A part the sources cannot answer says so for that part only.

Both gates are precompiled regexes that fail fast on ordinary questions (no conjunction before a
question word; no row of words in capitals).
"""

from __future__ import annotations

import re
from contextvars import ContextVar, Token
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import topic_then_question, two_named
from bot.answers.questionwords import without_courtesy
from bot.answers.verdict import Verdict
from bot.search.text import has_cyrillic

if TYPE_CHECKING:
    from bot.answers.engine import Engine

# Whether a user's question is being answered (in this thread or task): the answerers' own calls of
# the engine are no questions to split.
_ANSWERING: ContextVar[bool] = ContextVar("answering_question", default=False)

_WH_EN = r"when|where|who|whom|whose|what|which|how|why"
_WH_RU = (
    r"когда|где|кто|кого|кому|кем|что|чем|чего|какие|какое|какой|какая|каких|каким|какую|сколько|почему|зачем"
    r"|куда|откуда"
)
_WH_LATIN_RU = r"kogda|gde|kto|kogo|komu|chto|kakie|kakoe|kakoi|kakoj|kakoy|kakaya|kakaja|kakih|kakikh|skolko|pochemu|zachem|otkuda"
# The conjunction that joins a second question: "… and when …", "…, и где …", "…, а кто …".
_JOINT = re.compile(
    rf"(?:\s|,\s*)(?:and|&)\s+(?:also\s+)?(?={_WH_EN}\b)"
    rf"|(?:\s|,\s*)(?:и|а также)\s+(?:ещё\s+|еще\s+)?(?=(?:{_WH_RU})(?![а-яё]))"
    rf"|,\s*а\s+(?=(?:{_WH_RU})(?![а-яё]))"
    rf"|(?:\s|,\s*)(?:i|a takzhe)\s+(?=(?:{_WH_LATIN_RU})\b)",
    re.IGNORECASE,
)
_WH_WORD = re.compile(rf"\b(?:{_WH_EN}|{_WH_LATIN_RU})\b|(?<![а-яё])(?:{_WH_RU})(?![а-яё])", re.IGNORECASE)
# The end of a sentence that may be chat around the question ("Hi! …", "I'm writing a paper. …",
# "can't remember: …").
_FRAME_END = re.compile(r"(?<=[.!…:])\s+")
# A figure or a word in capitals: a sentence that may name what the question is about.
_NAMING = re.compile(r"[0-9A-ZА-ЯЁ]")
# The first part must ask something of its own ("where and when was it held" is one question).
MIN_FIRST_WORDS = 3
MIN_SECOND_WORDS = 2
# A shorter first part is a question alone only when the second points back to it ("… и какие
# страны там были?").
MIN_WHOLE_FIRST = 5
_POINTER = re.compile(
    r"\b(?:it|its|there|they|them|their|he|she|him|his|her|that|this|tam|ono|on|ona|oni|ego|ikh)\b"
    r"|(?<![а-яё])(?:там|оно|он|она|они|его|её|ее|их|него|неё|нее|них|этом|это|тот|та)(?![а-яё])",
    re.IGNORECASE,
)
MAX_PARTS = 3

# A row of abbreviations: words in capitals (Latin-typed Russian "ShOS" too) joined by commas,
# slashes-free conjunctions; "RATS SCO" (two capital words) is one name.
_ABBR = r"(?:[A-ZА-ЯЁ](?:[A-ZА-ЯЁ0-9+]|h(?=[A-Z]))+(?:\s+[A-ZА-ЯЁ]{2,8}(?![\w]))?)"
_ABBR_ROW = re.compile(
    rf"(?<![\w]){_ABBR}(?:\s*(?:,|;|&|\band\b|\bи\b|\bi\b|\bor\b|\bили\b)\s*{_ABBR})+(?![\w])"
)
_ONE_ABBR = re.compile(rf"(?<![\w]){_ABBR}(?![\w])")
_DECODE = re.compile(
    r"stand|decod|expan|abbreviat|acronym|full (?:name|form)|mean|short for|"
    r"расшифр|знач|означа|аббревиат|сокращ|полн\w* (?:назван|наименов)|"
    r"rasshifr|znach|oznacha|poln\w* nazvan",
    re.IGNORECASE,
)
MAX_ABBREVIATIONS = 6


def answer(
    engine: Engine, question: str, lang: str | None, today: date | None, context: Verdict | None
) -> Verdict | None:
    """The verdict on a question asked in several parts, or None when it is one question. Called
    for the question the user asked only (:func:`outermost`): the answerers' own questions (a
    follow-up written out with its subject) are never split."""
    plain = without_courtesy(question)
    if plain != question and plain:
        # "… and how many countries came? Many thanks": split, the thanks would be the last part's words
        parted = answer(engine, plain, lang, today, context)
        return replace(parted, question=question) if parted is not None else None
    subject_first = topic_then_question.rewrite(question)
    if subject_first is not None:
        # "Tell me about the June 10 meeting — where was it?": the question after the dash, of the subject
        asked = engine.answer(subject_first, lang, today, context)
        if asked.answered and asked.kind not in ("clarify", "decline"):
            return replace(asked, question=question)
    apart = two_named.split(engine, question, lang) if context is None else None
    if apart is not None:
        # "When did the Security Secretaries Council and the Interior Ministers Council meet?": each of them
        answers = [engine.answer(piece, lang, today) for piece in apart]
        if all(verdict.answered and verdict.kind not in ("clarify", "decline", "not_recorded") for verdict in answers):
            return combined(question, answers)
    unframed = _unframed(question)
    if unframed is None:
        return _several(engine, question, lang, today, context)
    # "Добрый день, готовлю справку. Напомните, …?": when the whole gives no answer, the question
    # without the sentences before it that name nothing (the whole first: those sentences may
    # hold a topic in lower case, "пишу статью про дерадикализацию").
    whole = _several(engine, question, lang, today, context) or engine.answer(question, lang, today, context)
    if whole.answered and whole.kind != "not_recorded":
        return whole
    verdict = _several(engine, unframed, lang, today, context) or engine.answer(unframed, lang, today, context)
    return replace(verdict, question=question) if verdict.answered else whole


def outermost() -> Token[bool] | None:
    """Marks the answering of a user's question; None when one is being answered already."""
    return None if _ANSWERING.get() else _ANSWERING.set(True)


def done(token: Token[bool]) -> None:
    _ANSWERING.reset(token)


def _several(
    engine: Engine, question: str, lang: str | None, today: date | None, context: Verdict | None
) -> Verdict | None:
    abbreviations = _abbreviations(question)
    if abbreviations:
        return _decoded(engine, question, abbreviations, lang, today)
    pieces = _pieces(question)
    if pieces is None:
        return None
    verdicts: list[Verdict] = []
    for piece in pieces:
        previous = next((v for v in reversed(verdicts) if v.answered), context)
        asked_in = lang or (verdicts[0].lang if verdicts else None)
        verdicts.append(engine.answer(piece, asked_in, today, previous))
    if not any(verdict.answered for verdict in verdicts):
        # "Сколько государств заявлено и сколько из них названо поимённо?": parts that mean nothing
        # apart; the question is read whole.
        return None
    return combined(question, verdicts)


def combined(question: str, verdicts: list[Verdict]) -> Verdict:
    """The first part's verdict carrying the others: the first line answers the first part; the
    sources of all parts are cited; answered when any part is. ``also`` holds every part's verdict,
    the first's too (with the words of its own part)."""
    first = replace(verdicts[0], question=question, also=verdicts)
    first.answered = any(verdict.answered for verdict in verdicts)
    first.sources = list(dict.fromkeys(source for verdict in verdicts if verdict.answered for source in verdict.sources))
    return first


def _pieces(question: str) -> list[str] | None:
    """The questions a question joins with a conjunction, or None."""
    joints = list(_JOINT.finditer(question))
    if not joints:
        return None
    pieces: list[str] = []
    start = 0
    for joint in joints[: MAX_PARTS - 1]:
        pieces.append(question[start : joint.start()])
        start = joint.end()
    pieces.append(question[start:])
    pieces = [piece.strip(" ,;—–-") for piece in pieces]
    if not _WH_WORD.search(pieces[0]) or len(pieces[0].split()) < MIN_FIRST_WORDS:
        return None
    if len(pieces[0].split()) < MIN_WHOLE_FIRST and not _POINTER.search(pieces[1]) and not _NAMING.search(pieces[0][1:]):
        # "how many states and which organisations attended the June meeting?": the first part is
        # no question alone (what it counts is named after the second question word); one that
        # names something ("Где прошло заседание СМВД и сколько стран участвовало?") is.
        return None
    if any(len(piece.split()) < MIN_SECOND_WORDS for piece in pieces[1:]):
        return None
    # The first part keeps the question mark of the whole, so that it reads as a question.
    return [piece if piece.endswith("?") else f"{piece}?" for piece in pieces]


def _unframed(question: str) -> str | None:
    """The question without the sentences before it that ask nothing and name nothing (no question
    word, figure or word in capitals past the first letter: "Hi!", "Я студентка, пишу курсовую"),
    or None when it has none."""
    if not _FRAME_END.search(question):
        return None
    sentences = _FRAME_END.split(question)
    kept = 0
    while kept < len(sentences) - 1 and _names_nothing(sentences[kept]):
        kept += 1
    rest = " ".join(sentences[kept:])
    if kept == 0 or not _WH_WORD.search(rest) or len(rest.split()) < MIN_FIRST_WORDS:
        return None
    return rest


def _names_nothing(sentence: str) -> bool:
    words = sentence.strip(" \"'«»-—–")
    return not _WH_WORD.search(words) and not _NAMING.search(words[1:])


def _abbreviations(question: str) -> list[str]:
    """The abbreviations of a question that asks what several of them stand for."""
    row = _ABBR_ROW.search(question)
    if row is None or not _DECODE.search(question):
        return []
    found = list(dict.fromkeys(match.group(0) for match in _ONE_ABBR.finditer(row.group(0))))
    if len(_ONE_ABBR.findall(question)) > len(_ONE_ABBR.findall(row.group(0))):
        # "СОРБ и АТЦ провели совещание — расшифруй АТЦ": the one named by the asking words is asked.
        return []
    return found if 2 <= len(found) <= MAX_ABBREVIATIONS else []


def _decoded(engine: Engine, question: str, abbreviations: list[str], lang: str | None, today: date | None) -> Verdict:
    """Each abbreviation asked on its own, in the question's language."""
    # Latin-typed Russian ("chto znachat ODKB i ShOS") is read as Russian by the parse.
    asked_in = lang or ("ru" if has_cyrillic(question) else engine.parse(question, None).lang)
    template = "что значит {}?" if asked_in == "ru" else "what does {} stand for?"
    verdicts = [engine.answer(template.format(abbreviation), asked_in, today) for abbreviation in abbreviations]
    return combined(question, verdicts)
