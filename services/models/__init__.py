"""Service procedures, the units directory and their reference data (districts and units)."""

from .pages import ServiceIndexPage, ServicePage, UnitIndexPage
from .reference import District, Unit

__all__ = ["District", "ServiceIndexPage", "ServicePage", "Unit", "UnitIndexPage"]
