"""Probe set 24: a fresh measuring set written on 2026-12-02 in session 24 (after probe23); nobody tunes on it.

Written by hand from the five documents in knowledge/seeds/ only, without reading the other sets' questions
or the engine. Run `python tests/question_bank/build_probe24.py` to rewrite probe24.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import patterns as P
from patterns import S0, S1, S2, S3, S4, case_entry, turn_entry

OUT = Path(__file__).with_name("probe24.yaml")

YES = P.YES
SY = [P.STARTS_YES]
SN = [P.STARTS_NO]
DEPUTY = r"Deputy\s+Secretary|заместител\w*\s+Генеральн|замгенсек|зам\.?\s*генсек"
KLEMEZ_POST = r"Director|директор|head|глав\w*\s+департамент|руковод"
BORDER = r"border|границ|погранич"
TERROR = r"terror|террор"

Q: list[dict[str, Any]] = []


def q(
    text: str,
    kind: str,
    expect: list[str] | None,
    src: list[str],
    note: str,
    absent: list[str] | None = None,
    dd: bool = False,
    decline: bool = False,
) -> None:
    Q.append(case_entry(f"p24-{len(Q) + 1:03d}", text, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


# --- yes_no -----------------------------------------------------------------------------------------
q(
    "did turkmenistan send anyone to the june counter-terror meeting in moscow?",
    "yes_no",
    [P.no(P.TKM)],
    [S4],
    "the XVIII meeting lists Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan (no Turkmenistan)",
    absent=SY,
)
q(
    "Обсуждали ли министры внутренних дел в Петербурге безопасность дорожного движения?",
    "yes_no",
    [YES, r"road|traffic|дорожн"],
    [S2],
    "«cooperation in the field of road safety»",
    absent=SN,
)
q(
    "pravda chto SHOS dali status nablyudatelya v SNG?",
    "yes_no",
    [YES, r"observer|наблюдател"],
    [S1],
    "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
    absent=SN,
)
q(
    "Was the Military Cooperation Concept approved at the security secretaries' meeting in Moscow in November?",
    "yes_no",
    [P.DUSHANBE],
    [S1],
    "approved at the October meetings of the supreme bodies in Dushanbe; Trefilov only reported it at the Moscow meeting",
    absent=SY,
)
q(
    "Участвовал ли Азербайджан во встрече руководителей спецслужб СНГ в Москве?",
    "yes_no",
    [YES, P.AZE],
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, ... attended the meeting»",
    absent=SN,
)
q(
    "Выступал ли Путин на заседании Совета министров внутренних дел в Петербурге?",
    "yes_no",
    [P.no(P.PUTIN)],
    [S2, S3],
    "S2 quotes only Klemez at St Petersburg; Putin's words are in S3 and concern the anniversary, not that meeting",
    absent=SY,
)
q(
    "Did the Executive Committee's report say 25 meetings were held in 2025?",
    "yes_no",
    [P.NUM[20]],
    [S0],
    "«In 2025, 20 meetings were held.»",
    absent=SY,
)
q(
    P.wrong_layout("правда, что ЕАГ работает вместе с АТЦ?"),
    "yes_no",
    [YES, rf"{P.ATC}|{P.EAG}"],
    [S4],
    "«The EAG Secretariat reported on its joint work with the CIS ATC» (wrong keyboard layout)",
    absent=SN,
)
q(
    "Is there any confirmation that the Commonwealth-Antiterror 2025 exercise actually took place?",
    "yes_no",
    None,
    [S4],
    "the third session only discussed the organisation of the exercise planned for October 2025; its holding is not reported",
    absent=SY,
    dd=True,
)

# --- abbreviation -----------------------------------------------------------------------------------
q(
    "what does RATS stand for",
    "abbreviation",
    [r"Regional\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррор"],
    [S4],
    "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»",
)
q(
    "ЕАГ это что?",
    "abbreviation",
    [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"laundering|отмывани|легализац"],
    [S4],
    "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»",
)
q(
    "chto takoe ATC sng",
    "abbreviation",
    [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"],
    [S0, S4],
    "«CIS Anti-Terrorism Center» (one of the 3 specialized bodies)",
)
q(
    "ОДКБ расшифруй",
    "abbreviation",
    [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"],
    [S4],
    "«Collective Security Treaty Organization»",
)
q(
    "whats SCO in the observer news",
    "abbreviation",
    [r"Shanghai|Шанхайск"],
    [S1],
    "«the Shanghai Cooperation Organization the status of an Observer»",
)
q(
    "что за формат СНГ+ такой?",
    "abbreviation",
    [
        r"other\s+states|друг\w+\s+государств|international\s+organi|международн\w+\s+организац|interested|заинтересованн"
    ],
    [S1],
    '«"Commonwealth of Independent States Plus" format as a platform for cooperation between CIS Member States and other states, '
    "their associations, and international organizations»",
)

# --- topic ------------------------------------------------------------------------------------------
q(
    "О чём говорили на летней встрече глав полиции СНГ?",
    "topic",
    [
        r"migra|миграц|road|дорожн|forensic|экспертн|prevention|профилактик|information|информацион|destructive|деструктив"
    ],
    [S2],
    "«discussed issues related to the implementation of interstate crime prevention programs ... illegal migration, road safety, "
    "expert and forensic activities»",
)
q(
    "what was on the agenda of the security secretaries in Moscow?",
    "topic",
    [r"humanitarian|гуманитарн|educat|образоват"],
    [S1],
    "«The agenda of today's meeting includes consideration of the development of humanitarian and educational cooperation»",
)
q(
    "что обсуждали на третьей секции антитеррористического совещания в июне?",
    "topic",
    [P.EXERCISE],
    [S4],
    '«The third session discussed the organization of a joint anti-terrorist exercise ... "Commonwealth-Antiterror - 2025"»',
)
q(
    "pro chto byla 4 sessiya na XVIII vstreche",
    "topic",
    [r"radicali|радикализ"],
    [S4],
    "«During the fourth session on counteracting radicalization of the population»",
)
q(
    "drones - did any CIS meeting talk about them? which one",
    "topic",
    [rf"{P.XVIII}|June|июн"],
    [S4],
    "first session of the XVIII meeting (10 June 2025): «terrorist acts with use of unmanned aerial vehicles»",
)
q(
    "где обсуждали киберпреступность?",
    "topic",
    [rf"{P.SPB}|{P.INTEL}|{P.INTERIOR}"],
    [S2, S3],
    "Klemez at St Petersburg: «the escalating scale of cybercrime»; S3: «counterterrorism, cyber defense»",
)
q(
    "what did the Dushanbe summit decide on transnational crime",
    "topic",
    [r"Joint\s+Statement|Совместн\w+\s+заявлени"],
    [S1],
    "«The Heads of State also adopted a Joint Statement on Cooperation in Combating Transnational Crime»",
)

# --- attribute --------------------------------------------------------------------------------------
q(
    "who is Yevgeny Klemez",
    "attribute",
    [KLEMEZ_POST, r"Security\s+Cooperation|сотрудничества\s+в\s+сфере\s+безопасности|Department|департамент"],
    [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»",
)
q(
    "Кем был Рахмон, который приветствовал антитеррористическое совещание?",
    "attribute",
    [r"President|Президент|Chair|Председател"],
    [S4],
    "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»",
)
q(
    "в каком городе прошла 13-я встреча секретарей советов безопасности?",
    "attribute",
    [P.MOSCOW],
    [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow»",
)
q(
    "when did the 18th meeting of the counter-terrorism heads take place?",
    "attribute",
    [P.date(10, 6, 2025)],
    [S4],
    "«was held in Moscow on June 10, 2025» (the report is dated 16 June)",
)
q(
    "kto privetstvoval uchastnikov soveta sekretarey sovbezov",
    "attribute",
    [P.TREFILOV],
    [S1],
    "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»",
)
q(
    "Кто возглавляет Совет министров внутренних дел СНГ?",
    "attribute",
    None,
    [S0, S2],
    "no chair or head of the Council is named in the sources",
    absent=[r"^\W*(?:Klemez|Клемез|Trefilov|Трефилов)"],
    dd=True,
)
q(
    "which agency's press office reported on the meeting of the intelligence chiefs?",
    "attribute",
    [r"Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"],
    [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda ...»",
)

# --- list -------------------------------------------------------------------------------------------
q(
    "перечисли специализированные органы СНГ в сфере безопасности",
    "list",
    [P.ATC, P.BCOC, P.JOINT_COMMISSION],
    [S0],
    "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime ...; Joint Commission ...»",
)
q(
    "which international organisations were at the june ct meeting",
    "list",
    [P.CSTO, P.RATS, P.EAG],
    [S4],
    "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the SCO, Eurasian Group ...»",
)
q(
    "какие страны были на встрече МВД в Питере?",
    "list",
    [P.ARM, P.BEL, P.KAZ, P.KYR, P.RUS, P.TAJ, P.TKM, P.UZB],
    [S2],
    "«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
    absent=[P.bare(P.AZE)],
)
q(
    "list the documents approved at the Dushanbe summit in October",
    "list",
    [P.CONCEPT, TERROR, BORDER],
    [S1],
    "«the Military Cooperation Concept ... until 2030 was approved, along with the Programmes for Cooperation in Countering Terrorism "
    "and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
)
q(
    "kakie ugrozy nazval Klemez",
    "list",
    [r"extrem|экстрем", r"migra|миграц", r"narco|drug|наркот", r"cyber|кибер"],
    [S2],
    "extremist movements, illegal migration, narcotics, weapons smuggling, cybercrime, money laundering and corruption",
)
q(
    "назови базовые организации, которые были представлены на XVIII совещании",
    "list",
    [r"languages|язык", BORDER],
    [S4],
    "«4 basic organizations ... for training ... commanding staff in the border sphere, and on languages and culture»",
)
q(
    "Какие органы СНГ, кроме делегаций государств, были на заседании СМВД в Петербурге?",
    "list",
    [P.ATC, P.BCOC],
    [S2],
    "«the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime»",
)
q(
    "what did Klemez say the heads of state were to sign",
    "list",
    [r"controlled\s+deliver|контролируем\w+\s+поставк", r"sentenced|осужд"],
    [S2],
    "«to sign the treaty on international controlled delivery operations and the optional protocol to the convention on the transfer of sentenced persons»",
)

# --- count ------------------------------------------------------------------------------------------
q(
    "скольк отраслевых органов сотрудничества в сфере безопасности в снг",
    "count",
    [P.NUM[16]],
    [S0],
    "«16 sectoral cooperation bodies operate in the security sphere»",
)
q(
    "how many meetings did those security bodies hold in 2025",
    "count",
    [P.NUM[20]],
    [S0],
    "«In 2025, 20 meetings were held.»",
)
q(
    "skolko stran bylo na vstreche glav specsluzhb v moskve",
    "count",
    [P.NUM[8]],
    [S3],
    "«The presence of these eight states»",
)
q(
    "how many CIS bodies sent working structures to the June 2025 counter-terrorism meeting?",
    "count",
    [P.NUM[13]],
    [S4],
    "«working structures of 13 CIS bodies»",
)
q(
    "сколько всего органов в сфере безопасности — отраслевых и специализированных вместе?",
    "count",
    [P.NUM[19]],
    [S0],
    "16 sectoral + 3 specialized = 19",
)
q(
    "сколько секций было на XVIII совещании помимо пленарки?",
    "count",
    [P.NUM[4]],
    [S4],
    "«The meeting included a plenary session and 4 specialized sessions.»",
)
q(
    "Сколько государств участвовало в июньском совещании 2025 года — и сходится ли число с перечнем?",
    "count",
    [P.NUM[9], P.NUM[8]],
    [S4],
    "«competent authorities of 9 CIS member-states» but only eight states are named",
)
q(
    "сколько международных организаций участвовало в антитеррористическом совещании?",
    "count",
    [P.NUM[3]],
    [S4],
    "«3 international organizations»",
)

# --- quote ------------------------------------------------------------------------------------------
q(
    "what exactly did Trefilov say the Dushanbe documents define",
    "quote",
    [r"special\s+services|спецслужб", r"medium\s+term|среднесрочн"],
    [S1],
    "«These documents define the activities of our special services and law enforcement agencies for the medium term»",
)
q(
    "что Песков сказал о сотрудничестве в СНГ?",
    "quote",
    [r"potential|потенциал"],
    [S3],
    "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times»",
)
q(
    "chto skazal Klemez pro istoricheskuyu pamyat",
    "quote",
    [r"rewrite|переписа|memory|памят"],
    [S2],
    "«to unite our efforts in preserving the historical memory, countering attempts to rewrite history»",
)
q(
    "что Трефилов сказал про молодёжь? дословно",
    "quote",
    [r"destructive|деструктивн", r"ideolog|идеолог"],
    [S1],
    "«reducing the involvement of our countries' populations, especially youth, in destructive ideological movements»",
)
q(
    "Что Рахмон отметил в своём обращении?",
    "quote",
    [r"\b2000\b", rf"{P.ATC}|Cent|центр"],
    [S4],
    "«noted the validity of the decision taken in 2000 ... to establish the CIS ATC and emphasized the Center's significant contribution»",
)
q(
    "what did Klemez say about the role of the Interior Ministers Council",
    "quote",
    [r"crucial|key|ключев|важн|решающ"],
    [S2],
    "«the CIS Interior Ministers Council plays a crucial role in ensuring the security of CIS member states»",
)
q(
    "цитата Клемеза про будущее Содружества",
    "quote",
    [r"actions|действи", r"future|будущ"],
    [S2],
    "«Our actions today will inform the future of the Commonwealth of Independent States.»",
)

# --- time (today = 2026-11-30) ----------------------------------------------------------------------
q(
    "how long ago was the St Petersburg interior ministers meeting",
    "time",
    [r"\b475\b|\b1\s+year|\bone\s+year|\bгод\b|\b1\s+год|15\s+month|16\s+month|15\s+месяц|16\s+месяц"],
    [S2],
    "12 August 2025 to 30 November 2026 = 475 days, about 1 year 3.5 months",
)
q(
    "сколько лет прошло с создания АТЦ СНГ?",
    "time",
    [r"\b26\b|двадцат\w*\s+шест|twenty-six"],
    [S4],
    "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»; 2026 − 2000 = 26",
)
q(
    "Программа по противодействию терроризму на 2026–2028 уже действует?",
    "time",
    [P.CT_PERIOD],
    [S1],
    "approved for 2026–2028; today (2026-11-30) is within that period",
    absent=SN,
)
q(
    "skolko let ostalos do konca programmy po ukrepleniyu granic",
    "time",
    [r"\b2030\b", r"\b[34]\b|three|four|тр[иёе]|четыр"],
    [S1],
    "«in Strengthening Border Security on the External Borders until 2030»; from end 2026 that is 3–4 years",
)
q(
    "which came first, the St Petersburg meeting or the 18th ct meeting? and by how many days",
    "time",
    [r"\b63\b", rf"{P.XVIII}|June|июн"],
    [S2, S4],
    "10 June 2025 (XVIII, Moscow) then 12 August 2025: 63 days",
)
q(
    "какая из описанных встреч была самой последней по времени?",
    "time",
    [rf"{P.date(5, 11, 2025)}|{P.SECSEC}|секретар"],
    [S1],
    "the 13th Security Secretaries meeting, 5 November 2025, is the latest dated event",
)
q(
    "when is the next CIS security secretaries meeting?",
    "time",
    None,
    [S1],
    "the sources only say the meetings are annual; no next date",
    absent=[P.FUTURE, P.DATED_2026],
    dd=True,
)
q(
    "в каком месяце планировались учения Содружество-Антитеррор-2025?",
    "time",
    [r"October|октябр"],
    [S4],
    '«"Commonwealth-Antiterror - 2025" in October 2025 on the territory of the Republic of Tajikistan»',
)

# --- lookalike --------------------------------------------------------------------------------------
q(
    "is the CIS Council of Heads of Customs Services one of the 16 sectoral security bodies?",
    "lookalike",
    [P.no(P.CUSTOMS)],
    [S0, S4],
    "not in the list of 16 sectoral bodies; it only appears among the 13 bodies at the XVIII meeting",
    absent=SY,
)
q(
    "Клемез — это замгенсекретаря СНГ?",
    "lookalike",
    [KLEMEZ_POST],
    [S1, S2],
    "Klemez is Director of the Security Cooperation Department; the Deputy Secretary-General is Trefilov",
    absent=SY,
)
q(
    "the 13th security secretaries meeting in Dushanbe - what was on its agenda?",
    "lookalike",
    [P.MOSCOW],
    [S1],
    "false premise: the 13th meeting was in Moscow; Dushanbe hosted the October summit",
)
q(
    "Совет руководителей подразделений финансовой разведки — отраслевой или специализированный орган?",
    "lookalike",
    [r"sectoral|отраслев"],
    [S0],
    "«CIS Heads of Financial Intelligence Council» is in the list of 16 sectoral bodies",
    absent=[P.bare(r"speciali[sz]ed|специализированн")],
)
q(
    "Antiterroristicheskiy centr eto otraslevoy organ?",
    "lookalike",
    [r"speciali[sz]ed|специализированн"],
    [S0],
    "the CIS Anti-Terrorism Center is one of the 3 specialized bodies, not one of the 16 sectoral",
    absent=SY,
)
q(
    "was the interior ministers meeting in St Petersburg the XVIII meeting?",
    "lookalike",
    [r"Moscow|Москв|counter-?terror|антитеррор|June|июн"],
    [S2, S4],
    "the XVIII meeting was the counter-terrorism heads' meeting in Moscow on 10 June 2025",
    absent=SY,
)
q(
    "Программа укрепления безопасности на границах рассчитана на 2026–2028?",
    "lookalike",
    [r"\b2030\b"],
    [S1],
    "the border programme runs «until 2030»; 2026–2028 is the counter-terrorism and extremism programme",
    absent=SY,
)

# --- out_of_scope -----------------------------------------------------------------------------------
q("what's the weather in Dushanbe tomorrow", "out_of_scope", None, [], "not about the sources", decline=True)
q("курс доллара к рублю сегодня?", "out_of_scope", None, [], "not about the sources", decline=True)
q("kto vyigral chempionat mira po futbolu 2022", "out_of_scope", None, [], "not about the sources", decline=True)
q("Сколько стран в НАТО?", "out_of_scope", None, [], "not about the sources", decline=True)
q("напиши стих про весну", "out_of_scope", None, [], "not about the sources", decline=True)
q("how do I reset my iphone", "out_of_scope", None, [], "not about the sources", decline=True)
q(
    P.wrong_layout("какая столица Австралии"),
    "out_of_scope",
    None,
    [],
    "not about the sources (wrong keyboard layout)",
    decline=True,
)

# --- style ------------------------------------------------------------------------------------------
q(
    "hey so my boss asked me real quick, where did the CIS police ministers get together last summer? just the city pls",
    "style",
    [P.SPB],
    [S2],
    "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»",
    absent=[P.bare(P.MOSCOW)],
)
q("мвд снг август где", "style", [P.SPB], [S2], "«convened for a meeting in St. Petersburg on 12 August»")
q(
    "kagda byla vstrecha sekretarey sovbezov v moskve",
    "style",
    [P.date(5, 11, 2025)],
    [S1],
    "«took place in Moscow on November 5, 2025»",
)
q(
    "wen was the cis anti terorism centre set up",
    "style",
    [r"\b2000\b"],
    [S4],
    "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»",
)
q(
    P.wrong_layout("сколько стран было на встрече в Петербурге"),
    "style",
    [P.NUM[8]],
    [S2],
    "eight states named (wrong keyboard layout)",
)
q(
    "Слушай, а вот этот Трефилов — он вообще кто по должности, в двух словах?",
    "style",
    [DEPUTY],
    [S1],
    "«CIS Deputy Secretary-General Denis Trefilov»",
)
q(
    "tl;dr of the exec committee report on security bodies pls",
    "style",
    [P.NUM[16], P.NUM[20]],
    [S0],
    "16 sectoral and 3 specialized bodies; «In 2025, 20 meetings were held.»",
)


# --- conversations ----------------------------------------------------------------------------------
T = turn_entry
CONVERSATIONS: list[dict[str, Any]] = []


def conv(lang: str, src: list[str], note: str, *turns: dict[str, Any]) -> None:
    CONVERSATIONS.append(
        {"id": f"p24-c{len(CONVERSATIONS) + 1}", "lang": lang, "turns": list(turns), "source": src, "note": note}
    )


conv(
    "ru",
    [S2],
    "a meeting by description, then its speaker, his words, a state not there, the count",
    T("Что за встреча была в Питере в августе 2025?", [P.INTERIOR]),
    T("а кто там выступал от исполкома?", [P.KLEMEZ]),
    T("какие угрозы он назвал?", [r"migra|миграц|narco|drug|наркот|cyber|кибер|extrem|экстрем"]),
    T("а Азербайджан там был?", [P.no(P.AZE)], SY, note="Azerbaijan is not among the eight states listed"),
    T("и сколько стран всего?", [P.NUM[8]]),
)
conv(
    "en",
    [S1],
    "meeting, its speaker, his post, what he named, a language switch back to the meeting",
    T("Tell me about the 13th security secretaries meeting", [rf"{P.MOSCOW}|{P.date(5, 11, 2025)}"]),
    T("who gave the welcome speech?", [P.TREFILOV]),
    T("what's his position?", [DEPUTY]),
    T("and which programmes did he mention?", [TERROR, BORDER]),
    T("а что было на повестке?", [r"humanitarian|гуманитарн|educat|образоват"]),
)
conv(
    "ru",
    [S4],
    "Latin-typed Russian: date, ellipsis 'where', count, membership yes",
    T("kogda bylo XVIII soveshchanie po terrorizmu", [P.date(10, 6, 2025)]),
    T("a gde?", [P.MOSCOW]),
    T("skolko mezhdunarodnykh organizatsiy tam bylo", [P.NUM[3]]),
    T("a ODKB sredi nikh?", [YES, P.CSTO], SN),
)
conv(
    "en",
    [S4],
    "organisations at a meeting, what one reported, then a switch to the founding of a body",
    T("which international organisations attended the June counter-terrorism meeting?", [P.CSTO, P.RATS, P.EAG]),
    T("what did the EAG report there?", [r"laundering|отмывани|легализац|ATC|АТЦ|Anti-?Terror|Антитеррор"]),
    T("by which standards is that monitored?", [r"FATF|ФАТФ"]),
    T(
        "who decided to set up the ATC and when?",
        [r"\b2000\b", r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств"],
    ),
)
conv(
    "ru",
    [S3],
    "the intelligence chiefs: place, states, a state not in the list, an undated meeting, a person's words",
    T("Где прошла встреча руководителей спецслужб СНГ?", [P.MOSCOW]),
    T("кто из стран приехал?", [P.AZE, P.TKM, P.UZB]),
    T("а делегация России в списке есть?", [P.no(P.RUS)], SY, note="Russia is not among the eight delegations named"),
    T("а когда она была?", None, [P.DATED_2026], dd=True, note="the article gives no date"),
    T("что про СНГ говорил Песков?", [r"potential|потенциал"]),
)
conv(
    "en",
    [S1],
    "summit decisions followed up with pronouns, ending on a wrong-city yes/no",
    T("what did the Dushanbe summit decide about the SCO?", [r"observer|наблюдател"]),
    T("and about transnational crime?", [r"Joint\s+Statement|Совместн\w+\s+заявлени"]),
    T("where will its text be distributed?", [P.UN]),
    T("was it adopted in Moscow?", [P.DUSHANBE], SY),
)
conv(
    "ru",
    [S0, S4],
    "counts, a list of 'them', a total, then a brand-new question about a person",
    T("Сколько отраслевых органов сотрудничества в сфере безопасности в СНГ?", [P.NUM[16]]),
    T("а специализированных?", [P.NUM[3]]),
    T("перечисли их", [P.ATC, P.BCOC, P.JOINT_COMMISSION]),
    T("а сколько встреч они провели в 2025?", [P.NUM[20]]),
    T("Кто такой Эмомали Рахмон?", [r"President|Президент|Chair|Председател"], note="new question mid-chat"),
)
conv(
    "en",
    [S4],
    "a session of a meeting, the place and month of what it planned, language switch, not-said",
    T("what happened at the third session of the XVIII meeting?", [P.EXERCISE]),
    T("where was it to be held?", [P.TAJ]),
    T("а когда?", [r"October|октябр"]),
    T("did it actually take place?", None, SY, dd=True, note="only its organisation was discussed"),
)
conv(
    "ru",
    [S1, S2],
    "Latin-typed: one speaker then another by name, and where / when the second spoke",
    T(
        "o chem govoril Trefilov",
        [r"Dushanbe|Душанбе|CIS\s*Plus|СНГ\s*(?:плюс|\+)|SCO|ШОС|observer|наблюдат|concept|концепц|programm|программ"],
    ),
    T("a Klemez?", [r"secur|безопасн|threat|угроз|solidar|солидарн|memory|памят|migra|миграц"]),
    T("gde on vystupal?", [P.SPB]),
    T("a kogda?", [rf"{P.date(12, 8, 2025)}|12\s+(?:August|Aug|августа)"]),
)
conv(
    "en",
    [S0],
    "a figure, who published it, when, then an out-of-scope question mid-chat",
    T("how many meetings did the CIS security bodies hold in 2025?", [P.NUM[20]]),
    T("who published that figure?", [P.EXEC]),
    T("when?", [r"2\s+March|March\s+2\b|2\s+марта"]),
    {"q": "what's the weather in Moscow today?", "decline": True},
)  # turn_entry has no decline
conv(
    "ru",
    [S4],
    "sessions by ordinal with ellipsis, then the count",
    T(
        "Что обсуждали на первой секции совещания в июне 2025?",
        [r"drone|unmanned|беспилот|БПЛА|propaganda|пропаганд|threat|угроз|fighter|боевик|national|национальн"],
    ),
    T("а на второй?", [r"international|международн|border|погранич|financ|финансир"]),
    T("а на четвертой?", [r"radicali|радикализ"]),
    T("сколько всего было специализированных секций?", [P.NUM[4]]),
)
conv(
    "en",
    [S2, S3, S4],
    "one state at three meetings, switching to Russian, then days between two meetings",
    T("Was Turkmenistan at the St Petersburg interior ministers meeting?", [YES, P.TKM], SN),
    T(
        "and at the June CT meeting in Moscow?",
        [P.no(P.TKM)],
        SY,
        note="not among the states listed for the XVIII meeting",
    ),
    T("а на встрече спецслужб?", [YES], SN),
    T("сколько дней между июньской встречей и питерской?", [r"\b63\b"]),
)


def build() -> str:
    return P.probe_text("probe24", 24, Q, CONVERSATIONS, written="2026-12-02")


def main() -> None:
    P.write_probe(OUT, 24, Q, CONVERSATIONS, written="2026-12-02")


if __name__ == "__main__":
    main()
