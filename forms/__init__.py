"""Complaint form pages, the complaint record and its workflow, routing, tracking, notifications."""
