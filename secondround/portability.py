"""Export everything a user owns as one versioned JSON document, and import it into an empty account.

Each app lists the models it owns, in dependency order, as `exported_models` on its AppConfig. Rows get
local ids (1, 2, 3 … per model, in primary-key order), so export → import → export gives the same
document again. Foreign keys and many-to-many links point at those local ids.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from secondround.coach.notes import add_lines, merge_notes, split_research
from secondround.talk.services import AudioRefused, audio_for_export, audio_import

FORMAT = "secondround-export"
# 2: the reflection after a round (interviewday.reflection) became part of the round's notes
# (applications.debrief). 3: the notes hold what the candidate still wants to find out
# (find_out, found_out). Older versions are upgraded on import, one version at a time; see UPGRADES.
VERSION = 3


class ImportRefused(Exception):
    """The file cannot be imported; the message says why, in the user's language."""


def exported_models() -> list[type[models.Model]]:
    found: list[type[models.Model]] = []
    for config in apps.get_app_configs():
        for name in getattr(config, "exported_models", []):
            found.append(config.get_model(name))
    return found


def _label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def _owned_fields(model: type[models.Model]) -> Iterator[models.Field[Any, Any]]:
    for field in model._meta.concrete_fields:
        if field.primary_key or field.name == "user":
            continue
        yield field


def _m2m_fields(model: type[models.Model]) -> list[models.ManyToManyField[Any, Any]]:
    return list(model._meta.many_to_many)


def export_user(user: Any, *, with_audio: bool = False) -> dict[str, Any]:
    """Everything `user` owns; with `with_audio`, also the recordings' audio (base64, under "audio")."""
    local: dict[str, dict[int, int]] = {}
    data: dict[str, list[dict[str, Any]]] = {}
    for model in exported_models():
        label = _label(model)
        links = [field.name for field in _m2m_fields(model)]  # one query per link, not per row
        rows = list(model.objects.for_user(user).order_by("pk").prefetch_related(*links))  # type: ignore[attr-defined]  # OwnedQuerySet
        local[label] = {row.pk: index for index, row in enumerate(rows, start=1)}
        data[label] = [_export_row(row, local) for row in rows]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "profile": {"language": user.language, "first_name": user.first_name},
        "data": data,
    }
    if with_audio:
        document["audio"] = audio_for_export(user)
    return document


def _export_row(row: models.Model, local: dict[str, dict[int, int]]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": local[_label(type(row))][row.pk]}
    for field in _owned_fields(type(row)):
        value = field.value_from_object(row)
        if field.is_relation and value is not None:
            value = local[_label(field.related_model)][value]  # type: ignore[arg-type]  # a model, never 'self'
        out[field.name] = _plain(value)
    for field in _m2m_fields(type(row)):
        targets = local[_label(field.related_model)]  # type: ignore[arg-type]  # a model, never 'self'
        out[field.name] = sorted(targets[obj.pk] for obj in getattr(row, field.name).all())
    return out


def _plain(value: Any) -> Any:
    """A field's value as the export writes it."""
    if isinstance(value, datetime):
        # Full precision: the JSON encoder would cut to milliseconds and an import would
        # not give back the same document.
        value = value.isoformat(timespec="microseconds")
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)


def read_limited(stream: IO[bytes]) -> bytes:
    """At most one byte more than an import accepts: enough to refuse a huge file unread."""
    return stream.read(settings.IMPORT_MAX_BYTES + 1)


