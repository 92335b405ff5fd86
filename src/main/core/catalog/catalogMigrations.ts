import type { MigrationSet } from '../storage/database';

/**
 * Products, their barcodes (one product may carry several), and a full-text index
 * over the Turkish-folded name. The index rowid is the product id.
 */
export const catalogMigrations: MigrationSet = {
  module: 'catalog',
  migrations: [
    {
      version: 1,
      description: 'products, barcodes, folded-name search index, parked baskets',
      up: `
        CREATE TABLE catalog_products (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          unit TEXT NOT NULL,
          price_kurus INTEGER NOT NULL CHECK (price_kurus >= 0),
          vat_rate INTEGER NOT NULL CHECK (vat_rate BETWEEN 0 AND 10000),
          department INTEGER,
          plu INTEGER UNIQUE,
          quick_key INTEGER UNIQUE,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE catalog_barcodes (
          barcode TEXT PRIMARY KEY,
          product_id INTEGER NOT NULL REFERENCES catalog_products(id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX catalog_barcodes_product ON catalog_barcodes(product_id);
        CREATE VIRTUAL TABLE catalog_search USING fts5(folded, prefix = '1 2 3', tokenize = 'unicode61');
        CREATE TABLE parked_baskets (
          basket_id TEXT PRIMARY KEY,
          label TEXT NOT NULL,
          parked_at TEXT NOT NULL,
          line_count INTEGER NOT NULL,
          total_kurus INTEGER NOT NULL,
          basket_json TEXT NOT NULL
        ) STRICT;
      `,
    },
  ],
};
