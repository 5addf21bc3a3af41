"""Walks the audit chain in order and reports the first row that does not fit."""

from __future__ import annotations

from dataclasses import dataclass

from audit.models import GENESIS_HASH, AuditEvent, ChainHead


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_chain(chunk_size: int = 2000) -> ChainReport:
    expected_seq, expected_prev = 1, GENESIS_HASH
    checked = 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=chunk_size):
        if event.seq != expected_seq:
            return ChainReport(checked, f"row {expected_seq} is missing (next row found is {event.seq})")
        if event.prev_hash != expected_prev:
            return ChainReport(
                checked, f"row {event.seq} does not follow row {event.seq - 1}: the chain is broken"
            )
        if event.compute_hash() != event.hash:
            return ChainReport(
                checked, f"row {event.seq} has been altered: its hash does not match its contents"
            )
        expected_seq, expected_prev = event.seq + 1, event.hash
        checked += 1
    head = ChainHead.objects.filter(pk=1).first()
    if head and (head.seq, head.hash) != (expected_seq - 1, expected_prev):
        return ChainReport(
            checked,
            f"the chain ends at row {expected_seq - 1} but {head.seq} rows were written: "
            "rows at the end were removed",
        )
    return ChainReport(checked, None)
