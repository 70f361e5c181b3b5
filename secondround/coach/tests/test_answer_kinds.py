"""Feedback that fits the kind of answer, and whether an answer answers the question (nl, en)."""

from __future__ import annotations

import pytest

from secondround.coach.analysis import analyze
from secondround.coach.answer_kinds import TIP_ABOUT, answer_tips, is_on_topic, takes_up
from secondround.coach.followups import read_answer
from secondround.coach.lang import Lang
from secondround.coach.questions import context_for
from secondround.coach.speech import Length

PITCH = {
    "nl": "Ik ben Sanne en ik werk nu als planner bij een groothandel in Tilburg. Daarvoor heb ik "
    "zes jaar in de logistiek gewerkt, eerst op de vloer en later op kantoor. Ik zoek een baan "
    "met meer verantwoordelijkheid en daarom spreekt deze functie me erg aan.",
    "en": "I'm Sanne and I work as a planner at a wholesaler in Leeds. Before that I worked in "
    "logistics for six years, first on the floor and later in the office. I'm looking for more "
    "responsibility, and that's why this role appeals to me.",
}
WAITING_STORY = {
    "nl": "Bij de gemeente waren de wachttijden voor een paspoort veel te lang. Mijn taak was om "
    "dat op te lossen. Ik heb een nieuw afsprakensysteem bedacht en ingevoerd. Daardoor daalden "
    "de wachttijden met veertig procent. Ik heb geleerd dat kleine stappen veel opleveren.",
    "en": "At the council the waiting times for a passport were far too long. My task was to fix "
    "that. I designed and introduced a new booking system. As a result the waiting times fell by "
    "forty percent. I learned that small steps achieve a lot.",
}
SATISFIED = {
    "nl": "Als ik aan het eind van de dag echt iets heb afgerond en mensen verder heb geholpen, "
    "ben ik blij. Vorige week hielp ik een klant die al drie keer was teruggestuurd, en die belde "
    "me later om te bedanken.",
    "en": "When at the end of the day I have really finished something and helped people on, I am "
    "happy. Last week I helped a customer who had been sent away three times, and she called me "
    "later to say thanks.",
}
QUESTION = {
    "satisfied": {
        "nl": "Wanneer ga je na een werkdag tevreden naar huis?",
        "en": "When do you go home satisfied after a working day?",
    },
    "offer": {
        "nl": "Stel dat we je een aanbod doen. Wat moet erin staan om ja te zeggen?",
        "en": "Suppose we make you an offer. What must it contain for you to say yes?",
    },
}


