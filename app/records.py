"""Record classes for the pipeline without `dataclasses`, for a command line that starts fast.

`declinedesk explain` runs on every paste and is measured against a bare `python -c "import
json, sqlite3"` (BENCHMARKS.md). `dataclasses` cost it about 6 ms: the module imports `inspect`
(and with it ast, dis and tokenize) and writes each method of each class with exec().
`record` gives a class the same behaviour from its annotations, directly: __init__ with the
fields in order (defaults, `field(default_factory=...)`), `__post_init__` when the class has
one, ==, repr, `__match_args__`, and with frozen=True read-only fields and a hash; slots=True
as in dataclasses. `asdict` and `replace` as well. Type checkers read `record` through
`typing.dataclass_transform` with exactly these parameters: `order=`, `field(default=)` and
the rest of dataclasses' options are errors for them, and TypeErrors at run time.
"""

from __future__ import annotations

from app import TYPE_CHECKING


class FrozenInstanceError(AttributeError):
    """A field of a frozen record was assigned to."""


class _Factory:
    __slots__ = ("make",)

    def __init__(self, make: object) -> None:
        self.make = make


def _field(*, default_factory: object) -> object:
    """A default made afresh for each record (a list, a dict), as dataclasses.field."""
    return _Factory(default_factory)


def _record(cls: type | None = None, /, *, frozen: bool = False, slots: bool = False) -> Any:
    """The class decorator: `@record`, `@record(frozen=True, slots=True)`."""

    def wrap(cls: type) -> type:
        return _make_record(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _make_record(cls: type, frozen: bool, slots: bool) -> type:
    # Not inspect.get_annotations: inspect is a slow import, and this runs at start-up.
    annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    names = tuple(
        name
        for name, kind in annotations.items()
        if not str(kind).startswith(("ClassVar", "typing.ClassVar"))
    )
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    title = cls.__name__
    setter = object.__setattr__
    post_init = cls.__dict__.get("__post_init__")

    count = len(names)

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if len(args) == count and not kwargs:
            # Every field in order, the usual call (a catalogue row made a record: about 370
            # of them in each `explain`, a third of the time of the general way below).
            for name, value in zip(names, args, strict=True):
                setter(self, name, value)
            if post_init is not None:
                post_init(self)
            return
        if len(args) > len(names):
            raise TypeError(f"{title}() takes {len(names)} arguments but {len(args)} were given")
        values = dict(zip(names, args, strict=False))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"{title}() got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{title}() got multiple values for argument {key!r}")
            values[key] = value
        for name in names:
            if name in values:
                value = values[name]
            elif name in defaults:
                value = defaults[name]
                if isinstance(value, _Factory):
                    value = value.make()  # type: ignore[operator]
            else:
                raise TypeError(f"{title}() missing required argument: {name!r}")
            setter(self, name, value)
        if post_init is not None:
            post_init(self)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in names)

    def _frozen(self, name, *_):  # type: ignore[no-untyped-def]
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    body = {
        key: value for key, value in cls.__dict__.items() if key not in ("__dict__", "__weakref__")
    }
    methods: dict[str, Any] = {"__init__": __init__, "__repr__": __repr__, "__eq__": __eq__}
    if frozen:
        methods |= {
            "__setattr__": _frozen,
            "__delattr__": _frozen,
            "__hash__": lambda self: hash(tuple(getattr(self, n) for n in names)),
        }
    else:
        methods["__hash__"] = None  # mutable and compared by value: unhashable, as dataclasses
    for key, method in methods.items():
        if key not in cls.__dict__ or (key == "__hash__" and cls.__dict__[key] is None):
            if callable(method):
                method.__qualname__ = f"{cls.__qualname__}.{key}"
            body[key] = method
    body["__match_args__"] = names
    body["__record_fields__"] = names
    if slots:
        for name in defaults:
            del body[name]  # a slot and a class attribute of the same name cannot coexist
        body["__slots__"] = names
    body["__qualname__"] = cls.__qualname__
    return type(cls)(cls.__name__, cls.__bases__, body)


def fields(obj: object) -> tuple[str, ...]:
    """The field names of a record (class or instance), in order."""
    return getattr(obj, "__record_fields__", ())


def _asdict(obj: object) -> object:
    """A record as a dict, records inside it too, as dataclasses.asdict (lists and dicts copied)."""
    names = fields(type(obj))
    if names:
        return {name: _asdict(getattr(obj, name)) for name in names}
    if isinstance(obj, list | tuple):
        return type(obj)(_asdict(value) for value in obj)
    if isinstance(obj, dict):
        return {_asdict(key): _asdict(value) for key, value in obj.items()}
    return obj


def _replace(obj: Any, /, **changes: object) -> Any:
    """A copy of a record with some fields changed, as dataclasses.replace."""
    values = {name: getattr(obj, name) for name in fields(obj)}
    values.update(changes)  # a name that is not a field is refused by __init__
    return type(obj)(**values)


if TYPE_CHECKING:  # what type checkers read: exactly the options `record` supports
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform, overload

    _T = TypeVar("_T")

    def field(*, default_factory: Callable[[], _T]) -> _T: ...

    @overload
    def record(cls: type[_T], /) -> type[_T]: ...
    @overload
    def record(*, frozen: bool = False, slots: bool = False) -> Callable[[type[_T]], type[_T]]: ...
    @dataclass_transform(field_specifiers=(field,))
    def record(
        cls: type[_T] | None = None, /, *, frozen: bool = False, slots: bool = False
    ) -> Any: ...

    def asdict(obj: object) -> dict[str, Any]: ...
    def replace(obj: _T, /, **changes: object) -> _T: ...
else:
    record, field, asdict, replace = _record, _field, _asdict, _replace
