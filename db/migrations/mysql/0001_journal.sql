-- The journal: products, locations, stock per location, events, aliases and intakes.
-- name_key columns hold products.naming.name_key(); their unique keys make find-or-create
-- race-free. utf8mb4_bin: keys are already normalised, so compare them byte for byte.

-- migrate:up
CREATE TABLE products (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  name_key VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY uq_products_name_key (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE locations (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  name_key VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY uq_locations_name_key (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- location_id 0 is stock whose place was never said (no foreign key for that reason).
CREATE TABLE stock (
  product_id BIGINT UNSIGNED NOT NULL,
  location_id BIGINT UNSIGNED NOT NULL,
  quantity DECIMAL(14,3) NOT NULL,
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (product_id, location_id),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT ck_stock_quantity CHECK (quantity >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE aliases (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT UNSIGNED NOT NULL,
  alias VARCHAR(200) NOT NULL,
  alias_key VARCHAR(200) NOT NULL,
  created_by VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY uq_aliases_alias_key (alias_key),
  CONSTRAINT fk_aliases_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only. (intake_id, item_index) is unique so that an item delivered twice records once.
CREATE TABLE events (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT UNSIGNED NOT NULL,
  event_type VARCHAR(16) NOT NULL,
  quantity DECIMAL(14,3) NULL,
  unit VARCHAR(40) NULL,
  location_id BIGINT UNSIGNED NULL,
  from_location_id BIGINT UNSIGNED NULL,
  channel VARCHAR(16) NOT NULL,
  intake_id VARCHAR(64) NULL,
  item_index INT NULL,
  actor VARCHAR(200) NOT NULL,
  said TEXT NULL,
  resolution JSON NOT NULL,
  effects JSON NOT NULL,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  undone_at DATETIME(6) NULL,
  undone_by VARCHAR(200) NULL,
  undo_effects JSON NULL,
  UNIQUE KEY uq_events_item (intake_id, item_index),
  KEY ix_events_product (product_id, id),
  CONSTRAINT fk_events_product FOREIGN KEY (product_id) REFERENCES products (id),
  CONSTRAINT fk_events_location FOREIGN KEY (location_id) REFERENCES locations (id),
  CONSTRAINT fk_events_from_location FOREIGN KEY (from_location_id) REFERENCES locations (id),
  CONSTRAINT ck_events_type CHECK (event_type IN ('added', 'moved', 'removed', 'counted')),
  CONSTRAINT ck_events_quantity CHECK (quantity IS NULL OR quantity >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE intakes (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  channel VARCHAR(16) NOT NULL,
  status VARCHAR(24) NOT NULL,
  actor VARCHAR(200) NOT NULL,
  text TEXT NULL,
  transcript TEXT NULL,
  transcript_confidence DOUBLE NULL,
  items JSON NOT NULL,
  error JSON NULL,
  idempotency_key VARCHAR(200) NULL,
  request_hash CHAR(64) NULL,
  audio_key VARCHAR(300) NULL,
  content_type VARCHAR(100) NULL,
  attempts INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY uq_intakes_idempotency_key (idempotency_key),
  KEY ix_intakes_status (status, updated_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- migrate:down
DROP TABLE intakes;
DROP TABLE events;
DROP TABLE aliases;
DROP TABLE stock;
DROP TABLE locations;
DROP TABLE products;
