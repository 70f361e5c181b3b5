"""Export everything a user owns as one versioned JSON document, and import it into an empty account.

Each app lists the models it owns, in dependency order, as `exported_models` on its AppConfig. Rows get
local ids (1, 2, 3 … per model, in primary-key order), so export → import → export gives the same
document again. Foreign keys and many-to-many links point at those local ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT = "secondround-export"
VERSION = 1


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
    return list(model._meta.many_to_many)  # type: ignore[arg-type]


def export_user(user: Any) -> dict[str, Any]:
    local: dict[str, dict[int, int]] = {}
    data: dict[str, list[dict[str, Any]]] = {}
    for model in exported_models():
        label = _label(model)
        links = [field.name for field in _m2m_fields(model)]  # one query per link, not per row
        rows = list(model.objects.for_user(user).order_by("pk").prefetch_related(*links))  # type: ignore[attr-defined]
        local[label] = {row.pk: index for index, row in enumerate(rows, start=1)}
        data[label] = [_export_row(row, local) for row in rows]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "profile": {"language": user.language, "first_name": user.first_name},
        "data": data,
    }


def _export_row(row: models.Model, local: dict[str, dict[int, int]]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": local[_label(type(row))][row.pk]}
    for field in _owned_fields(type(row)):
        value = field.value_from_object(row)
        if field.is_relation and value is not None:
            value = local[_label(field.related_model)][value]  # type: ignore[arg-type]
        if isinstance(value, datetime):
            # Full precision: the JSON encoder would cut to milliseconds and an import would
            # not give back the same document.
            value = value.isoformat(timespec="microseconds")
        out[field.name] = json.loads(json.dumps(value, cls=DjangoJSONEncoder))
    for field in _m2m_fields(type(row)):
        targets = local[_label(field.related_model)]  # type: ignore[arg-type]
        out[field.name] = sorted(targets[obj.pk] for obj in getattr(row, field.name).all())
    return out


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)


def parse(raw: bytes) -> dict[str, Any]:
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefused(_("This file is not a JSON export of Second Round.")) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(_("This file is not a JSON export of Second Round."))
    if document.get("version") != VERSION:
        raise ImportRefused(
            _("This export has version %(found)s; this Second Round reads version %(ours)s.")
            % {"found": document.get("version"), "ours": VERSION}
        )
    if not isinstance(document.get("data"), dict):
        raise ImportRefused(_("The export file is damaged: the data part is missing."))
    return document


def user_owns_anything(user: Any) -> bool:
    return any(m.objects.for_user(user).exists() for m in exported_models())  # type: ignore[attr-defined]


@transaction.atomic
def import_user(user: Any, document: dict[str, Any]) -> int:
    """Restores an export into the (empty) account of `user`. All or nothing: any problem rolls back."""
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
            created[label][_local_id(row)] = _import_row(model, row, user, created)
            count += 1
    for config in apps.get_app_configs():
        if hasattr(config, "after_import"):
            config.after_import(user)
    profile = document.get("profile") or {}
    if isinstance(profile, dict) and profile.get("language") in {"nl", "en"}:
        user.language = profile["language"]
        user.first_name = str(profile.get("first_name") or "")[:150]
        user.save(update_fields=["language", "first_name"])
    return count


def _local_id(row: Any) -> int:
    if not isinstance(row, dict) or not isinstance(row.get("id"), int):
        raise ImportRefused(_("The export file is damaged."))
    return int(row["id"])


def _import_row(
    model: type[models.Model], row: dict[str, Any], user: Any, created: dict[str, dict[int, Any]]
) -> models.Model:
    obj = model()
    try:
        for field in _owned_fields(model):
            if field.name not in row:
                continue
            value = row[field.name]
            if field.is_relation:
                target = created[_label(field.related_model)]  # type: ignore[arg-type]
                value = None if value is None else target[value].pk
                setattr(obj, field.attname, value)
            else:
                setattr(obj, field.attname, field.to_python(value))
        if any(f.name == "user" for f in model._meta.concrete_fields):
            obj.user = user  # type: ignore[attr-defined]
        obj.full_clean()
        obj.save()
        for field in _m2m_fields(model):
            targets = created[_label(field.related_model)]  # type: ignore[arg-type]
            getattr(obj, field.name).set([targets[i] for i in row.get(field.name, [])])
    except (ValidationError, KeyError, TypeError, ValueError) as error:
        raise ImportRefused(
            _("The export file is damaged near “%(part)s”. Nothing was imported.")
            % {"part": model._meta.verbose_name}
        ) from error
    return obj
