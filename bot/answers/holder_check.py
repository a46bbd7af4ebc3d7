"""Whether a meeting was one of a body: "Was the 10 June Moscow meeting a meeting of the interior
ministers council?", "Совещание в Москве 10 июня — это было заседание Совета министров внутренних
дел?", "was the St Petersburg meeting held by the interior ministers council?".

The meeting's own body (``Meeting.body``) answers it, never whether the body took part: the
interior ministers' council is listed among the participants of the June counter-terrorism meeting,
which makes that meeting no meeting of the council. The meeting asked about is the one the other
words describe (its day, its city); a body's own meeting that the body's words alone found is not
it when the day and city name another.

Cheap: it needs a yes/no question whose last words name a body, after a meeting word ("a meeting
of", "заседание") or "held by" / "проводил".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import Hit

# "a meeting of", "the session of the", "held by", "organised by"; "заседание", "совещание"
# (a meeting noun right before the body's name: its genitive names the holder), "проводил(а) ли".
_HOLDER_FRAME = re.compile(
    r"\b(?:a|the)\s+(?:meeting|session|sitting|gathering)s?\s+of\b"
    r"|\b(?:held|organi[sz]ed|convened|run|hosted)\s+by\b"
    # Russian says what the meeting was: "(это) было / это заседание <органа>", or who held it
    r"|\b(?:это|было|был[аи]?)\s+(?:\w+\s+)?(?:заседани|совещани|сесси)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:совет|комисси|комитет|руководител|глав|министр)\w*"
    r"|\bпровод(?:ил|ило|ила|или)\b|\bпров[её]л[аио]?\b"
    r"|\b(?:eto|bylo|byl[ai]?)\s+(?:\w+\s+)?(?:zasedani|soveshchani|soveshani)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:sovet|komissi|komitet|rukovoditel|glav|ministr)\w*",
    re.I,
)
_BODY_SCORE = 0.3  # as a mention in yesno
_BODY_COVER = 0.6  # share of the body's name the question holds
_SUBJECTS = frozenset({"state", "person", "organisation"})
# Being at a meeting is asked, not whose it was ("а его представители были на совещании в июне?",
# the council named by the conversation).
_PRESENCE = re.compile(
    r"\b(?:represent\w*|participat\w*|attend\w*|take part|took part|present|delegat\w*)\b"
    # what was said or discussed there is asked, not whose meeting it was
    r"|\b(?:discuss\w*|talk\w*|said|say|says|mention\w*|raise\w*|adopt\w*|approv\w*)\b"
    r"|\bобсужд\w*|\bговор\w*|\bсказа\w*|\bупомина\w*|\bупомян\w*|\bзаяв\w*|\bприня\w*|\bутверд\w*"
    r"|\bobsuzhd\w*|\bgovor\w*|\bskaza\w*|\bupomina\w*|\bzayav\w*"
    r"|\bпредстав\w*|\bучаств\w*|\bприсутств\w*|\bделегац\w*|\bбыл[аио]?\s+на\b"
    r"|\bpredstav\w*|\buchastv\w*|\bprisutstv\w*|\bdelegac\w*|\bbyl[aio]?\s+na\b",
    re.I,
)
# A part of the meeting asked by name ("повестка заседания совета …", "итоги совещания глав …")
_PART_ASKED = frozenset({"agenda", "outcomes", "speakers", "count"})
# What may follow the body's name at the end of the question.
_TRAILING = frozenset({"cis", "снг", "sng", "then", "тогда", "вообще", "really", "actually"})


def answer(
    engine: Engine,
    parsed: Parsed,
    base: Verdict,
    hits: list[Hit],
    day: tuple[int, int] | None,
    months: set[int],
) -> Verdict | None:
    """A yes/no verdict (grounds "meeting_holder") when the question asks whose meeting it was; None otherwise.
    ``hits`` are the question's mentions, ``day`` and ``months`` the day and months it names."""
    if not _HOLDER_FRAME.search(parsed.text) or _PRESENCE.search(parsed.text):
        return None
    if parsed.intent.question in _PART_ASKED:
        return None  # "повестка 13-го заседания совета секретарей?": its agenda is asked, not whose it was
    kb = engine.kb
    meetings = [h for h in hits if isinstance(kb.entities[h.entity], Meeting)]
    others = [h for h in hits if not isinstance(kb.entities[h.entity], Meeting)]
    # The body is looked for among all hits: a meeting named by its body's words holds them as a
    # mention of its own ("заседание Совета министров внутренних дел" is the council's meeting).
    bodies = [
        h
        for h in parsed.hits
        if kb.kind(h.entity) == "body" and h.score >= _BODY_SCORE and h.name_cover >= _BODY_COVER and _ends_question(parsed, h)
    ]
    if not bodies:
        return None
    if any(kb.kind(h.entity) in _SUBJECTS for h in others):
        # "Did Turkmenistan attend the meeting of the interior ministers council?": whether a state
        # (person, organisation) took part is asked, the council only names the meeting.
        return None
    asked = bodies[0].entity
    meeting = _described(engine, parsed, meetings, day, months, bodies[0])
    if meeting is None:
        return None
    took_part = asked in meeting.participants.bodies
    value = {"meeting": meeting.id, "asked": asked, "holder": meeting.body, "took_part": took_part}
    base.kind = "yes_no"
    base.answered = True
    base.yes = meeting.body == asked
    base.grounds = "meeting_holder"
    base.focus = [meeting.id, asked]
    base.value = value
    base.sources = list(dict.fromkeys([*meeting.sources, *kb.entities[asked].sources]))
    base.intent = "yes_no"
    return base


def _ends_question(parsed: Parsed, body: Hit) -> bool:
    """Whether the body's name is what the question ends with ("… a meeting of the police chiefs?")."""
    if not body.name_tokens:
        return False
    tokens = parsed.query.tokens
    last = max(body.name_tokens)
    return all(token in _TRAILING for token in tokens[last + 1 :])


def _described(
    engine: Engine, parsed: Parsed, meetings: list[Hit], day: tuple[int, int] | None, months: set[int], body: Hit
) -> Meeting | None:
    """The meeting the words other than the body's describe: the one held on the day or in the
    month asked (in the city asked, when one is), else the first meeting found by words of its own."""
    kb = engine.kb
    if day is not None or months:
        places = {h.entity for h in parsed.hits if kb.kind(h.entity) == "place" and not h.name_tokens <= body.name_tokens}
        dated = []
        for candidate in kb.of_kind("meeting"):
            assert isinstance(candidate, Meeting)
            when = meeting_date(candidate)
            if when is None or (day is not None and (when.day, when.month) != day):
                continue
            if (not months or when.month in months) and (not places or candidate.place in places):
                dated.append(candidate)
        return dated[0] if len(dated) == 1 else None
    for hit in meetings:
        if hit.name_tokens and hit.name_tokens <= body.name_tokens:
            continue  # found by the body's words only: the meeting asked about is not named
        meeting = kb.entities[hit.entity]
        if isinstance(meeting, Meeting):
            return meeting
    return None
