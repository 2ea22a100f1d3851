"""Admin sign-in: a second factor for complaint staff and superusers, lockout after failures."""

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-yang-panjang-2026"


@pytest.fixture
def two_factor_required(settings):
    settings.WAGTAIL_2FA_REQUIRED = True


def make_staff(django_user_model, username, group=None, superuser=False):
    user = django_user_model.objects.create_user(
        username, password=PASSWORD, is_superuser=superuser, is_staff=superuser
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def current_token(device):
    """The code an authenticator app would show now, computed by django-otp itself."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, username):
    return client.post("/admin/login/", {"username": username, "password": PASSWORD})


@pytest.mark.parametrize(
    ("username", "group", "superuser"),
    [
        ("petugas", "Petugas Pengaduan", False),
        ("supervisor", "Supervisor Pengaduan", False),
        ("admin", None, True),
    ],
)
def test_staff_without_a_device_must_enrol_before_reaching_the_admin(
    client, django_user_model, two_factor_required, username, group, superuser
):
    make_staff(django_user_model, username, group, superuser)
    sign_in(client, username)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new")

    client.get("/admin/2fa/devices/new")
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    response = client.post(
        "/admin/2fa/devices/new",
        {"name": "Ponsel dinas", "otp_token": current_token(device), "password": PASSWORD},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_enrolled_staff_must_enter_a_code_after_the_password(
    client, django_user_model, two_factor_required
):
    user = make_staff(django_user_model, "petugas", "Petugas Pengaduan")
    device = TOTPDevice.objects.create(user=user, name="Ponsel dinas", confirmed=True)
    sign_in(client, "petugas")

    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/2fa/auth")

    wrong = f"{(int(current_token(device)) + 1) % 10**6:06d}"
    response = client.post("/admin/2fa/auth", {"otp_token": wrong})
    assert "Kode tidak valid" in response.content.decode()
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()  # as if the throttle delay after a wrong code had passed
    client.post("/admin/2fa/auth", {"otp_token": current_token(device)})
    assert client.get("/admin/").status_code == 200


def test_editors_may_sign_in_with_a_password_alone(client, django_user_model, two_factor_required):
    make_staff(django_user_model, "redaksi", "Redaksi")
    sign_in(client, "redaksi")
    assert client.get("/admin/").status_code == 200


def test_ten_wrong_passwords_lock_the_account_even_against_the_right_one(client, django_user_model):
    make_staff(django_user_model, "redaksi", "Redaksi")
    for _attempt in range(10):
        response = client.post("/admin/login/", {"username": "redaksi", "password": "salah"})
    response = sign_in(client, "redaksi")
    assert response.status_code == 429
    assert "Masuk sementara dikunci" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_nine_wrong_passwords_do_not_lock_the_account(client, django_user_model):
    make_staff(django_user_model, "redaksi", "Redaksi")
    for _attempt in range(9):
        client.post("/admin/login/", {"username": "redaksi", "password": "salah"})
    assert sign_in(client, "redaksi").status_code == 302
    assert client.get("/admin/").status_code == 200
