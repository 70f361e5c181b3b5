"""Which sentences show which STARR part (METHOD R3), from cue words per language.

The rules read each sentence without its hesitations and stutters ("So I, um, I kind of rebuilt
it" reads "so i rebuilt it"); the evidence still points at the sentence as it was written.

Rules, in order, per sentence:
1. An explicit label ("Taak: ...", "Result: ...") decides alone.
2. A career summary ("ik werk al acht jaar als ...", "for the past ten years ...") is a pitch line,
   not an episode: it never counts as task or action, and as a situation only when a clause of its
   own opens an episode ("..., en op een vrijdag sloeg de oven af"). It may introduce a story: a
   next sentence that names a moment in time ("Op een zaterdagochtend kwam er ...") sets the scene.
3. Otherwise every part whose cues match is marked; action also counts the Dutch perfect
   ("ik heb ... gemaakt", "doordat ik ... heb herschreven"), unless the participle is about
   learning or career ("geleerd", "gewerkt"). A bare place ("in ons lab", "at our office") is a
   situation only when the sentence is not a task. A sentence that opens with a reflection
   ("Achteraf ...", "In hindsight, I took on too much") is only a reflection.
4. A scene without cue words is still a situation: a time clause before the first action
   ("Toen de printer kapotging, ...", "When our site crashed, ..."), or the opening sentence when
   it is no introduction, opinion, routine or claim and a story follows ("Het is zaterdagochtend
   en de oven valt uit.").
5. Inside a story (after a situation or task sentence), a first-person clause with a finite verb in
   any tense is an action: "Ik zet de bus stil", "I blow the whistle", "and then I book"; not in a
   claim ("Ik ben communicatief sterk en ik leer snel") nor in a sentence opening with a lesson.
   In notes without a subject, a sentence that opens with a deed is an action ("Drained it the
   night before.", "Daarna alles met de tuinslang nagelopen."); so is a deed in the passive voice
   done by the speaker ("The dose was raised by me", "Het rad werd door ons opgevijzeld").
6. Up to the first action, an obligation is a task, whoever carries it ("De stort moest voor het
   donker klaar zijn", "The pour had to be finished before dark"); in the present tense ("moet",
   "must") only once a scene is set, so an opinion ("Cijfers moeten kloppen") is no task.
7. After the first action (or after the scene, in a story where the speaker did nothing), a
   changed habit is the reflection, whatever words say it ("Sindsdien loop ik elke maand de
   vluchtroutes na", "I now keep a back-up haulier"), and so is any sentence in the present tense
   with a word of habit and no count ("A storm warning is now treated as a reason to pre-dose").
8. A result is an outcome, not a target or a guess: a task sentence before the first action, a
   sentence with "zou/would/will" and an outcome nobody can name or nobody counted ("Dat ging
   eigenlijk wel prima", "it's hard to say", "Volgens mij waren de meesten tevreden", "I never
   found out which offer she took") are no result, nor is an outcome only asked about ("Of het
   magazijn daardoor echt leger werd?") or only guessed at without a count ("Ik denk dat het
   daarna wel wat rustiger werd").
9. After the scene, a strong outcome (a percentage, a record, money) is a result, and so is a
   sentence opening with a time jump ("Drie maanden later moest ...", "The next morning ..."),
   whatever had to happen in it. After the first action, a sentence that shows no part yet but
   holds an outcome word (a number, "later", "again", "within an hour", "on time" ...) is the
   result: a STARR story runs in that order. After the last action, a sentence that only says
   what had to happen is what came of it ("We had to print an apology the next week").
10. Still no result? The last sentence after the actions (reflections and claims aside) is the
   result when it shows no part and is not about the speaker ("Hij was flink geschrokken, maar
   verder ongedeerd"), or when it is a 'we' sentence with an outcome word after the speaker's own
   actions ("We finished at half seven"), or the 'we' outcome that closes a story told only with
   'we'. A story told in one breath ends on an outcome in one of its last 'and' parts.
11. A story told result first ("We fed 320 families over Christmas. I coordinate volunteers at a
   food bank. I set up ...") opens on its result when nothing after the deeds tells one.
"""

