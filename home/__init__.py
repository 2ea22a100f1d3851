"""The home page, the shared page base and blocks, the unit's site-wide profile, demo content."""
