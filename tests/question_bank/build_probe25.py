"""Probe set 25: a fresh measuring set written on 2026-12-02 in session 25 (after probe24); nobody tunes on it.

Written by hand from the five documents in knowledge/seeds/ only, without reading the other sets' questions
or the engine. Run `python tests/question_bank/build_probe25.py` to rewrite probe25.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import patterns as P
from patterns import S0, S1, S2, S3, S4, case_entry, turn_entry

OUT = Path(__file__).with_name("probe25.yaml")

YES = P.YES
STARTS_NO = P.STARTS_NO
STARTS_YES = P.STARTS_YES
NUM = P.NUM
no = P.no
bare = P.bare
WL = P.wrong_layout

Q: list[dict[str, Any]] = []


def q(
    text: str,
    kind: str,
    expect: list[str] | None,
    src: list[str],
    note: str,
    absent: list[str] | None = None,
    dd: bool = False,
) -> None:
    Q.append(case_entry(f"p25-{len(Q) + 1:03d}", text, kind, expect, src, note, absent=absent, dd=dd))


def yes(text: str, subject: str | None, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    q(text, kind, [YES] + ([subject] if subject else []) + (extra or []), src, note, absent=[STARTS_NO])


def nope(text: str, subject: str, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    q(text, kind, [no(subject), *(extra or [])], src, note, absent=[STARTS_YES])


def unsaid(text: str, src: list[str], note: str, kind: str = "yes_no", absent: list[str] | None = None) -> None:
    q(text, kind, None, src, note, absent=absent if absent is not None else [STARTS_YES], dd=True)


DEPUTY = r"Deputy|заместител|замгенсек|зам\.?\s*генсек"
DIRECTOR = r"Director|директор"
SPB = P.SPB
MOSCOW = P.MOSCOW
JUNE_MEETING = rf"{P.XVIII}|{P.date(10, 6, 2025)}|June|июн"
INTERIOR_ANY = r"Interior|Internal\s+Affairs|внутренних\s+дел|МВД"
BCOC_ANY = r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн|\bBCOC\b|БКБОП|\bBureau\b|\bБюро\b"
JOINT_ANY = r"Joint\s+Commission|Совместн\w+\s+комисси|Illegal\s+Migration|незаконной\s+миграци"
ATC_ANY = r"Anti-?\s?Terror\w*\s+Cent|\bATC\b|\bАТЦ\b|Антитеррористическ\w+\s+центр"
OCTOBER = r"October|октябр"

# ---------------------------------------------------------------- yes_no
yes(
    "Was Turkmenistan represented at the St Petersburg meeting of the interior ministers?",
    P.TKM,
    [S2],
    "«bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
)
nope(
    "Туркменистан участвовал в июньском антитеррористическом совещании в Москве?",
    P.TKM,
    [S4],
    "«competent authorities of 9 CIS member-states – the Republic of Azerbaijan, the Republic of Armenia, the Republic of Belarus, "
    "the Republic of Kazakhstan, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan, the Republic of Uzbekistan» (no Turkmenistan)",
)
unsaid(
    "did the presidents actually sign the treaty on international controlled delivery operations in dushanbe?",
    [S1, S2],
    "S2 only says it was planned «to sign the treaty on international controlled delivery operations»; S1 lists what was adopted "
    "in Dushanbe and does not mention the treaty",
)
q(
    "Правда, что Трефилов — генеральный секретарь СНГ?",
    "yes_no",
    [DEPUTY],
    [S1],
    "«CIS Deputy Secretary-General Denis Trefilov»",
    absent=[STARTS_YES],
)
q(
    "so the security secretaries' meeting in november 2025 was their 12th?",
    "yes_no",
    [r"\b13(?:th|-?(?:е|й|го|м|ое))?\b|thirteenth|тринадцат"],
    [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»",
    absent=[STARTS_YES],
)
yes(
    "uchastvoval li azerbaidzhan vo vstreche glav specsluzhb v moskve?",
    P.AZE,
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended the meeting»",
)
yes(
    "Did the Eurasian Group report anything at the June counter-terror meeting?",
    r"money\s+laundering|отмыв|\bAML\b|anti-money",
    [S4],
    "«The EAG Secretariat reported on its joint work with the CIS ATC aimed at establishing and developing national anti-money laundering systems»",
)
yes(
    "Была ли таможня (совет руководителей таможенных служб) на XVIII совещании?",
    None,
    [S4],
    "«working structures of 13 CIS bodies – … Council of Heads of Customs Services …»",
)

nope(
    "Was the CIS military cooperation concept approved until 2035?",
    r"2035",
    [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved»",
    extra=[r"2030"],
)
q(
    "Did Putin speak at the Moscow meeting of the heads of security and intelligence services?",
    "yes_no",
    [rf"{no(P.PUTIN)}|earlier|ранее|прежде|before"],
    [S3],
    "«Earlier, President Vladimir Putin emphasized that next year …» — his words are quoted from before, not from the meeting",
    absent=[STARTS_YES],
)
yes(
    WL("были ли узбеки на встрече мвд в питере?"),
    None,
    [S2],
    "wrong layout; «representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
)

# ---------------------------------------------------------------- abbreviation
q(
    "what does ATC stand for in the CIS docs?",
    "abbreviation",
    [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"],
    [S0, S4],
    "«CIS Anti-Terrorism Center»; «the CIS ATC»",
)
q(
    "что такое РАТС ШОС?",
    "abbreviation",
    [r"Regional\s+Anti-?\s?Terrorist\s+Structure|Региональн\w+\s+антитеррористическ\w+\s+структур"],
    [S4],
    "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»",
)
q(
    "EAG?",
    "abbreviation",
    [r"Eurasian\s+Group|Евразийск\w+\s+групп"],
    [S4],
    "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»",
)
q(
    "chto takoe BKBOP",
    "abbreviation",
    [r"Bureau|Бюро", r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"],
    [S0, S2],
    "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes …» (a specialized body)",
)
q(
    "ОДКБ это что вообще",
    "abbreviation",
    [r"Collective\s+Security\s+Treaty|Договора?\s+о\s+коллективной\s+безопасности"],
    [S4],
    "«3 international organizations – Collective Security Treaty Organization, …»",
)
q(
    "СВР — это кто в той статье про встречу спецслужб?",
    "abbreviation",
    [r"Foreign\s+Intelligence|внешней\s+разведки"],
    [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that …»",
)
q(
    "what is 'CIS Plus'?",
    "abbreviation",
    [r"platform|площадк|format|формат", r"states|государств|organi[sz]ations|организаци"],
    [S1],
    "«the “Commonwealth of Independent States Plus” format as a platform for cooperation between CIS Member States and other states, their "
    "associations, and international organizations»",
)

# ---------------------------------------------------------------- topic
q(
    "What was the fourth session of the June counter-terrorism meeting about?",
    "topic",
    [r"radicali|радикализ"],
    [S4],
    "«During the fourth session on counteracting radicalization of the population»",
)
q(
    "чем занималась третья секция на XVIII совещании?",
    "topic",
    [P.EXERCISE],
    [S4],
    "«The third session discussed the organization of a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»",
)
q(
    "what was on the security secretaries' agenda in november?",
    "topic",
    [r"humanitarian|гуманитарн", r"educat|образоват"],
    [S1],
    "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»",
)
q(
    "o chem govoril Klemez pro nelegalnuyu migraciyu?",
    "topic",
    [r"threat|угроз", r"national\s+security|национальн\w+\s+безопасн"],
    [S2],
    "«Illegal migration flows pose a direct threat to national security.»",
)
q(
    "what were the spy chiefs in moscow trying to improve, in a nutshell?",
    "topic",
    [r"information[-\s](?:sharing|exchange)|обмен\w*\s+(?:информац|данны)|analytic|аналитич|cyber|кибер|joint\s+operational|совместн\w+\s+оперативн|priorit|приоритет|border\s+security|безопасност\w*\s+границ|counter-?\s?terror|терроризм"],
    [S3],
    "«the discussions aimed to strengthen information-sharing channels, refine analytic processes, and establish shared priorities»; "
    "«counterterrorism, cyber defense, border security, and cross-border criminal networks»",
)
q(
    "Что обсуждали на совете МВД в Питере?",
    "topic",
    [
        r"migra|миграц",
        r"road|дорожн|forensic|экспертн|crime\s+prevention|профилактик|information\s+and\s+communication|информационно-коммуникац|destructive|деструктив",
    ],
    [S2],
    "«discussed issues related to the implementation of interstate crime prevention programs, …»; «topical problems in the fight against illegal "
    "migration, cooperation in the field of road safety, expert and forensic activities …»",
)
q(
    "which meeting talked about drones?",
    "topic",
    [JUNE_MEETING],
    [S4],
    "first session of the XVIII meeting: «the increase in the number of terrorist acts with use of unmanned aerial vehicles»",
    absent=[rf"^\W*(?:{SPB}|{P.SECSEC})"],
)

# ---------------------------------------------------------------- attribute
q(
    "Who is Yevgeny Klemez?",
    "attribute",
    [DIRECTOR, r"Department|департамент"],
    [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»",
)
q(
    "где проходило 13-е заседание совета секретарей совбезов?",
    "attribute",
    [MOSCOW],
    [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow»",
    absent=[r"^\W*(?:in\s+|в\s+)?(?:Dushanbe|Душанбе)"],
)
q(
    "Who gave the congratulatory address at the plenary of the anti-terror meeting in Moscow?",
    "attribute",
    [P.RAHMON],
    [S4],
    "«The plenary session heard a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»",
)
q(
    "какую должность занимает Эмомали Рахмон?",
    "attribute",
    [r"President|Президент", P.TAJ],
    [S4],
    "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»",
)
q(
    "Whose press office briefed on the Moscow meeting of intelligence heads?",
    "attribute",
    [r"Foreign\s+Intelligence|внешней\s+разведки|\bSVR\b|\bСВР\b"],
    [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed …»",
)
q(
    "kto opublikoval otchet ob itogah raboty otraslevyh organov za 2025?",
    "attribute",
    [P.EXEC],
    [S0],
    "the report is headed «The Executive Committee of the Commonwealth of Independent States»",
)
q(
    "where was the Commonwealth-Antiterror-2025 exercise meant to be held?",
    "attribute",
    [P.TAJ],
    [S4],
    "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»",
)
unsaid(
    "Как зовут генпрокурора России, который предлагал реформировать Совет генпрокуроров СНГ?",
    [S3],
    "«Formerly, the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors» (no name given)",
    kind="attribute",
    absent=[r"Krasnov|Краснов|Chaika|Чайка"],
)

q(
    "какую годовщину Победы отмечали в год встречи МВД в Петербурге?",
    "attribute",
    [r"\b80|восьмидесят|eightieth"],
    [S2],
    "«in the year of the 80th anniversary of Victory in the Great Patriotic War»",
)

# ---------------------------------------------------------------- list
q(
    "Name the specialized bodies.",
    "list",
    [ATC_ANY, BCOC_ANY, JOINT_ANY],
    [S0],
    "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime …; Joint Commission …»",
)
q(
    "какие международные организации были на XVIII совещании?",
    "list",
    [P.CSTO, rf"{P.RATS}|{P.SCO}", P.EAG],
    [S4],
    "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai Cooperation "
    "Organization, Eurasian Group on Combating Money Laundering and Financing of Terrorism»",
    absent=[bare(P.UN)],
)
q(
    "whch countries sent delegations to the moscow meeting of security and intelligence chiefs?",
    "list",
    [P.AZE, P.ARM, P.BEL, P.KAZ, P.KYR, P.TAJ, P.TKM, P.UZB],
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended the meeting»",
)
q(
    "perechisli otraslevye organy sng v sfere bezopasnosti",
    "list",
    [P.PENIT, P.HYDRO, P.GEODESY, P.FIU, P.TAX, P.CORRUPTION],
    [S0],
    "the 16 sectoral bodies listed in S0",
)
q(
    "What threats did Klemez list in August?",
    "list",
    [r"narcotic|drug|наркот", r"cyber|кибер", r"weapon|оруж", r"launder|отмыв"],
    [S2],
    "«extremist movements …, Illegal migration flows …, growing narcotics production …, weapons smuggling and the escalating scale of cybercrime …, "
    "money laundering and corruption»",
)
q(
    "какие документы приняли в Душанбе в октябре по безопасности?",
    "list",
    [P.CONCEPT + r"|военн\w+\s+сотрудничеств|military\s+cooperation", r"terror|террор", r"border|границ|погранич"],
    [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved, along with the Programmes for Cooperation in Countering "
    "Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
)
q(
    "Which states were at all three: the St Petersburg interior ministers, the Moscow intelligence chiefs and the June anti-terror meeting?",
    "list",
    [P.ARM, P.BEL, P.KAZ, P.KYR, P.TAJ, P.UZB],
    [S2, S3, S4],
    "S2: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan; S3: Azerbaijan, Armenia, Belarus, Kazakhstan, "
    "Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; S4: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, "
    "Uzbekistan; common to all: the six",
    absent=[bare(P.TKM), bare(P.AZE)],
)
q(
    "базовые организации на июньском совещании — какие?",
    "list",
    [r"language|язык", r"border|погранич", r"training|подготовк"],
    [S4],
    "«4 basic organizations … for studying the problems of countering terrorism …, for training personnel …, for training … commanding staff in "
    "the border sphere, and on languages and culture»",
)

q(
    "which state was at the moscow intelligence chiefs meeting but not at the interior ministers one?",
    "list",
    [P.AZE],
    [S2, S3],
    "S3 lists Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; S2 the same without Azerbaijan, plus Russia",
    absent=[bare(P.TKM), bare(P.UZB)],
)
q(
    "В каком городе прошли и антитеррористическое совещание, и совет секретарей совбезов?",
    "attribute",
    [MOSCOW],
    [S1, S4],
    "«was held in Moscow on June 10, 2025»; «took place in Moscow on November 5, 2025»",
    absent=[r"^\W*(?:in\s+|в\s+)?(?:Dushanbe|Душанбе|St\.?\s*Petersburg|Петербург)"],
)

# ---------------------------------------------------------------- count
q("how many sectoral bodies are there in the CIS security sphere?", "count", [NUM[16]], [S0], "«16 sectoral cooperation bodies operate in the security sphere»")
q("skolko vstrech proveli eti organy v 2025?", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
q(
    "сколько органов СНГ прислали рабочие структуры на 18-е совещание?",
    "count",
    [NUM[13]],
    [S4],
    "«working structures of 13 CIS bodies»",
)
q("how many specialzed sessions did the june meeting have?", "count", [NUM[4]], [S4], "«The meeting included a plenary session and 4 specialized sessions.»")
q(
    "How many states were represented at the St Petersburg meeting?",
    "count",
    [NUM[8]],
    [S2],
    "eight states named: «Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
)
q(
    "сколько всего органов — отраслевых и специализированных вместе?",
    "count",
    [NUM[19]],
    [S0],
    "«16 sectoral cooperation bodies … and 3 specialized bodies»: 19",
)
q(
    "kak mnogo mezhdunarodnyh organizaciy bylo na antiterroristicheskom soveshchanii v iyune?",
    "count",
    [NUM[3]],
    [S4],
    "«3 international organizations»",
)

# ---------------------------------------------------------------- quote
q(
    "What did Trefilov say the leaders did 'first and foremost'?",
    "quote",
    [P.CIS_PLUS],
    [S1],
    "«“First and foremost”, he noted, “our countries’ leaders established the “Commonwealth of Independent States Plus” format …”»",
)
q(
    "Что сказал Песков про сотрудничество в СНГ?",
    "quote",
    [r"potential|потенциал"],
    [S3],
    "«Dmitry Peskov, in an October statement, asserted that cooperation within the CIS holds deep potential»",
)
q(
    "klemez pro istoricheskuyu pamyat chto skazal?",
    "quote",
    [r"memory|памят", r"rewrite|переписа|falsif|фальсиф"],
    [S2],
    "«unite our efforts in preserving the historical memory, countering attempts to rewrite history»",
)
q(
    "what did trefilov hope the work of law enforcement and humanitarian experts would achieve?",
    "quote",
    [r"youth|young|молод", r"destructive|деструктив"],
    [S1],
    "«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»",
)
q(
    "Что Трефилов говорил о ежегодных встречах?",
    "quote",
    [r"assess|оцен|results|итог|результат", r"vector|вектор|direction|направлен"],
    [S1],
    "«the annual meetings make it possible to assess the results of cooperation … and determine the vectors for interaction in the near future»",
)
q(
    "чьи слова «Наши действия сегодня определят будущее Содружества»?",
    "quote",
    [P.KLEMEZ],
    [S2],
    "«\"Our actions today will inform the future of the Commonwealth of Independent States. …\" he said» (Klemez)",
    absent=[r"^\W*(?:Denis\s+|Денис\w*\s+|Д\.\s*)?(?:Trefilov|Трефилов)"],
)

# ---------------------------------------------------------------- time
q(
    "how long ago was the 13th security secretaries meeting?",
    "time",
    [r"\b390\b|\b(?:a|one|1)\s+year|\b(?:1|один|больше|более|около|почти|свыше)\s+(?:одного\s+)?год|\bгод\s+(?:назад|и)|\b1[23]\s+(?:months|месяц)"],
    [S1],
    "5 November 2025 to 2026-11-30: 390 days, a year and 25 days",
)
q(
    "сколько дней прошло между антитеррористическим совещанием и советом МВД в Питере?",
    "time",
    [r"\b63\b"],
    [S2, S4],
    "10 June 2025 to 12 August 2025: 63 days",
)
q(
    "Is the counter-terrorism cooperation programme running right now?",
    "time",
    [P.CT_PERIOD],
    [S1],
    "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; today is 2026-11-30",
    absent=[STARTS_NO],
)
q(
    "How many years ago was the decision to set up the CIS ATC?",
    "time",
    [r"\b26\b|twenty-six|двадцат\w*\s+шест", r"2000"],
    [S4],
    "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»; 2026 - 2000 = 26",
)
q(
    "kogda byl sammit v dushanbe?",
    "time",
    [OCTOBER, r"2025"],
    [S1],
    "«the October meetings of the Commonwealth's supreme bodies in Dushanbe» (reported on 5 November 2025; no day given)",
    absent=[r"\b\d{1,2}\s+(?:October|октября)|October\s+\d{1,2}\b"],
)
q(
    "Учения «Содружество-Антитеррор-2025» уже прошли?",
    "time",
    [OCTOBER],
    [S4],
    "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan» — only planned in June; no source says it was held",
    absent=[STARTS_YES],
)
q(
    "until when does the border security programme run, and how many years is that from now?",
    "time",
    [r"2030", r"\b[34]\b|three|four|три|четыр"],
    [S1],
    "«in Strengthening Border Security on the External Borders until 2030»; from 2026-11-30: about 3–4 years",
)
q(
    "сколько месяцев прошло с совета МВД в Петербурге?",
    "time",
    [
        r"\b1[56]\b|пятнадцат|шестнадцат|fifteen|sixteen"
        r"|(?:1|один|a|one)\s+(?:год|year)\w*\s+(?:and\s+|и\s+)?(?:3|4|три|четыре|three|four)\s+(?:month|месяц)"
    ],
    [S2],
    "12 August 2025 to 2026-11-30: 15 and a half months",
)

q(
    "when was the report on the sectoral bodies' results for 2025 published?",
    "time",
    [r"\b0?2\s+(?:March|марта)|March\s+0?2\b|\b0?2\.03\b"],
    [S0],
    "the report is dated «2 March» (no year printed; it sums up 2025)",
)

# ---------------------------------------------------------------- lookalike
unsaid(
    "When did the CIS Defence Ministers Council meet in 2025?",
    [S0, S4],
    "S0 lists the «CIS Defense Ministers Council» among the 16 sectoral bodies; no source dates a meeting of it",
    kind="lookalike",
    absent=[rf"{P.date(12, 8, 2025)}|{P.date(5, 11, 2025)}"],
)
unsaid(
    "Кто председательствовал на совете МВД в Питере?",
    [S2],
    "S2 names who took part and that Klemez spoke to the media; no chair is named",
    kind="lookalike",
    absent=[r"^\W*(?:Yevgeny\s+|Евгений\s+)?(?:Klemez|Клемез)", STARTS_YES],
)
unsaid(
    "what did the 14th meeting of the security secretaries decide?",
    [S1],
    "only the 13th meeting (5 November 2025) is recorded",
    kind="lookalike",
    absent=[r"^\W*(?:The\s+)?14th\s+meeting\s+(?:decided|adopted|approved)"],
)
q(
    "When did the Interior Ministers Council meet in Minsk?",
    "lookalike",
    [SPB],
    [S2],
    "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»; Minsk is only the BelTA dateline",
)
q(
    "антитеррористические учения в Казахстане в октябре 2025 — что про них известно?",
    "lookalike",
    [P.TAJ],
    [S4],
    "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan» (not Kazakhstan)",
    absent=[STARTS_YES],
)
q(
    "Кто такой Денис Клемез?",
    "lookalike",
    [rf"{P.TREFILOV}|Yevgeny|Евгени"],
    [S1, S2],
    "Denis Trefilov (Deputy Secretary-General) and Yevgeny Klemez (Director of the Security Cooperation Department) are two people",
)
nope(
    "Did the Council of Heads of Customs Services attend the St Petersburg interior ministers' meeting?",
    P.CUSTOMS,
    [S2],
    "S2 lists the states, «the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime …»; the customs council is "
    "listed only at the June XVIII meeting",
    kind="lookalike",
)
q(
    "Was the SCO made a full member of the CIS in Dushanbe?",
    "lookalike",
    [r"observer|наблюдател"],
    [S1],
    "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
    absent=[STARTS_YES],
)

# ---------------------------------------------------------------- out_of_scope
unsaid("What's the weather in Dushanbe today?", [], "nothing in the sources", kind="out_of_scope", absent=[])
unsaid("Кто выиграл чемпионат мира по футболу 2022?", [], "nothing in the sources", kind="out_of_scope", absent=[r"Аргентин|Argentin"])
unsaid("nato defence budget 2026?", [], "nothing in the sources", kind="out_of_scope", absent=[])
unsaid("Сколько стоит билет из Москвы в Душанбе?", [], "nothing in the sources", kind="out_of_scope", absent=[])
unsaid(
    "kogda sleduyushchiy sammit ODKB?",
    [S4],
    "the CSTO appears only as an international organisation at the XVIII meeting; no CSTO summit is recorded",
    kind="out_of_scope",
    absent=[P.FUTURE],
)
unsaid(
    "Who is the Secretary-General of the CIS right now?",
    [S1],
    "the sources name only the Deputy Secretary-General, Denis Trefilov",
    kind="out_of_scope",
    absent=[r"Lebedev|Лебедев", r"^\W*(?:Denis\s+|Денис\s+)?(?:Trefilov|Трефилов)\s+(?:is\s+(?:the\s+)?|—\s*|-\s*|является\s+)(?:CIS\s+)?(?:Secretary|Генеральн)"],
)
unsaid("how do i get a job at the CIS anti-terrorism center", [S0], "nothing in the sources about hiring", kind="out_of_scope", absent=[])

# ---------------------------------------------------------------- style
q(
    WL("где прошло совещание министров внутренних дел в августе?"),
    "style",
    [SPB],
    [S2],
    "wrong layout; «convened for a meeting in St. Petersburg on 12 August»",
)
q(
    "hi!! quick one pls - wen did the security secretaries meet last yr?",
    "style",
    [P.date(5, 11, 2025)],
    [S1],
    "«took place in Moscow on November 5, 2025»",
)
q(
    "skolko stran bylo na soveshanii specsluzhb v moskve",
    "style",
    [NUM[8]],
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan»; «The presence of these eight states»",
)
q(
    "Здравствуйте! Подскажите, пожалуйста, кто такой Трефилов и чем он занимается?",
    "style",
    [DEPUTY],
    [S1],
    "«CIS Deputy Secretary-General Denis Trefilov»",
)
q(WL("кто такой клемез"), "style", [DIRECTOR], [S2], "wrong layout; «Yevgeny Klemez, Director of the Security Cooperation Department»")
q(
    "yo whats cis plus lol",
    "style",
    [r"platform|площадк|format|формат"],
    [S1],
    "«the “Commonwealth of Independent States Plus” format as a platform for cooperation»",
)
q(
    "Привет) а сколько заседаний было у органов безопасности СНГ в 2025м? ну примерно",
    "style",
    [NUM[20]],
    [S0],
    "«In 2025, 20 meetings were held.»",
)

q(
    "when was the summer meeting of the police chiefs?",
    "style",
    [P.date(12, 8, 2025) + r"|\b12\s+(?:August|августа)|August\s+12"],
    [S2],
    "the interior ministers described; «The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August» (BelTA, 13 August 2025)",
)


# ================================================================ conversations
def T(text: str, expect: list[str] | None = None, absent: list[str] | None = None, dd: bool = False, note: str | None = None) -> dict[str, Any]:
    return turn_entry(text, expect, absent, dd, note)


CONVERSATIONS: list[dict[str, Any]] = []


def conv(lang: str, src: list[str], note: str, *turns: dict[str, Any]) -> None:
    CONVERSATIONS.append(
        {"id": f"p25-c{len(CONVERSATIONS) + 1}", "lang": lang, "turns": list(turns), "source": src, "note": note}
    )


conv(
    "en",
    [S2, S4],
    "meeting by description, who told the media, his post (switch to Russian), a 'no' then the other meeting",
    T("Tell me about the St Petersburg meeting", [INTERIOR_ANY, r"\b12\b"]),
    T("who spoke to the media about it?", [P.KLEMEZ]),
    T("а какая у него должность?", [DIRECTOR]),
    T("was Azerbaijan there?", [no(P.AZE)], [STARTS_YES], note="not among the states listed for St Petersburg"),
    T("and at the June one?", [YES], [STARTS_NO], note="Azerbaijan is listed for the XVIII meeting"),
)
conv(
    "ru",
    [S1],
    "Latin-typed Russian; when, ellipsis 'а где?', who, what he said about the SCO",
    T("kagda bylo 13 zasedanie soveta sekretarei sovbezov?", [P.date(5, 11, 2025)]),
    T("a gde?", [MOSCOW], [r"^\W*(?:in\s+|в\s+)?(?:Dushanbe|Душанбе)"]),
    T("kto vystupil s privetstviem?", [P.TREFILOV]),
    T("chto on govoril pro SHOS?", [r"observer|наблюдател"]),
)
conv(
    "en",
    [S4],
    "list, a 'no' among them, 'which of them', what standards, a switch to the ATC",
    T("Which international organizations attended the XVIII meeting?", [P.CSTO, rf"{P.RATS}|{P.SCO}", P.EAG]),
    T("was the UN one of them?", [no(P.UN)], [STARTS_YES]),
    T("which of them reported on joint work with the ATC?", [P.EAG]),
    T("based on what standards?", [r"FATF|ФАТФ"]),
    T("and when was the ATC itself set up?", [r"2000"]),
)
conv(
    "ru",
    [S1],
    "programmes adopted, 'the first one' until when, years left, switch to the concept",
    T("какие программы утвердили в Душанбе?", [r"terror|террор", r"border|границ|погранич"]),
    T("а антитеррористическая до какого года?", [r"2028"]),
    T("и сколько лет ей осталось?", [r"\b2\b|\bдва\b|\bдвух\b|\btwo\b"],
      note="2026-11-30 to the end of 2028: about two years"),
    T("а концепция военного сотрудничества?", [r"2030"]),
)
conv(
    "en",
    [S3, S4],
    "count, a yes among them, the other meeting (no), its count",
    T("how many states were at the intelligence chiefs meeting in Moscow?", [NUM[8]]),
    T("was Turkmenistan among them?", [YES], [STARTS_NO]),
    T("and at the June counter-terrorism meeting?", [no(P.TKM)], [STARTS_YES], note="Turkmenistan not among the states named for XVIII"),
    T("hw many states did that one have?", [NUM[9]], note="«competent authorities of 9 CIS member-states» (eight named)"),
)
conv(
    "ru",
    [S0],
    "Latin-typed: abbreviation, which kind of body, how many of that kind, list them",
    T("chto takoe ATC SNG", [r"Anti-?\s?Terror|Антитеррор"]),
    T("on specializirovannyi ili otraslevoi?", [r"speciali[sz]|специализ"]),
    T("a skolko vsego specializirovannyh?", [NUM[3]]),
    T("perechisli ih", [BCOC_ANY, JOINT_ANY]),
)
conv(
    "en",
    [S3, S0],
    "a person's words, 'when?', then a brand-new question that is not a follow-up, then an ellipsis on it",
    T("What did Peskov say about the CIS?", [r"potential|потенциал"]),
    T("when?", [OCTOBER]),
    T("How many meetings did the CIS security bodies hold in 2025?", [NUM[20]]),
    T("and how many bodies are there in all?", [rf"{NUM[16]}|{NUM[19]}"], note="16 sectoral and 3 specialized"),
)
conv(
    "ru",
    [S1],
    "meeting by description, who spoke, a programme he mentioned (switch to a document), its period",
    T("О чём говорили на ноябрьском совещании секретарей совбезов?", [r"humanitarian|гуманитарн"]),
    T("кто там выступал от Исполкома?", [P.TREFILOV]),
    T("он упоминал программу укрепления безопасности границ?", [YES], [STARTS_NO]),
    T("на какой срок она?", [r"2030"]),
)
conv(
    "en",
    [S4],
    "a session's topic, where, 'а когда?' (switch to Russian), did it happen (not said)",
    T("what was the third session of the June meeting about?", [P.EXERCISE]),
    T("where was it supposed to be held?", [P.TAJ]),
    T("а когда?", [OCTOBER]),
    T("and did it actually take place?", None, [STARTS_YES], dd=True, note="only the plan is recorded"),
)
conv(
    "ru",
    [S4],
    "a person, what he said, at which meeting, a count with a Latin-typed typo",
    T("кто такой Рахмон?", [P.TAJ]),
    T("а что он сказал на совещании?", [r"2000|\bATC\b|\bАТЦ\b|Anti-?\s?Terror|Антитеррор|Cent(?:er|re)|Центр"]),
    T("на каком совещании это было?", [JUNE_MEETING]),
    T("skolko tam bylo specialnyh sesiy?", [NUM[4]]),
)
conv(
    "en",
    [S1, S2],
    "which came first, days between them, the second one's place, which body (Russian)",
    T(
        "Which came first, the interior ministers meeting in St Petersburg or the security secretaries meeting?",
        [rf"{SPB}|Interior|внутренних\s+дел|МВД|August|август"],
        [rf"^\W*(?:The\s+)?(?:{P.SECSEC})"],
    ),
    T("how many days between them?", [r"\b85\b"]),
    T("where was the second one held?", [MOSCOW]),
    T("а какой орган её проводил?", [P.SECSEC + r"|секретар\w*\s+совет\w*\s+безопасн|Совет\w*\s+секретар"]),
)
conv(
    "ru",
    [S2, S0],
    "a person's words on one threat, 'а про …?', where he said it, a brand-new question",
    T("что Клемез говорил про киберпреступность?", [r"cyber|кибер"]),
    T("а про наркотики?", [r"narcot|drug|наркот"]),
    T("где он это говорил?", [rf"{SPB}|Interior|внутренних\s+дел|МВД|BelTA|БелТА|Minsk|Минск"]),
    T("а сколько отраслевых органов СНГ работает в сфере безопасности?", [NUM[16]]),
)


def build() -> str:
    return P.probe_text("probe25", 25, Q, CONVERSATIONS, written="2026-12-02")


def main() -> None:
    P.write_probe(OUT, 25, Q, CONVERSATIONS, written="2026-12-02")


if __name__ == "__main__":
    main()
