"""Writes tuning22_conv.yaml: conversations varying the failing follow-ups of probe21 (session 22, helper "q22-conv").

Written by hand from the five documents in knowledge/seeds/ after reading probe21's failing turns, before
changing the code; each conversation varies one mechanism over OTHER meetings, people, documents and bodies
(English, Russian, Latin-typed Russian, typos, terse). Notes start with the family:
[meeting-swap] a topic asked of one meeting (yes/no, or "where was X discussed?"), then "а на <other meeting>?":
    the same question of the other meeting (a "Yes" there when the sources do not say so is a confident wrong answer);
[topic-swap] "was X discussed at <meeting>?", then "а о Y?" / "and about Y?": the same question about Y;
[person-swap] "what did X say?", then "and <post>?": the same question about the person of the post;
[chair-then] "who chaired <body> then?" at the time of the meeting in context, then "which country is he president of?";
[doc-attr] "where will its text be circulated?": an attribute of the document in context;
[count-bodies] "and how many bodies?" after a count of meetings: the bodies themselves;
[list-filter] "which of them were at <meeting>?" after a list of bodies, then "when was the first one set up?".
"Today" is 2026-11-30.

    python tests/question_bank/build_tuning22_conv.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    ATC,
    BCOC,
    CIS_PLUS,
    CONCEPT,
    EXERCISE,
    INTERIOR,
    JOINT_COMMISSION,
    MIGRATION,
    MOSCOW,
    NUM,
    RAHMON,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SECSEC,
    SPB,
    STARTS_YES,
    TAJ,
    UN,
    XVIII,
    YES,
    bare,
    date,
    no,
)

ROAD = r"road|дорожн"
DRONES = r"drone|UAV|unmanned|беспилот|БПЛА"
MIGR = r"migrat|миграц"
HUMAN = r"humanitarian|гуманитар"
REFORM = r"reform|реформ"
POTENTIAL = r"potential|потенциал"
VICTORY = r"Victor|Побед"
BODIES = rf"{NUM[16]}|{NUM[19]}"


def yes() -> dict[str, Any]:
    return {"expect": [YES]}


def no_of(subject: str) -> dict[str, Any]:
    return {"expect": [no(subject)], "absent": [STARTS_YES]}


def conv(family: str, lang: str, source: list[str], note: str, *turns: dict[str, Any]) -> dict[str, Any]:
    return {"lang": lang, "turns": list(turns), "source": source, "note": f"[{family}] {note}"}


CONVERSATIONS: list[dict[str, Any]] = [
    # --- meeting-swap -------------------------------------------------------------------------------
    conv("meeting-swap", "ru", [S2, S4], "road safety: St Petersburg yes, XVIII not recorded",
         {"q": "обсуждали ли безопасность дорожного движения в Петербурге?", **yes()},
         {"q": "а на антитеррористическом совещании в июне?", **no_of(ROAD)}),
    conv("meeting-swap", "en", [S1, S2], "road safety: interior ministers yes, 13th SSC not recorded",
         {"q": "was road safety discussed at the interior ministers meeting?", **yes()},
         {"q": "and at the 13th security secretaries meeting?", **no_of(ROAD)}),
    conv("meeting-swap", "ru", [S2, S4], "Latin-typed: drones at XVIII yes, St Petersburg not recorded",
         {"q": "obsuzhdali li bespilotniki na XVIII soveshchanii?", **yes()},
         {"q": "a v Peterburge?", **no_of(DRONES)}),
    conv("meeting-swap", "en", [S1, S4], "the exercise: discussed at the XVIII meeting, not at the 13th SSC",
         {"q": "where was the Commonwealth-Antiterror exercise discussed?", "expect": [XVIII]},
         {"q": "and at the security secretaries meeting?", **no_of(EXERCISE)}),
    conv("meeting-swap", "ru", [S1, S2], "humanitarian cooperation: 13th SSC, not the interior ministers",
         {"q": "где обсуждали гуманитарное и образовательное сотрудничество?", "expect": [SECSEC]},
         {"q": "а на встрече министров внутренних дел?", **no_of(HUMAN)}),
    conv("meeting-swap", "en", [S3, S4], "drones: XVIII yes, intelligence chiefs in Moscow not recorded",
         {"q": "did the XVIII meeting discuss drones?", **yes()},
         {"q": "what about the intelligence chiefs meeting in Moscow?", **no_of(DRONES)}),
    conv("meeting-swap", "ru", [S1, S2], "typo: illegal migration in Piter yes, security secretaries not recorded",
         {"q": "абсуждали ли нелегальную миграцию в Питере?", **yes()},
         {"q": "а на заседании секретарей совбезов?", **no_of(MIGR)}),
    conv("meeting-swap", "en", [S0, S1, S2, S4], "which bodies deal with migration, where discussed, then the 13th SSC",
         {"q": "which CIS bodies deal with migration?", "expect": [MIGRATION, JOINT_COMMISSION]},
         {"q": "was illegal migration discussed anywhere?", "expect": [rf"{SPB}|{INTERIOR}|{XVIII}"]},
         {"q": "and at the security secretaries meeting in November?", **no_of(MIGR)}),
    # --- topic-swap ---------------------------------------------------------------------------------
    conv("topic-swap", "ru", [S4], "XVIII: deradicalisation yes, road safety not recorded",
         {"q": "шла ли речь о дерадикализации на антитеррористическом совещании?", **yes()},
         {"q": "а о безопасности дорожного движения?", **no_of(ROAD)}),
    conv("topic-swap", "en", [S2], "St Petersburg: illegal migration yes, drones not recorded",
         {"q": "was illegal migration discussed in St Petersburg?", **yes()},
         {"q": "and about drones?", **no_of(DRONES)}),
    conv("topic-swap", "ru", [S1], "Latin-typed: 13th SSC humanitarian yes, migration not recorded",
         {"q": "obsuzhdali li na 13 zasedanii sekretarey sovbezov gumanitarnoe sotrudnichestvo?", **yes()},
         {"q": "a o migracii?", **no_of(MIGR)}),
    conv("topic-swap", "en", [S2], "interior ministers: road safety yes, the exercise not recorded",
         {"q": "did they talk about road safety at the interior ministers meeting?", **yes()},
         {"q": "what about the Commonwealth-Antiterror exercise?", **no_of(EXERCISE)}),
    conv("topic-swap", "ru", [S4], "XVIII: drones yes, road safety not recorded ('об')",
         {"q": "говорили ли о беспилотниках на июньском совещании в Москве?", **yes()},
         {"q": "а об дорожной безопасности?", **no_of(ROAD)}),
    conv("topic-swap", "ru", [S2], "'была ли речь' about the interior ministers, then drones",
         {"q": "была ли речь о дорожной безопасности на заседании СМВД?", **yes()},
         {"q": "а о беспилотниках?", **no_of(DRONES)}),
    conv("topic-swap", "ru", [S4], "Latin-typed 'a o': XVIII drones yes, then road safety",
         {"q": "byla li rech o bespilotnikah na XVIII soveshchanii?", **yes()},
         {"q": "a o bezopasnosti dorozhnogo dvizheniya?", **no_of(ROAD)}),
    # --- person-swap --------------------------------------------------------------------------------
    conv("person-swap", "en", [S3], "Peskov, then the prosecutor general",
         {"q": "what did Peskov say?", "expect": [POTENTIAL]},
         {"q": "and the prosecutor general?", "expect": [REFORM]}),
    conv("person-swap", "ru", [S3], "Putin, then Russia's prosecutor general",
         {"q": "что говорил Путин?", "expect": [VICTORY]},
         {"q": "а генпрокурор России?", "expect": [REFORM]}),
    conv("person-swap", "en", [S3], "the prosecutor general, then Putin",
         {"q": "what did the prosecutor general recommend?", "expect": [REFORM]},
         {"q": "and Putin?", "expect": [VICTORY]}),
    conv("person-swap", "en", [S3, S4], "Rahmon, then the Russian president",
         {"q": "what did Rahmon note in his address?", "expect": [r"2000|ATC|АТЦ|Anti-?\s?Terror|Center|Centre"]},
         {"q": "and the Russian president?", "expect": [VICTORY]}),
    conv("person-swap", "ru", [S3], "Latin-typed: Peskov, then genprokuror",
         {"q": "chto skazal Peskov?", "expect": [POTENTIAL]},
         {"q": "a genprokuror?", "expect": [REFORM]}),
    conv("person-swap", "en", [S1, S2], "Klemez to the media, then the deputy secretary-general",
         {"q": "what did Klemez tell the media?", "expect": [r"solidarity|солидарн|security|безопасн"]},
         {"q": "and the CIS deputy secretary general?", "expect": [rf"{CIS_PLUS}|{CONCEPT}|{SCO}|{HUMAN}|Trefilov|Трефилов"]}),
    # --- chair-then ---------------------------------------------------------------------------------
    conv("chair-then", "en", [S4], "XVIII, then who chaired the Council of Heads of State, then his country",
         {"q": "tell me about the XVIII counter-terrorism meeting", "expect": [MOSCOW]},
         {"q": "who was chairing the Council of Heads of State at that time?", "expect": [RAHMON]},
         {"q": "which country is he president of?", "expect": [TAJ]}),
    conv("chair-then", "ru", [S4], "Russian: when was the CT meeting, who was the chair then, his country",
         {"q": "когда прошло антитеррористическое совещание в Москве?", "expect": [date(10, 6, 2025)]},
         {"q": "а кто в то время был председателем Совета глав государств СНГ?", "expect": [RAHMON]},
         {"q": "он президент какой страны?", "expect": [TAJ]}),
    conv("chair-then", "ru", [S4], "Latin-typed: the exercise, who headed the Council of Heads of State then",
         {"q": "chto za ucheniya Sodruzhestvo-Antiterror?", "expect": [TAJ]},
         {"q": "kto togda vozglavlyal Sovet glav gosudarstv?", "expect": [RAHMON]},
         {"q": "a on prezident kakoy strany?", "expect": [TAJ]}),
    conv("chair-then", "en", [S4], "who is Rahmon, which country",
         {"q": "who is Emomali Rahmon?", "expect": [r"Chair|President|Председател|Президент"]},
         {"q": "what country is he president of?", "expect": [TAJ]}),
    conv("chair-then", "en", [S3], "Putin's country (Russian from the context of the article)",
         {"q": "who is Putin?", "expect": [r"President|Президент"]},
         {"q": "president of which country?", "expect": [RUS]}),
    # --- doc-attr -----------------------------------------------------------------------------------
    conv("doc-attr", "en", [S1], "the joint statement: where will its text be distributed",
         {"q": "what is the joint statement on transnational crime?", "expect": [r"transnational|транснациональн"]},
         {"q": "where is its text to be distributed?", "expect": [UN]}),
    conv("doc-attr", "ru", [S1], "Russian: the statement adopted in Dushanbe, where its text will be spread",
         {"q": "что за совместное заявление приняли в Душанбе?", "expect": [r"transnational|транснациональн"]},
         {"q": "где планируется распространить его текст?", "expect": [UN]}),
    conv("doc-attr", "ru", [S1], "Latin-typed: the statement, where its text",
         {"q": "chto za zayavlenie o borbe s transnacionalnoy prestupnostyu?", "expect": [r"transnational|транснациональн"]},
         {"q": "a gde budut rasprostranyat ego tekst?", "expect": [UN]}),
    conv("doc-attr", "en", [S1], "what the heads of state adopted on crime, circulated to whom",
         {"q": "what did the heads of state adopt on transnational crime?", "expect": [r"Statement|заявлени"]},
         {"q": "who will its text be circulated to?", "expect": [UN]}),
    # --- count-bodies -------------------------------------------------------------------------------
    conv("count-bodies", "ru", [S0], "meetings in 2025, then the bodies",
         {"q": "сколько заседаний провели органы в 2025 году?", "expect": [NUM[20]]},
         {"q": "а сколько всего органов?", "expect": [BODIES]}),
    conv("count-bodies", "en", [S0], "meetings, then how many bodies",
         {"q": "how many meetings did the security bodies hold in 2025?", "expect": [NUM[20]]},
         {"q": "and how many bodies are there?", "expect": [BODIES]}),
    conv("count-bodies", "ru", [S0], "Latin-typed",
         {"q": "skolko bylo zasedaniy v 2025?", "expect": [NUM[20]]},
         {"q": "a skolko samih organov?", "expect": [BODIES]}),
    conv("count-bodies", "ru", [S0], "the specialised ones",
         {"q": "сколько встреч было в 2025 году?", "expect": [NUM[20]]},
         {"q": "а специализированных органов сколько?", "expect": [NUM[3]]}),
    # --- list-filter --------------------------------------------------------------------------------
    conv("list-filter", "en", [S0, S2, S4], "specialised bodies at the interior ministers meeting, the first one's founding",
         {"q": "list the specialised bodies", "expect": [ATC, BCOC, JOINT_COMMISSION]},
         {"q": "which of them attended the interior ministers meeting?", "expect": [ATC, BCOC], "absent": [bare(JOINT_COMMISSION)]},
         {"q": "when was the first one established?", "expect": [r"\b2000\b"]}),
    conv("list-filter", "ru", [S0, S4], "specialised bodies at the June meeting in Moscow (ATC only)",
         {"q": "какие есть специализированные органы СНГ?", "expect": [ATC, BCOC, JOINT_COMMISSION]},
         {"q": "какие из них участвовали в июньском совещании в Москве?", "expect": [ATC], "absent": [bare(BCOC), bare(JOINT_COMMISSION)]},
         {"q": "когда он был создан?", "expect": [r"\b2000\b"]}),
    conv("list-filter", "ru", [S0, S2], "Latin-typed: who of them was in St Petersburg",
         {"q": "kakie specializirovannye organy est v SNG?", "expect": [ATC, BCOC, JOINT_COMMISSION]},
         {"q": "kto iz nih byl na zasedanii v Peterburge?", "expect": [ATC, BCOC], "absent": [bare(JOINT_COMMISSION)]}),
    conv("list-filter", "en", [S0, S2], "terse",
         {"q": "specialized bodies?", "expect": [ATC, BCOC, JOINT_COMMISSION]},
         {"q": "which were at the St Petersburg meeting", "expect": [ATC, BCOC], "absent": [bare(JOINT_COMMISSION)]},
         {"q": "when was the first set up", "expect": [r"\b2000\b"]}),
]


def main() -> None:
    for number, case in enumerate(CONVERSATIONS, 1):
        case["id"] = f"t22c-{number:03d}"
    data = {"questions": [], "conversations": [{"id": c.pop("id"), **c} for c in CONVERSATIONS]}
    out = Path(__file__).resolve().parent / "tuning22_conv.yaml"
    header = (
        "# Question bank, session 22 (conversations, helper \"q22-conv\"): hand-written variants of probe21's failing\n"
        "# follow-ups over other meetings, people, documents and bodies; generated by build_tuning22_conv.py (its\n"
        "# docstring lists the families). Notes start with the family. \"Today\" is 2026-11-30.\n"
    )
    out.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"{len(CONVERSATIONS)} conversations -> {out}")


if __name__ == "__main__":
    main()
