import type { Product } from '../../../shared/contract/catalog';
import { csvField } from './csv';
import { EXPORT_HEADERS } from './productFile';

/** `1234567` kuruş → `12345,67`: decimal comma, no grouping, as Turkish Excel reads it back. */
const decimalComma = (hundredths: number): string => {
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  if (fraction === 0) return String(whole);
  return `${whole},${String(fraction).padStart(2, '0')}`;
};

/**
 * The catalog as a CSV Turkish Excel opens directly (UTF-8 with BOM, `;`, CRLF,
 * decimal comma) and the importer reads back unchanged.
 */
export function productsToCsv(products: readonly Product[]): Uint8Array {
  const delimiter = ';';
  const header = Object.values(EXPORT_HEADERS).join(delimiter);
  const lines = products.map((product) =>
    [
      product.barcodes.join(','),
      product.name,
      product.unit,
      decimalComma(product.priceKurus).replace(/^(\d+)$/u, '$1,00'),
      decimalComma(product.vatRate),
      product.department === null ? '' : String(product.department),
      product.plu === null ? '' : String(product.plu),
      product.quickKey === null ? '' : String(product.quickKey),
    ]
      .map((cell) => csvField(cell, delimiter))
      .join(delimiter),
  );
  const text = `\ufeff${[header, ...lines].join('\r\n')}\r\n`;
  return new TextEncoder().encode(text);
}

/** The catalog as JSON in the importer's own shape (kuruş, VAT × 100). */
export function productsToJson(products: readonly Product[]): Uint8Array {
  const items = products.map(({ name, barcodes, unit, priceKurus, vatRate, department, plu, quickKey }) => ({
    name,
    barcodes,
    unit,
    priceKurus,
    vatRate,
    department,
    plu,
    quickKey,
  }));
  return new TextEncoder().encode(`${JSON.stringify(items, null, 1)}\n`);
}
