"""`intake import`: bulk load through the same matcher, skipping duplicates."""
from intake.cli import main
from products.adapters import open_store


def test_import_creates_skips_and_flags(tmp_path, capsys):
    # GIVEN a CSV with new, duplicate, ambiguous and invalid rows
    csv_file = tmp_path / "products.csv"
    csv_file.write_text(
        "name,location,quantity,unit\n"
        "Red ladder,garage,1,\n"
        "step ladder,shed,2,\n"
        "red ladders,van,,\n"          # the same product said another way: skipped
        "the ladder,,,\n"              # red or step: flagged
        "zip ties,bin 12,100,pack\n"
        ",garage,1,\n"                 # no name
        "bolts,,-3,\n"                 # negative quantity
        "m8 bolts,,lots,\n"            # not a number
        "claw hammer,shed,2,,\n")      # a trailing comma past the header
    url = f"sqlite:///{tmp_path / 'import.db'}"
    # WHEN it is imported twice
    assert main(["import", str(csv_file), "--db", url]) == 0
    first = capsys.readouterr().out
    assert main(["import", str(csv_file), "--db", url]) == 0
    second = capsys.readouterr().out
    # THEN the summary says what happened, and the second run created nothing
    assert first.splitlines()[0] == "created 4, matched existing (skipped) 1, ambiguous (flagged) 1, invalid 3"
    assert "line 5: 'the ladder' is ambiguous: Red ladder, step ladder" in first
    assert "line 8: 'bolts': quantity cannot be negative" in first
    assert second.splitlines()[0].startswith("created 0, matched existing (skipped) 5")
    store = open_store(url)
    assert sorted(p.name for p in store.search_products("", 10)) == ["Red ladder", "claw hammer", "step ladder",
                                                                     "zip ties"]
    assert {(line.location, line.quantity) for line in store.stock_of(store.search_products("zip", 1)[0].id)} \
        == {("bin 12", 100)}
    assert len(store.list_events()) == 4


def test_import_refuses_a_file_without_a_name_column(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,qty\nA1,3\n")
    assert main(["import", str(bad), "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
    assert "needs a header row with a 'name' column" in capsys.readouterr().err
