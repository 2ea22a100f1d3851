"""Production refuses a configuration that silently weakens it: `manage.py check` (which
`migrate` runs too) fails under production settings without a shared cache or without the
site's public address."""

import os
import subprocess
import sys

import pytest

from tests.servers import ROOT

COMPLETE = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "polres.example.id",
    "DATABASE_URL": "postgres://polres@127.0.0.1:5432/polres",
    "REDIS_URL": "redis://127.0.0.1:6379/1",
    "WAGTAILADMIN_BASE_URL": "https://polres.example.id",
    "COMPLAINT_CAPTCHA_DISABLED": "1",
}


def check(**changes):
    """`manage.py check` under production settings with the complete environment, changed."""
    inherited = {
        key: value
        for key, value in os.environ.items()
        if key not in COMPLETE and not key.startswith(("RECAPTCHA", "COMPLAINT_"))
    }
    env = {**inherited, **COMPLETE, **changes}
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_passes_its_checks_with_a_complete_environment():
    result = check()
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("redis_url", [None, ""])
def test_production_refuses_to_run_without_a_shared_cache_for_rate_limits(redis_url):
    result = check(REDIS_URL=redis_url)
    assert result.returncode != 0
    assert "django_ratelimit.E003" in result.stderr


@pytest.mark.parametrize("base_url", [None, "http://127.0.0.1:8000", "http://localhost"])
def test_production_refuses_to_run_without_the_public_address_for_staff_email_links(base_url):
    result = check(WAGTAILADMIN_BASE_URL=base_url)
    assert result.returncode != 0
    assert "forms.E002" in result.stderr
    assert "WAGTAILADMIN_BASE_URL" in result.stderr
