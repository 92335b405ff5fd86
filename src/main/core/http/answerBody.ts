import type { Dispatcher } from 'undici';

/** Bodies above this are not a vendor's answer (TokenX's or Tosla's); reading stops there. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** An answer's body as text, or null when it grows past `MAX_ANSWER_BYTES` (the rest is not read). */
export async function readAnswerText(body: Dispatcher.ResponseData['body']): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      return null;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
