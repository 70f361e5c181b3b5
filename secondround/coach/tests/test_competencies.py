"""R3: the competency lexicon and reading competencies from vacancy texts and claims."""

import pytest

from secondround.coach.competencies import (
    all_competencies,
    explain,
    find_competencies,
    find_in_sentence,
    get,
    name,
)
from secondround.coach.lang import LANGS, load

REQUIRED_IDS = (
    "customer_focus flexibility collaboration planning_organising stress_resistance communication "
    "analytical result_orientation leadership initiative independence accuracy problem_solving "
    "creativity eagerness_to_learn responsibility integrity persuasiveness negotiation presenting "
    "writing listening empathy coaching decisiveness conflict_handling adaptability_change "
    "commercial entrepreneurship innovation quality_focus proactive networking "
    "organisational_sensitivity hands_on digital_skills data_driven project_management "
    "stakeholder_management perseverance self_reflection motivation cost_awareness "
    "safety_awareness discretion hospitality multitasking"
).split()

NURSE_NL = """Verpleegkundige interne geneeskunde (32-36 uur)
Wat ga je doen? Als verpleegkundige op onze afdeling interne geneeskunde zorg je samen met je
collega's voor patiënten met uiteenlopende klachten. Je werkt in wisselende diensten. Je signaleert
veranderingen in de situatie van de patiënt en overlegt met de arts.
Wie ben jij? Je bent een BIG-geregistreerde verpleegkundige met een warme, klantgerichte houding.
Je bent stressbestendig en houdt ook op drukke momenten het overzicht. Je werkt graag samen in een
hecht team en je bent communicatief vaardig, zowel met patiënten als met hun familie. Je werkt
nauwkeurig en bent leergierig.
Wat bieden wij? Een salaris volgens cao Ziekenhuizen, een eindejaarsuitkering en ruimte voor
scholing."""

PLANNER_NL = """Logistiek planner
Ben jij de spin in het web van ons distributiecentrum? Als logistiek planner maak je de dagplanning
voor onze chauffeurs en stem je af met klanten en het magazijn. Je werkt met ons planningssysteem en
bewaakt de levertijden.
Wat vragen wij? Mbo+/hbo werk- en denkniveau. Je hebt een sterk plan- en organisatievermogen en je
kunt snel schakelen als er onverwacht iets verandert. Je bent oplossingsgericht, cijfermatig sterk
en
je blijft rustig onder druk. Kennis van Excel is een pré. Geen ervaring met leidinggeven nodig.
Onze organisatie groeit hard; je komt in een team van acht planners."""

TEACHER_NL = """Docent Nederlands (0,8 fte) voor havo/vwo
Je geeft les aan de bovenbouw en bent mentor van een klas. Je bent didactisch sterk, enthousiast
over je vak en je hebt een luisterend oor voor leerlingen die het even lastig hebben. Je werkt nauw
samen met je sectie en denkt mee over de vernieuwing van ons onderwijs. Je bent flexibel,
zelfstandig
en reflecteert op je eigen lessen. Een goede samenwerking met ouders vinden we belangrijk.
Wij bieden een fijne school met een collegiale sfeer en flexibele werktijden."""

OFFICE_NL = """Officemanager
Als officemanager ben je het gezicht van ons kantoor in Utrecht. Je ontvangt bezoekers, regelt de
inkoop en organiseert het jaarlijkse personeelsuitje en onze klantevents.
Jij bent: gastvrij, proactief en een echte aanpakker. Je bent discreet in de omgang met
vertrouwelijke
informatie en je hebt een vlotte pen. Je houdt meerdere ballen in de lucht en je bent digitaal
vaardig
(MS Office). Hands-on mentaliteit is een must."""

DEVELOPER_EN = """Backend Developer (Python)
You will build and maintain the services behind our logistics platform. You write clean, tested
code,
review pull requests and help shape our architecture. You know when to use an integer or a float.
About you: you have 3+ years of experience with Python and SQL. You are a problem solver with strong
analytical skills and attention to detail. You communicate clearly with product managers and
designers, and you are a team player who enjoys mentoring junior developers. You are eager to learn
and comfortable working independently.
We offer flexible working hours, a learning budget and a young team."""

SALES_EN = """Account Executive, Benelux
You own the full sales cycle, from the first call to the signed contract. You build relationships
with decision makers at mid-sized companies and negotiate contracts.
What you bring: a results-driven mindset and a track record of hitting targets. You are persuasive,
resilient and you stay calm under pressure. Excellent presentation skills and a strong professional
network in the Benelux are a plus. You are self-motivated and you take ownership of your pipeline.
Our organisation is growing fast and our team is international."""

