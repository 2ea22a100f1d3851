"""Service procedures and the directory of units and Polsek: how to get things done, and where."""