def parse(raw: bytes) -> dict[str, Any]:
    """The document in `raw`, checked for size and nesting before it is parsed, then for shape."""
    if len(raw) > settings.IMPORT_MAX_BYTES:
        raise ImportRefused(
            _(
                "This file is larger than %(size)s. An export of Second Round is far smaller: "
                "choose the file you downloaded."
            )
            % {"size": filesizeformat(settings.IMPORT_MAX_BYTES)}
        )
    try:
        text = raw.decode("utf-8")
        if _nesting(text) > settings.IMPORT_MAX_DEPTH:
            raise ImportRefused(_("The export file is damaged: it is nested far too deep."))
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, _Damaged) as error:
        raise ImportRefused(_("This file is not a JSON export of Second Round.")) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(_("This file is not a JSON export of Second Round."))
    version = document.get("version")
    if type(version) is not int:
        raise ImportRefused(_("The export file is damaged: its version is not a whole number."))
    if version != VERSION and version not in UPGRADES:
        raise ImportRefused(
            _("This export has version %(found)s; this Second Round reads version %(ours)s.")
            % {"found": version, "ours": VERSION}
        )
    if not isinstance(document.get("data"), dict):
        raise ImportRefused(_("The export file is damaged: the data part is missing."))
    if set(document) - TOP_LEVEL or not isinstance(document.get("profile", {}), dict):
        raise ImportRefused(_("The export file holds parts this version does not know."))
    if _holds_nul(document):
        raise ImportRefused(_("The export file is damaged: it holds a NUL character."))
    try:
        while document["version"] in UPGRADES:
            document = UPGRADES[document["version"]](document)
    except (TypeError, ValueError) as error:  # e.g. a list where an id belongs
        raise ImportRefused(_("The export file is damaged.")) from error
    return document


REFLECTION_MOVED = (
    "how_it_went",
    "to_improve",
    "surprised_by",
    "asked_question_ids",
    "asked_other",
)


def _rows(data: dict[str, Any], label: str) -> list[dict[str, Any]]:
    rows = data.get(label, [])
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ImportRefused(_("The export file is damaged."))
    return [dict(row) for row in rows]


def _from_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept the reflection after a round apart; it now lives in the round's notes. Where
    both hold "what went well" or the doubts, the texts are joined, as the database migration did."""
    data = dict(document["data"])
    reflections = _rows(data, "interviewday.reflection")
    data.pop("interviewday.reflection", None)
    debriefs = _rows(data, "applications.debrief")
    by_round = {row.get("round"): row for row in debriefs}
    next_id = max((row["id"] for row in debriefs if isinstance(row.get("id"), int)), default=0) + 1
    for reflection in reflections:
        debrief = by_round.get(reflection.get("round"))
        if debrief is None:
            debrief = {"id": next_id, "round": reflection.get("round")}
            if reflection.get("created"):
                debrief["updated"] = reflection["created"]
            next_id += 1
            debriefs.append(debrief)
            by_round[debrief["round"]] = debrief
        debrief.update({k: reflection[k] for k in REFLECTION_MOVED if k in reflection})
        for ours, theirs in (("went_well", "went_well"), ("doubts", "may_doubt")):
            debrief[ours] = merge_notes(
                str(debrief.get(ours) or ""), str(reflection.get(theirs) or "")
            )
    if debriefs:
        data["applications.debrief"] = debriefs
    _fit_questions_from_plans(data, created=str(document.get("exported_at") or ""))
    return {**document, "version": 2, "data": data}


def _fit_questions_from_plans(data: dict[str, Any], *, created: str) -> None:
    """Older files kept "what I want to find out" as one text per round plan; it is now a question
    per line on the application, as the database migration made it."""
    plans = _rows(data, "preparation.roundplan")
    rounds = {row.get("id"): row.get("application") for row in _rows(data, "applications.round")}
    questions = _rows(data, "applications.fitquestion")
    try:
        when = datetime.fromisoformat(created)
    except ValueError:
        when = timezone.now()  # the moment of the upgrade stands in for an unknown one
    stamp = (when if timezone.is_aware(when) else timezone.now()).isoformat(timespec="microseconds")
    for plan in plans:
        lines = str(plan.pop("want_to_find_out", "") or "").splitlines()
        application = rounds.get(plan.get("round"))
        for line in lines:
            text = " ".join(line.split()).strip(" -•*")[:500]
            known = {(q.get("application"), q.get("text")) for q in questions}
            if text and application is not None and (application, text) not in known:
                questions.append(
                    {"id": len(questions) + 1, "application": application, "text": text,
                     "answer": "", "answered_in": None, "created": stamp}
                )  # fmt: skip
    if plans:
        data["preparation.roundplan"] = plans
    if questions:
        data["applications.fitquestion"] = questions


def _from_version_2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 had no place for what the candidate still wants to find out: topic lines that are
    plainly research ("uitzoeken …", "find out …") move there, as the database migration did. A
    row that is not text is left for the import to refuse."""
    data = dict(document["data"])
    debriefs = _rows(data, "applications.debrief")
    for row in debriefs:
        topics, find_out = row.get("topics", ""), row.get("find_out", "")
        if isinstance(topics, str) and isinstance(find_out, str):
            kept, moved = split_research(topics)
            if moved:
                row["topics"], row["find_out"] = kept, add_lines(find_out, moved)
    if debriefs:
        data["applications.debrief"] = debriefs
    return {**document, "version": 3, "data": data}


