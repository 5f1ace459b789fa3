"""app.records behaves as dataclasses does for the records the pipeline declares."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from app import records


def _pair(frozen: bool, slots: bool) -> tuple[Any, Any]:
    """The same class made by each decorator: made at run time, so typed as Any."""
    made = []
    for decorate, field in (
        (dataclasses.dataclass, dataclasses.field),
        (records.record, records.field),
    ):

        class Report:
            code: str
            amount: int | None = None
            notes: list[str] = field(default_factory=list)

            def label(self) -> str:
                return f"{self.code}:{self.amount}"

        made.append(decorate(frozen=frozen, slots=slots)(Report))
    return made[0], made[1]


@pytest.mark.parametrize(("frozen", "slots"), [(False, False), (True, True), (False, True)])
def test_a_record_matches_the_dataclass(frozen: bool, slots: bool) -> None:
    data_cls, record_cls = _pair(frozen, slots)
    for cls in (data_cls, record_cls):
        cls.made = [cls("card_declined"), cls("x", 5, ["n"]), cls(code="y", notes=["a"])]
    for ours, theirs in zip(record_cls.made, data_cls.made, strict=True):
        assert repr(ours) == repr(theirs)
        assert ours.label() == theirs.label()
        assert records.asdict(ours) == dataclasses.asdict(theirs)
    assert record_cls("a", 1) == record_cls("a", 1) and record_cls("a", 1) != record_cls("a", 2)
    assert record_cls("a") != data_cls("a")
    assert record_cls.__match_args__ == data_cls.__match_args__
    assert hasattr(record_cls("a"), "__dict__") is hasattr(data_cls("a"), "__dict__")
    first, second = record_cls("a"), record_cls("a")
    first.notes.append("only mine")
    assert second.notes == []


def test_frozen_records_are_read_only_and_hashable() -> None:
    _, cls = _pair(frozen=True, slots=True)
    entry = cls("a", 1, ())
    with pytest.raises(AttributeError):
        entry.code = "b"
    assert {entry, cls("a", 1, ())} == {entry}
    assert hash(entry) != hash(cls("a", 2, ()))


def test_mutable_records_change_and_are_not_hashable() -> None:
    _, cls = _pair(frozen=False, slots=True)
    entry = cls("a")
    entry.amount = 3
    assert entry.amount == 3
    with pytest.raises(TypeError):
        hash(entry)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((), {}, "missing required argument: 'code'"),
        (("a", 1, [], 4), {}, "takes 3 arguments"),
        (("a",), {"code": "b"}, "multiple values"),
        (("a",), {"colour": "b"}, "unexpected keyword argument 'colour'"),
    ],
)
def test_wrong_arguments_are_refused_as_by_a_dataclass(
    args: tuple, kwargs: dict, message: str
) -> None:
    _, cls = _pair(frozen=True, slots=True)
    with pytest.raises(TypeError, match=message):
        cls(*args, **kwargs)


def test_asdict_goes_into_nested_records_and_lists() -> None:
    @records.record(slots=True)
    class Inner:
        code: str

    @records.record(slots=True)
    class Outer:
        inner: Inner
        items: list[Inner]

    assert records.asdict(Outer(Inner("a"), [Inner("b")])) == {
        "inner": {"code": "a"},
        "items": [{"code": "b"}],
    }


def test_replace_copies_with_changes_as_dataclasses_does() -> None:
    data_cls, record_cls = _pair(frozen=True, slots=True)
    ours = records.replace(record_cls("a", 1, ("n",)), amount=2)
    theirs = dataclasses.replace(data_cls("a", 1, ("n",)), amount=2)
    assert repr(ours) == repr(theirs)
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        records.replace(ours, colour="red")


def test_post_init_runs_after_the_fields_are_set() -> None:
    @records.record(slots=True)
    class Span:
        start: int
        end: int
        length: int = 0

        def __post_init__(self) -> None:
            if self.end < self.start:
                raise ValueError("end before start")
            self.length = self.end - self.start

    assert Span(2, 5).length == 3
    assert Span(2, 5, 99).length == 3  # every field given: the same __post_init__
    for given in ((5, 2), (5, 2, 0)):
        with pytest.raises(ValueError, match="end before start"):
            Span(*given)


def test_what_record_does_not_claim_is_refused_at_once() -> None:
    """Type checkers read `record` with exactly its options (dataclass_transform); at run time
    the others fail when the class is defined, never later."""
    with pytest.raises(TypeError):
        records.record(order=True)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        records.field(default=1)  # type: ignore[call-arg]