from __future__ import annotations

import re

from .markers import Markers
from .signals import filler_matches
from .text import WORD, Span

_EPISODE = ("situation", "task", "action")
_REPEATED = re.compile(r"(?<![\w'’])([\w'’]+),? \1(?![\w'’])")
_LOOSE_COMMA = re.compile(r"[ ,]+(?=[.!?…]|$)|(?<=,),+")
_CLAUSE_WORDS = 4  # a comma after fewer words ends no clause: "so I was, um, working"


def _without_fillers(span: Span, found: list[re.Match[str]], m: Markers) -> Span:
    """The sentence as the rules read it: without hesitations and stutters ("So I, um, I kind of
    rebuilt it from the, uh, the drawings" reads "so i rebuilt it from the drawings"). A comma
    around a filler stays only where it closes a clause ("When it crashed, um, I called") or
    opens one ("Ik ben handig, zeg maar, als er iets kapot is").
    Fillers that carry meaning for a rule ("een beetje van alles") stay. `found`: the fillers in
    the sentence (`filler_matches`)."""
    lower = span.lower
    cut = [filler for filler in found if filler.group(0) not in m.fillers_kept]
    if not cut:
        return span
    kept, done, clause_words = [], 0, 0
    for filler in cut:
        before = lower[done : filler.start()].rstrip()
        after = lower[filler.end() :]
        comma_after = after.lstrip().startswith(",")
        if before.endswith(",") and comma_after:
            segment = before[:-1]
            words = len(WORD.findall(segment[segment.rfind(",") + 1 :]))
            words += 0 if "," in segment else clause_words
            following = WORD.match(after.lstrip(" ,"))
            opens = following is not None and following.group(0) in m.subordinators
            before = before if words >= _CLAUSE_WORDS or opens else segment
        comma = before.rfind(",")
        clause_words = len(WORD.findall(before[comma + 1 :])) + (0 if comma >= 0 else clause_words)
        kept.append(before + " ")
        done = filler.end() + (len(after) - len(after.lstrip(" ,")) if comma_after else 0)
    kept.append(lower[done:])
    lower = _REPEATED.sub(r"\1", " ".join("".join(kept).split()))
    lower = _LOOSE_COMMA.sub("", lower.lstrip(" ,").replace(" ,", ","))
    return Span(span.start, span.end, span.text, lower)


def _perfect_action(lower: str, m: Markers) -> bool:
    if m.perfect is None or m.participle is None or m.perfect_not is None:
        return False
    if not m.perfect.search(lower):
        return False
    excluded = {found.group(0) for found in m.perfect_not.finditer(lower)}
    if any(not m.participle.fullmatch(words) for words in excluded):
        return False  # "ik heb van alles gedaan"
    # "Ik heb met pictogrammen gewerkt en elke ochtend woordjes geoefend": one real deed is enough.
    return any(found.group(0) not in excluded for found in m.participle.finditer(lower))


def _opens_clause(lower: str, start: int, joins: frozenset[str]) -> bool:
    """Whether a match at `start` opens a clause: at the start of the sentence, after a comma or
    colon, or after one or more joining words ("and then I book", "en toen ik"). Looks back only
    a few words, so a very long sentence stays linear."""
    end = start
    for joined in range(4):
        while end > 0 and lower[end - 1] == " ":
            end -= 1
        if end == 0 or lower[end - 1] in ",;:":
            return True
        begin = end
        while begin > 0 and lower[begin - 1] not in " ,;:" and end - begin <= 12:
            begin -= 1
        if lower[begin:end] not in joins:
            return joined > 0
        end = begin
    return True


def _story_action(lower: str, m: Markers) -> bool:
    if m.story_v2 is not None and m.story_v2.match(lower):
        return True
    for pattern in (m.story_straight, m.story_inverted):
        if pattern is None:
            continue
        for match in pattern.finditer(lower):
            if _opens_clause(lower, match.start(), m.story_joins):
                return True
    return False


