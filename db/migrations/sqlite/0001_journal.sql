-- The journal: products, locations, stock per location, events, aliases and intakes.
-- Same tables and keys as db/migrations/mysql/0001_journal.sql; tests/contract keeps them equal.
-- Times are ISO-8601 UTC text with microseconds, as MySQL's DATETIME(6) reads back.

-- migrate:up
CREATE TABLE products (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL CHECK (length(name) <= 200),
  name_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now'))
);

CREATE TABLE locations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL CHECK (length(name) <= 200),
  name_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now'))
);

-- location_id 0 is stock whose place was never said (no foreign key for that reason).
CREATE TABLE stock (
  product_id INTEGER NOT NULL REFERENCES products (id),
  location_id INTEGER NOT NULL,
  quantity REAL NOT NULL CHECK (quantity >= 0),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now')),
  PRIMARY KEY (product_id, location_id)
);

CREATE TABLE aliases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id INTEGER NOT NULL REFERENCES products (id),
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now'))
);

-- Append-only. (intake_id, item_index) is unique so that an item delivered twice records once.
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  product_id INTEGER NOT NULL REFERENCES products (id),
  event_type TEXT NOT NULL CHECK (event_type IN ('added', 'moved', 'removed', 'counted')),
  quantity REAL NULL CHECK (quantity IS NULL OR quantity >= 0),
  unit TEXT NULL,
  location_id INTEGER NULL REFERENCES locations (id),
  from_location_id INTEGER NULL REFERENCES locations (id),
  channel TEXT NOT NULL,
  intake_id TEXT NULL,
  item_index INTEGER NULL,
  actor TEXT NOT NULL,
  said TEXT NULL,
  resolution TEXT NOT NULL,
  effects TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now')),
  undone_at TEXT NULL,
  undone_by TEXT NULL,
  undo_effects TEXT NULL,
  UNIQUE (intake_id, item_index)
);
CREATE INDEX ix_events_product ON events (product_id, id);

CREATE TABLE intakes (
  id TEXT NOT NULL PRIMARY KEY,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  actor TEXT NOT NULL,
  text TEXT NULL,
  transcript TEXT NULL,
  transcript_confidence REAL NULL,
  items TEXT NOT NULL,
  error TEXT NULL,
  idempotency_key TEXT NULL UNIQUE,
  request_hash TEXT NULL,
  audio_key TEXT NULL,
  content_type TEXT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f000', 'now'))
);
CREATE INDEX ix_intakes_status ON intakes (status, updated_at);

-- migrate:down
DROP TABLE intakes;
DROP TABLE events;
DROP TABLE aliases;
DROP TABLE stock;
DROP TABLE locations;
DROP TABLE products;
