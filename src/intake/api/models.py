"""The HTTP API's request and response bodies (pydantic). They are the OpenAPI schema too.

Request bodies forbid unknown fields: a misspelt field is an error, not silently ignored.
Every text field refuses lone surrogates ("\\ud800" is valid JSON but not storable text).
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from intake.service import MAX_TEXT_LENGTH
from products.journal import MAX_QUANTITY, MAX_UNIT_LENGTH
from products.naming import MAX_NAME_LENGTH

EventType = Literal["added", "moved", "removed", "counted"]
Number = int | float
MAX_ID = 2**53 - 1  # ids stay exact in JavaScript and fit every database's integer


def _storable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    return text


Text = Annotated[str, AfterValidator(_storable)]
Name = Annotated[Text, Field(min_length=1, max_length=MAX_NAME_LENGTH)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Quantity = (Annotated[int, Field(ge=0, le=MAX_QUANTITY)]
            | Annotated[float, Field(ge=0, le=MAX_QUANTITY, allow_inf_nan=False)])


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # "5" is not a number here


# -- requests ----------------------------------------------------------------------------------
class TextIntakeIn(_In):
    text: Annotated[Text, Field(min_length=1, max_length=MAX_TEXT_LENGTH,
                                examples=["moved the red ladder to the van"])]


class FormIntakeIn(_In):
    product: Name
    event_type: EventType
    location: Name | None = None
    from_location: Name | None = None
    quantity: Quantity | None = None
    unit: Annotated[Text, Field(min_length=1, max_length=MAX_UNIT_LENGTH)] | None = None


class ChooseProduct(_In):
    item_index: Annotated[int, Field(ge=0, le=1000)]
    product_id: Id


class ChooseNew(_In):
    item_index: Annotated[int, Field(ge=0, le=1000)]
    create_new: Literal[True]


class ConfirmIn(_In):
    # empty: "yes, that is what I said" for a voice note held because its transcript was unsure
    choices: Annotated[list[ChooseProduct | ChooseNew], Field(max_length=100)] = []


# -- responses ---------------------------------------------------------------------------------
class ProductRef(BaseModel):
    id: int
    name: str


class Candidate(ProductRef):
    score: float


class ResolutionOut(BaseModel):
    outcome: Literal["matched", "new", "ambiguous"]
    product: ProductRef | None
    score: float
    candidates: list[Candidate]


class ItemEvent(BaseModel):
    """The event an intake item recorded, as it was when recorded."""

    id: int
    event_type: EventType
    product_id: int
    product: str
    quantity: Number | None
    unit: str | None
    location: str | None
    from_location: str | None
    created_at: str
    undone: bool


class ErrorInfo(BaseModel):
    code: str
    message: str


class IntakeItem(BaseModel):
    event_type: str
    product: str
    quantity: Number | None = None
    unit: str | None = None
    location: str | None = None
    from_location: str | None = None
    confidence: float | None = None
    resolution: ResolutionOut | None = None
    event: ItemEvent | None = None
    created: bool | None = None  # recorded items: True when this item created the product
    error: ErrorInfo | None = None


class IntakeOut(BaseModel):
    id: str
    channel: str
    status: Literal["received", "uploaded", "transcribing", "parsing", "recorded",
                    "needs_confirmation", "rejected", "failed"]
    text: str | None
    transcript: str | None
    transcript_confidence: float | None = None
    items: list[IntakeItem]
    error: ErrorInfo | None
    created_at: str | None
    updated_at: str | None


class EventOut(BaseModel):
    id: int
    product_id: int
    product: str
    event_type: EventType
    quantity: Number | None
    unit: str | None
    location: str | None
    from_location: str | None
    channel: str
    intake_id: str | None
    actor: str
    said: str | None
    created: bool  # this event created the product (the seed rule)
    created_at: str
    undone: bool
    undone_at: str | None
    undone_by: str | None


class EventPage(BaseModel):
    events: list[EventOut]
    next_before: int | None = Field(description="pass as `before` for the next, older page")


class ProductList(BaseModel):
    products: list[ProductRef]


class Location(BaseModel):
    id: int
    name: str


class LocationList(BaseModel):
    locations: list[Location]


class StockLine(BaseModel):
    location_id: int | None = Field(description="null: stock whose place was never said")
    location: str | None
    quantity: Number


class ProductDetail(ProductRef):
    stock: list[StockLine]
    total: Number


class Health(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict


class ErrorOut(BaseModel):
    error: ErrorBody
