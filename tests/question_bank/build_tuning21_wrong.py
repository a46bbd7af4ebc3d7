"""Writes tuning21_wrong.yaml: yes/no and look-alike questions whose honest answer is "No" or "the
sources do not say" (session 21, confident wrong answers).

Written by hand from the five documents in knowledge/seeds/: a wrong year, month, city, number, body,
person, post, period, a document adopted by a different body, a statement by a different person, a state
not listed; English, Russian and Latin-typed Russian. Each case's `absent` rejects the confident wrong
answer (a "Yes", or the wrong value given as the fact). Notes start with the family.

    python tests/question_bank/build_tuning21_wrong.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from patterns import (
    CT_PERIOD,
    DUSHANBE,
    EAG,
    INTEL,
    INTERIOR,
    MOSCOW,
    NEG,
    PUTIN,
    RAHMON,
    S0,
    S1,
    S2,
    S3,
    S4,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TREFILOV,
    UN,
    XVIII,
)

NOISH = rf"{STARTS_NO}|^[\s\S]{{0,300}}?{NEG}"
CASES: list[dict[str, Any]] = []
# Rahmon given as the answer (naming him as the only speaker recorded, after "not recorded", is honest)
STARTS_YES_PLAIN = STARTS_YES
FIRST_RAHMON = r"^\W*(?:Emomali\s+|Эмомали\s+)?(?:Rahmon|Рахмон)"


def no(q: str, right: str | None, src: list[str], note: str, wrong: str | None = None,
       kind: str = "yes_no") -> None:
    """The honest answer is No (the sources give another value, `right`)."""
    expect = [NOISH] + ([right] if right else [])
    absent = [STARTS_YES] + ([wrong] if wrong else [])
    CASES.append({"q": q, "kind": kind, "expect": expect, "absent": absent, "source": src, "note": note})


def unknown(q: str, src: list[str], note: str, wrong: str | None = None, kind: str = "yes_no") -> None:
    """The sources do not say: a disclaimer, never a plain Yes (or No)."""
    absent = [STARTS_YES] + ([wrong] if wrong else [])
    CASES.append({"q": q, "kind": kind, "decline_or_disclaim": True, "absent": absent, "source": src,
                  "note": note})


# [period] a programme or concept claimed for a period it does not have; the claimed year must never
# make the other document with that year the answer.
no("пограничная программа до 2028 года принята?", "2030", [S1], "[period] border programme runs until 2030")
no("pograncnaya programma do 2028 goda prinyata?", "2030", [S1], "[period] same, Latin-typed with a typo")
no("pogranichnaya programma na 2026-2028 gody odobrena?", "2030", [S1], "[period] the CT programme's period claimed for the border one", r"^\W*(?:да|yes)")
no("Was the border programme approved for 2026-2028?", "2030", [S1], "[period] same, English")
no("антитеррористическая программа до 2030 года принята?", CT_PERIOD, [S1], "[period] the CT programme is for 2026–2028, not until 2030")
no("Is the counter-terrorism programme valid until 2030?", CT_PERIOD, [S1], "[period] same, English")
no("programma po borbe s terrorizmom do 2030 goda utverzhdena?", CT_PERIOD, [S1], "[period] same, Latin-typed")
no("Was the counter-terrorism programme adopted for 2025-2027?", CT_PERIOD, [S1], "[period] wrong years")
no("Программа противодействия терроризму и экстремизму на 2027–2029 годы одобрена?", CT_PERIOD, [S1], "[period] wrong years, Russian")
no("Was the Military Cooperation Concept approved until 2035?", "2030", [S1], "[period] the Concept runs until 2030")
no("koncepciya voennogo sotrudnichestva do 2028 goda utverzhdena?", "2030", [S1], "[period] concept claimed until 2028 (the CT programme's end)")
no("концепция военного сотрудничества на 2026-2028 годы?", "2030", [S1], "[period] terse, the CT programme's period", r"^\W*(?:да|yes)")
# [adopted-by] a document adopted by a different body or at a different meeting
no("Was the joint statement on transnational crime adopted by the foreign ministers?", r"Heads\s+of\s+State|глав\w*\s+государств", [S1], "[adopted-by] the Heads of State adopted it")
no("Совместное заявление о борьбе с транснациональной преступностью приняли министры внутренних дел?", r"Heads\s+of\s+State|глав\w*\s+государств", [S1], "[adopted-by] same, Russian, another body")
no("Was the Military Cooperation Concept approved at the 13th meeting of the Security Secretaries Council?", DUSHANBE, [S1], "[adopted-at] approved at the Dushanbe meetings in October; the 13th meeting only heard about it")
no("Программу по борьбе с терроризмом утвердили на заседании СМВД в Петербурге?", DUSHANBE, [S1, S2], "[adopted-at] only planned there (Klemez), approved in Dushanbe")
no("Was the joint statement to be distributed at the OSCE?", UN, [S1], "[place] to be distributed at the United Nations")
no("Did the SCO get member status in the CIS?", r"[Oo]bserver|наблюдател", [S1], "[status] observer status")
no("ШОС стала членом СНГ?", r"[Oo]bserver|наблюдател", [S1], "[status] same, Russian")
no("Was the CIS Plus format established in 2024?", r"2025|Dushanbe|Душанбе|October|октябр", [S1], "[year] October 2025 in Dushanbe")
unknown("Was the treaty on international controlled delivery operations signed in Dushanbe?", [S1, S2], "[status] only planned to be signed (Klemez, August); no source says it was signed")
# [city] a meeting claimed in another city
no("Was the 13th meeting of the Security Secretaries Council held in Minsk?", MOSCOW, [S1], "[city] Moscow")
no("13 zasedanie soveta sekretarey sovbezov bylo v peterburge?", MOSCOW, [S1], "[city] same, Latin-typed, another city")
no("Did the Interior Ministers Council meet in Moscow on 12 August?", SPB, [S2], "[city] St Petersburg")
no("SMVD sobiralsya v Minske v avguste?", SPB, [S2], "[city] same, Latin-typed")
no("XVIII совещание проходило в Душанбе?", MOSCOW, [S4], "[city] Moscow")
no("Was the XVIII counter-terrorism meeting held in St Petersburg?", MOSCOW, [S4], "[city] Moscow")
no("Саммит СНГ в октябре 2025 прошёл в Ашхабаде?", DUSHANBE, [S1], "[city] Dushanbe")
# [date] a wrong day, month or year
no("13-е заседание Совета секретарей советов безопасности прошло 5 октября?", r"ноябр|Nov", [S1], "[month] 5 November")
no("Совет министров внутренних дел заседал 12 сентября?", r"август|Aug", [S2], "[month] 12 August")
no("XVIII совещание прошло 10 июля 2025?", r"июн|Jun", [S4], "[month] 10 June 2025")
no("Was the XVIII meeting held in 2024?", "2025", [S4], "[year] 2025")
no("Was the Dushanbe summit held in September 2025?", r"October|октябр", [S1], "[month] October")
no("Did the Interior Ministers meet on 15 August 2025?", r"\b12\b", [S2], "[day] 12 August")
no("Was the exercise planned for September 2025?", r"October|октябр", [S4], "[month] October 2025")
no("Was the joint exercise discussed at the third session planned for November 2025?", r"October|октябр", [S4], "[month] t5-yn-55 variant")
no("Учения «Содружество-Антитеррор – 2025» запланированы на сентябрь?", r"October|октябр", [S4], "[month] same, Russian")
no("ucheniya sodruzhestvo-antiterror planirovalis na dekabr 2025?", r"October|октябр", [S4], "[month] same, Latin-typed")
unknown("Встреча руководителей спецслужб СНГ в Москве прошла 5 ноября?", [S3], "[date] the article gives no date", r"^\W*(?:нет|no)\b[^.]{0,40}\b(?:июн|Jun|август|Aug)")
unknown("Was the meeting of intelligence chiefs in Moscow held in 2024?", [S3], "[date] no date given")
# [ordinal] a wrong meeting number
no("Was the 12th meeting of the CIS Security Secretaries Council held on 5 November 2025?", r"13", [S1], "[ordinal] the 13th")
no("Was the XVII meeting of counter-terrorism heads held in Moscow on 10 June 2025?", XVIII, [S4], "[ordinal] the XVIII")
no("19-е антитеррористическое совещание прошло в Москве 10 июня?", XVIII, [S4], "[ordinal] XVIII, Russian")
# [number] a wrong count
no("Were 25 meetings held in 2025?", r"\b20\b", [S0], "[number] 20")
no("В 2025 году было проведено 30 заседаний органов отраслевого сотрудничества?", r"\b20\b", [S0], "[number] 20, Russian")
no("Are there 15 sectoral cooperation bodies in the security sphere?", r"\b16\b", [S0], "[number] 16")
no("В сфере безопасности действуют 4 специализированных органа СНГ?", r"\b3\b|тр[и|ё]", [S0], "[number] 3")
no("Did the XVIII meeting have 5 specialized sessions?", r"\b4\b|four|четыр", [S4], "[number] 4")
no("na XVIII soveshchanii bylo 3 specializirovannye sessii?", r"\b4\b|four|четыр", [S4], "[number] 4, Latin-typed")
no("Did 15 CIS bodies take part in the XVIII meeting?", r"\b13\b", [S4], "[number] 13 CIS bodies")
no("Were 5 international organizations represented at the XVIII meeting?", r"\b3\b|three|тр[иё]", [S4], "[number] 3")
# [state] a state not listed
no("Did Azerbaijan attend the Interior Ministers Council meeting in St Petersburg?", None, [S2], "[state] not listed among the 8")
no("Туркменистан участвовал в XVIII совещании?", None, [S4], "[state] not listed")
no("Was Moldova at the XVIII counter-terrorism meeting?", None, [S4], "[state] not listed")
no("gruziya uchastvovala v zasedanii SMVD v peterburge?", None, [S2], "[state] not listed, Latin-typed")
no("Did Russia send a delegation to the security services meeting in Moscow?", None, [S3], "[state] the article lists 8 delegations without Russia")
# [organisation] a body or organisation not listed
no("Was NATO represented at the XVIII meeting?", None, [S4], "[org] CSTO, RATS SCO, EAG only")
no("ОБСЕ участвовала в XVIII совещании?", None, [S4], "[org] not listed")
no("Did the Council of Heads of Customs Services attend the Interior Ministers Council meeting?", None, [S2], "[org] only the ATC and the BCOC besides the states; Customs was at the XVIII meeting")
no("Did the CSTO report on its joint work with the ATC at the XVIII meeting?", EAG, [S4], "[org] the EAG Secretariat reported")
no("EAG's assessment mechanisms are based on OECD standards?", r"FATF", [S4], "[org] FATF standards")
# [person] a statement or address by a different person
no("Did Putin send a congratulatory address to the XVIII meeting?", RAHMON, [S4], "[person] Rahmon's address")
no("Путин направил приветствие участникам XVIII совещания?", RAHMON, [S4], "[person] same, Russian")
no("Did Rahmon address the 13th meeting of the Security Secretaries Council?", TREFILOV, [S1], "[person] Trefilov addressed it")
no("Did Trefilov address the Interior Ministers Council meeting in St Petersburg?", None, [S2], "[person] the BelTA report quotes Klemez; Trefilov is not named there")
no("Did Klemez say that the CIS Plus format was established?", TREFILOV, [S1], "[person] Trefilov said it")
no("Клемез говорил о формате СНГ плюс?", TREFILOV, [S1], "[person] same, Russian")
no("Did Peskov speak about the 80th anniversary of Victory?", PUTIN, [S3], "[person] Putin did")
no("Did the Prosecutor General of Kazakhstan recommend reforms to the CIS Council of Prosecutors?", r"Russia|Росси", [S3], "[person] of the Russian Federation")
unknown("Who addressed the XVIII meeting on behalf of the Interior Ministers Council?", [S4], "[person] the record names only Rahmon's address; nobody for that council", FIRST_RAHMON, kind="lookalike")
unknown("Кто выступил на XVIII совещании от имени Совета министров обороны?", [S4], "[person] same, another council, Russian", FIRST_RAHMON, kind="lookalike")
unknown("kto vystupal na zasedanii SMVD ot imeni ATC?", [S2], "[person] the report quotes Klemez (Executive Committee, to the media); nobody for the ATC", kind="lookalike")
# [post] a person claimed in another post
no("Was Denis Trefilov the CIS Secretary-General?", r"Deputy|заместител", [S1], "[post] Deputy Secretary-General")
no("Трефилов — генеральный секретарь СНГ?", r"Deputy|заместител", [S1], "[post] same, Russian")
no("Was Yevgeny Klemez the CIS Deputy Secretary-General?", r"Director|директор", [S2], "[post] Director of the Security Cooperation Department")
no("klemez zamestitel generalnogo sekretarya sng?", r"Director|директор", [S2], "[post] same, Latin-typed")
no("Was Emomali Rahmon the President of Kyrgyzstan?", TAJ, [S4], "[post] President of Tajikistan")
no("Рахмон — председатель Совета глав правительств СНГ?", r"глав\w*\s+государств|Heads\s+of\s+State", [S4], "[post] Chair of the Council of Heads of States")
# [month of a statement]
no("Did Peskov make his statement about CIS cooperation in November?", r"October|октябр", [S3], "[month] an October statement")
no("Песков заявил о потенциале СНГ в сентябре?", r"October|октябр", [S3], "[month] same, Russian")
# [year] founding, anniversary, dates of sources
no("Was the decision to establish the ATC taken in 1999?", r"2000", [S4], "[year] 2000")
no("Решение о создании АТЦ СНГ было принято в 2001 году?", r"2000", [S4], "[year] 2000, Russian")
no("Was the ATC established by the Council of Heads of Government?", r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств", [S4], "[body] the Council of Heads of CIS States")
no("Was the Interior Ministers meeting held in the year of the 70th anniversary of Victory?", r"80", [S2], "[number] the 80th anniversary")
no("Was 2025 declared the Year of Science in the CIS?", r"Peace|мира", [S2], "[name] Year of Peace and Unity in the Fight Against Nazism")
# [topic / session] a topic put at another session or meeting
no("Was the first session of the XVIII meeting about deradicalization?", r"national\s+experience|национальн", [S4], "[session] the first was national experience; the fourth radicalization")
no("Четвёртая сессия XVIII совещания была посвящена международному сотрудничеству?", r"радикализ|radicali", [S4], "[session] the fourth: countering radicalization")
no("Was the exercise discussed at the second session?", r"third|трет", [S4], "[session] at the third")
no("Was the Commonwealth-Antiterror 2025 exercise planned in Kazakhstan?", TAJ, [S4], "[place] Tajikistan")
no("ucheniya sodruzhestvo-antiterror planirovalis v kyrgyzstane?", TAJ, [S4], "[place] Tajikistan, Latin-typed")
unknown("Was the Commonwealth-Antiterror 2025 exercise held successfully?", [S4], "[status] only planned in the sources")
unknown("Did the 13th meeting of the Security Secretaries Council adopt a decision on youth?", [S1], "[decided] the agenda only is given, no decisions")
# [source] a source claimed dated otherwise
no("Was the report on the results of the security bodies' activities in 2025 published on 2 April?", r"March|март", [S0], "[date] 2 March")
no("BelTA reported the Interior Ministers meeting on 20 August?", r"13", [S2], "[date] 13 August")

# --- second batch (written during the session, after the first score; scored on the start code too)
no("ШОС получила статус наблюдателя в ноябре?", r"October|октябр", [S1], "[month] the October decision, reported on 5 November")
no("Did the SCO get observer status in November 2025?", r"October|октябр", [S1], "[month] same, English")
no("Did the interior ministers discuss road safety in Moscow?", SPB, [S2], "[city] a topic of the St Petersburg meeting claimed in Moscow")
no("obsuzhdali li ministry vnutrennih del bezopasnost dorozhnogo dvizheniya v Moskve?", SPB, [S2], "[city] same, Latin-typed")
no("Was the Concept approved at the counter-terrorism meeting?", DUSHANBE, [S1, S4], "[adopted-at] approved at the Dushanbe summit")
no("Концепцию одобрили на встрече глав спецслужб?", DUSHANBE, [S1, S3], "[adopted-at] same, Russian, another meeting")
no("Антитеррористическую программу приняли на XVIII совещании?", DUSHANBE, [S1, S4], "[adopted-at] the CT programme, approved in Dushanbe")
no("Did the CSTO report on its joint work with the ATC?", EAG, [S4], "[org] the EAG Secretariat reported")
no("Was the St Petersburg meeting of the interior ministers held in the year of the 75th anniversary of Victory?", r"80", [S2], "[number] the 80th anniversary")
unknown("Кто выступил на XVIII совещании от имени Совета министров внутренних дел?", [S4], "[person] nobody recorded for that council", FIRST_RAHMON, kind="lookalike")
unknown("Who addressed the 13th meeting on behalf of the Council of Heads of State?", [S1], "[person] Trefilov spoke as CIS Deputy Secretary-General; nobody for the Council", r"^\W*(?:Denis\s+)?Trefilov", kind="lookalike")
no("Klemez rasskazal SMI o zasedanii v Minske?", SPB, [S2], "[city] Klemez spoke of the St Petersburg meeting (BelTA is datelined Minsk)")
CASES.append({"q": "Did Trefilov speak about the Dushanbe meetings?", "kind": "yes_no", "expect": [STARTS_YES_PLAIN], "source": [S1],
              "note": "[control] he did (a city he spoke of is no place claimed): a Yes"})
CASES.append({"q": "Did the interior ministers discuss road safety in St Petersburg?", "kind": "yes_no", "expect": [STARTS_YES_PLAIN], "source": [S2],
              "note": "[control] the right city: a Yes"})

CONVERSATIONS: list[dict[str, Any]] = [
    {"id": "t21wrong-cv-01", "lang": "ru", "source": [S2, S3, S4], "turns": [
        {"q": "turkmenistan", "expect": [r"Turkmen|Туркмен"]},
        {"q": "v kakih zasedaniyah uchastvoval?", "expect": [INTEL, INTERIOR]},
        {"q": "kakie iz nih byli v moskve?", "expect": [INTEL], "absent": [INTERIOR]},
        {"q": "a azerbaydzhan?", "expect": [XVIII, INTEL], "absent": [INTERIOR],
         "note": "[follow-state] Azerbaijan: XVIII and intelligence meeting, both in Moscow; not the Interior Ministers"},
    ]},
    {"id": "t21wrong-cv-02", "lang": "en", "source": [S2, S3, S4], "turns": [
        {"q": "Which meetings did Turkmenistan attend?", "expect": [INTEL, INTERIOR]},
        {"q": "which of them were in Moscow?", "expect": [INTEL], "absent": [INTERIOR]},
        {"q": "and Armenia?", "expect": [XVIII, INTEL],
         "note": "[follow-state] Armenia attended two Moscow meetings (XVIII, intelligence); one alone is not the answer"},
    ]},
    {"id": "t21wrong-cv-03", "lang": "ru", "source": [S2, S3, S4], "turns": [
        {"q": "Туркменистан", "expect": [r"Turkmen|Туркмен"]},
        {"q": "в каких заседаниях участвовал?", "expect": [INTEL, INTERIOR]},
        {"q": "какие из них были в Москве?", "expect": [INTEL], "absent": [INTERIOR]},
        {"q": "а Армения?", "expect": [XVIII, INTEL], "absent": [STARTS_YES],
         "note": "[follow-state] second batch: Armenia's meetings, not a Yes of the one left in the list"},
    ]},
]


def main() -> None:
    questions = []
    for number, case in enumerate(CASES, 1):
        questions.append({"id": f"t21wrong-{number:03d}", **case})
    data = {"questions": questions, "conversations": CONVERSATIONS}
    out = Path(__file__).resolve().parent / "tuning21_wrong.yaml"
    header = (
        "# Question bank, session 21: questions whose honest answer is \"No\" or \"the sources do not say\"\n"
        "# (confident wrong answers), written by hand from the five documents in knowledge/seeds/; generated by\n"
        "# build_tuning21_wrong.py. Notes start with the family. \"Today\" is 2026-11-30.\n"
    )
    out.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    print(f"{len(questions)} questions, {len(CONVERSATIONS)} conversations -> {out}")


if __name__ == "__main__":
    main()