UPGRADES = {1: _from_version_1, 2: _from_version_2}


TOP_LEVEL = {"format", "version", "exported_at", "profile", "data", "audio"}
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


class _Damaged(ValueError):
    pass


def _nesting(text: str) -> int:
    """How deep arrays and objects nest (counted up to one past the limit), without parsing, so
    that a file of a million brackets is refused before the parser could recurse into it. Strings
    and everything but brackets are left out; each round removes the innermost pairs."""
    skeleton = _NOT_BRACKETS.sub("", _STRING.sub("", text)).replace("{", "[").replace("}", "]")
    depth = 0
    while depth <= settings.IMPORT_MAX_DEPTH:
        inner_removed = skeleton.replace("[]", "")
        if inner_removed == skeleton:
            break
        skeleton, depth = inner_removed, depth + 1
    return depth


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise _Damaged("a key occurs twice")
    return dict(pairs)


def _no_constant(name: str) -> Any:
    raise _Damaged(f"{name} is not JSON")


def _holds_nul(document: Any) -> bool:
    stack = [document]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and "\x00" in item:
            return True
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def user_owns_anything(user: Any) -> bool:
    return any(m.objects.for_user(user).exists() for m in exported_models())  # type: ignore[attr-defined]  # OwnedQuerySet


@transaction.atomic
def import_user(user: Any, document: dict[str, Any]) -> int:
    """Restores an export into the (empty) account of `user`. All or nothing: any problem rolls back.

    Every row passes the checks the forms make (the model's `full_clean`, text limits included)
    and must read back exactly as written: a field this version does not know, a value of the
    wrong type, an id that occurs twice or a reference to a row not in the file refuses the file.
    """
    if user_owns_anything(user):
        raise ImportRefused(
            _("Your account already holds data. Import only works into an empty account.")
        )
    known = {_label(m): m for m in exported_models()}
    unknown = set(document["data"]) - set(known)
    if unknown:
        raise ImportRefused(_("The export file holds parts this version does not know."))
    created: dict[str, dict[int, models.Model]] = {}
    count = 0
    for label, model in known.items():
        rows = document["data"].get(label, [])
        if not isinstance(rows, list):
            raise ImportRefused(_("The export file is damaged."))
        created[label] = {}
        for row in rows:
            local_id = _local_id(model, row, created[label])
            created[label][local_id] = _import_row(model, row, user, created)
            count += 1
    for config in apps.get_app_configs():
        if hasattr(config, "after_import"):
            config.after_import(user)
    _import_profile(user, document.get("profile") or {})
    if "audio" in document:  # last: the files are written only when every row was accepted
        try:
            audio_import(audio=document["audio"], recordings=created.get("talk.recording", {}))  # type: ignore[arg-type]  # the rows of talk.recording are Recordings
        except AudioRefused as refusal:
            raise ImportRefused(str(refusal)) from refusal
    return count


def _import_profile(user: Any, profile: dict[str, Any]) -> None:
    language, first_name = profile.get("language", user.language), profile.get("first_name", "")
    if set(profile) - {"language", "first_name"} or language not in {"nl", "en"}:
        raise ImportRefused(_("The export file is damaged near “%(part)s”.") % {"part": "profile"})
    if not isinstance(first_name, str) or len(first_name) > 150:
        raise ImportRefused(_("The export file is damaged near “%(part)s”.") % {"part": "profile"})
    user.language, user.first_name = language, first_name
    user.save(update_fields=["language", "first_name"])


def _refused(model: type[models.Model], row: Any, field: str, problem: str) -> ImportRefused:
    return ImportRefused(
        _(
            "The export file is damaged near “%(part)s” number %(id)s, field “%(field)s”: "
            "%(problem)s Nothing was imported."
        )
        % {
            "part": model._meta.verbose_name,
            "id": row.get("id", "?") if isinstance(row, dict) else "?",
            "field": field,
            "problem": problem,
        }
    )