def _matches(part: str, span: Span, m: Markers) -> bool:
    if m.cues[part].search(span.lower):
        return True
    cased = m.cased.get(part)
    return bool(cased and cased.search(span.text))


_JOINED_CLAUSE = re.compile(r"(?:, (?:en|maar|and|but)|;| -| –) ")
_BARE_AND = re.compile(r"(?<!,) (?:en|and) ")
_RUN_ON_CAREER = 25  # words: a career line this long may run on into an episode without a comma
# A clause that opens with someone or something other than the speaker: "the machine was back".
_NOUN_SUBJECT = re.compile(
    r"(?:(?:by|within|after) [\w-]+(?: [\w-]+)?,? )?"  # "by lunchtime the whole house was warm"
    r"(?:the|a|an|all|everyone|everybody|nobody|no|his|her|their|its|de|het|een|alle|iedereen"
    r"|niemand|zijn|haar|hun|they|he|she|it|ze|zij|hij) "
)


def _scene_after_career(lower: str, m: Markers) -> bool:
    """Whether a career line goes on into an episode in a clause of its own ("Ik werk al zes jaar
    als bakker, en op een vrijdag sloeg de oven af"): a clause after the first that opens with a
    time or place cue of the situation."""
    for clause in _JOINED_CLAUSE.finditer(lower):
        rest = lower[clause.end() :]
        found = m.cues["situation"].search(rest)
        opens = found is not None and len(rest[: found.start()].split()) <= _CLAUSE_WORDS
        if opens and not set(WORD.findall(rest)) & m.i_words:
            return True  # not "..., and last year I qualified as an instructor": still the career
    if len(lower.split()) < _RUN_ON_CAREER:
        return False
    for clause in _BARE_AND.finditer(lower):
        anchor = m.episode_anchor.search(lower[clause.end() :])
        if anchor is not None and anchor.start() == 0:
            return True  # "... for six years and one Sunday in December a pipe burst"
    return False


def _direct(span: Span, m: Markers) -> tuple[set[str], bool]:
    """The parts a sentence shows on its own, and whether it is a career summary."""
    for part, label in m.labels.items():
        if label.match(span.lower):
            return {part}, False
    career = bool(m.career_summary.search(span.lower))
    tags = {
        part for part in m.cues if not (career and part in _EPISODE) and _matches(part, span, m)
    }
    if career and _scene_after_career(span.lower, m):
        # "Ik werk al zes jaar als bakker, en op een vrijdag sloeg de oven af"
        tags.add("situation")
    if not career and "action" not in tags and _perfect_action(span.lower, m):
        tags.add("action")
    if not career and "task" not in tags and m.situation_place.search(span.lower):
        tags.add("situation")
    if "action" in tags and m.action_not.search(span.lower):
        tags.discard("action")  # "ik deed dus een beetje van alles": nothing in particular
    if tags & {"task", "result"} and m.belief.search(span.lower):
        tags -= {"task", "result"}  # "I thought my job was to catch every lie"
    if "reflection" in tags and m.reflection_generic.match(span.lower):
        tags.discard("reflection")  # "Ik heb er veel van geleerd.": a lesson that names nothing
    if "reflection" in tags and m.reflection_not.search(span.lower):
        tags = (tags - {"reflection"}) | {"action"}  # "Ook heb ik haar geleerd om ...": teaching
    if not career and m.situation_role.search(span.lower) and not m.scene_not.search(span.lower):
        tags.add("situation")  # "Als verslaggever bij een regionale krant ..."
    return tags, career


def _is_claim(lower: str, m: Markers) -> bool:
    return bool(m.claim_frame.search(lower) and m.quality.search(lower)) or bool(
        m.self_claim.search(lower)
    )


