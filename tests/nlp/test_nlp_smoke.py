from nlp import parse


def test_a_move_with_nested_place():
    # GIVEN a typed move  WHEN parsed  THEN one moved item with the nested place in spoken order
    (item,) = parse("moved the cordless drill to shelf B3 in the garage").items
    assert (item.event_type, item.product, item.location) == ("moved", "cordless drill", "shelf b3 in the garage")