def _local_id(model: type[models.Model], row: Any, seen: dict[int, Any]) -> int:
    """Ids count 1, 2, 3 … per part, as the export writes them."""
    if not isinstance(row, dict) or not _is_int(row.get("id")):
        raise _refused(model, row, "id", _("every item needs a whole number as its id."))
    if row["id"] in seen:
        raise _refused(model, row, "id", _("this id occurs twice."))
    if row["id"] != len(seen) + 1:
        raise _refused(model, row, "id", _("the ids do not count 1, 2, 3 … as in an export."))
    return int(row["id"])


INT64 = 2**63


def _is_int(value: Any) -> bool:
    return type(value) is int and -INT64 <= value < INT64


def _wrong_type(field: models.Field[Any, Any], value: Any) -> bool:
    """True when `value` cannot be what the export writes for `field`."""
    if value is None:
        return not field.null
    if isinstance(field, models.JSONField):
        return False
    if field.is_relation or isinstance(field, models.IntegerField):
        return not _is_int(value)
    if isinstance(field, models.BooleanField):
        return type(value) is not bool
    if isinstance(field, models.DecimalField | models.FloatField):
        return type(value) not in (int, float, str)
    return type(value) is not str


def _import_row(
    model: type[models.Model], row: dict[str, Any], user: Any, created: dict[str, dict[int, Any]]
) -> models.Model:
    fields = {f.name: f for f in _owned_fields(model)}
    many = {f.name: f for f in _m2m_fields(model)}
    for name in row:
        if name != "id" and name not in fields and name not in many:
            raise _refused(model, row, name, _("this version does not know this field."))
    obj = model()
    given = [fields[name] for name in fields if name in row]
    for field in given:
        value = row[field.name]
        if _wrong_type(field, value):
            raise _refused(model, row, field.name, _("the value has the wrong type."))
        if field.is_relation:
            target = created[_label(field.related_model)]  # type: ignore[arg-type]  # a model, never 'self'
            if value is not None and value not in target:
                raise _refused(model, row, field.name, _("it points to an item not in the file."))
            setattr(obj, field.attname, None if value is None else target[value].pk)
        else:
            try:
                value = field.to_python(value)
            except ValidationError as error:
                raise _refused(model, row, field.name, error.messages[0]) from error
            if isinstance(value, datetime) and timezone.is_naive(value):
                problem = _("the value is not written as an export writes it.")
                raise _refused(model, row, field.name, problem)
            setattr(obj, field.attname, value)
    if "user" in {f.name for f in model._meta.concrete_fields}:
        obj.user = user  # type: ignore[attr-defined]  # the model has a user field
    _validate(model, obj, row)
    obj.save()
    _check_read_back(model, obj, row, [f for f in given if not f.is_relation])
    for field in many.values():
        targets = created[_label(field.related_model)]  # type: ignore[arg-type]  # a model, never 'self'
        ids = row.get(field.name, [])
        if not isinstance(ids, list) or not all(_is_int(i) and i in targets for i in ids):
            raise _refused(model, row, field.name, _("it points to an item not in the file."))
        if ids != sorted(set(ids)):
            raise _refused(
                model, row, field.name, _("the value is not written as an export writes it.")
            )
        getattr(obj, field.name).set([targets[i] for i in ids])
    return obj


def _validate(model: type[models.Model], obj: models.Model, row: dict[str, Any]) -> None:
    """The model's own checks, and the text limits a form sets (`full_clean` leaves a TextField's
    max_length to the form)."""
    try:
        obj.full_clean()
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        raise _refused(model, row, name, messages[0]) from error
    for field in model._meta.concrete_fields:
        value = getattr(obj, field.attname)
        if isinstance(value, str) and field.max_length and len(value) > field.max_length:
            problem = _("the text is longer than the %(limit)s characters allowed.") % {
                "limit": field.max_length
            }
            raise _refused(model, row, field.name, problem)


def _check_read_back(
    model: type[models.Model], obj: models.Model, row: dict[str, Any], given: list[Any]
) -> None:
    """What was stored must export exactly as the file wrote it (no silent rounding or retyping)."""
    if not given:
        return
    obj.refresh_from_db(fields=[f.attname for f in given])
    for field in given:
        if _plain(field.value_from_object(obj)) != row[field.name]:
            problem = _("the value is not written as an export writes it.")
            raise _refused(model, row, field.name, problem)