NURSE_EN = """Registered Nurse, Emergency Department
Join our emergency team at a busy city hospital. You assess and treat patients of all ages and work
closely with doctors and paramedics.
We are looking for a compassionate nurse with excellent communication skills who can work under
pressure. You are adaptable, you make decisions quickly and you handle conflict with patients and
relatives calmly. You follow health and safety rules and treat patient information with
confidentiality. Collaboration across disciplines is part of every shift."""

TEACHER_EN = """Primary school teacher (Year 5)
You plan and deliver engaging lessons, keep track of the progress of every pupil and keep parents
informed. You are a creative and well-organised teacher with a growth mindset. You build warm
relationships with children and colleagues, you are a good listener and you reflect on your own
teaching. Experience in coaching colleagues or student teachers is welcome. You work with our team
of
twelve teachers."""

MIXED = """Customer Service Medewerker (English speaking)
Je bent klantvriendelijk and you have excellent writing skills. Je werkt nauwkeurig en bent
stressbestendig. You are a team player."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            NURSE_NL,
            [
                "customer_focus",
                "stress_resistance",
                "collaboration",
                "communication",
                "accuracy",
                "eagerness_to_learn",
            ],
        ),
        (
            PLANNER_NL,
            [
                "planning_organising",
                "flexibility",
                "problem_solving",
                "analytical",
                "stress_resistance",
                "digital_skills",
                "leadership",
            ],
        ),
        (
            TEACHER_NL,
            [
                "coaching",
                "motivation",
                "listening",
                "collaboration",
                "flexibility",
                "independence",
                "self_reflection",
            ],
        ),
        (
            OFFICE_NL,
            [
                "planning_organising",
                "hospitality",
                "proactive",
                "hands_on",
                "discretion",
                "writing",
                "multitasking",
                "digital_skills",
            ],
        ),
        (
            DEVELOPER_EN,
            [
                "problem_solving",
                "analytical",
                "accuracy",
                "communication",
                "collaboration",
                "coaching",
                "eagerness_to_learn",
                "independence",
            ],
        ),
        (
            SALES_EN,
            [
                "networking",
                "negotiation",
                "result_orientation",
                "persuasiveness",
                "stress_resistance",
                "presenting",
                "motivation",
                "responsibility",
            ],
        ),
        (
            NURSE_EN,
            [
                "empathy",
                "communication",
                "stress_resistance",
                "adaptability_change",
                "decisiveness",
                "conflict_handling",
                "safety_awareness",
                "discretion",
                "collaboration",
            ],
        ),
        (
            TEACHER_EN,
            [
                "creativity",
                "planning_organising",
                "eagerness_to_learn",
                "listening",
                "self_reflection",
                "coaching",
            ],
        ),
        (
            MIXED,
            ["customer_focus", "writing", "accuracy", "stress_resistance", "collaboration"],
        ),
    ],
    ids=[
        "nurse_nl",
        "planner_nl",
        "teacher_nl",
        "office_nl",
        "developer_en",
        "sales_en",
        "nurse_en",
        "teacher_en",
        "mixed",
    ],
)
def test_it_finds_the_competencies_a_vacancy_asks_for_in_order(text, expected) -> None:
    assert [found.id for found in find_competencies(text)] == expected


@pytest.mark.parametrize(
    ("text", "competency_id", "phrases"),
    [
        (NURSE_NL, "customer_focus", ("klantgerichte",)),
        (NURSE_NL, "collaboration", ("werkt graag samen",)),
        (PLANNER_NL, "planning_organising", ("planningssysteem", "plan- en organisatievermogen")),
        (PLANNER_NL, "stress_resistance", ("rustig onder druk",)),
        (TEACHER_NL, "collaboration", ("werkt nauw samen", "samenwerking", "collegiale")),
        (OFFICE_NL, "hands_on", ("aanpakker", "Hands-on")),
        (OFFICE_NL, "discretion", ("discreet", "vertrouwelijke informatie")),
        (SALES_EN, "stress_resistance", ("resilient", "calm under pressure")),
        (SALES_EN, "result_orientation", ("results-driven", "hitting targets")),
        (DEVELOPER_EN, "collaboration", ("team player",)),
        (NURSE_EN, "collaboration", ("Collaboration",)),
    ],
)
def test_it_reports_the_exact_phrases_in_order(text, competency_id, phrases) -> None:
    found = {match.id: match.phrases for match in find_competencies(text)}
    assert found[competency_id] == phrases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je hebt een klantgerichte houding.", ["customer_focus"]),
        ("Klantgerichtheid staat bij ons voorop.", ["customer_focus"]),
        ("Je hebt oog voor de klant.", ["customer_focus"]),
        ("We zoeken iemand die customer-focused en client-minded is.", ["customer_focus"]),
        ("Stressbestendigheid is een must.", ["stress_resistance"]),
        ("Je bent goed in plannen en organiseren.", ["planning_organising"]),
        ("Je werkt graag samen.", ["collaboration"]),
        ("You are a team player.", ["collaboration"]),
        ("You are a teamplayer.", ["collaboration"]),
        ("A hands-on mentality.", ["hands_on"]),
        ("Je hebt een hands-on mentaliteit.", ["hands_on"]),
        ("Je werkt met ons planningssysteem.", ["planning_organising"]),
        ("Je bent samenwerkingsgericht en flexibel inzetbaar.", ["collaboration", "flexibility"]),
        ("Ketensamenwerking is belangrijk.", ["collaboration"]),
        ("Plan- en organisatievermogen.", ["planning_organising"]),
        ("Excellent written communication.", ["writing"]),
        ("Data-driven and detail oriented.", ["data_driven", "accuracy"]),
    ],
)
def test_it_understands_inflections_compounds_and_phrases(text, expected) -> None:
    assert [found.id for found in find_competencies(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Onze organisatie groeit snel.",
        "Je komt in een gezellig team.",
        "Our organisation has a great team.",
        "We bieden flexibele werktijden en een laptop.",
        "We offer flexible working hours.",
        "Store the value as an integer.",
        "You excel at Python.",
        "De resultaten van het kwartaal.",
        "Je bent verantwoordelijk voor de inkoop.",
        "Je draagt zorg voor de administratie.",
        "We work with structured data.",
        "De communicatie-afdeling en de teamleider.",
    ],
)
def test_it_does_not_see_competencies_in_ordinary_words(text) -> None:
    assert find_competencies(text) == []


def test_a_negation_still_matches_because_matching_stays_simple() -> None:
    assert find_in_sentence("Geen ervaring met leidinggeven nodig.") == ["leadership"]


def test_repeated_phrases_are_listed_once() -> None:
    [match] = find_competencies("Flexibel, flexibel en nog eens FLEXIBEL; flexibiliteit!")
    assert match.phrases == ("Flexibel", "flexibiliteit")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ik ben heel flexibel.", ["flexibility"]),
        ("Ik kan goed organiseren.", ["planning_organising"]),
        ("Ik ben klantgericht en ik werk nauwkeurig.", ["customer_focus", "accuracy"]),
        ("I am very client-minded.", ["customer_focus"]),
        (
            "I stay calm under pressure and I am a good listener.",
            ["stress_resistance", "listening"],
        ),
        ("Ik ben een doorzetter.", ["perseverance"]),
        ("Ik hou van mijn werk.", []),
        ("", []),
    ],
)
def test_it_reads_the_competencies_in_a_claim(sentence, expected) -> None:
    assert find_in_sentence(sentence) == expected


def test_every_required_id_is_in_the_lexicon() -> None:
    ids = [competency.id for competency in all_competencies()]
    assert set(REQUIRED_IDS) <= set(ids)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("lang", LANGS)
def test_every_competency_has_names_terms_and_an_explanation(lang) -> None:
    for competency in all_competencies():
        assert competency.names[lang].strip(), competency.id
        assert len(competency.terms[lang]) >= 3, competency.id
        assert len(competency.explanation[lang]) > 40, competency.id


def test_no_term_belongs_to_two_competencies() -> None:
    owner: dict[str, str] = {}
    for competency in all_competencies():
        for term in {t.lower() for lang in LANGS for t in competency.terms[lang]}:
            assert owner.setdefault(term, competency.id) == competency.id, term


def test_every_term_written_out_is_read_as_its_own_competency() -> None:
    # Catches a term hidden by a longer or earlier term of another competency.
    wrong = [
        (competency.id, term, find_in_sentence(term.replace("*", "")))
        for competency in all_competencies()
        for lang in LANGS
        for term in competency.terms[lang]
        if find_in_sentence(term.replace("*", "")) != [competency.id]
    ]
    assert wrong == []


def test_the_ignore_list_hides_only_benefits() -> None:
    for phrase in load("competencies.json")["ignore"]:
        assert find_competencies(phrase) == [], phrase


@pytest.mark.parametrize(
    ("lang", "expected_name", "word"),
    [("nl", "Klantgerichtheid", "klant"), ("en", "Customer focus", "customer")],
)
def test_name_and_explain_speak_the_users_language(lang, expected_name, word) -> None:
    assert name("customer_focus", lang) == expected_name
    assert word in explain("customer_focus", lang)
    assert get("customer_focus").names[lang] == expected_name


def test_an_unknown_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        get("telepathy")
