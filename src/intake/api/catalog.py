"""Catalog routes: products (search, detail with stock, history) and locations."""
from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from intake.api import models, views
from intake.api.responses import documented
from intake.api.services import Services

Search = Annotated[str, Query(max_length=200, description="part of the name; empty lists all")]
Limit = Annotated[int, Query(ge=1, le=200)]
ProductId = Annotated[int, Path(ge=1, le=models.MAX_ID)]
Before = Annotated[int | None, Query(ge=1, le=models.MAX_ID, description="only events older than this id")]


def router(services: Services) -> Router:
    api = Router()
    store, journal = services.store, services.journal

    @api.get("/products", tags=["catalog"], summary="Products whose name contains q, by name",
             responses=documented(200, models.ProductList, "matching products", 422, 503))
    def list_products(q: Search = "", limit: Limit = 20) -> models.ProductList:
        found = store.search_products(q.strip(), limit)
        return models.ProductList(products=[models.ProductRef(id=p.id, name=p.name) for p in found])

    @api.get("/products/<product_id>", tags=["catalog"],
             summary="A product, where it is and how many per location",
             responses=documented(200, models.ProductDetail, "the product and its stock", 404, 422, 503))
    def get_product(product_id: ProductId) -> models.ProductDetail:
        product = journal.product(product_id)
        return views.product_detail(product, journal.stock(product_id))

    @api.get("/products/<product_id>/events", tags=["catalog"], summary="A product's history, newest first",
             responses=documented(200, models.EventPage, "a page of events", 404, 422, 503))
    def product_events(product_id: ProductId, limit: Limit = 50, before: Before = None) -> models.EventPage:
        journal.product(product_id)  # 404 for an unknown product, not an empty history
        return views.event_page(store.list_events(product_id, limit + 1, before), limit)

    @api.get("/locations", tags=["catalog"], summary="Locations whose name contains q, by name",
             responses=documented(200, models.LocationList, "matching locations", 422, 503))
    def list_locations(q: Search = "", limit: Limit = 20) -> models.LocationList:
        found = store.search_locations(q.strip(), limit)
        return models.LocationList(locations=[models.Location(id=loc.id, name=loc.name) for loc in found])

    return api