def _word_count(lower: str, m: Markers) -> int:
    """Words that are no filler: "Eh, goh, lastige vraag eigenlijk" has three."""
    return len(WORD.findall(m.filler.sub(" ", lower)))


def _says_something(lower: str, m: Markers) -> bool:
    """Four words or more, one of them no filler or empty word: not "Dus eh, zo ongeveer", not
    "Yeah, so, that's kind of the thing"."""
    words = WORD.findall(m.filler.sub(" ", lower))
    return len(words) >= 4 and any(len(w) >= 4 and w not in m.empty_words for w in words)


def _scene(spans: list[Span], tags: list[set[str]], career: list[bool], m: Markers) -> int | None:
    """The opening sentence that sets a scene without a cue word ("Het is zaterdagochtend en de oven
    valt uit", "We get called out to a cyclist"): the first sentence that is no claim and no career
    line, shows no part, has five words or more, and is no introduction, opinion or routine. After
    a career line it must name a moment in time, or the answer is a pitch; then it may also carry
    a duty or a deed."""
    introduced = False
    for i, span in enumerate(spans):
        if career[i] or (not tags[i] and m.introduction.match(span.lower)):
            if not career[i] and m.episode_anchor.search(span.lower):
                return i  # "Ik ben dijkwacht, en bij het hoogwater van januari 2021 liepen we ..."
            introduced = True  # "Ik ben al vijftien jaar assistente." may introduce a story
            continue
        if _is_claim(span.lower, m):
            continue
        question = span.lower.endswith("?")
        quiet = not tags[i] and not question and _word_count(span.lower, m) >= 5
        if introduced and not m.episode_anchor.search(span.lower):
            return None  # after a career line only a moment in time opens a story; else a pitch
        # After a career line the moment opens the story even with a duty in it: "Op een
        # vrijdagnacht viel de oven uit, terwijl we om zes uur moesten leveren".
        anchored = introduced and not question and not tags[i] & {"result", "reflection"}
        return i if (quiet or anchored) and not m.scene_not.search(span.lower) else None
    return None


def _add_story_actions(
    spans: list[Span], tags: list[set[str]], career: list[bool], m: Markers
) -> None:
    story = False
    for i, span in enumerate(spans):
        if story and not career[i] and "action" not in tags[i] and not _is_claim(span.lower, m):
            if "reflection" in tags[i]:
                continue  # "What I learned is that it changed more than I expected": no action
            if _story_action(span.lower, m) and not m.action_not.search(span.lower):
                tags[i].add("action")
            elif not tags[i] and m.terse_deed.search(span.lower):
                tags[i].add("action")  # notes without a subject: "Drained it the night before."
        story = story or bool(tags[i] & {"situation", "task"})


def _first(tags: list[set[str]], part: str, after: int = -1) -> int | None:
    return next((i for i, found in enumerate(tags) if i > after and part in found), None)


def _speaker_first(lower: str, m: Markers) -> bool:
    """Whether 'ik/I' is among the first three words: the speaker acting or wishing, no outcome."""
    return any(word in m.story_singular for word in lower.replace(",", " ").split()[:3])


def _speaker_in(lower: str, m: Markers) -> bool:
    return any(word in m.story_singular for word in WORD.findall(lower))


def _outcome_clause(lower: str, m: Markers) -> bool:
    """Whether the last clause of a sentence that opens with the speaker tells, without the
    speaker, what came of it ("..., and the machine was back in production the next morning")."""
    clauses = list(_JOINED_CLAUSE.finditer(lower))
    if not clauses:
        return False
    last = lower[clauses[-1].end() :]
    if (
        not _NOUN_SUBJECT.match(last)
        or _speaker_in(last, m)
        or m.we_subject.match(last)
        or m.result_vague.search(last)
    ):
        return False
    return bool(
        m.result_weak.search(last) or m.quantity.search(last) or m.cues["result"].search(last)
    )


_RUN_ON_WORDS = 60  # a sentence this long is a whole story told in one breath
_AND = re.compile(r"\b(?:en|and)\b")


