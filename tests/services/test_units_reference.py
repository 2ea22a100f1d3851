"""Districts and units: the reference data the directory and complaint routing share."""

import pytest

from services.models import District, Unit


@pytest.mark.django_db
def test_demo_gives_every_kecamatan_exactly_one_polsek(loaded_demo):
    assert District.objects.count() == 15
    for district in District.objects.all():
        assert district.units.filter(kind=Unit.Kind.POLSEK).count() == 1, district.name
    assert Unit.objects.filter(kind=Unit.Kind.HEADQUARTERS, name="SPKT").exists()


@pytest.mark.django_db
def test_superuser_manages_units_in_the_admin(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/snippets/services/unit/add/",
        {"name": "Polsek Contoh", "kind": "polsek", "sort_order": "0", "districts": []},
    )
    assert response.status_code == 302
    assert Unit.objects.filter(name="Polsek Contoh").exists()
