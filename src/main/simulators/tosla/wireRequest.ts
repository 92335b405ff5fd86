/**
 * Reads a request body the way the real ASP.NET/Newtonsoft server does (reference §2,
 * §4): keys matched case-insensitively (and trimmed, for the `"isCommission "` typo real
 * clients copy), numeric strings coerced, unknown keys ignored. Problems come back as
 * Newtonsoft-style texts for the 998 answer.
 */
export class WireRequest {
  readonly #fields = new Map<string, { key: string; value: unknown }>();

  constructor(body: Record<string, unknown>) {
    for (const [key, value] of Object.entries(body)) this.#fields.set(key.trim().toLowerCase(), { key, value });
  }

  has(name: string): boolean {
    return this.#fields.has(name.toLowerCase());
  }

  /** A string field; numbers are accepted as their text, as Newtonsoft does. */
  text(name: string): string | null {
    const field = this.#fields.get(name.toLowerCase());
    if (field === undefined || field.value === null) return null;
    if (typeof field.value === 'string') return field.value;
    if (typeof field.value === 'number' || typeof field.value === 'boolean') return String(field.value);
    return null;
  }

  /** An integer field: `{ value }`, or `{ error }` with the server's kind of text. */
  integer(name: string, required: boolean, max = Number.MAX_SAFE_INTEGER): { value: number | null } | { error: string } {
    const field = this.#fields.get(name.toLowerCase());
    const path = field?.key ?? name;
    if (field === undefined || field.value === null || field.value === '') {
      return required
        ? { error: `An undefined token is not a valid System.Nullable\`1[System.Int64]. Path '${path}'.` }
        : { value: null };
    }
    const raw = field.value;
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
    if (text === null || !/^-?\d+$/u.test(text)) {
      return { error: `Could not convert string to integer: ${String(raw)}. Path '${path}'.` };
    }
    const value = Number(text);
    if (!Number.isSafeInteger(value) || Math.abs(value) > max) {
      return { error: `Could not convert string to integer: ${text}. Path '${path}'.` };
    }
    return { value };
  }
}
