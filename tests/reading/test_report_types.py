"""report.SHAPES (read at run time) and the Shape type (read by type checkers) list the same."""

from __future__ import annotations

import ast
import inspect

from app.reading import report


def test_the_shape_type_and_the_shapes_list_agree() -> None:
    tree = ast.parse(inspect.getsource(report))
    literal = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and getattr(node.targets[0], "id", "") == "Shape"
        and isinstance(node.value, ast.Subscript)
    )
    assert tuple(ast.literal_eval(literal.slice)) == report.SHAPES
