"""Regex building blocks shared by the question bank's cases.

The bank's YAML files hold the expanded patterns, so the runner and the structure test never import
this module; only build_bank.py does. The idioms are those of the published development sets: an
explicit yes/no near the start, a subject within 60 characters of a negation for a "no", and a name
that occurs with no negation in its clause for an `absent` that rejects a wrong list entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

NEG = (
    r"(?:\b(?:not|no|nor|neither|none|never|without|except|excluding|only|absent|missing|instead"
    r"|не|нет|ни|без|кроме|только|лишь|вместо)\b|n't\b|отсутств)"
)
# one character inside a clause: the dot of "St." or of a number does not end it
CHAR = r"(?:[^.;!?•]|(?<=\bSt)\.|\.(?=\d))"
NO_INFO = r"(?!\s+(?:information|data|details|records?|results?|matching|match|such|сведений|данных|информации|записей|подходящ))"
YES = r"^[\s\S]{0,400}?\b(?:yes|да)\b"
STARTS_NO = rf"^\W*(?:no|нет)\b{NO_INFO}"
STARTS_YES = r"^\W*(?:yes|да)\b"

_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_RU = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
# a precise date later than today (2026-11-30): nothing in the sources is dated after 5 November 2025
FUTURE = (
    r"\b20(?:2[7-9]|3\d)-\d\d-\d\d|\b\d{1,2}\.\d{1,2}\.20(?:2[7-9])|\b\d{1,2}\s+(?:December|декабря)\s+2026"
    rf"|\bDecember\s+\d{{1,2}},?\s+2026|\b\d{{1,2}}\s+(?:{_MONTHS_EN}|{_MONTHS_RU})\s+202[7-9]"
)
# a precise date in 2026: no event of 2026 is recorded
DATED_2026 = (
    rf"\b\d{{1,2}}\s+(?:{_MONTHS_EN}|{_MONTHS_RU})\s+2026|\b(?:{_MONTHS_EN})\s+\d{{1,2}},?\s+2026"
    r"|\b2026-\d\d-\d\d|\b\d{1,2}\.\d{1,2}\.2026"
)

_EN_MONTH = {3: "Mar", 6: "Jun", 8: "Aug", 10: "Oct", 11: "Nov"}
_RU_MONTH = {3: "марта", 6: "июня", 8: "августа", 10: "октября", 11: "ноября"}
_RU_STEM = {3: "март", 6: "июн", 8: "август", 10: "октябр", 11: "ноябр"}


def date(day: int, month: int, year: int) -> str:
    """A full date in any common English or Russian form."""
    en = _EN_MONTH[month] + "[a-z]*"
    ru = _RU_MONTH[month]
    return (
        rf"(?:\b0?{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{en}\.?,?\s+{year}|\b{en}\.?\s+0?{day}(?:st|nd|rd|th)?,?\s+{year}"
        rf"|\b0?{day}\.0?{month}\.{year}|\b{year}-{month:02d}-{day:02d}|\b0?{day}\s+{ru}\s+{year}|\b0?{day}/0?{month}/{year})"
    )


def month(month_number: int, year: int) -> str:
    """A month and year ("October 2025", "октябре 2025", "2025-10")."""
    en = _EN_MONTH[month_number] + "[a-z]*"
    ru = _RU_STEM[month_number] + r"\w*"
    return rf"(?:{en}\.?,?\s+(?:of\s+)?{year}|{ru}\s+{year}|\b{year}-{month_number:02d}\b|\b{month_number:02d}\.{year})"


def no(subject: str) -> str:
    """The answer starts with No/Нет, or, within its first 300 characters (not in a source line at the end),
    the subject and a negation share a clause within 60 characters of each other."""
    return rf"(?:{STARTS_NO}|^[\s\S]{{0,300}}?(?:{NEG}{CHAR}{{0,60}}?(?:{subject})|(?:{subject}){CHAR}{{0,60}}?{NEG}))"


def bare(name: str) -> str:
    """For `absent`: the name occurs with no negation within 50 characters of it in its clause."""
    free = rf"(?:(?!{NEG}){CHAR})"
    start = r"(?:^|[;!?•]|(?<!\bSt)\.(?!\d))"
    end = r"(?=[;!?•]|(?<!\bSt)\.(?!\d)|$)"
    return rf"(?:{start}{free}{{0,50}}?|{free}{{50}})(?:{name})(?={free}{{0,50}}?{end}|{free}{{50}})"


# a count: the digits must not be the day of a date ("5 November") or part of a decimal
_DAY = rf"(?!\s+(?:{_MONTHS_EN}|{_MONTHS_RU}|Jun|Aug|Nov|Oct)\b|[.,/]\d)"
_NUM = {
    2: r"\b2\b|\btwo\b|\bдв(?:а|е|ух|ум)\b",
    3: r"\b3\b|\bthree\b|\bтр(?:и|[её]х)\b",
    4: r"\b4\b|\bfour\b|\bчетыр",
    5: r"\b5\b|\bfive\b|\bпят(?:ь|и|ер)",
    7: r"\b7\b|\bseven\b|\bсем(?:ь|и)\b",
    8: r"\b8\b|\beight\b|\bвос(?:емь|ьми)\b",
    9: r"\b9\b|\bnine\b|\bдевят(?:ь|и)\b",
    10: r"\b10\b|\bten\b|\bдесят(?:ь|и)\b",
    13: r"\b13\b|\bthirteen\b|тринадцат",
    16: r"\b16\b|\bsixteen\b|шестнадцат",
    19: r"\b19\b|\bnineteen\b|девятнадцат",
    20: r"\b20\b|\btwenty\b|\bдвадцат(?:ь|и)\b",
    25: r"\b25\b|twenty-five|двадцат\w*\s+пят",
}
NUM = {number: pattern.replace(rf"\b{number}\b", rf"\b{number}\b{_DAY}", 1) for number, pattern in _NUM.items()}

# places, states
MOSCOW = r"Moscow|Москв"
SPB = r"St\.?\s*Petersburg|Saint\s+Petersburg|Petersburg|Петербург"
DUSHANBE = r"Dushanbe|Душанбе"
AZE = r"Azerbaijan|Азербайджан"
ARM = r"Armenia|Армени"
BEL = r"Belarus|Беларус|Белорус"
KAZ = r"Kazakh|Казах"
KYR = r"Kyrgyz|Kirgh|Кыргыз|Киргиз"
RUS = r"Russia|Росси"
TAJ = r"Tajik|Таджик"
TKM = r"Turkmen|Туркмен"
UZB = r"Uzbek|Узбек"

# bodies, meetings, organisations, documents
INTERIOR = r"Interior\s+Ministers|Internal\s+Affairs|внутренних\s+дел|СМВД"
SECSEC = r"Security\s+(?:Council\s+)?Secretaries|secretaries\s+of\s+(?:the\s+)?security\s+councils|секретар\w*\s+(?:советов|совбез)"
XVIII = (
    r"XVIII|\b18(?:th|-?е|-?го|-?м)?\b|eighteenth|восемнадцат|counter-?\s?terror\w*\s+(?:meeting|heads)"
    r"|антитеррористическ\w+\s+совещани"
)
INTEL = r"intelligence|спецслужб|special\s+services|органов\s+безопасности|security\s+(?:organi[sz]ations|services|agencies)"
ATC = r"Anti-?\s?Terror\w*\s+Cent|\bATC\b|\bАТЦ\b|Антитеррористическ\w+\s+центр"
BCOC = r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн|\bBCOC\b|БКБОП"
JOINT_COMMISSION = r"Joint\s+Commission|Совместн\w+\s+комисси"
CSTO = r"Collective\s+Security\s+Treaty|\bCSTO\b|ОДКБ|коллективной\s+безопасности"
RATS = r"Regional\s+Anti-?\s?Terrorist|\bRATS\b|РАТС|Региональн\w+\s+антитеррор"
EAG = r"Eurasian\s+Group|\bEAG\b|\bЕАГ\b|Евразийск\w+\s+групп"
SCO = r"Shanghai|\bSCO\b|\bШОС\b|Шанхайск"
UN = r"United\s+Nations|\bUN\b|\bООН\b|Объедин[её]нных\s+Наций"
CIS_PLUS = r"CIS\s*(?:Plus|\+)|СНГ\s*(?:плюс|\+)|Independent\s+States\s+Plus|Независимых\s+Государств\s+плюс"
CONCEPT = r"Military\s+Cooperation\s+Concept|concept\s+of\s+military|Концепци\w+\s+военного"
CT_PERIOD = r"2026\s*(?:[-–—]|to|through|по|до|and|и)\s*(?:20)?28"
EXERCISE = r"Commonwealth[\s-]*Anti-?\s?terror|Содружество[\s-]*Антитеррор|exercise|учени"
EXEC = r"Executive\s+Committee|Исполнительн\w+\s+комитет|Исполком"

EMERG = r"Emergenc|чрезвычайн|\bЧС\b"
HYDRO = r"Hydromet|гидромет"
GEODESY = r"Geodesy|Cartograph|Cadastre|Remote\s+Sensing|геодези|картограф|кадастр|зондировани"
PENIT = r"Penitentiary|пенитенциар"
TAX = r"\bTax|налогов"
FORENSIC = r"Forensic|судебно-эксперт|судебн\w+\s+экспертн"
CORRUPTION = r"Corruption|коррупц"
INDUSTRIAL = r"Industrial\s+Safety|промышленн\w+\s+безопасност"
DEFENCE = r"Defen[cs]e\s+Ministers|Ministers\s+of\s+Defen[cs]e|министров\s+обороны"
FIU = r"Financial\s+Intelligence|финансов\w+\s+разведк"
MIGRATION = r"Migration|миграц"
PROSECUTORS = r"Prosecutors?\s+General|Council\s+of\s+Prosecutors|прокурор"
AVIATION = r"Aviation|авиацион"
TRANSPORT = r"Transport|транспортн"
IPA = r"Interparliamentary|Межпарламентск"
CUSTOMS = r"Customs|таможен"
ECOLOGICAL = r"Ecolog|экологическ"

TREFILOV = r"Trefilov|Трефилов"
KLEMEZ = r"Klemez|Клемез"
RAHMON = r"Rahmon|Rakhmon|Рахмон"
PUTIN = r"Putin|Путин"
PESKOV = r"Peskov|Песков"

# Russian keys on an English layout (what a user gets when the layout switch was forgotten)
_RU = "йцукенгшщзхъфывапролджэячсмитьбюё"
_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_LAYOUT = str.maketrans(_RU + _RU.upper(), _EN + _EN.upper())


def wrong_layout(text: str) -> str:
    """Russian text as typed with the English keyboard layout on ("одкб" -> "jlr,")."""
    return text.translate(_LAYOUT)

# The five source documents, by file name.
S0 = "000_d102ea4f84d1b773.txt"  # Executive Committee, "2 March": 16 sectoral + 3 specialised bodies, 20 meetings in 2025
S1 = "001_2c71cc2c076bff5a.txt"  # Executive Committee, 5 November 2025: 13th Security Secretaries meeting, Dushanbe
S2 = "002_3522b661196935cf.txt"  # BelTA, 13 August 2025: Interior Ministers Council, St Petersburg; Klemez
S3 = "003_d1a6280cedd08524.txt"  # undated article: heads of security and intelligence services, Moscow
S4 = "004_fdda80b81dab3adc.txt"  # 16 June 2025: XVIII counter-terrorism meeting, Moscow, 10 June 2025
ALL = [S0, S1, S2, S3, S4]


# --- helpers of the generated yes/no sets (build_tuning3_yesno.py, build_tuning4_yesno2.py) ---------

_LOWER_RU = "йцукенгшщзхъфывапролджэячсмитьбю.ё"
_LOWER_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`"


def en_layout(text: str) -> str:
    """Russian text typed, in lower case, with the keyboard left on the English layout."""
    return text.lower().translate(str.maketrans(_LOWER_RU, _LOWER_EN))


def ru_layout(text: str) -> str:
    """English text typed, in lower case, with the keyboard left on the Russian layout."""
    return text.lower().translate(str.maketrans(_LOWER_EN, _LOWER_RU))


def case_entry(
    case_id: str,
    q: str,
    kind: str,
    expect: list[str] | None,
    src: list[str],
    note: str | None = None,
    absent: list[str] | None = None,
    dd: bool = False,
    decline: bool = False,
) -> dict[str, Any]:
    """One case as the sets write it: id, question, kind, then only the checks it has, its sources
    and its note (the key order every set's YAML uses)."""
    entry: dict[str, Any] = {"id": case_id, "q": q, "kind": kind}
    if expect:
        entry["expect"] = expect
    if absent:
        entry["absent"] = absent
    if decline:
        entry["decline"] = True
    if dd:
        entry["decline_or_disclaim"] = True
    entry["source"] = src
    if note:
        entry["note"] = note
    return entry


def turn_entry(
    text: str, expect: list[str] | None = None, absent: list[str] | None = None, dd: bool = False, note: str | None = None
) -> dict[str, Any]:
    """One conversation turn as the sets write it: the question, then only the checks it has."""
    entry: dict[str, Any] = {"q": text}
    if expect:
        entry["expect"] = expect
    if absent:
        entry["absent"] = absent
    if dd:
        entry["decline_or_disclaim"] = True
    if note:
        entry["note"] = note
    return entry


def probe_text(
    name: str, session: int, questions: list[dict[str, Any]], conversations: list[dict[str, Any]], written: str = "2026-12-01"
) -> str:
    """A fresh probe set as YAML after its header comment (the day ``written`` and the session)."""
    header = (
        f"# Probe set {session}: a fresh measuring set written on {written} in session {session} (after probe{session - 1}); nobody tunes on it.\n"
        "# Written by hand from the five documents in knowledge/seeds/ only (`source` names them; `note` quotes the\n"
        "# supporting sentence), without reading the other sets' questions; \"today\" is 2026-11-30. Same fields and\n"
        f"# judging rules as tuning.yaml (see README.md). Generated by build_{name}.py.\n"
    )
    return header + dump_set({"questions": questions, "conversations": conversations})


def write_probe(
    path: Path, session: int, questions: list[dict[str, Any]], conversations: list[dict[str, Any]], written: str = "2026-12-01"
) -> None:
    """A fresh probe set written to ``path`` (:func:`probe_text`), and one line counting it (Russian in Cyrillic)."""
    path.write_text(probe_text(path.stem, session, questions, conversations, written), encoding="utf-8")
    turns = [turn for conversation in conversations for turn in conversation["turns"]]
    cyrillic = sum(1 for entry in questions if _has_cyrillic(entry["q"]))
    cyrillic_turns = sum(1 for turn in turns if _has_cyrillic(turn["q"]))
    print(
        f"{path.stem}: {len(questions)} questions ({cyrillic} Cyrillic), {len(conversations)} conversations,"
        f" {len(turns)} turns ({cyrillic_turns} Cyrillic)"
    )


def _has_cyrillic(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


class YesNoCases:
    """The cases of one generated yes/no set, numbered "<prefix>-01", "<prefix>-02", … as written."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.cases: list[dict[str, Any]] = []

    def case(
        self, q: str, expect: list[str] | None, src: list[str], absent: list[str], dd: bool = False, note: str | None = None
    ) -> None:
        case_id = f"{self.prefix}-{len(self.cases) + 1:02d}"
        self.cases.append(case_entry(case_id, q, "yes_no", expect, src, note, absent=absent, dd=dd))

    def yes(self, q: str, subject: str | None, src: list[str], extra: list[str] | None = None, note: str | None = None) -> None:
        self.case(q, [YES] + ([subject] if subject else []) + (extra or []), src, [STARTS_NO], note=note)

    def nope(self, q: str, subject: str, src: list[str], extra: list[str] | None = None, note: str | None = None) -> None:
        self.case(q, [no(subject), *(extra or [])], src, [STARTS_YES], note=note)

    def unsaid(self, q: str, src: list[str], note: str) -> None:
        self.case(q, None, src, [STARTS_YES], dd=True, note=note)

    def write(self, path: Path, header: str) -> None:
        """The set as YAML after its header comment, and one line saying how many are Russian."""
        text = dump_set({"questions": self.cases})
        path.write_text(header + text, encoding="utf-8")
        cyrillic = sum(1 for entry in self.cases if any("а" <= ch.lower() <= "я" for ch in entry["q"]))
        print(f"{path.stem}: {len(self.cases)} questions ({cyrillic} in Cyrillic)")


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True



def dump_set(data: dict[str, Any]) -> str:
    """A question set as the builders write it: keys in order, Unicode as typed, no YAML aliases."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200)


class SetWriter:
    """The entries of one hand-written set: single questions (:meth:`q`) and conversations (:meth:`conv`)
    numbered in one sequence under one prefix ("t25p24-001", "t25p24-c002"), written as the builders of
    the "tuning…_p…" sets always wrote them."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.questions: list[dict[str, object]] = []
        self.conversations: list[dict[str, object]] = []
        self._number = 0

    def q(
        self,
        text: str,
        kind: str,
        expect: list[str] | None = None,
        absent: list[str] | None = None,
        src: tuple[str, ...] = (S4,),
        note: str = "",
        lang: str | None = None,  # the language the question is typed in, for the reader (the bank reads it itself)
        ddis: bool = False,
    ) -> None:
        self._number += 1
        entry: dict[str, object] = {"id": f"{self.prefix}-{self._number:03d}", "q": text, "kind": kind}
        if expect:
            entry["expect"] = expect
        if absent:
            entry["absent"] = absent
        if ddis:
            entry["decline_or_disclaim"] = True
        entry["source"] = list(src)
        entry["note"] = note
        self.questions.append(entry)

    def conv(self, turns: list[tuple[object, ...]], src: tuple[str, ...], note: str, lang: str = "en") -> None:
        self._number += 1
        done: list[dict[str, object]] = []
        entry: dict[str, object] = {"id": f"{self.prefix}-c{self._number:03d}", "lang": lang, "turns": done}
        for turn in turns:
            asked: dict[str, object] = {"q": turn[0]}
            if turn[1]:
                asked["expect"] = turn[1]
            if len(turn) > 2 and turn[2]:
                asked["absent"] = turn[2]
            if len(turn) > 3 and turn[3]:
                asked["decline_or_disclaim"] = True
            done.append(asked)
        entry["source"] = list(src)
        entry["note"] = note
        self.conversations.append(entry)

    def write(self, path: Path) -> None:
        with path.open("w") as out:
            yaml.safe_dump(
                {"questions": self.questions, "conversations": self.conversations}, out, allow_unicode=True, sort_keys=False, width=200
            )
        print(len(self.questions), len(self.conversations))
