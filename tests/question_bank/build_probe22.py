"""Writes probe22.yaml: a fresh measuring set written in session 22 (after probe21); nobody tunes on it.

Every question was written by hand from the five documents in knowledge/seeds/ only, without reading the
other sets' questions or the bot's code; "today" is 2026-11-30. Run it from the repository's root:
`python tests/question_bank/build_probe22.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from patterns import (
    ARM,
    ATC,
    AZE,
    BCOC,
    BEL,
    CSTO,
    CT_PERIOD,
    DATED_2026,
    DUSHANBE,
    EAG,
    EXEC,
    FUTURE,
    INTEL,
    INTERIOR,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    KYR,
    MOSCOW,
    NUM,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    UZB,
    XVIII,
    YES,
    bare,
    case_entry,
    date,
    month,
    no,
    turn_entry,
    write_probe,
    wrong_layout,
)

OUT = Path(__file__).resolve().parent / "probe22.yaml"

DEPUTY = r"Deputy|заместител|зам\.?\s*генсек"
DIRECTOR = r"Director|директор|руководител\w*\s+департамент|head\s+of\s+(?:the\s+)?(?:Security\s+Cooperation\s+)?Department"
NOT_SAID_START = [STARTS_YES]

Q: list[dict[str, Any]] = []


def q(text: str, kind: str, src: list[str], note: str, expect: list[str] | None = None,
      absent: list[str] | None = None, dd: bool = False) -> None:
    case_id = f"p22-{len(Q) + 1:03d}"
    Q.append(case_entry(case_id, text, kind, expect, src, note, absent=absent, dd=dd))


# ---- yes_no ---------------------------------------------------------------------------------------
q("Did Turkmenistan send anyone to the St Petersburg meeting of the interior ministers?", "yes_no", [S2],
  "«bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
  expect=[YES, TKM], absent=[STARTS_NO])
q("Туркменистан участвовал в XVIII встрече руководителей антитеррористических подразделений в Москве?", "yes_no", [S4],
  "the list «the Republic of Azerbaijan, … the Republic of Uzbekistan» names eight states and not Turkmenistan",
  expect=[no(TKM)], absent=[STARTS_YES])
q("was the treaty on international controlled delivery operations actually signed in the end?", "yes_no", [S2, S1],
  "S2 only says «Plans are in place … to sign the treaty on international controlled delivery operations»; S1 does not mention it",
  absent=[STARTS_YES], dd=True)
q("Правда, что Трефилов — генеральный секретарь СНГ?", "yes_no", [S1],
  "«CIS Deputy Secretary-General Denis Trefilov»", expect=[DEPUTY], absent=[STARTS_YES])
q("ШОС дали статус наблюдателя при СНГ на саммите в Душанбе?", "yes_no", [S1],
  "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
  expect=[YES, r"observer|наблюдател"], absent=[STARTS_NO])
q("Обсуждали ли министры внутренних дел в Питере преступления с использованием ИКТ?", "yes_no", [S2],
  "«enhancing informational cooperation in combating crimes committed using information and communication technologies»",
  expect=[YES], absent=[STARTS_NO])
q("Was the Commonwealth-Antiterror 2025 exercise planned for Kyrgyzstan?", "yes_no", [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»",
  expect=[rf"{STARTS_NO}|{no(KYR)}", TAJ], absent=[STARTS_YES])
q("EAG dokladyvala chto-nibud na iyunskoi antiterroristicheskoi vstreche v Moskve?", "yes_no", [S4],
  "«The EAG Secretariat reported on its joint work with the CIS ATC»",
  expect=[YES], absent=[STARTS_NO])

# ---- abbreviation ---------------------------------------------------------------------------------
q("РАТС ШОС — это что?", "abbreviation", [S4],
  "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»",
  expect=[r"Regional\s+Anti-?\s?Terror|Региональн\w+\s+антитеррор", SCO])
q("EAG?", "abbreviation", [S4], "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»",
  expect=[r"Eurasian\s+Group|Евразийск\w+\s+групп"])
q(wrong_layout("что такое ОДКБ"), "abbreviation", [S4], "«Collective Security Treaty Organization» (typed «что такое ОДКБ» on the English layout)",
  expect=[r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"])
q("что значит СМВД СНГ", "abbreviation", [S0, S2], "«CIS Ministers of Internal Affairs Council»",
  expect=[r"Interior\s+Ministers|Internal\s+Affairs|министров\s+внутренних\s+дел"])
q("CIS+ — what's that?", "abbreviation", [S1],
  "«the “Commonwealth of Independent States Plus” format as a platform for cooperation between CIS Member States and other states, their associations, and international organizations»",
  expect=[r"platform|платформ|other\s+states|друг\w+\s+государств|international\s+organi|международн\w+\s+организац"])
q("АТЦ СНГ — расшифруй", "abbreviation", [S0, S4], "«CIS Anti-Terrorism Center»",
  expect=[r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"])

# ---- topic ----------------------------------------------------------------------------------------
q("на какой встрече обсуждали теракты с беспилотниками?", "topic", [S4],
  "«the increase in the number of terrorist acts with use of unmanned aerial vehicles» (first session of the XVIII meeting)",
  expect=[rf"{XVIII}|{month(6, 2025)}|июн|June"], absent=[bare(SPB)])
q("what was on the agenda of the security secretaries in Moscow?", "topic", [S1],
  "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»",
  expect=[r"humanitarian|гуманитарн", r"educat|образоват"])
q("which meeting looked at deradicalization?", "topic", [S4],
  "«During the fourth session on counteracting radicalization of the population»",
  expect=[rf"{XVIII}|{month(6, 2025)}|June|июн"])
q("Где говорили про киберзащиту и обмен информацией между спецслужбами?", "topic", [S3],
  "«Delegates investigated how to sharpen joint capabilities in counterterrorism, cyber defense, border security»",
  expect=[rf"{INTEL}|{MOSCOW}"])
q("a gde obsuzhdali nelegalnuyu migraciyu i bezopasnost dorozhnogo dvizheniya?", "topic", [S2],
  "«The Council discussed topical problems in the fight against illegal migration, cooperation in the field of road safety»",
  expect=[rf"{SPB}|{INTERIOR}"])
q("What were the CIS security bodies' activities in 2025 aimed at?", "topic", [S0],
  "«ensuring stability in the Commonwealth; countering common challenges and threats; strengthening the rule of law …; enhancing the authority of the CIS»",
  expect=[r"stabil|стабильн", r"authority|авторитет|rule\s+of\s+law|правопоряд|законност|challenges|вызов|угроз"])

# ---- attribute ------------------------------------------------------------------------------------
q("who welcomed the security secretaries in Moscow?", "attribute", [S1],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»", expect=[TREFILOV])
q("Клемез — кто он по должности?", "attribute", [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»", expect=[DIRECTOR])
q("в каком городе собирались главы спецслужб СНГ?", "attribute", [S3],
  "«The meeting of the heads of security organizations and intelligence services … convened in Moscow»", expect=[MOSCOW],
  absent=[bare(SPB)])
q("what number was the November meeting of the security secretaries?", "attribute", [S1],
  "«The 13th meeting of the CIS Security Secretaries Council»", expect=[r"13|thirteen|тринадцат"])
q("Рахмон — кем он назван в источниках?", "attribute", [S4],
  "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»",
  expect=[r"President|Президент|Chair|Председател", TAJ])
q("which agency's press office described the intel chiefs' meeting?", "attribute", [S3],
  "«The press office of the Foreign Intelligence Service of the Russian Federation detailed …»",
  expect=[r"Foreign\s+Intelligence|внешней\s+разведки|СВР|\bSVR\b"])
q("откуда БелТА передавало новость о совете МВД?", "attribute", [S2], "«MINSK, 13 August (BelTA)»",
  expect=[r"Minsk|Минск"])

# ---- list -----------------------------------------------------------------------------------------
q("list the international organisations at the XVIII counter-terrorism meeting", "list", [S4],
  "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the SCO, Eurasian Group …»",
  expect=[CSTO, RATS, EAG])
q("какие страны были на совещании МВД в Петербурге?", "list", [S2],
  "«Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
  expect=[ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB], absent=[bare(AZE)])
q("which programmes were approved in Dushanbe?", "list", [S1],
  "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
  expect=[rf"{CT_PERIOD}|terroris|терроризм", r"border|границ"])
q("перечисли специализированные органы СНГ в сфере безопасности", "list", [S0],
  "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime …; Joint Commission …»",
  expect=[ATC, BCOC, JOINT_COMMISSION])
q("what threats did Klemez name in St Petersburg?", "list", [S2],
  "«extremist movements …Illegal migration flows … narcotics production … weapons smuggling … cybercrime … money laundering and corruption»",
  expect=[r"migra|миграц", r"narcot|drug|нарко", r"cyber|кибер"])
q("какие были 4 сессии на июньской встрече антитеррористов?", "list", [S4],
  "«first session on national experience … second session on international counter-terrorism cooperation … third session discussed … exercise … fourth session on counteracting radicalization»",
  expect=[r"national|национальн", r"international|международн", r"exercise|учени|Antiterror|Антитеррор", r"radical|радикал"])
q("who came to the meeting of intelligence chiefs in Moscow?", "list", [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»",
  expect=[AZE, ARM, BEL, KAZ, KYR, TAJ, TKM, UZB])

# ---- count ----------------------------------------------------------------------------------------
q("how many sectoral cooperation bodies work in the security sphere?", "count", [S0],
  "«16 sectoral cooperation bodies operate in the security sphere»", expect=[NUM[16]])
q("скока встреч провели в 2025?", "count", [S0], "«In 2025, 20 meetings were held.»", expect=[NUM[20]])
q("Сколько органов СНГ прислали рабочие структуры на XVIII встречу?", "count", [S4],
  "«working structures of 13 CIS bodies»", expect=[NUM[13]])
q("сколько базовых организаций было на июньской антитеррористической встрече?", "count", [S4],
  "«4 basic organizations of the CIS member states»", expect=[NUM[4]])
q("how many countries sent delegations to the intel chiefs meeting", "count", [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan … The presence of these eight states»",
  expect=[NUM[8]])
q("skolko specializirovannyh organov v sfere bezopasnosti?", "count", [S0], "«and 3 specialized bodies»", expect=[NUM[3]])
q("ну и короче сколько там стран было на встрече МВД в Питере, восемь или девять?", "count", [S2],
  "eight states are named: «Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
  expect=[NUM[8]], absent=[r"^\W*(?:9|nine|девять)\b"])

# ---- quote ----------------------------------------------------------------------------------------
q("what exactly did Trefilov say about the CIS Plus format?", "quote", [S1],
  "«a platform for cooperation between CIS Member States and other states, their associations, and international organizations»",
  expect=[r"platform|платформ"])
q("Что Клемез сказал про историческую память?", "quote", [S2],
  "«to unite our efforts in preserving the historical memory, countering attempts to rewrite history»",
  expect=[r"rewrite|переписа|historical\s+memory|историческ\w+\s+памят"])
q("what did Peskov say about the CIS?", "quote", [S3],
  "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»",
  expect=[r"potential|потенциал"])
q("что говорил Трефилов про молодёжь?", "quote", [S1],
  "«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»",
  expect=[r"destructive|деструктивн"])
q("Klemez said something like 'our actions today will…' — how does it go?", "quote", [S2],
  "«Our actions today will inform the future of the Commonwealth of Independent States.»",
  expect=[r"future|будущ"])
q("Что отметил Рахмон в своём поздравлении?", "quote", [S4],
  "«noted the validity of the decision taken in 2000 … to establish the CIS ATC and emphasized the Center’s significant contribution»",
  expect=[r"2000|contribution|вклад"])
q("Что Трефилов сказал о ежегодных встречах?", "quote", [S1],
  "«the annual meetings make it possible to assess the results of cooperation … and determine the vectors for interaction»",
  expect=[r"vector|вектор|assess|оцен|results|итог|результат"])

# ---- time -----------------------------------------------------------------------------------------
q("when did the interior ministers meet in piter", "time", [S2], "«in St. Petersburg on 12 August»", expect=[date(12, 8, 2025)])
q("how long ago was the 13th meeting of the security secretaries?", "time", [S1],
  "«took place in Moscow on November 5, 2025» — 390 days before 2026-11-30",
  expect=[rf"{date(5, 11, 2025)}|\b390\b|\b(?:1|one|a)\s+year|\bгод|\b1[23]\s+months|месяц"])
q("когда будет следующая встреча глав спецслужб?", "time", [S3], "the article names no next meeting", dd=True,
  absent=[FUTURE, DATED_2026])
q("Учения «Содружество-Антитеррор-2025» — когда их планировали?", "time", [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»",
  expect=[r"October|октябр"])
q("kogda byl sammit v Dushanbe?", "time", [S1], "«the October meetings of the Commonwealth's supreme bodies in Dushanbe»",
  expect=[r"October|октябр"])
q("how many days passed between the St Petersburg meeting and the 13th security secretaries' meeting?", "time", [S1, S2],
  "12 August 2025 (S2) to 5 November 2025 (S1) is 85 days", expect=[r"\b85\b"])
q("до какого года программа укрепления пограничной безопасности?", "time", [S1],
  "«in Strengthening Border Security on the External Borders until 2030»", expect=[r"2030"])
q("is the counter-terrorism programme adopted in Dushanbe in force now?", "time", [S1],
  "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; today is 2026-11-30",
  expect=[CT_PERIOD], absent=[STARTS_NO])

# ---- lookalike ------------------------------------------------------------------------------------
q("Is the Council of Heads of Customs Services one of the 16 sectoral bodies?", "lookalike", [S0, S4],
  "the 16 listed in S0 do not include it; S4 only lists it among the 13 CIS bodies at the XVIII meeting",
  expect=[no(r"Customs|таможен")], absent=[STARTS_YES])
q("when did the defence ministers council meet in 2025?", "lookalike", [S0],
  "S0 lists «CIS Defense Ministers Council» but no document dates any meeting of it", dd=True,
  absent=[rf"^[^.•]{{0,80}}?(?:{date(12, 8, 2025)}|{date(5, 11, 2025)}|{date(10, 6, 2025)})"])
q("Клемез выступал на заседании секретарей советов безопасности в ноябре?", "lookalike", [S1, S2],
  "the 13th meeting was addressed by «CIS Deputy Secretary-General Denis Trefilov»; Klemez spoke about the St Petersburg meeting",
  expect=[rf"{no(KLEMEZ)}|{TREFILOV}"], absent=[STARTS_YES])
q("Trefilov is the director of the security cooperation department, right?", "lookalike", [S1, S2],
  "Trefilov is «CIS Deputy Secretary-General»; «Yevgeny Klemez, Director of the Security Cooperation Department»",
  expect=[DEPUTY], absent=[STARTS_YES])
q("антитеррористический центр СНГ создали в 2005 году?", "lookalike", [S4],
  "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»",
  expect=[r"2000"], absent=[STARTS_YES])
q("где проходило 12-е заседание Совета секретарей советов безопасности?", "lookalike", [S1],
  "S1 reports only the 13th meeting (Moscow); the 12th is not described", dd=True, absent=[rf"^\W*(?:{MOSCOW}|{DUSHANBE})"])
q("where did the Interstate Ecological Council meet last year?", "lookalike", [S0],
  "S0 only lists «CIS Interstate Ecological Council»; no meeting of it is described", dd=True,
  absent=[rf"^\W*(?:In\s+)?(?:{MOSCOW}|{SPB}|{DUSHANBE})"])

# ---- out_of_scope ---------------------------------------------------------------------------------
q("what's the weather in Dushanbe today?", "out_of_scope", [], "not in the documents", dd=True)
q("кто выиграл чемпионат мира по футболу 2022?", "out_of_scope", [], "not in the documents", dd=True,
  absent=[r"Argentin|Аргентин"])
q("Where was the NATO summit in 2025?", "out_of_scope", [], "not in the documents", dd=True,
  absent=[r"Hague|Гааг"])
q("сколько стоит виза в Россию?", "out_of_scope", [], "not in the documents", dd=True)
q("Who is the CIS Secretary General now?", "out_of_scope", [S1],
  "the documents name only «CIS Deputy Secretary-General Denis Trefilov»; no Secretary-General is named", dd=True,
  absent=[r"Lebedev|Лебедев", r"^\W*(?:Denis\s+)?Trefilov\s+is\s+the\s+(?:CIS\s+)?Secretary"])
q("напиши стих про осень", "out_of_scope", [], "not in the documents", dd=True)

# ---- style ----------------------------------------------------------------------------------------
q("hey bot, quick one – my boss wants to know where the interior guys met last summer, pls", "style", [S2],
  "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»", expect=[SPB])
q("kagda bylo 13e zasedanie sekretarei sovbezov?", "style", [S1], "«took place in Moscow on November 5, 2025»",
  expect=[date(5, 11, 2025)])
q(wrong_layout("где была встреча глав спецслужб"), "style", [S3],
  "«convened in Moscow» (typed «где была встреча глав спецслужб» on the English layout)", expect=[MOSCOW])
q("antiterror centr wen was it decided to set up", "style", [S4],
  "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»", expect=[r"2000"])
q("skolko programm po bezopasnosti prinyali v dushanbe", "style", [S1],
  "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security … until 2030»",
  expect=[rf"{NUM[2]}|{CT_PERIOD}"])
q("слушай а кто из исполкома выступал у эмвэдэшников в питере", "style", [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»", expect=[KLEMEZ])
q("SCO status in CIS??", "style", [S1], "«grant the Shanghai Cooperation Organization the status of an Observer»",
  expect=[r"observer|наблюдател"])


# ---- conversations --------------------------------------------------------------------------------
def conv(lang: str, src: list[str], note: str, *turns: dict[str, Any]) -> dict[str, Any]:
    return {"id": "", "lang": lang, "turns": list(turns), "source": src, "note": note}


T = turn_entry
CONVS = [
    conv("ru", [S2], "a meeting by description, its date, its speaker, his post (switch to English), a state not listed",
         T("Где проходило заседание Совета министров внутренних дел в августе?", [SPB]),
         T("а какого числа?", [date(12, 8, 2025)]),
         T("кто там выступал от исполкома?", [KLEMEZ]),
         T("what's his position?", [DIRECTOR]),
         T("Азербайджан там был?", [no(AZE)], [STARTS_YES], note="Azerbaijan is not in the list of eight states")),
    conv("en", [S1], "the 13th meeting: date, place, speaker, what he said about the SCO, the programmes",
         T("When was the 13th meeting of the security secretaries?", [date(5, 11, 2025)]),
         T("where?", [MOSCOW]),
         T("who gave the welcoming speech", [TREFILOV]),
         T("what did he say about the SCO?", [r"observer|наблюдател"]),
         T("and which programmes did he mention?", [rf"{CT_PERIOD}|terroris|терроризм", r"border|границ"])),
    conv("ru", [S4], "the XVIII meeting: date, sessions, the third one, where the exercise was planned, the address (English)",
         T("Когда была XVIII встреча руководителей антитеррористических подразделений?", [date(10, 6, 2025)]),
         T("сколько там было специализированных сессий", [NUM[4]]),
         T("о чём была третья?", [r"exercise|учени|Antiterror|Антитеррор"]),
         T("а где их проводить собирались?", [TAJ]),
         T("Who sent a congratulatory address to it?", [RAHMON])),
    conv("en", [S4, S0], "organisations at the XVIII meeting, the EAG's report, whose standards; then a brand-new question",
         T("Which international organisations took part in the June 2025 counter-terrorism meeting in Moscow?", [CSTO, RATS, EAG]),
         T("what did the EAG report on?", [r"anti-?money\s+laundering|laundering|легализац|отмыв|joint\s+work|совместн"]),
         T("whose standards?", [r"FATF|ФАТФ"]),
         T("New question: how many meetings did the CIS security bodies hold in 2025?", [NUM[20]])),
    conv("ru", [S1, S2], "Latin-typed Russian: two people, where the second spoke, the threats he named",
         T("kto takoi Trefilov?", [DEPUTY]),
         T("a Klemez?", [DIRECTOR]),
         T("gde on vystupal?", [rf"{SPB}|{INTERIOR}"]),
         T("kakie ugrozy on nazval?", [r"migra|миграц", r"narcot|drug|нарко|cyber|кибер"])),
    conv("en", [S3], "the intelligence chiefs' meeting: states, focus, an undated meeting, two statements (switch to Russian)",
         T("Tell me about the meeting of heads of security and intelligence services in Moscow — which countries came?",
           [AZE, ARM, BEL, KAZ, KYR, TAJ, TKM, UZB]),
         T("and what did they focus on?", [r"results|результат|итог|priorit|приоритет|tasks|задач|assess|оцен|align|review|planning|"
             r"counter-?terror|контртеррор|cyber|кибер|border|границ|information|информац"]),
         T("when was it?", dd=True, absent=[DATED_2026], note="the article gives no date of the meeting"),
         T("what did Peskov say?", [r"potential|потенциал"]),
         T("а Путин что говорил?", [r"80|восьмидесят|anniversary|годовщин|летие"])),
    conv("ru", [S1], "the Dushanbe decisions: the SCO, CIS Plus, the joint statement, where it is to be distributed",
         T("Что решили в Душанбе по ШОС?", [r"observer|наблюдател"]),
         T("а что за формат СНГ плюс?", [r"platform|платформ|other\s+states|друг\w+\s+государств|международн\w+\s+организац"]),
         T("какое заявление приняли главы государств?", [r"transnational|транснационал"]),
         T("где его собираются распространить?", [UN])),
    conv("en", [S0, S2], "counts of bodies, then a brand-new question that must not be read as a follow-up",
         T("How many sectoral cooperation bodies work in the security sphere?", [NUM[16]]),
         T("and specialised ones?", [NUM[3]]),
         T("name them", [ATC, BCOC, JOINT_COMMISSION]),
         T("Where was the Interior Ministers Council meeting held?", [SPB])),
    conv("ru", [S2], "what was to be signed, whether it was (not said), who said so",
         T("Какие договоры планировали подписать на высших органах СНГ?",
           [r"controlled\s+deliver|контролируем\w+\s+поставо?к", r"sentenced|осужд"]),
         T("а их подписали?", dd=True, absent=[STARTS_YES], note="S2 only reports the plan"),
         T("кто об этом рассказал?", [KLEMEZ])),
    conv("en", [S2], "typos; topics of the St Petersburg meeting, a yes/no, another year, the chair (not said)",
         T("wat was discussed at the interior ministers meeting", [r"migra|миграц|road|дорож|forensic|экспертн|crime\s+prevention|профилактик"]),
         T("did they talk about forensic stuff?", [YES], [STARTS_NO], note="«expert and forensic activities»"),
         T("and in 2024?", dd=True, absent=[date(12, 8, 2024)], note="no 2024 meeting is described"),
         T("ok who chaired it", dd=True, absent=[rf"^\W*{KLEMEZ}"], note="no chair is named")),
    conv("ru", [S0], "the annual report: meetings, another year (not said), who wrote it, the full report's language",
         T("Сколько встреч провели органы безопасности СНГ в 2025 году?", [NUM[20]]),
         T("а в 2024?", dd=True, absent=[rf"^\W*{NUM[20]}"], note="only 2025 is counted"),
         T("кто готовил этот отчёт?", [EXEC]),
         T("на каком языке полный отчёт?", [r"Russian|русск"])),
    conv("en", [S2, S4], "which of two meetings was first, days between (Russian), the city by description, the anniversary",
         T("Which was first in 2025: the St Petersburg interior ministers' meeting or the June counter-terrorism one in Moscow?",
           [rf"{date(10, 6, 2025)}|June|июн|{XVIII}"],
           [r"^\W*(?:The\s+)?(?:St\.?\s*Petersburg|Saint\s+Petersburg|Петербург)[^.]{0,60}(?:was\s+first|came\s+first|earlier|раньше|первой|первым)"]),
         T("сколько дней между ними?", [r"\b63\b"], note="10 June to 12 August 2025 is 63 days"),
         T("а какая из них проходила в городе, сильно пострадавшем в войну?", [SPB],
           note="«St. Petersburg, a city that endured immense suffering during the war»"),
         T("what anniversary was mentioned there?", [r"80|eightieth|восьмидесят"])),
]
for number, conversation in enumerate(CONVS, 1):
    conversation["id"] = f"p22-c{number}"


if __name__ == "__main__":
    write_probe(OUT, 22, Q, CONVS)