def _run_on_outcome(lower: str, m: Markers) -> bool:
    """Whether a whole story told in one breath ends on what came of it, in one of its last two
    'and' parts, without the speaker ("..., en om zes uur waren alle koeien gemolken en is er geen
    liter melk weggegooid")."""
    if len(lower.split()) < _RUN_ON_WORDS:
        return False
    return any(
        not _speaker_in(part, m)
        and not m.we_subject.match(part.strip())
        and not m.result_vague.search(part)
        and bool(m.result_weak.search(part) or m.quantity.search(part))
        for part in _AND.split(lower)[-2:]
    )


def _asked_after_outcome(lower: str, m: Markers) -> bool:
    """Whether the duty sits in a clause after an outcome told without the speaker ("Everyone was
    seated by eleven, and the manager asked me to write the route down"): being asked for more is
    what came of it, not the task of the story."""
    joined = _JOINED_CLAUSE.search(lower)
    duty = m.cues["task"].search(lower)
    if joined is None or duty is None or duty.start() < joined.end():
        return False
    first = lower[: joined.start()]
    return not _speaker_in(first, m) and bool(
        m.result_weak.search(first) or m.quantity.search(first) or m.cues["result"].search(first)
    )


def _last_outcome(
    spans: list[Span], tags: list[set[str]], after: int, m: Markers, *, acted: bool
) -> None:
    """A story ends on its outcome: the last sentence after the actions (reflections and claims
    aside) is the result when it shows no part itself and is not about the speaker ("Hij was
    geschrokken, maar ongedeerd"), or when it tells, without the speaker, an outcome after the
    speaker's own actions ("I order an extra pump. We finished at half seven."). Without any
    action, the last sentence after the scene must hold an outcome word ("By the evening the
    boilers were running again")."""
    for i in range(len(spans) - 1, after, -1):
        lower = spans[i].lower
        if "reflection" in tags[i] or _is_claim(lower, m) or not _says_something(lower, m):
            continue
        if m.reflection_generic.match(lower):
            continue  # "Ik heb er veel van geleerd." closes the story; the outcome came before
        if "result" in tags[i] or lower.endswith("?"):
            return
        if (
            acted
            and "action" in tags[i]
            and (_outcome_clause(lower, m) or _run_on_outcome(lower, m))
        ):
            tags[i].add("result")  # "On Monday I fitted the part, and by lunchtime it was warm"
            return
        if _speaker_first(lower, m):
            if acted and _outcome_clause(lower, m):
                # "I replaced the valve, and the machine was back the next day"
                tags[i].add("result")
            return
        if m.result_hope.search(lower) or m.result_vague.search(lower):
            return  # a hope or a shrug: "We were all hoping it would stay dry", "Hard to say"
        outcome = bool(m.result_weak.search(lower) or m.quantity.search(lower))
        if not tags[i] and (acted or outcome):
            tags[i].add("result")
        elif tags[i] == {"situation"} and (outcome or (acted and not _speaker_in(lower, m))):
            # "Not one of our horses tested positive that June"; after the deeds, a moment in
            # someone else's life is what came of them: "In December he read a whole book aloud"
            tags[i] = {"result"}
        elif (
            acted
            and tags[i] - {"situation"} == {"action"}
            and outcome
            and not _speaker_in(lower, m)
        ):
            own = any("action" in tags[j] and _speaker_in(spans[j].lower, m) for j in range(i))
            crew = [j for j in range(i) if "action" in tags[j]]
            # A story told only with 'we' ends on a 'we' outcome: "... and had her back on the
            # beach within forty minutes" (an outcome word, not a mere number of weekends).
            told_with_we = (
                bool(crew)
                and all(m.we_subject.match(spans[j].lower) for j in crew)
                and bool(m.result_weak.search(lower))
            )
            if own or told_with_we or not m.we_subject.match(lower):
                tags[i] = {"action", "result"}  # "Op 19 december stond alles online"
        return


