import daily_helpers


def test_public_names_resolve():
    for name in daily_helpers.__all__:
        assert getattr(daily_helpers, name) is not None
