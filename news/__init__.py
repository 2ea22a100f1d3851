"""News articles and safety campaigns: what the police publish."""