def _upto(first: int | None, count: int) -> range:
    """The sentences up to and including `first` (all of them when there is none)."""
    return range(count if first is None else first + 1)


def _late_results(spans: list[Span], tags: list[set[str]], first_action: int, m: Markers) -> None:
    """After the first action, a sentence that shows no part yet but holds an outcome word is the
    result, and a strong outcome (a percentage, a record, money) is a result anywhere. Between
    the actions, a scene stays a scene (a result-first story tells its scene after the outcome);
    after the last action, an outcome is no scene ("As a result ... during the December rush")."""
    last_action = max(i for i, found in enumerate(tags) if "action" in found)
    for i in range(first_action + 1, len(tags)):
        lower = spans[i].lower
        if "reflection" not in tags[i] and m.result_late.search(lower):
            tags[i].add("result")
        quiet = not tags[i] & {"task", "action", "result", "reflection"}
        if quiet and _is_claim(lower, m):
            continue
        if quiet and m.perception.search(lower):
            continue  # "Halverwege zag ik dat er twee oppervlaktes stonden": a finding, no outcome
        if quiet and (m.result_weak.search(lower) or m.quantity.search(lower)):
            if "situation" not in tags[i] or i > last_action:
                tags[i].add("result")  # a scene told after a result-first opening stays a scene
        if "result" in tags[i] and (i > last_action or m.cues["result"].search(lower)):
            tags[i].discard("situation")


def _scene_and_duties(
    spans: list[Span], tags: list[set[str]], career: list[bool], m: Markers
) -> int | None:
    """Rules 4 and 6 up to the first action found so far: time clauses and the opening scene are
    situations, obligations are tasks. Returns the opening scene it marked, if any."""
    # A scene sentence may tell what the speaker did there ("Als verslaggever schreef ik ..."):
    # duties can still follow it.
    first_action = next(
        (i for i, t in enumerate(tags) if "action" in t and "situation" not in t), None
    )
    before_action = _upto(first_action, len(spans))
    any_action = _first(tags, "action")
    for i in before_action:
        lower = spans[i].lower
        if (
            not career[i]
            and (any_action is None or i <= any_action)
            and m.scene_clause.match(lower)
        ):
            tags[i].add("situation")  # "Toen de printer kapotging, ..."
        if "reflection" not in tags[i] and m.task_impersonal.search(lower):
            tags[i].add("task")  # "De spullen moesten dezelfde dag nog in Groningen zijn"
    scene = _scene(spans, tags, career, m)
    if scene is None or "situation" in tags[scene]:
        return None  # a situation by its own cues stays one, whatever follows
    tags[scene].add("situation")
    return scene


def _present_duties(spans: list[Span], tags: list[set[str]], m: Markers) -> None:
    """Once the scene is set and before the first action, "moet/must" is a task ("Mevrouw Bakker
    moet om negen uur weg", "dus ik moet zorgen dat ..."), unless it sits in a clause that reports
    what someone else must do ("Ik geef mijn collega een teken dat ze de chef moet halen")."""
    first_scene = _first(tags, "situation")
    if first_scene is None:
        return
    for i in range(first_scene, len(_upto(_first(tags, "action"), len(spans)))):
        lower = spans[i].lower
        duty = m.task_present.search(lower)
        if duty and "reflection" not in tags[i] and not _is_claim(lower, m):
            before = set(WORD.findall(lower[: duty.start()])[-4:])
            if not before & m.subordinators:
                tags[i].add("task")


def _in_relative(lower: str, m: Markers) -> bool:
    """Whether the sentence's outcome words sit in a relative clause of the scene ("een paar
    kinderen die na een kwartier al afhaakten"), not in the main clause."""
    found = m.cues["result"].search(lower)
    return found is not None and bool(set(WORD.findall(lower[: found.start()])[-4:]) & m.relatives)


