"""Eighteenth-round tuning set (tuning18_latin.yaml): Russian questions typed in Latin letters.

Generated, not hand-written: the sources are the Russian (Cyrillic) single questions of the tuning sets
that the bot passed as typed at the start of round 17 (the Russian keys of `tuning17_style_pool.txt`,
built by `build_tuning17_style.py --pool` from `tuning*.yaml` only, never heldout.yaml or a probe).
Each chosen source is retyped in Latin letters by one scheme and keeps the source's expectations; `note`
names the source case and the scheme. The schemes are what people type:

  passport  the passport table (ICAO): kh, zh, ts, ch, sh, shch, ia/iu for я/ю, i for й, y for ы,
            ie for ъ, nothing for ь;
  ya        GOST-like: ya/yu/yo, y for й and ы, an apostrophe for ь;
  ja        ja/ju/jo, j for й, h for х, c for ц, sch for щ, an apostrophe for ь;
  chat      x for х, w for ш, 4 for ч, sch for щ, nothing for ь, j/y/i for й and y/i for ы;
  chat6     6 for ш, 4 for ч, h for х, ya/yu, an apostrophe for ь, i for й and ы;
  endings   the ya scheme with the adjective endings typed as people do: -ih/-ikh, -yh/-ykh, -ij/-iy,
            -yj/-yi, -oj/-oi;
  sloppy    soft signs and ъ dropped, doubled letters typed once, i for й and ы, e for э, ё and ye;
  numbers   the numbers of the question (a Roman numeral, "13-м", "30") written as Russian number
            words, then one of the letter schemes above ("vosemnadtsatom", "dvadcat pjat").

Sampled evenly per scheme (a source at most twice, least-used sources first); a variant is dropped when
the scheme leaves nothing to change (numbers: no number to write out). Deterministic: fixed seed,
sorted inputs. `python tests/question_bank/build_tuning18_latin.py` rewrites the YAML file;
`--seed N --out PATH` writes a fresh sample elsewhere (for a measure never tuned on).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_tuning17_style import POOL, key_of, tuning_questions  # noqa: E402
from patterns import case_entry, dump_set  # noqa: E402

OUT = HERE / "tuning18_latin.yaml"
SEED = 18
PER_SCHEME = 31

HEADER = """\
# Tuning set 18 (latin): Russian questions typed in Latin letters by the schemes people use (passport, ya,
# ja, chat, chat6, endings, sloppy, numbers: see build_tuning18_latin.py). Generated from the Russian
# questions of the tuning sets that the bot passed as typed at the start of round 17
# (tuning17_style_pool.txt); each keeps its source's expectations. `note` names the source and scheme.
# Same fields and judging rules as tuning.yaml (see README.md); "today" is 2026-11-30.
"""

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
}
# Letter tables; a list is a choice made once per question (people keep to one habit in a message).
_TABLES: dict[str, dict[str, Any]] = {
    "passport": {"ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie",
                 "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia"},
    "ya": {"ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
           "ы": "y", "ь": "'", "э": "e", "ю": "yu", "я": "ya"},
    "ja": {"ё": "jo", "ж": "zh", "й": "j", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "",
           "ы": "y", "ь": "'", "э": "e", "ю": "ju", "я": "ja"},
    "chat": {"ё": "e", "ж": "zh", "й": ["j", "y", "i"], "х": "x", "ц": "c", "ч": "4", "ш": "w", "щ": "sch", "ъ": "",
             "ы": ["y", "i"], "ь": "", "э": "e", "ю": "ju", "я": "ja"},
    "chat6": {"ё": "e", "ж": "zh", "й": "i", "х": "h", "ц": "c", "ч": "4", "ш": "6", "щ": "6", "ъ": "",
              "ы": "i", "ь": "'", "э": "e", "ю": "yu", "я": "ya"},
    "sloppy": {"ё": "e", "ж": "zh", "й": "i", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
               "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"},
}
SCHEMES = ("passport", "ya", "ja", "chat", "chat6", "endings", "sloppy", "numbers")
_BASES = ("passport", "ya", "ja", "chat", "chat6", "sloppy")

_ENDINGS = {
    "ых": ["ih", "ikh", "yh", "ykh"], "их": ["ih", "ikh"], "ий": ["ij", "iy", "ii"], "ый": ["yj", "iy", "yi", "ij"],
    "ой": ["oj", "oi", "oy"],
}
_CYR_WORD = re.compile(r"[А-Яа-яЁё]+")


def _translit(text: str, base: str, rng: random.Random) -> str:
    table = {**_COMMON}
    for letter, latin in _TABLES[base].items():
        table[letter] = rng.choice(latin) if isinstance(latin, list) else latin
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            latin = table[low]
            out.append(latin.capitalize() if ch.isupper() and latin else latin)
        else:
            out.append(ch)
    result = "".join(out)
    if base == "sloppy":
        # a doubled letter typed once ("inostrannyh" -> "inostranyh"), never in a Roman numeral
        result = re.sub(r"\b(?![IVXL]+\b)\w+", lambda m: re.sub(r"([a-z])\1", r"\1", m.group(0)), result)
    return result


def _endings(text: str, rng: random.Random) -> str | None:
    changed = False

    def ending(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        for cyr, latin in _ENDINGS.items():
            if len(word) > 4 and word.lower().endswith(cyr):
                changed = True
                return word[:-2] + "\x00" + rng.choice(latin) + "\x00"
        return word

    marked = _CYR_WORD.sub(ending, text)
    if not changed:
        return None
    parts = marked.split("\x00")
    # the marked endings stay as chosen; the rest by the ya table
    return "".join(part if i % 2 else _translit(part, "ya", rng) for i, part in enumerate(parts))


# --- numbers as words ----------------------------------------------------------------------------------

_ORDINAL_STEMS = {
    1: "перв", 2: "втор", 4: "четвёрт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм", 9: "девят", 10: "десят",
    11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат", 16: "шестнадцат",
    17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат", 20: "двадцат", 30: "тридцат",
}
_CARDINALS = {
    1: "один", 2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять",
    10: "десять", 11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать", 15: "пятнадцать",
    16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать", 20: "двадцать", 30: "тридцать",
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(token: str) -> int:
    total = prev = 0
    for ch in reversed(token):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def _ordinal(n: int, noun: str) -> str | None:
    """The ordinal in the case the noun after it shows (a neuter noun in -ие: заседание, совещание)."""
    low = noun.lower()
    if low.endswith(("ии", "е")) and not low.endswith("ие"):
        ends = ("ом", "ем")  # prepositional: "на восемнадцатом совещании"
    elif low.endswith("ия"):
        ends = ("ого", "его")
    elif low.endswith("ию"):
        ends = ("ому", "ему")
    elif low.endswith("ием"):
        ends = ("ым", "ьим")
    else:
        ends = ("ое", "ье")
    tens, units = divmod(n, 10)
    if n in _ORDINAL_STEMS:
        return _ORDINAL_STEMS[n] + ends[0]
    if n == 3:
        return "трет" + ends[1]
    if tens in (2, 3) and units:
        unit = _ORDINAL_STEMS.get(units)
        return f"{_CARDINALS[tens * 10]} {unit + ends[0] if unit else 'трет' + ends[1]}"
    return None


def _cardinal(n: int, genitive: bool) -> str | None:
    tens, units = divmod(n, 10)
    words = [_CARDINALS[n]] if n in _CARDINALS else [_CARDINALS[tens * 10], _CARDINALS[units]] if tens in (2, 3) else []
    if not words:
        return None
    if genitive:
        words = [w[:-1] + "и" if w.endswith("ь") else w for w in words]
    return " ".join(words)


_NUMBER = re.compile(r"(?<![\w–-])(?:([IVXL]+)|(\d{1,2})(-?(?:е|м|го|й|я|ое|ом|ого))?)(?![\w–-])(\s+([А-Яа-яЁё]+))?")
_MONTH = re.compile(r"(?:январ|феврал|март|апрел|ма[яе]|июн|июл|август|сентябр|октябр|ноябр|декабр)")
_GENITIVE_BEFORE = re.compile(r"(?:среди|из|около|более|менее|до|с)\s+$", re.I)


def _numbers_as_words(text: str) -> str | None:
    changed = False

    def word(match: re.Match[str]) -> str:
        nonlocal changed
        roman, digits, suffix, tail, noun = match.groups()
        noun = noun or ""
        n = _roman(roman) if roman else int(digits)
        if not 1 <= n <= 39:
            return match.group(0)
        if roman or suffix or _MONTH.match(noun.lower()):
            # a day of a month is an ordinal in the genitive: "10 июня" is "десятого июня"
            written = _ordinal(n, "ия" if _MONTH.match(noun.lower()) else noun)
        else:
            written = _cardinal(n, bool(_GENITIVE_BEFORE.search(text[: match.start()])))
        if written is None:
            return match.group(0)
        changed = True
        return written + (tail or "")

    out = _NUMBER.sub(word, text)
    return out if changed else None


# --- the set -------------------------------------------------------------------------------------------

def transform(scheme: str, text: str, rng: random.Random) -> tuple[str, str] | None:
    """(the text in Latin letters, the scheme's name as noted) or None when the scheme does not apply."""
    if scheme == "endings":
        out = _endings(text, rng)
        return (out, scheme) if out else None
    if scheme == "numbers":
        worded = _numbers_as_words(text)
        if worded is None:
            return None
        base = rng.choice(_BASES)
        return _translit(worded, base, rng), f"numbers+{base}"
    return _translit(text, scheme, rng), scheme


def sources() -> list[dict[str, Any]]:
    by_key = {key_of(entry): entry for entry in tuning_questions() if entry["_lang"] == "ru"}
    keys = [line.strip() for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return [by_key[key] for key in sorted(keys) if key in by_key]


def build(seed: int = SEED, prefix: str = "t18latin") -> list[dict[str, Any]]:
    pool = sources()
    rng = random.Random(seed)
    cases: list[dict[str, Any]] = []
    used: dict[str, int] = {}
    for scheme in SCHEMES:
        order = list(pool)
        rng.shuffle(order)
        order.sort(key=lambda entry: used.get(key_of(entry), 0))
        made = 0
        for entry in order:
            if made >= PER_SCHEME:
                break
            if used.get(key_of(entry), 0) >= 2:
                continue
            found = transform(scheme, entry["q"], rng)
            if found is None or found[0] == entry["q"]:
                continue
            text, noted = found
            used[key_of(entry)] = used.get(key_of(entry), 0) + 1
            made += 1
            case_id = f"{prefix}-{len(cases) + 1:03d}"
            note = f"{noted} of {key_of(entry)} «{entry['q']}»"
            cases.append(case_entry(
                case_id, text, entry["kind"], entry.get("expect"), entry.get("source") or [], note,
                absent=entry.get("absent"), dd=bool(entry.get("decline_or_disclaim")), decline=bool(entry.get("decline")),
            ))
            if entry.get("max_chars"):
                cases[-1]["max_chars"] = entry["max_chars"]
    return cases


def main() -> None:
    seed, out = SEED, OUT
    if "--seed" in sys.argv:
        seed = int(sys.argv[sys.argv.index("--seed") + 1])
    if "--out" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--out") + 1])
    cases = build(seed, "t18latin" if out == OUT else f"s{seed}latin")
    text = dump_set({"questions": cases})
    out.write_text(HEADER + text, encoding="utf-8")
    print(f"{out}: {len(cases)} questions")


if __name__ == "__main__":
    main()
