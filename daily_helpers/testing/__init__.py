"""Test support: a fake Daily (``FakeDaily``) and a pytest plugin."""
