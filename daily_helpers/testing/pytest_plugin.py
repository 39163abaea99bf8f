"""pytest plugin (the ``daily_helpers`` entry point): fixtures for the fake Daily."""
