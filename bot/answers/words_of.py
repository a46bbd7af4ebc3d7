"""A person's words on a topic asked by the noun: "Слова Клемеза про будущее Содружества?", "Klemez slova pro
budushchee Sodruzhestva?", "цитата Трефилова о молодёжи", "Peskov's words on CIS cooperation", "quote from
Rahmon about the ATC".

With no verb of saying, the question read as a bare pair of a person and the Commonwealth and was
answered as a claim that he holds a post in it: "Нет. Евгений Клемез — Директор Департамента …". The
noun asks what the person said on the topic, as "что сказал Клемез про будущее Содружества?" does:
that question is written in its place, once, at the start of the text.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

_NAME = r"[A-Za-zА-Яа-яЁё'’-]+(?:\s+[A-Za-zА-Яа-яЁё'’-]+)?"
_RU_NOUN = r"(?:слова|цитат[аыу]|высказывани[еяй]|фраз[аыу])"
_LAT_NOUN = r"(?:slova|tsitat[ayu]|citat[ayu]|vyskazyvani[eyaj]{1,2})"
_RU_ABOUT = r"(?:про|о|об|насч[её]т|по\s+поводу)"
_LAT_ABOUT = r"(?:pro|o|ob|naschet|naschyot)"
_EN_NOUN = r"(?:words|quotes?|remarks)"
_EN_ABOUT = r"(?:on|about|regarding|concerning)"

_GATE = cued(re.compile(r"слов|цитат|высказыв|фраз|slova|tsitat|citat|vyskazyv|words|quote|remarks", re.I))
_FORMS = [
    # "Слова Клемеза про …", "а цитата Пескова о …"
    (re.compile(rf"^(\W*(?:а\s+)?){_RU_NOUN}\s+({_NAME}?)\s+({_RU_ABOUT})\s", re.I), r"\1что сказал \2 \3 "),
    # "Клемез слова про …"
    (re.compile(rf"^(\W*)({_NAME}?)\s+{_RU_NOUN}\s+({_RU_ABOUT})\s", re.I), r"\1что сказал \2 \3 "),
    (re.compile(rf"^(\W*(?:a\s+)?){_LAT_NOUN}\s+({_NAME}?)\s+({_LAT_ABOUT})\s", re.I), r"\1chto skazal \2 \3 "),
    (re.compile(rf"^(\W*)({_NAME}?)\s+{_LAT_NOUN}\s+({_LAT_ABOUT})\s", re.I), r"\1chto skazal \2 \3 "),
    # "the words of Klemez on …", "quote from Rahmon about …"
    (re.compile(rf"^(\W*)(?:the\s+)?{_EN_NOUN}\s+(?:of|from|by)\s+({_NAME}?)\s+({_EN_ABOUT})\s", re.I), r"\1what did \2 say \3 "),
    # "Peskov's words on …", "Klemez quote about …"
    (re.compile(rf"^(\W*)({_NAME}?)(?:'s|’s|')?\s+{_EN_NOUN}\s+({_EN_ABOUT})\s", re.I), r"\1what did \2 say \3 "),
]
# A question word or a verb of saying already asks it ("what were Trefilov's words about …").
_ASKED = re.compile(r"^\W*(?:what|which|что|какие|какая|chto|kakie)\b", re.I)


def as_said(text: str) -> str:
    """The question with "words of X about Y" written as "what did X say about Y"."""
    if not _GATE.search(text) or _ASKED.match(text):
        return text
    for form, replacement in _FORMS:
        written, count = form.subn(replacement, text, count=1)
        if count:
            return written
    return text