def _on_topic(text: str, question: str, lang: str, kind: str = "opinion") -> bool:
    analysis = analyze(text, lang=lang)
    return is_on_topic(analysis, question=question, answer_type=kind, context=context_for(question))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("text", "question", "expected"),
    [
        (WAITING_STORY, "satisfied", False),
        (SATISFIED, "satisfied", True),
        (PITCH, "offer", False),
        (WAITING_STORY, "offer", False),
    ],
)
def test_an_answer_to_another_question_is_named_off_topic(lang, text, question, expected) -> None:
    assert _on_topic(text[lang], QUESTION[question][lang], lang) is expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_short_answer_or_no_question_is_given_the_benefit_of_the_doubt(lang) -> None:
    assert _on_topic("Ja, bij twee andere bedrijven.", QUESTION["offer"][lang], lang)
    assert _on_topic(WAITING_STORY[lang], "", lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pitch_is_judged_as_a_pitch_not_on_starr_parts(lang) -> None:
    tips = answer_tips(analyze(PITCH[lang], lang=lang), answer_type="pitch")
    assert [t.about for t in tips if t.about in ("situation", "task", "result", "reflection")] == []
    assert tips[0].about == "structure"
    assert ("wie je bent" if lang == "nl" else "who you are") in tips[0].text


@pytest.mark.parametrize(("lang", "word"), [("nl", "waarom"), ("en", "why")])
def test_a_pitch_without_why_this_job_is_told_so(lang, word) -> None:
    text = PITCH[lang].rsplit(".", 2)[0] + "."
    tips = answer_tips(analyze(text, lang=lang), answer_type="pitch")
    assert any(word in t.text.lower() and t.about == "structure" for t in tips)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_opinion_is_not_judged_on_starr_parts(lang) -> None:
    tips = answer_tips(analyze(SATISFIED[lang], lang=lang), answer_type="opinion")
    assert not {t.about for t in tips} & {"situation", "task", "action", "result", "reflection"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_short_question_wants_a_short_answer(lang) -> None:
    long_tips = answer_tips(analyze(WAITING_STORY[lang] * 3, lang=lang), answer_type="short")
    assert long_tips[0].about == "length"
    short_tips = answer_tips(analyze("Ja, bij twee andere.", lang=lang), answer_type="short")
    assert short_tips[0].about == "structure"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_star_answer_keeps_its_starr_tips(lang) -> None:
    tips = answer_tips(analyze(PITCH[lang], lang=lang), answer_type="star")
    assert {"situation", "result"} & {t.about for t in tips}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["star", "pitch", "opinion", "short"])
def test_an_off_topic_answer_gets_no_praise_for_its_form(lang, kind) -> None:
    tips = answer_tips(analyze(WAITING_STORY[lang], lang=lang), answer_type=kind, on_topic=False)
    assert tips[0].about == "relevance"
    assert all(t.about in TIP_ABOUT for t in tips)
    assert not {"structure", "result"} & {t.about for t in tips}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_any_story_may_answer_a_starr_question(lang) -> None:
    question = "Vertel over een doel dat je haalde." if lang == "nl" else "Tell us about a goal."
    assert _on_topic(WAITING_STORY[lang], question, lang, kind="star")
    assert not _on_topic(WAITING_STORY[lang], question, lang, kind="opinion")


WAITING_TIMES = {
    "nl": "Vorig jaar had ik een klant die boos was over de lange wachttijd bij de balie. Ik heb hem "
    "later teruggebeld en samen een nieuwe afspraak gemaakt. Hij was daarna heel tevreden.",
    "en": "Last year a customer was angry about the long waiting time at the desk. I called him back "
    "later and we made a new appointment together. He was very pleased afterwards.",
}
SUPPLIERS = {
    "nl": "Bij mijn vorige werkgever liep het contact met de leverancier van ons klantsysteem stroef. "
    "Ik heb toen vaste afspraken gemaakt over wie wat oplevert. Daarna kwamen de releases op tijd.",
    "en": "At my last employer, working with the supplier of our customer system was hard going. I "
    "agreed clear deadlines with them on who delivers what. After that, releases came on time.",
}
STEPPED_IN = {
    "nl": "Toen een collega ziek werd, ben ik direct ingesprongen en heb ik haar diensten "
    "overgenomen. Ik paste mijn eigen planning aan. Zo bleef de afdeling de hele week bezet.",
    "en": "When a colleague fell ill, I stepped in at once and took over her shifts. I moved my own "
    "appointments around. That way the ward was staffed all week.",
}
SUBJECT = {
    "nl": ("samenwerking met IT-leveranciers", "flexibiliteit"),
    "en": ("collaboration with IT suppliers", "flexibility"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_answer_to_a_point_from_the_notes_must_be_about_that_point(lang) -> None:
    concrete, competency = SUBJECT[lang]
    on = {
        (story, subject): is_on_topic(
            analyze(text[lang], lang=lang), question="?", answer_type="star", subject=subject
        )
        for story, text in (("waiting", WAITING_TIMES), ("suppliers", SUPPLIERS),
                            ("stepped_in", STEPPED_IN))
        for subject in (concrete, competency)
    }  # fmt: skip
    assert not on["waiting", concrete]  # "samen" is no collaboration with suppliers
    assert on["suppliers", concrete]
    # Only a competency: a story shows it more often than it names it, so any story may.
    assert on["stepped_in", competency] and on["waiting", competency]


# At a calm pace the waiting story takes about 20 s (nl) or 18 s (en): short for a STARR answer.
LENGTH_TIPS = {
    "estimate": {
        "nl": "Dit is aan de korte kant: rustig uitgesproken duurt het naar schatting 20 s. "
        "Richt je op 60–120 s.",
        "en": "This is on the short side: at a calm pace it takes an estimated 18 s. "
        "Aim for 60–120 s.",
    },
    "timer": {
        "nl": "Dit is aan de korte kant: je deed er 40 s over. Richt je op 60–120 s.",
        "en": "This is on the short side: you took 40 s. Aim for 60–120 s.",
    },
    "recording": {
        "nl": "Dit is aan de lange kant: je sprak 130,5 s. Richt je op 60–120 s.",
        "en": "This is on the long side: you spoke for 130.5 s. Aim for 60–120 s.",
    },
}


def _length_tips(lang: str, length: Length | None) -> list[str]:
    analysis = analyze(WAITING_STORY[lang], lang=lang)
    assert analysis.speaking_seconds < 60
    tips = answer_tips(analysis, answer_type="star", target=(60, 120), length=length)
    return [t.text for t in tips if t.about == "length"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("length", "source"),
    [(None, "estimate"), (Length(40, "timer"), "timer"), (Length(130.5, "recording"), "recording")],
)
def test_the_length_tip_names_the_figure_it_judged_and_where_it_came_from(
    lang, length, source
) -> None:
    assert _length_tips(lang, length) == [LENGTH_TIPS[source][lang]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_measured_time_in_range_overrules_a_short_estimate(lang) -> None:
    assert _length_tips(lang, Length(60, "timer")) == []
    assert _length_tips(lang, Length(75.2, "recording")) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_short_question_is_judged_on_the_measured_time(lang) -> None:
    analysis = analyze("Ja, bij twee andere.", lang=lang)
    tips = answer_tips(analysis, answer_type="short", length=Length(50, "timer"))
    assert tips[0].about == "length"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_reading_an_answer_takes_the_recording_before_the_timer(lang) -> None:
    def length_tips(**measured: float) -> list[str]:
        reading = read_answer(WAITING_STORY[lang], lang=lang, target=(60, 120), **measured)
        return [t.text for t in reading.tips if t.about == "length"]

    assert length_tips() == [LENGTH_TIPS["estimate"][lang]]
    assert length_tips(timer=90) == []
    assert length_tips(timer=90, spoken_seconds=130.5) == [LENGTH_TIPS["recording"][lang]]


@pytest.mark.parametrize(
    ("said", "answer", "lang", "taken"),
    [
        ("Ik heb een korte stand-up gehouden.", "Die stand-ups kostten veel tijd.", "nl", True),
        ("De klantklachten stapelden zich op.", "Twee weken later minder klachten.", "nl", True),
        ("Wat leverde het op?", "Nee, niet veel.", "nl", True),  # a plain no answers it
        # A word inside another is chance: "houd" is in "gehouden", not taken up from it.
        ("Ik heb een korte stand-up gehouden.", "Ik houd van wandelen in de duinen.", "nl", False),
        ("We held a short stand-up every morning.", "The stand-ups took a lot of time.", "en", True),
        ("What came of it?", "No, not much.", "en", True),
        ("We held a short stand-up every morning.", "I like walking in the dunes.", "en", False),
        ("", "I like walking in the dunes.", "en", True),  # nothing said: nothing to miss
    ],
)  # fmt: skip
def test_an_answer_takes_up_a_word_of_what_was_said_before_it(
    said: str, answer: str, lang: Lang, taken: bool
) -> None:
    assert takes_up(analyze(answer, lang=lang), said) is taken


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("nl", "Ik ben perfectionistisch. Ik wil dat alles klopt.", "Je zei ‘perfectionistisch’."),
        ("en", "I am a perfectionist. I want everything to be right.", "You said ‘perfectionist’."),
    ],
)
@pytest.mark.parametrize("kind", ["opinion", "star", "short"])
def test_a_cliche_is_named_once_whatever_the_question(lang, text, start, kind) -> None:
    tips = [t.text for t in answer_tips(analyze(text, lang=lang), answer_type=kind)]
    assert tips[0].startswith(start)
    assert sum("perfectionist" in tip for tip in tips) == 1


def test_an_answer_without_a_cliche_gets_no_cliche_tip() -> None:
    tips = answer_tips(analyze("Ik plan te krap. Nu zet ik overal een dag marge op.", lang="nl"))
    assert not any(t.text.startswith("Je zei ‘") for t in tips)
