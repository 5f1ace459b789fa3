"""`declinedesk search`, held to DESIGN.md's contract."""

from __future__ import annotations

import json

import pytest

from app.cli import main as cli


def test_json_hits_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["search", "insuficient", "funds", "--format", "json"])
    out, _ = capsys.readouterr()
    hits = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and hits
    assert all(list(hit) == ["code", "kind", "title", "score"] for hit in hits)
    assert hits[0]["code"] == "insufficient_funds"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_text_and_nothing_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["search", "card", "reported", "stolen"]) == 0
    assert "stolen_card" in capsys.readouterr().out
    assert cli.main(["search", "zzqqxx"]) == 1
    assert "Nothing in the catalogue matches" in capsys.readouterr().err
