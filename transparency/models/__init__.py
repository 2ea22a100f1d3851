"""Transparency models, one module per concern, re-exported here for `transparency.models.X`."""

from .pages import StatisticsPage, SurveyPage
from .survey import SurveyInvitation, SurveyResponse

__all__ = ["StatisticsPage", "SurveyInvitation", "SurveyPage", "SurveyResponse"]
