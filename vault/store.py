"""`NodeStore` over the LogNode table: batched reads, atomic never-overwrite writes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import reduce
from operator import or_

from django.db import IntegrityError, transaction
from django.db.models import Max, Q

from vault.merkle import NodeExistsError, NodeKey
from vault.models import LogNode

# Keeps each query under SQLite's and PostgreSQL's bound-parameter limits.
_MAX_KEYS_PER_QUERY = 500


class DjangoNodeStore:
    """Stores complete-subtree hashes in `vault.LogNode`. Appends are serialised by the caller."""

    def get_many(self, keys: Iterable[NodeKey]) -> dict[NodeKey, bytes]:
        keys = list(dict.fromkeys(keys))
        found: dict[NodeKey, bytes] = {}
        for start in range(0, len(keys), _MAX_KEYS_PER_QUERY):
            rows = LogNode.objects.filter(_where(keys[start : start + _MAX_KEYS_PER_QUERY]))
            found.update({(r.level, r.index): bytes(r.hash) for r in rows.only("level", "index", "hash")})
        return found

    def put_many(self, nodes: Mapping[NodeKey, bytes]) -> None:
        rows = [LogNode(level=level, index=index, hash=value) for (level, index), value in nodes.items()]
        try:
            with transaction.atomic():
                LogNode.objects.bulk_create(rows, batch_size=_MAX_KEYS_PER_QUERY)
        except IntegrityError as error:
            raise NodeExistsError(f"refusing to overwrite a stored node: {error}") from error

    def leaf_count(self) -> int:
        highest = LogNode.objects.filter(level=0).aggregate(highest=Max("index"))["highest"]
        return 0 if highest is None else highest + 1


def _where(keys: list[NodeKey]) -> Q:
    by_level: dict[int, list[int]] = defaultdict(list)
    for level, index in keys:
        by_level[level].append(index)
    return reduce(or_, (Q(level=level, index__in=indexes) for level, indexes in by_level.items()))
