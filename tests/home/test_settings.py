"""Configuration comes from the environment, and the defaults are the safe ones."""

import os
import subprocess
import sys

import pytest
from django.conf import settings


def settings_value(module, expression, **environ):
    """Import a settings module in a clean interpreter with `environ`, and evaluate `expression`."""
    env = {key: value for key, value in os.environ.items() if key not in {"EMAIL_HOST"}}
    env.update(environ)
    code = f"import config.settings.{module} as s; print({expression})"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    return result.returncode, result.stdout.strip(), result.stderr


def test_indonesian_is_the_default_language_and_jakarta_the_time_zone():
    assert settings.LANGUAGE_CODE == "id"
    assert [code for code, _name in settings.LANGUAGES] == ["id", "en"]
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS
    assert "wagtail.locales" not in settings.INSTALLED_APPS


def test_base_settings_are_secure_by_default():
    code, out, _err = settings_value("base", "(s.DEBUG, s.SECRET_KEY == '', s.ALLOWED_HOSTS)")
    assert code == 0
    assert out == "(False, True, [])"


def test_development_mail_goes_to_the_console_without_an_smtp_host():
    _code, out, _err = settings_value("dev", "s.EMAIL_BACKEND")
    assert out == "django.core.mail.backends.console.EmailBackend"


def test_development_mail_goes_over_smtp_when_a_host_is_set():
    _code, out, _err = settings_value(
        "dev",
        "(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT)",
        EMAIL_HOST="mail.example.id",
        EMAIL_PORT="2525",
    )
    assert out == "('django.core.mail.backends.smtp.EmailBackend', 'mail.example.id', 2525)"


def test_database_comes_from_database_url():
    _code, out, _err = settings_value(
        "dev",
        "(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])",
        DATABASE_URL="postgres://polres@127.0.0.1:5432/polres",
    )
    assert out == "('django.db.backends.postgresql', 'polres')"


def test_redis_cache_is_used_when_redis_url_is_set():
    _code, out, _err = settings_value(
        "base", "s.CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/1"
    )
    assert out == "config.cache.ReusedClientRedisCache"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_secret_key_or_hosts(missing):
    environ = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "polres.example.id"}
    environ[missing] = ""
    code, _out, err = settings_value("production", "s.DEBUG", **environ)
    assert code != 0
    assert missing in err
