import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from timeline.env import envbool, envint, envlist, envstr


@pytest.mark.parametrize("raw, expected", [("1", True), ("true", True), ("YES", True), ("on", True), ("0", False), ("false", False), ("No", False), ("", False)])
def test_envbool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("X_FLAG", raw)
    assert envbool("X_FLAG", not expected) is expected


def test_envbool_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("X_FLAG", raising=False)
    assert envbool("X_FLAG", True) is True


def test_envbool_fails_loudly_on_a_typo(monkeypatch):
    monkeypatch.setenv("X_FLAG", "treu")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG='treu' is not a boolean"):
        envbool("X_FLAG", False)


def test_envint_rejects_words(monkeypatch):
    monkeypatch.setenv("X_NUM", "ten")
    with pytest.raises(ImproperlyConfigured, match="X_NUM='ten' is not a whole number"):
        envint("X_NUM", 1)
    monkeypatch.setenv("X_NUM", "42")
    assert envint("X_NUM", 1) == 42


def test_envlist_splits_on_commas_and_rejects_empty_entries(monkeypatch):
    monkeypatch.setenv("X_LIST", "a.example, b.example")
    assert envlist("X_LIST", []) == ["a.example", "b.example"]
    monkeypatch.setenv("X_LIST", "a.example,,b.example")
    with pytest.raises(ImproperlyConfigured, match="empty entry"):
        envlist("X_LIST", [])


def test_envstr_can_be_required(monkeypatch):
    monkeypatch.delenv("X_STR", raising=False)
    assert envstr("X_STR", "fallback") == "fallback"
    with pytest.raises(ImproperlyConfigured, match="X_STR must be set"):
        envstr("X_STR", required=True)


def _run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_debug_off_without_a_secret_key_refuses_to_start():
    result = _run_manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_a_bad_debug_value_stops_the_server_at_start_up():
    result = _run_manage("check", DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG='maybe' is not a boolean" in result.stderr


def test_check_deploy_reports_nothing_with_debug_off():
    result = _run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "DEBUG",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="a-long-random-production-secret-" + "x9Q!" * 10,
        DJANGO_ALLOWED_HOSTS="timeline.example.org",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
