"""One vocabulary of field names (resources/catalog/field_names.toml): every name an SDK, a
platform or a person gives a Stripe field, folded to one form and mapped to the field."""

from __future__ import annotations

import re

from app import TYPE_CHECKING
from app.records import record

if TYPE_CHECKING:
    from typing import Any

# Fields whose value is an object: only they take a dict or a list under another name, so that a
# Dashboard label such as "Outcome" never renames the Charge's `outcome` object.
OBJECT_FIELDS = frozenset(
    {
        "outcome",
        "last_payment_error",
        "last_setup_error",
        "payment_method",
        "payment_method_details",
        "charge",
        "payment_intent",
    }
)
# Where a mobile SDK's own result (`code: "Failed"`) goes: the object is an SDK's error.
SDK_RESULT = "sdk_result"
_INNER = r"\[([^\[\]]*[A-Za-z][^\[\]]*)\]"
_NOT_NAME = r"[\W_]"  # anything but letters (of any script) and digits


def fold(name: str) -> str:
    """`decline_code`, `declineCode`, `Decline code`, `getDeclineCode()`,
    `com.stripe.lib:DeclineCodeKey` and `error[decline_code]` as one comparable form."""
    name = name.strip().strip("\"'`:")
    if "[" in name and (inner := re.findall(_INNER, name)):
        name = inner[-1].strip("\"'")
    name = name.rsplit(":", 1)[-1].removesuffix("()")
    if name.startswith("get") and name[3:4].isupper():
        name = name[3:]
    return re.sub(_NOT_NAME, "", name.lower())


@record(frozen=True, slots=True)
class FieldName:
    """What a folded name means: the canonical field, and values it holds that are not Stripe's."""

    field: str
    not_stripe: frozenset[str] = frozenset()  # in lower case
    in_objects: bool = True  # False: Stripe's own name of another field inside objects


_FOLDED: dict[str, str] = {}


def _folded(name: str) -> str:
    """fold(), remembered for the keys pastes repeat (a few hundred names); bounded."""
    found = _FOLDED.get(name)
    if found is None:
        found = fold(name)
        if len(_FOLDED) < 20_000 and len(name) <= 80:
            _FOLDED[name] = found
    return found


def field_of(name: str, names: dict[str, FieldName]) -> FieldName | None:
    """The field a key names: the whole dotted path first, then its last two parts, then the
    last (`charge.outcome.type` is `outcome.type`)."""
    if not names:
        return None
    found = names.get(_folded(name))
    if found is not None or "." not in name:
        return found
    parts = name.strip("\"'`").split(".")
    return names.get(fold(".".join(parts[-2:]))) or names.get(fold(parts[-1]))


def canonical(value: Any, names: dict[str, FieldName]) -> Any:
    """Parsed objects with each key renamed to the canonical field it names (`declineCode`,
    `DeclineCode`, `com.stripe.lib:DeclineCodeKey` to `decline_code`), values an SDK uses for
    its own meaning (`code: "Failed"`) dropped. Walks without recursion, 200,000 values at most."""
    if not names:
        return value
    root: list[Any] = [value]
    stack: list[tuple[Any, Any, Any]] = [(root, 0, value)]
    visited = 0
    while stack and visited < 200_000:
        parent, key, item = stack.pop()
        visited += 1
        if isinstance(item, dict):
            renamed: dict[str, Any] = {}
            for name, child in item.items():
                meaning = field_of(name, names) if isinstance(name, str) else None
                if meaning is None:
                    renamed.setdefault(name, child)
                    continue
                if isinstance(child, str) and child.strip().lower() in meaning.not_stripe:
                    # `code: "Failed"` of a mobile SDK: not Stripe's code, but its own result
                    renamed.setdefault(SDK_RESULT, child.strip().lower())
                    continue
                target = meaning.field
                if not meaning.in_objects or (
                    target not in OBJECT_FIELDS and isinstance(child, dict | list)
                ):
                    target = name
                if name == target or target not in renamed:
                    renamed[target] = child  # the name Stripe writes wins over an alias of it
            parent[key] = renamed
            stack.extend((renamed, name, child) for name, child in renamed.items())
        elif isinstance(item, list):
            copy = list(item)
            parent[key] = copy
            stack.extend((copy, index, child) for index, child in enumerate(copy))
    return root[0]
