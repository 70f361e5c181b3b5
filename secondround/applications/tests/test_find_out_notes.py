"""The round notes hold what the candidate still wants to find out, apart from the topics to come
back to: a field of its own next to the topics, with help texts that tell the two apart; a research
line typed under the topics moves there on saving, with a message. In Dutch and English."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from secondround.applications.models import Debrief
from secondround.applications.services import debrief_save
from secondround.testing.factories import make_application, make_debrief, make_round

pytestmark = pytest.mark.django_db

FORM = {
    "nl": (
        "Onderwerpen om op terug te komen",
        "Wat in het gesprek terug kan komen: zij vragen ernaar, of jij begint erover.",
        "Wat ik nog wil uitzoeken",
        "Wat je voor de volgende ronde zelf opzoekt of aan hen vraagt",
    ),
    "en": (
        "Topics to come back to",
        "What may come up again in the conversation: they ask about it, or you bring it up.",
        "What I still want to find out",
        "What you look up yourself or ask them before the next round",
    ),
}


def _round_one(user: Any, lang: str = "nl") -> Any:
    if lang == "en":
        user.language = "en"
        user.save()
    application = make_application(user=user)
    return make_round(application=application, number=1, status="done")


def _url(round: Any) -> str:
    return reverse("applications:round_notes", args=[round.pk])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_form_has_a_place_next_to_the_topics_with_help_that_tells_them_apart(
    alice_client: Any, alice: Any, lang: str
) -> None:
    page = alice_client.get(_url(_round_one(alice, lang))).content.decode()
    topics_label, topics_help, label, help_text = FORM[lang]
    for text in FORM[lang]:
        assert text in page
    # Right after the topics, before looking back.
    assert page.index(topics_label) < page.index(topics_help) < page.index(label)
    assert page.index('name="topics"') < page.index('name="find_out"')
    assert page.index(label) < page.index(help_text)


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        ("nl", "Wat heb je geleerd?", "Wat neem je mee naar de volgende ronde?"),
        ("en", "What did you learn?", "What will you take into the next round?"),
    ],
)
def test_every_field_sits_in_a_group_with_its_own_heading(
    alice_client: Any, alice: Any, lang: str, first: str, second: str
) -> None:
    """Two groups of the same width: the fields after the first group no longer sit apart."""
    page = alice_client.get(_url(_round_one(alice, lang))).content.decode()
    assert page.count("<fieldset>") == 2 and page.count("</fieldset>") == 2
    assert page.index(first) < page.index('name="learned_products"') < page.index(second)
    assert page.index(second) < page.index('name="went_well"') < page.rindex("</fieldset>")
    assert 'class="grow-fields"' in page  # the boxes grow with a list of points


@pytest.mark.parametrize(
    ("lang", "point", "heading"),
    [
        ("nl", "Hoe de NPS gemeten wordt", "Wat ik nog wil uitzoeken"),
        ("en", "How they measure NPS", "What I still want to find out"),
    ],
)
def test_what_to_find_out_is_saved_and_shown_with_the_notes(
    alice_client: Any, alice: Any, lang: str, point: str, heading: str
) -> None:
    one = _round_one(alice, lang)
    alice_client.post(_url(one), {"topics": "Planning", "find_out": f"- {point}\n"})
    notes = Debrief.objects.get(round=one)
    assert (notes.topics, notes.find_out_points) == ("Planning", [point])
    page = alice_client.get(one.get_absolute_url()).content.decode()
    assert f"<dt>{heading}</dt><dd><ul><li>{point}</li>" in page


@pytest.mark.parametrize(
    ("lang", "topics", "message"),
    [
        (
            "nl",
            "Inwerkperiode\nuitzoeken hoe hun NPS wordt gemeten\nNagaan: parkeren",
            "2 regels bij ‘Onderwerpen om op terug te komen’ lijken dingen om zelf uit te "
            "zoeken. Die staan nu bij ‘Wat ik nog wil uitzoeken’.",
        ),
        (
            "en",
            "Onboarding\nFind out how they measure NPS",
            "1 line under “Topics to come back to” looks like something to find out yourself. "
            "We moved it to “What I still want to find out”.",
        ),
        (
            "nl",
            "Inwerkperiode\nNagaan of thuiswerken in de cao staat",
            "1 regel bij ‘Onderwerpen om op terug te komen’ lijkt iets om zelf uit te zoeken. "
            "Die staat nu bij ‘Wat ik nog wil uitzoeken’.",
        ),
        (
            "en",
            "Onboarding\nFind out how they measure NPS\nask who plans",
            "2 lines under “Topics to come back to” look like things to find out yourself. "
            "We moved them to “What I still want to find out”.",
        ),
    ],
)
def test_a_research_line_typed_under_the_topics_moves_and_the_page_says_so(
    alice_client: Any, alice: Any, lang: str, topics: str, message: str
) -> None:
    one = _round_one(alice, lang)
    response = alice_client.post(
        _url(one), {"topics": topics, "find_out": "Jaarverslag lezen"}, follow=True
    )
    notes = Debrief.objects.get(round=one)
    kept, *moved = topics.splitlines()
    assert notes.topics == kept
    assert notes.find_out == "\n".join(["Jaarverslag lezen", *moved])
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("lang", "topics", "kept", "moved"),
    [
        ("nl", "Checklist eerste week\nNavragen wie de planning maakt\nCheck-in", "Checklist eerste week\nCheck-in", "Navragen wie de planning maakt"),
        ("nl", "Inwerkperiode\nKijken of thuiswerken kan\nchecken: de reiskosten", "Inwerkperiode", "Kijken of thuiswerken kan\nchecken: de reiskosten"),
        ("en", "Onboarding\nSee whether remote work is allowed\nAsk who plans", "Onboarding", "See whether remote work is allowed\nAsk who plans"),
    ],
)  # fmt: skip
def test_more_lead_words_move_a_line_on_save(
    alice_client: Any, alice: Any, lang: str, topics: str, kept: str, moved: str
) -> None:
    one = _round_one(alice, lang)
    alice_client.post(_url(one), {"topics": topics, "find_out": ""})
    notes = Debrief.objects.get(round=one)
    assert (notes.topics, notes.find_out) == (kept, moved)


def test_notes_without_research_lines_get_no_such_message(alice_client: Any, alice: Any) -> None:
    one = _round_one(alice)
    response = alice_client.post(_url(one), {"topics": "Checklist eerste week"}, follow=True)
    assert "zelf wilt uitzoeken" not in response.content.decode()
    assert Debrief.objects.get(round=one).topics == "Checklist eerste week"


@pytest.mark.parametrize(
    ("lang", "error"),
    [
        ("nl", "Zorg dat deze waarde niet meer dan 20000 tekens bevat"),
        ("en", "Ensure this value has at most 20000 characters"),
    ],
)
def test_too_long_keeps_what_was_typed(
    alice_client: Any, alice: Any, lang: str, error: str
) -> None:
    one = _round_one(alice, lang)
    response = alice_client.post(
        _url(one), {"topics": "Mijn eigen onderwerp", "find_out": "x" * 20_001}
    )
    page = response.content.decode()
    assert response.status_code == 422 and error in page
    assert "Mijn eigen onderwerp" in page and "x" * 20_001 in page
    assert not Debrief.objects.exists()


def test_research_lines_stay_put_when_moving_them_would_pass_the_limit(
    alice_client: Any, alice: Any
) -> None:
    """Each field fits, but together they would not: nothing moves, nothing is lost, and the
    account can still be exported and imported (an import refuses a text past the limit)."""
    one = _round_one(alice)
    topics = "\n".join(f"uitzoeken hoe punt {n} werkt" for n in range(40))
    find_out = "x" * 19_900
    response = alice_client.post(_url(one), {"topics": topics, "find_out": find_out}, follow=True)
    notes = Debrief.objects.get(round=one)
    assert response.status_code == 200
    assert (notes.topics, notes.find_out) == (topics, find_out)
    assert "om zelf uit te zoeken" not in response.content.decode()


def test_bob_gets_404_on_alices_notes(alice: Any, bob_client: Any) -> None:
    one = _round_one(alice)
    make_debrief(round=one, find_out="Hoe de NPS gemeten wordt")
    assert bob_client.get(_url(one)).status_code == 404
    assert bob_client.post(_url(one), {"find_out": "Van bob"}).status_code == 404
    assert Debrief.objects.get().find_out == "Hoe de NPS gemeten wordt"


def test_a_tick_goes_with_its_point(alice: Any) -> None:
    notes = make_debrief(round=_round_one(alice), find_out="NPS\nParkeren")
    notes.found_out = ["NPS", "Parkeren"]
    notes.find_out = "Parkeren\nLunch"
    debrief_save(debrief=notes)
    notes.refresh_from_db()
    assert notes.found_out == ["Parkeren"]


@pytest.mark.parametrize("found_out", [["ok", 3], "NPS", [{"text": "NPS"}], ["x" * 20_001]])
def test_ticks_are_a_list_of_texts(alice: Any, found_out: Any) -> None:
    notes = make_debrief(round=_round_one(alice))
    notes.found_out = found_out
    with pytest.raises(ValidationError) as refused:
        notes.full_clean()
    assert "found_out" in refused.value.message_dict