def _outcomes(
    spans: list[Span], tags: list[set[str]], first_action: int | None, m: Markers
) -> None:
    """Rules 8 to 10: no result in a goal or a guess; outcomes after the scene and the actions."""
    for i, found in enumerate(tags):
        lower = spans[i].lower
        before_action = first_action is None or i < first_action
        task_first = "task" in found and before_action
        scene_first = "situation" in found and before_action and _in_relative(lower, m)
        if "result" in found and (
            task_first
            or scene_first  # "... een paar kinderen die na een kwartier al afhaakten"
            or m.result_not.search(lower)
            or m.perception_result_not.search(lower)  # "Bij het schuren merkte ik dat ..."
        ):
            found.discard("result")
    first_scene = _first(tags, "situation")
    if first_scene is not None:
        for i in range(first_scene + 1, len(spans)):
            lower = spans[i].lower
            if not tags[i] & {"action", "reflection"} and m.result_shift.search(lower):
                tags[i] = (tags[i] - {"task"}) | {"result"}  # "Twee maanden later moest ..."
            if not tags[i] & {"task", "reflection"} and m.result_late.search(lower):
                tags[i].add("result")  # "... hadden we de hoogste bezetting ooit"
        if first_action is None:
            for i in range(first_scene + 1, len(spans)):
                if tags[i] == {"situation", "result"}:
                    tags[i] = {"result"}  # no one acted: "By October we were at a minute forty"
    if first_action is not None:
        _late_results(spans, tags, first_action, m)
        last_action = max(i for i, found in enumerate(tags) if "action" in found)
        for i in range(last_action + 1, len(tags)):
            lower = spans[i].lower
            outcome = _asked_after_outcome(lower, m)
            asked = m.task_request.search(lower)
            if tags[i] == {"task"} and (m.task_impersonal.search(lower) or outcome or asked):
                # After every deed, a must is what came of it, and so is being asked for more:
                # "Everyone was seated by eleven, and the manager asked me to write it down",
                # "the chair asked me to do the plan again for their summer ball".
                tags[i] = {"result"}
    if _first(tags, "result") is None:
        if first_action is not None:
            _last_outcome(spans, tags, first_action - 1, m, acted=True)
        elif first_scene is not None or _first(tags, "task") is not None:
            start = min(i for i in (first_scene, _first(tags, "task")) if i is not None)
            _last_outcome(spans, tags, start, m, acted=False)
    for i, found in enumerate(tags):
        lower = spans[i].lower
        wondered = lower.endswith("?") and not m.quantity.search(lower)
        hedged = m.hedge.search(lower) and not m.quantity.search(lower)
        if "result" in found and (m.result_vague.search(lower) or wondered or hedged):
            # an outcome nobody can name ("Dat ging eigenlijk wel prima"), or only asked about
            # ("Of het magazijn daardoor echt leger werd?"; not "we got it down to five weeks?")
            found.discard("result")


def _present_habit(lower: str, m: Markers) -> bool:
    """After the deeds, a sentence in the present tense with a word of habit ("nu", "sindsdien",
    "now", "always") is what the speaker does since: "Wij peilen nu om de twee dagen", "A storm
    warning is now treated as a reason to pre-dose". Not a claim, not a wish, not the speaker's
    job ("Ik werk nu bij ...": `habit_present` leaves out the verbs of a career line)."""
    return bool(
        m.habit_now.search(lower)
        and m.habit_present.search(lower)
        and not m.quantity.search(lower)  # "We rijden nu zo'n 200 km minder": where it stands
        and not _is_claim(lower, m)
        and not m.career_summary.search(lower)
    )


