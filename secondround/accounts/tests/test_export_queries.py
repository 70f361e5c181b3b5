"""Export reads each table once (and each many-to-many link once), whatever the amount of data."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from secondround import portability
from secondround.testing.factories import make_busy_applications

pytestmark = pytest.mark.django_db


def _export_queries(user) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        document = portability.export_user(user)
    return len(queries), document


def test_export_costs_one_query_per_table_and_link_at_1_and_30_applications(alice) -> None:
    models = portability.exported_models()
    per_table = len(models) + sum(len(m._meta.many_to_many) for m in models)
    make_busy_applications(user=alice, count=1)
    one, document = _export_queries(alice)
    assert one <= per_table  # a table without rows needs no query for its links
    assert document["data"]["applications.round"][1]["interviewers"] == [1, 2, 3]
    make_busy_applications(user=alice, count=29)
    thirty, document = _export_queries(alice)
    assert thirty == one
    assert len(document["data"]["applications.round"]) == 60
    assert document["data"]["applications.round"][-1]["interviewers"] == [88, 89, 90]
