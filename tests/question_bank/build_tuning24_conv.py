"""Writes tuning24_conv.yaml: conversations written in session 24 (helper "t24-conv") by a fresh reader of the
five documents in knowledge/seeds/, without reading the engine or the other sets, the way a fresh tester writes
them: pronouns, ellipsis, "which of them", "the first / the other one", a yes/no whose honest answer is no or not
said, a switch of entity type or of language, a meeting named by description in a follow-up, a brand-new full
question mid-chat, typos in any word, Latin-typed Russian and the wrong keyboard layout.

    python tests/question_bank/build_tuning24_conv.py
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
    CIS_PLUS,
    CONCEPT,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DEFENCE,
    DUSHANBE,
    EAG,
    EXEC,
    INTERIOR,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    MOSCOW,
    NUM,
    PROSECUTORS,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SECSEC,
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
    date,
    dump_set,
    en_layout,
    month,
    no,
    turn_entry,
)

T = turn_entry

AUG12 = date(12, 8, 2025) + r"|\b12\s+(?:August|августа)|August\s+12"
JUNE10 = date(10, 6, 2025) + r"|June\s+10|\b10\s+(?:June|июня)"
NOV5 = date(5, 11, 2025) + r"|November\s+5|\b5\s+(?:November|ноября)"
OCT2025 = month(10, 2025)
# only planned, not recorded as done
PLANNED = r"plan|планир|предполаг|intend|expected|намеч|not\s+(?:yet\s+)?(?:say|said|record|report)|не\s+сообща|не\s+указ"
EXERCISE_NAME = r"Commonwealth[\s-]*Anti-?\s?terror|Содружество[\s-]*Антитеррор"
# a precise day of any month: the sources give none for the Moscow meeting of the security services' heads
ANY_DAY = (
    r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+20\d\d"
)

CONVERSATIONS: list[dict[str, Any]] = []


def chat(lang: str, src: list[str], note: str, *turns: dict[str, Any]) -> None:
    CONVERSATIONS.append(
        {"id": f"t24conv-c{len(CONVERSATIONS) + 1}", "lang": lang, "turns": list(turns), "source": src, "note": note}
    )


# c1
chat(
    "ru", [S2], "interior ministers: place, then the date, the speaker, his post (pronoun), a state not listed",
    T("Где собирался совет министров внутренних дел СНГ в августе?", [SPB],
      note="«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»"),
    T("а какого числа?", [AUG12]),
    T("а кто председательствовал?", None,
      [r"(?:Klemez|Клемез)[^.;]{0,40}(?:chair|председат)|(?:chair|председат)\w*[^.;]{0,40}(?:Klemez|Клемез)"], dd=True,
      note="002 does not say who chaired the meeting"),
    T("кто там выступал от исполкома?", [KLEMEZ],
      note="«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»"),
    T("какая у него должность?", [r"Director|директор",
                                  r"Security\s+Cooperation|сотрудничеств\w*\s+в\s+сфере\s+безопасности|безопасност|security"]),
    T("а Азербайджан участвовал?", [no(AZE)], [STARTS_YES],
      note="«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan» (no Azerbaijan)"),
)

# c2
chat(
    "en", [S1, S2], "security secretaries: date, place (not the Dushanbe of the text), speaker, his post, a claim of him elsewhere",
    T("When did the CIS security secretaries hold their 13th meeting?", [NOV5],
      note="«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»"),
    T("where?", [MOSCOW], [r"^\W*(?:in\s+|в\s+)?(?:Dushanbe|Душанбе)"]),
    T("who gave the welcoming speech?", [TREFILOV]),
    T("what's his position?", [r"Deputy\s+Secretary[\s-]*General|заместител\w*\s+Генеральн\w*\s+секретар"]),
    T("did he also speak at the St Petersburg meeting in August?", [no(TREFILOV + "|" + SPB)], [STARTS_YES],
      note="002 names only Klemez at the St Petersburg meeting; Trefilov is not mentioned there"),
)

# c3
chat(
    "ru", [S4], "Latin-typed with typos: the XVIII counter-terrorism meeting, then where, how many states, a state not listed, who greeted it",
    T("kagda proshlo XVIII soveshchanie rukovoditelei antiterroristicheskih podrazdelenii?", [JUNE10],
      note="«was held in Moscow on June 10, 2025»"),
    T("a gde?", [MOSCOW]),
    T("skolko stran tam bylo predstavleno?", [NUM[9] + "|" + NUM[8]],
      note="«competent authorities of 9 CIS member-states» (eight are named)"),
    T("a Turkmenistan byl?", [no(TKM)], [STARTS_YES],
      note="the list of states names Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan"),
    T("kto prislal privetstvie?", [RAHMON],
      note="«a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»"),
)

# c4
chat(
    "en", [S0, S2], "specialised bodies: count, list, which of them, which of them at a meeting, then a total in Russian",
    T("How many specialised bodies does the CIS have in the security sphere?", [NUM[3]], note="«and 3 specialized bodies»"),
    T("list them", [ATC, BCOC, JOINT_COMMISSION]),
    T("which of them deals with illegal migration?", [JOINT_COMMISSION],
      note="«Joint Commission of the Agreement on Cooperation of the CIS Member States in Combating Illegal Migration»"),
    T("and which of them were at the interior ministers' meeting in St Petersburg?", [ATC, BCOC],
      note="«the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime»"),
    T("а сколько всего заседаний эти органы провели в 2025 году?", [NUM[20]], note="«In 2025, 20 meetings were held.»"),
    T("а в 2024?", None, dd=True, note="000 gives the count for 2025 only"),
)

# c5
chat(
    "ru", [S1], "Dushanbe summit: SCO, then CIS Plus, who told it, at which meeting, a claim about the CSTO the sources do not make",
    T("Что решили в Душанбе в октябре насчёт ШОС?", [SCO, r"observer|наблюдател"],
      note="«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»"),
    T("а что за формат СНГ плюс?", [r"platform|площадк|format|формат", r"states|государств|organi[sz]ations|организац"],
      note="«as a platform for cooperation between CIS Member States and other states, their associations, and international organizations»"),
    T("кто об этом рассказывал?", [TREFILOV]),
    T("на каком заседании?", [SECSEC + r"|\b13"]),
    T("а ОДКБ тоже получила статус наблюдателя?", [no(CSTO)], [STARTS_YES],
      note="only the SCO is recorded as granted observer status"),
)

# c6
chat(
    "en", [S1, S2], "programmes approved at Dushanbe: the first one, the other one, a wrong city, a treaty only planned",
    T("Which programmes were approved at the Dushanbe summit?", [r"terror|террор", r"border|границ"],
      note="«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»"),
    T("how long does the first one run?", [CT_PERIOD]),
    T("and the other one?", [r"\b2030\b"]),
    T("were they approved in Moscow?", [DUSHANBE], [STARTS_YES]),
    T("and the treaty on controlled deliveries — has it been signed?", [PLANNED], [STARTS_YES],
      note="002: «Plans are in place … to sign the treaty on international controlled delivery operations»; 001 does not record its signing"),
)

# c7
chat(
    "ru", [S2], "a person: who, where, what he said on two topics, then the source's agency and city (language switch)",
    T("Кто такой Евгений Клемез?", [r"Director|директор"]),
    T("где проходила встреча, о которой он говорил?", [SPB]),
    T("что он сказал про киберпреступность?", [r"cyber|кибер", r"escalat|scale|масштаб|рост|раст"],
      note="«Significant concerns include weapons smuggling and the escalating scale of cybercrime.»"),
    T("а про отмывание денег?", [r"launder|отмыв"],
      note="«Equally pressing is the challenge of combating money laundering and corruption that transcends national borders.»"),
    T("Which news agency published this?", [r"BelTA|БелТА"], note="«MINSK, 13 August (BelTA)»"),
    T("и из какого города?", [r"Minsk|Минск"]),
)

# c8
chat(
    "en", [S3], "heads of security services in Moscow: states, count, a state not listed, an undated meeting, who briefed",
    T("The meeting of heads of security and intelligence services in Moscow — which countries sent delegations?", [AZE, TKM, UZB],
      note="«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»"),
    T("how many is that?", [NUM[8]], note="«The presence of these eight states»"),
    T("was Russia among them?", [no(RUS)], [STARTS_YES], note="Russia is not in the list of delegations"),
    T("when was it held?", None, [ANY_DAY], dd=True, note="the article gives no date for the meeting"),
    T("who briefed on the agenda?", [r"Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"],
      note="«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda …»"),
)

# c9
chat(
    "ru", [S4], "the third session's exercise: where, when (wrong keyboard layout), who reported on the ATC, by which standards",
    T("Какие учения обсуждали на третьей сессии антитеррористического совещания?", [EXERCISE_NAME],
      note="«The third session discussed the organization of a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»"),
    T("а где их собирались провести?", [TAJ], note="«on the territory of the Republic of Tajikistan»"),
    T(en_layout("а когда?"), [OCT2025], note="«in October 2025»"),
    T("кто на том совещании отчитывался о совместной работе с АТЦ?", [EAG],
      note="«The EAG Secretariat reported on its joint work with the CIS ATC»"),
    T("по каким стандартам оценивается эта работа?", [r"FATF|ФАТФ"],
      note="«monitored through the Eurasian Group's assessment mechanisms based on international FATF standards»"),
)

# c10
chat(
    "en", [S2], "topics of the St Petersburg meeting, then Russian ellipsis: road safety too, cybercrime, a topic not listed, states",
    T("What did the interior ministers discuss at their St Petersburg meeting?",
      [r"migration|миграц", r"road|дорожн|forensic|экспертн|information|информацион"],
      note="«The Council discussed topical problems in the fight against illegal migration, cooperation in the field of road safety, expert and forensic activities …»"),
    T("а дорожная безопасность тоже?", [YES, r"road|дорожн"], [STARTS_NO]),
    T("а киберпреступления?", [YES, r"information|информацион|ICT|ИКТ|cyber|кибер"], [STARTS_NO],
      note="«enhancing informational cooperation in combating crimes committed using information and communication technologies»"),
    T("и торговлю людьми?", [no(r"trafficking|торговл\w*|людьми|human")], [STARTS_YES],
      note="human trafficking is not among the topics (Klemez mentions drug trafficking routes, not trafficking in people)"),
    T("сколько государств там было?", [NUM[8]]),
)

# c11
chat(
    "ru", [S0, S4], "sectoral bodies: count, one in the list, one not in it, then that body at the June meeting (pronoun), a count there",
    T("Сколько отраслевых органов сотрудничества в сфере безопасности в СНГ?", [NUM[16]],
      note="«16 sectoral cooperation bodies operate in the security sphere»"),
    T("а Совет командующих пограничными войсками среди них?", [YES, r"Border|погранич"], [STARTS_NO],
      note="«CIS Border Troops Commanders Council»"),
    T("а Совет руководителей таможенных служб?", [no(CUSTOMS)], [STARTS_YES],
      note="not in the list of 16 sectoral bodies of 000"),
    T("а он был на июньском совещании в Москве?", [YES], [STARTS_NO],
      note="004: «working structures of 13 CIS bodies – … Council of Heads of Customs Services …»"),
    T("сколько всего органов СНГ там было?", [NUM[13]]),
)

# c12
chat(
    "en", [S4], "a person: who, which meeting, what decision, presence in person (not said), his other post, in Russian",
    T("Who is Emomali Rahmon according to the sources?", [r"President|Президент", TAJ]),
    T("which meeting did he send a congratulatory address to?", [XVIII]),
    T("what decision from 2000 did he mention?", [ATC, r"establish|creat|set\s+up|созда|учрежд"],
      note="«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»"),
    T("а он лично присутствовал?", None, [STARTS_YES], dd=True,
      note="the plenary «heard a congratulatory address»; his presence is not recorded"),
    T("какую ещё должность он занимает?", [r"Chair|Председател", r"Heads\s+of\s+(?:CIS\s+)?States|глав\s+государств"],
      note="«the Chair of the Council of Heads of CIS States»"),
)

# c13
chat(
    "ru", [S3], "Latin-typed: Peskov's words, when, his post, Putin's words, then another person",
    T("chto skazal Peskov pro SNG?", [r"potential|потенциал"],
      note="«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»"),
    T("a kogda on eto skazal?", [r"October|октябр"], note="«in an October statement»"),
    T("kto on po dolzhnosti?", [r"Press\s+Secretary|пресс-секретар"]),
    T("a Putin chto govoril?", [r"\b80", r"Victory|Побед"],
      note="«next year the CIS countries will jointly celebrate the 80th anniversary of the victory in the Great Patriotic War»"),
    T("a chto predlagal genprokuror Rossii?", [r"reform|реформ"],
      note="«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»"),
)

# c14
chat(
    "en", [S2, S4], "two meetings compared: which first, days between, states at both, states at one only (Russian), speaker at one by description",
    T("Which came first: the interior ministers' meeting in St Petersburg or the counter-terrorism heads' meeting in Moscow?",
      [r"counter-?\s?terror|антитеррор|XVIII|June|июн"],
      [r"^[^.]{0,40}(?:Petersburg|Петербург|interior|МВД|внутренних)[^.]{0,60}(?:first|earlier|раньше|перв)"],
      note="10 June 2025 (004) before 12 August 2025 (002)"),
    T("how many days apart?", [r"\b63\b"]),
    T("which states were at both?", [ARM, UZB, KAZ], [bare(AZE), bare(TKM)],
      note="at both: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan"),
    T("а какие были только на одной из них?", [AZE, TKM],
      note="Azerbaijan only at the June meeting, Turkmenistan only at the August one"),
    T("кто выступал на петербургской?", [KLEMEZ]),
)

# c15
chat(
    "ru", [S1, S4], "security secretaries then a brand-new full question about the exercise (not about the meeting in context)",
    T("Когда было 13-е заседание Совета секретарей советов безопасности СНГ?", [NOV5]),
    T("что было в повестке?", [r"humanitarian|гуманитар", r"educat|образоват"],
      note="«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»"),
    T("Где должны были пройти учения «Содружество-Антитеррор-2025»?", [TAJ], [r"^\W*(?:in\s+|в\s+)?(?:Moscow|Москв)"]),
    T("а когда?", [OCT2025]),
    T("кто должен был в них участвовать?", [r"competent|компетентн"],
      note="«a joint anti-terrorist exercise of the competent authorities of the CIS member-states»"),
)

# c16
chat(
    "en", [S2, S4], "terse with typos: interior ministers' date, place, states, a state not there, then that state at the June meeting",
    T("wen did the interior ministers meet", [AUG12]),
    T("wher", [SPB]),
    T("which states", [ARM, TKM], [bare(AZE)]),
    T("azerbaijan?", [no(AZE)], [STARTS_YES]),
    T("and at the june one in moscow?", [YES], [STARTS_NO], note="004 lists «the Republic of Azerbaijan»"),
)

# c17
chat(
    "ru", [S1], "the joint statement: what, where it goes, done already (only planned), who adopted it, the summit's other decisions",
    T("Какое совместное заявление приняли главы государств в Душанбе?", [r"transnational|транснационал"],
      note="«a Joint Statement on Cooperation in Combating Transnational Crime»"),
    T("куда планируют его направить?", [UN],
      note="«The text of the statement is planned to be distributed at the United Nations and other international organizations.»"),
    T("и его уже распространили в ООН?", [PLANNED], [STARTS_YES]),
    T("кто его принял?", [r"Heads\s+of\s+State|глав\w*\s+государств"]),
    T("а какие ещё решения были на том саммите?", [SCO + "|" + CIS_PLUS, CONCEPT + r"|Military|военн|programm|программ"]),
)

# c18
chat(
    "en", [S0, S2], "the 2 March report: what, meetings, the department, its director (from another source), a body in the list",
    T("What did the CIS Executive Committee report on 2 March?", [r"sectoral|отраслев"]),
    T("how many meetings did they hold?", [NUM[20]]),
    T("which department do these bodies work with?", [r"Department|Департамент|отдел", r"Security|безопасност"],
      note="«in close interaction with the CIS Executive Committee (Department for Cooperation in the Security Sphere)»"),
    T("who is the director of that department?", [KLEMEZ],
      note="002: «Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»"),
    T("is the Defence Ministers Council one of the bodies?", [YES, DEFENCE], [STARTS_NO]),
)

# c19
chat(
    "ru", [S4], "chatty: the sessions of the June meeting by ordinal, a yes/no inside one, how many sessions",
    T("Привет! Подскажи, пожалуйста, что обсуждали на четвёртой сессии антитеррористического совещания в июне?",
      [r"radicali|радикализ"], note="«During the fourth session on counteracting radicalization of the population»"),
    T("а на первой?", [r"national\s+experience|национальн\w+\s+опыт|threat|угроз"]),
    T("там что-то про беспилотники было?", [YES, r"unmanned|беспилотн|UAV|БПЛА|drone|дрон"], [STARTS_NO],
      note="«the increase in the number of terrorist acts with use of unmanned aerial vehicles»"),
    T("а вторая сессия о чём была?", [r"international|международн"]),
    T("спасибо. а сколько было всего сессий?", [NUM[4] + "|" + NUM[5]],
      note="«The meeting included a plenary session and 4 specialized sessions.»"),
)

# c20
chat(
    "en", [S4], "international organisations at the XVIII meeting: the second one, one not there, basic organisations (Russian)",
    T("Which international organisations attended the XVIII counter-terrorism meeting?", [CSTO, RATS, EAG]),
    T("the second one — whose structure is it?", [SCO]),
    T("а ООН там была?", [no(UN)], [STARTS_YES]),
    T("сколько базовых организаций участвовало?", [NUM[4]], note="«4 basic organizations of the CIS member states»"),
    T("одна из них по языкам?", [YES, r"language|язык"], [STARTS_NO], note="«and on languages and culture»"),
)

# c21
chat(
    "ru", [S1, S0, S4, S2], "programme → who approved → the body for borders → that body at two meetings (one not recorded)",
    T("до какого года программа укрепления безопасности на внешних границах?", [r"\b2030\b"]),
    T("кто её утвердил?",
      [r"Heads\s+of\s+State|глав\w*\s+государств|summit|саммит|Council\s+of\s+Heads|Совет\w*\s+глав|supreme|высш|Dushanbe|Душанбе"]),
    T("а какой орган СНГ отвечает за границы?", [r"Border\s+Troops|пограничн\w+\s+войск"]),
    T("он участвовал в июньском антитеррористическом совещании?", [YES], [STARTS_NO],
      note="004: «Council of Border Troops Commanders» among the 13 bodies"),
    T("а в августовском заседании МВД в Питере?", [no(r"Border|погранич|Petersburg|Петербург|Питер|МВД|Interior")], [STARTS_YES],
      note="002 names only the ATC and the Bureau among bodies at St Petersburg"),
)

# c22
chat(
    "en", [S1, S2], "the military concept: until when, approved or planned, where, who told it (Russian), his words on youth",
    T("Until when does the military cooperation concept run?", [r"\b2030\b"]),
    T("was it actually approved or only planned?", [r"approved|утвержд|adopted|принят"],
      [r"^\W*(?:it\s+was\s+)?(?:only\s+)?planned"],
      note="001: «the Military Cooperation Concept of the CIS Member States until 2030 was approved» (002 had it planned)"),
    T("where?", [DUSHANBE]),
    T("и кто об этом сообщил?", [TREFILOV + "|" + EXEC],
      note="Trefilov said it; the Executive Committee published it (both fair)"),
    T("что он говорил про молодёжь?", [r"destructive|деструктив|ideolog|идеолог"],
      note="«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»"),
)

# c23
chat(
    "ru", [S3, S0, S4, S2], "an unnamed person, then the council he spoke of: in the list, at the June meeting, at St Petersburg (wrong layout)",
    T("Кто предлагал реформировать Совет генпрокуроров СНГ?", [r"Russia|Росси|РФ", r"Prosecutor|прокурор"]),
    T("как его зовут?", None, [r"Krasnov|Краснов|Chaika|Чайк"], dd=True, note="003 does not name him"),
    T("а этот совет входит в число отраслевых органов?", [YES, PROSECUTORS], [STARTS_NO],
      note="«CIS Coordination Council of Prosecutors General»"),
    T("его представители были на июньском совещании в Москве?", [YES], [STARTS_NO],
      note="004: «Coordinating Council of Prosecutors General» among the 13 bodies"),
    T(en_layout("а на встрече в питере?"), [no(r"Prosecutor|прокурор|Petersburg|Петербург|Питер")], [STARTS_YES]),
)

# c24
chat(
    "en", [S2, S1], "relative time: how long ago (two meetings, ellipsis), which of the two was in Moscow, the years left of a programme",
    T("how long ago was the interior ministers meeting in St Petersburg?",
      [r"\b475\b|\b1\s+(?:year|год)|\bone\s+year|\bгод\b|\b15\s+(?:months|месяц)|(?:more\s+than|over)\s+a\s+year|(?:больше|более)\s+года"],
      note="12 August 2025 to 30 November 2026: 475 days"),
    T("and the 13th security secretaries meeting?",
      [r"\b390\b|\b1\s+(?:year|год)|\bone\s+year|\bгод\b|\b1[23]\s+(?:months|месяц)|(?:more\s+than|over)\s+a\s+year|(?:больше|более)\s+года"],
      note="5 November 2025 to 30 November 2026: 390 days"),
    T("which of the two was in Moscow?", [r"secretar|секретар|\b13"], [r"^\W*(?:the\s+)?(?:interior|МВД)"]),
    T("how many years are left of the counter-terrorism programme?", [r"2028"]),
)

# c25
chat(
    "ru", [S3, S4, S2], "a topic at a meeting, then at another meeting named by description, a topic not there, where it was",
    T("обсуждали ли на встрече глав спецслужб в Москве пограничную безопасность?", [YES, r"border|погранич"], [STARTS_NO],
      note="«Delegates investigated how to sharpen joint capabilities in counterterrorism, cyber defense, border security …»"),
    T("а на июньском совещании в Москве?", [YES, r"border|погранич"], [STARTS_NO],
      note="«cooperation in countering terrorism and extremism in the border area»"),
    T("а дорожную безопасность там?", [no(r"road|дорожн")], [STARTS_YES]),
    T("а где её обсуждали?", [SPB + "|" + INTERIOR]),
)

# c26
chat(
    "en", [S1], "'the Dushanbe thing': what, who told it and where, a wrong claim of membership, ellipsis on the CSTO",
    T("what happened at the Dushanbe thing in October?", [SCO + "|" + CIS_PLUS + "|" + CONCEPT + r"|programm|программ"]),
    T("who told about it, and where?", [TREFILOV, MOSCOW]),
    T("did the SCO become a full member there?", [no(r"member|член|SCO|ШОС"), r"observer|наблюдател"], [STARTS_YES]),
    T("and the CSTO?", None, [STARTS_YES], dd=True, note="nothing is recorded of the CSTO at the Dushanbe summit"),
)


# --- second batch (written during the session, scored on the start code before its fix): variants of the
# first batch's failing turns over other meetings, people and documents; notes start with the family.

# [agenda-too] "а X тоже?" right after a meeting's agenda: whether X was among its topics (c10)
chat(
    "ru", [S4], "[agenda-too] the June meeting's agenda, then a topic among it with 'тоже'",
    T("о чём говорили на июньском антитеррористическом совещании?", [r"radicali|радикализ|terror|террор"]),
    T("а беспилотники тоже?", [YES, r"unmanned|беспилотн|UAV|БПЛА|drone|дрон"], [STARTS_NO],
      note="«countering terrorist use of unmanned aerial vehicles»"),
)
chat(
    "en", [S1], "[agenda-too] the 13th security secretaries meeting's agenda, then 'and X too?'",
    T("What was on the agenda of the 13th meeting of the security secretaries?", [r"humanitarian|гуманитар"]),
    T("and educational cooperation too?", [YES, r"educat|образоват"], [STARTS_NO],
      note="«consideration of the development of humanitarian and educational cooperation»"),
)
chat(
    "ru", [S3], "[agenda-too] Latin-typed: the Moscow intelligence meeting's topics, then 'a X tozhe?'",
    T("chto obsuzhdali na vstreche glav specsluzhb v Moskve?", [r"intelligence|разведк|information|информац|priorit|приоритет"]),
    T("a kiberbezopasnost tozhe?", [YES, r"cyber|кибер"], [STARTS_NO], note="«counterterrorism, cyber defense, border security»"),
)
chat(
    "ru", [S4], "[agenda-too] a topic not on the June meeting's agenda, with 'тоже'",
    T("какие вопросы рассматривали на XVIII совещании?", [r"radicali|радикализ|terror|террор"]),
    T("а дорожная безопасность тоже?", [no(r"road|дорожн")], [STARTS_YES]),
)
chat(
    "en", [S3], "[agenda-too] a topic not among the intelligence chiefs' topics",
    T("what did the heads of intelligence services discuss in Moscow?", [r"intelligence|разведк|information|информац|priorit|приоритет"]),
    T("and road safety too?", [no(r"road|дорожн")], [STARTS_YES]),
)


# [something-there] "там что-то про X было?" after a meeting: whether that meeting took X up (c19); the
# meeting's long name appended had made a participant of its words
chat(
    "ru", [S2], "[something-there] the interior ministers' date, then 'там что-то про X было?'",
    T("когда было заседание СМВД в Петербурге?", [AUG12]),
    T("там что-то про наркотики было?", [YES, r"narcot|drug|наркот"], [STARTS_NO],
      note="«A persistent trend of growing narcotics production and expanding drug trafficking routes remains evident.»"),
)
chat(
    "ru", [S1], "[something-there] the 13th meeting's place, then 'там что-нибудь про X говорили?'",
    T("где прошло 13-е заседание секретарей совбезов?", [MOSCOW]),
    T("там что-нибудь про молодёжь говорили?", [YES, r"youth|молод"], [STARTS_NO],
      note="«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»"),
)
chat(
    "ru", [S3], "[something-there] Latin-typed: the intelligence chiefs' meeting, then 'tam chto-to pro X bylo?'",
    T("gde proshla vstrecha glav specsluzhb SNG?", [MOSCOW]),
    T("tam chto-to pro kiberbezopasnost bylo?", [YES, r"cyber|кибер"], [STARTS_NO]),
)
chat(
    "ru", [S1], "[something-there] a topic the 13th meeting's record does not hold",
    T("когда было 13-е заседание секретарей совбезов?", [NOV5]),
    T("там что-то про беспилотники было?", [no(r"беспилот|drone|unmanned|UAV|БПЛА")], [STARTS_YES]),
)


# [pair-sets] after two meetings compared or asked in turn: days "apart", who was at both, who at only one (c14)
chat(
    "en", [S2, S1], "[pair-sets] two meetings compared, then the days 'apart', then states at both (one list missing)",
    T("Which was earlier, the interior ministers' meeting or the 13th security secretaries meeting?", [r"interior|внутренних|August|август|Petersburg|Петербург"]),
    T("how many days apart?", [r"\b85\b"], note="12 August to 5 November 2025"),
    T("какие государства были на обоих?", None, dd=True, note="001 lists no participants of the 13th meeting"),
)
chat(
    "en", [S4, S3], "[pair-sets] two meetings asked in turn, then states at both, then at only one (Latin-typed)",
    T("when was the XVIII meeting?", [JUNE10]),
    T("and the heads of intelligence services meeting in Moscow?", [r"not|no\b|не\s|Moscow|Москв"]),
    T("which states were at both?", [AZE, TKM + "|" + ARM], [bare(RUS)],
      note="XVIII: Azerbaijan … Russia … Uzbekistan; the intelligence chiefs: Azerbaijan … Turkmenistan, Uzbekistan (no Russia)"),
    T("kakie strany byli tolko na odnoy iz nih?", [RUS, TKM], [bare(AZE)]),
)
chat(
    "ru", [S2, S4], "[pair-sets] two meetings in turn, then 'кто был на обоих?' (every kind of participant)",
    T("где прошло заседание СМВД в августе?", [SPB]),
    T("а антитеррористическое совещание в июне?", [MOSCOW]),
    T("кто был на обоих?", [ARM, ATC], [bare(AZE), bare(TKM)]),
)
chat(
    "ru", [S4, S2], "[pair-sets] which first, then 'сколько государств было на обоих?'",
    T("что было раньше: XVIII совещание или заседание СМВД в Питере?", [r"XVIII|июн|June|антитеррор"]),
    T("сколько государств было на обоих?", [r"\b7\b|\bseven\b|\bсем(?:ь|и)\b"]),
)


# [bare-member] a participant named alone right after a meeting's participants: was it there too (c16)
chat(
    "ru", [S4], "[bare-member] the XVIII meeting's states, then a state alone",
    T("какие государства были на XVIII совещании?", [AZE, UZB]),
    T("Туркменистан?", [no(TKM)], [STARTS_YES]),
)
chat(
    "ru", [S3], "[bare-member] Latin-typed: the intelligence chiefs' states, then a state alone",
    T("kakie strany byli na vstreche glav specsluzhb v Moskve?", [AZE, TKM]),
    T("rossiya?", [no(RUS)], [STARTS_YES], note="Russia is not in the list of delegations"),
)
chat(
    "en", [S4], "[bare-member] the XVIII meeting's international organisations, then one alone",
    T("which international organisations attended the XVIII meeting?", [CSTO, EAG]),
    T("the CSTO?", [YES, CSTO], [STARTS_NO]),
)
chat(
    "en", [S2], "[bare-member] a yes/no on one state, then another state alone",
    T("was Armenia at the St Petersburg meeting?", [YES], [STARTS_NO]),
    T("kazakhstan?", [YES, KAZ], [STARTS_NO]),
)

# [the-x-one] "the june one", "the St Petersburg one": a meeting named by its month or city and "one" (c16)
chat(
    "en", [S4, S2], "[the-x-one] a state at one meeting, then 'and at the St Petersburg one?'",
    T("was Turkmenistan at the XVIII meeting?", [no(TKM)], [STARTS_YES]),
    T("and at the St Petersburg one?", [YES], [STARTS_NO]),
)
chat(
    "en", [S3, S4], "[the-x-one] Russia at the intelligence chiefs, then 'and the june one?'",
    T("did Russia attend the intelligence chiefs meeting in Moscow?", [no(RUS)], [STARTS_YES]),
    T("and the june one?", [YES], [STARTS_NO]),
)
chat(
    "en", [S2, S1], "[the-x-one] the speaker at one meeting, then 'and at the november one?'",
    T("who spoke at the St Petersburg meeting?", [KLEMEZ]),
    T("and at the november one?", [TREFILOV]),
)


# [other-one] "and the other one?" after one of two listed entries was asked about (c6)
chat(
    "ru", [S1], "[other-one] the two programmes, the second one's end, then 'а другая?'",
    T("какие программы утвердили в Душанбе?", [r"terror|террор", r"border|границ|погранич"]),
    T("до какого года действует вторая?", [r"\b2030\b"]),
    T("а другая?", [CT_PERIOD]),
)
chat(
    "en", [S2], "[other-one] the two CIS bodies at St Petersburg, the first one, then the other one",
    T("which CIS bodies attended the St Petersburg meeting?", [ATC, BCOC]),
    T("what is the first one?", [ATC]),
    T("and the other one?", [BCOC]),
)

# [claimed-city] a city claimed for the documents in context: "were they approved in Moscow?" (c6)
chat(
    "ru", [S1], "[claimed-city] the programmes, then 'их утвердили в Москве?'",
    T("какие программы утвердили в Душанбе?", [r"terror|террор"]),
    T("их утвердили в Москве?", [no(MOSCOW + "|" + DUSHANBE), DUSHANBE], [STARTS_YES]),
)
chat(
    "en", [S1], "[claimed-city] the concept, then 'was it adopted in Minsk?'",
    T("what is the military cooperation concept?", [r"\b2030\b"]),
    T("was it adopted in Minsk?", [no(r"Minsk|Минск"), DUSHANBE], [STARTS_YES]),
)
chat(
    "ru", [S1], "[claimed-city] Latin-typed: the border programme, then 'ee utverdili v Dushanbe?'",
    T("do kakogo goda deystvuet pogranichnaya programma?", [r"\b2030\b"]),
    T("ee utverdili v Dushanbe?", [YES, DUSHANBE], [STARTS_NO]),
)


# [which-of-long] "which of them …" with a long meeting name after a list, or a turn after one entry of it (c4)
chat(
    "ru", [S0, S4], "[which-of-long] the specialised bodies, then which of them at the XVIII meeting (long name)",
    T("какие специализированные органы есть в СНГ в сфере безопасности?", [ATC, BCOC]),
    T("а какие из них участвовали в XVIII совещании руководителей антитеррористических подразделений в Москве?", [ATC],
      [bare(BCOC), bare(JOINT_COMMISSION)], note="004 lists the Anti-Terrorism Center among the 13 bodies, not the Bureau or the Joint Commission"),
)
chat(
    "en", [S0, S4], "[which-of-long] the sectoral bodies, then which of them at the June meeting (long wording)",
    {**T("list the sectoral bodies of the CIS in the security sphere", [r"Border|погранич", PROSECUTORS]), "max_chars": 3500},
    T("which of them took part in the XVIII counter-terrorism meeting held in Moscow in June 2025?", [r"Border|погранич", PROSECUTORS],
      [bare(r"\bTax\b|налогов"), bare(r"Hydromet|гидромет")]),
)
chat(
    "ru", [S0, S2], "[which-of-long] one entry of a list picked, then 'а какие из них …' over the same list",
    T("какие специализированные органы есть?", [ATC, BCOC]),
    T("какой из них занимается терроризмом?", [ATC]),
    T("а какие из них были на заседании министров внутренних дел в Санкт-Петербурге в августе?", [ATC, BCOC], [bare(JOINT_COMMISSION)]),
)


# [unnamed-name] the name of someone the sources record by post alone, asked in Russian (c23)
chat(
    "ru", [S3], "[unnamed-name] the prosecutor general's reforms, then 'а фамилия его?'",
    T("Кто предлагал реформировать Совет генпрокуроров СНГ?", [r"Prosecutor|прокурор"]),
    T("а фамилия его?", None, [r"Krasnov|Краснов|Chaika|Чайк"], dd=True),
)
chat(
    "ru", [S3], "[unnamed-name] Latin-typed: 'a kak ego zovut?'",
    T("kto predlozhil reformy soveta prokurorov SNG?", [r"Prosecutor|прокурор"]),
    T("a kak ego zovut?", None, [r"Krasnov|Краснов|Chaika|Чайк"], dd=True),
)


# [topic-where] "а где её обсуждали?" after a topic the meeting in context did not take up (c25)
chat(
    "ru", [S1, S4], "[topic-where] drones not at the 13th meeting, then where they were discussed",
    T("обсуждали ли на 13-м заседании секретарей совбезов беспилотники?", None, [STARTS_YES], dd=True),
    T("а где их обсуждали?", [r"XVIII|антитеррор|counter-?terror|June|июн"]),
)
chat(
    "ru", [S2, S4], "[topic-where] deradicalisation asked of the interior ministers, then where it was discussed",
    T("на заседании СМВД говорили про дерадикализацию?", None, [STARTS_YES], dd=True),
    T("а где её обсуждали?", [r"XVIII|антитеррор|counter-?terror|June|июн"]),
)
chat(
    "ru", [S4, S2], "[topic-where] Latin-typed: the XVIII agenda, a topic not on it, then where it was discussed",
    T("chto obsuzhdali na XVIII soveshchanii?", [r"radicali|радикализ|terror|террор"]),
    T("a dorozhnuyu bezopasnost tozhe?", None, [STARTS_YES], dd=True),
    T("a gde ee obsuzhdali?", [SPB + "|" + INTERIOR]),
)


# [latin-followup] a Latin-typed follow-up asking of another meeting: its Cyrillic reading when typed it finds a card
chat(
    "ru", [S0, S4], "[latin-followup] the Bureau, then 'a na XVIII soveshchanii on byl?'",
    T("chto takoe BKBOP?", [BCOC]),
    T("a na XVIII soveshchanii on byl?", [no(BCOC + r"|Bureau|Бюро")], [STARTS_YES],
      note="the 13 CIS bodies at the XVIII meeting do not include the Bureau"),
)
chat(
    "ru", [S0, S2], "[latin-followup] the ATC, then 'a v Peterburge on byl?'",
    T("chto takoe ATC SNG?", [ATC]),
    T("a na zasedanii v Peterburge on byl?", [YES], [STARTS_NO]),
)
chat(
    "ru", [S2, S4], "[latin-followup] the interior ministers' states, then a state at the June meeting",
    T("kakie gosudarstva byli na zasedanii SMVD?", [ARM, TKM]),
    T("a na iyunskom soveshchanii Azerbaidzhan byl?", [YES], [STARTS_NO]),
)


def build() -> dict[str, Any]:
    return {"questions": [], "conversations": CONVERSATIONS}


def main() -> None:
    out = Path(__file__).resolve().parent / "tuning24_conv.yaml"
    header = (
        "# Tuning set tuning24_conv: a tuning set written in session 24 (helper t24-conv) by a fresh reader of the\n"
        "# documents, from the five documents in knowledge/seeds/ only (`source` names them; `note` quotes the supporting\n"
        "# sentence), without reading the engine or the other sets; conversations as a fresh tester writes them.\n"
        "# \"today\" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md). Generated by\n"
        "# build_tuning24_conv.py.\n"
    )
    out.write_text(header + dump_set(build()), encoding="utf-8")
    turns = [turn for conversation in CONVERSATIONS for turn in conversation["turns"]]
    cyrillic = sum(1 for turn in turns if any("а" <= ch.lower() <= "я" for ch in turn["q"]))
    print(f"{out.stem}: {len(CONVERSATIONS)} conversations, {len(turns)} turns ({cyrillic} Cyrillic)")


if __name__ == "__main__":
    main()
