"""Export reads each table once (and each many-to-many link once), whatever the amount of data."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from secondround import portability
from secondround.testing.factories import make_application, make_interviewer, make_round

pytestmark = pytest.mark.django_db


def _fill(user, count: int) -> None:
    for index in range(count):
        application = make_application(user=user, company=f"Bedrijf {index}")
        people = [make_interviewer(application=application, name=f"P{index}-{n}") for n in range(3)]
        make_round(application=application, number=1, status="done", interviewers=people[:1])
        make_round(application=application, number=2, interviewers=people)


def _export_queries(user) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        document = portability.export_user(user)
    return len(queries), document


def test_export_costs_one_query_per_table_and_link_at_1_and_30_applications(alice) -> None:
    models = portability.exported_models()
    per_table = len(models) + sum(len(m._meta.many_to_many) for m in models)
    _fill(alice, 1)
    one, document = _export_queries(alice)
    assert one <= per_table  # a table without rows needs no query for its links
    assert document["data"]["applications.round"][1]["interviewers"] == [1, 2, 3]
    _fill(alice, 29)
    thirty, document = _export_queries(alice)
    assert thirty == one
    assert len(document["data"]["applications.round"]) == 60
    assert document["data"]["applications.round"][-1]["interviewers"] == [88, 89, 90]