def _headline_outcome(spans: list[Span], tags: list[set[str]], m: Markers) -> None:
    """A story told result first: an opening sentence with an outcome in it ("We shipped all
    3,800 trees before the fifteenth"), then the scene ("I was the packing supervisor at ..."),
    then the deeds and no outcome of their own. The opening was the result, told as a headline."""
    if len(spans) < 3 or tags[0] - {"situation", "action", "result"}:
        return
    opening = spans[0].lower
    if m.introduction.match(opening) or m.situation_role.search(opening):
        return  # "Ik rij op de vuilniswagen in Almere, met twee beladers": who, not what came of it
    deed = "action" in tags[0] and (m.quantity.search(opening) or m.result_weak.search(opening))
    # "Vijfhonderd gasten hebben droog gezeten ...": a count and an outcome word, nobody's job
    counted = not tags[0] - {"situation"} and bool(
        m.quantity.search(opening)
        and m.result_weak.search(opening)
        and not m.career_summary.search(opening)
    )
    if not (deed or counted or m.cues["result"].search(opening)):
        return  # a scene with a number in it ("a hospice, two evenings a week") is no outcome
    if "situation" not in tags[1] or tags[1] & {"action", "result", "reflection"}:
        return
    later = tags[2:]
    if any("result" in found for found in later) or not any("action" in f for f in later):
        return
    tags[0] = {"result"}


def tag_sentences(
    spans: list[Span], m: Markers, fillers: list[list[re.Match[str]]] | None = None
) -> list[set[str]]:
    """For each sentence, the set of STARR parts it is evidence for (the rules are listed at the
    top of this module). `fillers`: the filler words per sentence, when already found."""
    if fillers is None:
        fillers = [list(filler_matches(span.lower, m)) for span in spans]
    spans = [_without_fillers(span, found, m) for span, found in zip(spans, fillers, strict=True)]
    direct = [_direct(span, m) for span in spans]
    tags = [found for found, _ in direct]
    career = [is_career for _, is_career in direct]
    pitch = False
    for i, span in enumerate(spans):
        if "reflection" in tags[i] and m.reflection_opener.match(span.lower):
            # "In hindsight, I took on too much": a reflection; "I learned this at a hotel in
            # Maastricht" keeps its scene.
            tags[i] -= {"task", "action"}
        # "These days I look after ..." in a pitch is no lesson. A running flag, not
        # any(career[: i + 1]): that made a long text quadratic (218 s for 5 MB).
        pitch = pitch or career[i]
        habit = m.habit_opener.match(span.lower) and m.reflection_habit.search(span.lower)
        # "Inmiddels zitten er gemiddeld elf mensen aan tafel": where things stand, no habit.
        standing = not _speaker_in(span.lower, m) and m.cues["result"].search(span.lower)
        if not pitch and (habit or (m.habit_strong.match(span.lower) and not standing)):
            tags[i] = {"reflection"}  # "Inmiddels houd ik bij een lastig kruispunt mijn mond"
        elif (
            not tags[i]
            and not pitch
            and m.habit_word.search(span.lower)
            and m.reflection_habit.search(span.lower)
        ):
            tags[i].add("reflection")  # "Bij elke klant vraag ik tegenwoordig eerst ..."
    scene = _scene_and_duties(spans, tags, career, m)
    _add_story_actions(spans, tags, career, m)
    _present_duties(spans, tags, m)
    if scene is not None and not any(
        tags[i] & {"task", "action"} for i in range(scene + 1, len(tags))
    ):
        tags[scene].discard("situation")  # no story followed: it was no scene
    _headline_outcome(spans, tags, m)
    first_action = next(
        (
            i
            for i, found in enumerate(tags)
            if "action" in found and not m.reflection_habit.search(spans[i].lower)
        ),
        None,
    )
    story_from = first_action if first_action is not None else _first(tags, "situation")
    for i in range(len(spans) if story_from is None else story_from + 1, len(spans)):
        today = "result" not in tags[i] and _present_habit(spans[i].lower, m)
        if m.reflection_habit.search(spans[i].lower) or today:
            tags[i] = {
                "reflection"
            }  # after the story: "Sindsdien test ik altijd eerst bij klanten"
    _outcomes(spans, tags, first_action, m)
    if any(career) and _first(tags, "situation") is None:
        for found in tags:  # a pitch: "I've run teams of 120" sums up a career, tells no episode
            found -= {"task", "action", "result"}
    return tags
