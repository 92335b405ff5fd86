import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bilingual, validate } from '../../../shared/validation';

/**
 * The update feed is configured per workstation at install time, by IT, not in the
 * app's settings: a cashier must not be able to point the till at another server. It
 * lives in a machine-wide file that survives updates and uninstalls:
 *   Windows  %ProgramData%\Tezgah POS\update-feed.json  (the NSIS installer writes it from /UPDATEFEED=…)
 *   Linux    /etc/tezgah-pos/update-feed.json
 *   macOS    /Library/Application Support/Tezgah POS/update-feed.json
 * with `{ "url": "https://updates.example.com/tezgah-pos/", "channel": "latest" }`.
 */

export const FEED_FILE_NAME = 'update-feed.json';

export function feedFilePath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Tezgah POS', FEED_FILE_NAME);
  if (platform === 'darwin') return join('/Library/Application Support/Tezgah POS', FEED_FILE_NAME);
  return join('/etc/tezgah-pos', FEED_FILE_NAME);
}

const httpsUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => URL.canParse(value), bilingual('Not a web address.', 'Bir web adresi değil.'))
  .refine(
    (value) => !URL.canParse(value) || new URL(value).protocol === 'https:',
    bilingual('The feed must be an https:// address.', 'Güncelleme adresi https:// ile başlamalı.'),
  )
  .refine(
    (value) => !URL.canParse(value) || (new URL(value).username === '' && new URL(value).password === ''),
    bilingual('The address must not carry a user name or password.', 'Adreste kullanıcı adı veya parola bulunmamalı.'),
  );

export const feedFileSchema = z
  .object({
    url: httpsUrl,
    /** electron-updater's channel (`latest`, `beta`, …): which `<channel>.yml` the feed serves. */
    channel: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/u).default('latest'),
  })
  .strict();
export type FeedFile = z.infer<typeof feedFileSchema>;

export type FeedConfig =
  | { kind: 'configured'; feed: FeedFile }
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string; messageTr: string };

export function readFeedFile(file: string): FeedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    const reason = (error as Error).message;
    return { kind: 'invalid', message: `Cannot read ${file}: ${reason}`, messageTr: `${file} okunamıyor: ${reason}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return { kind: 'invalid', message: `${file} is not valid JSON.`, messageTr: `${file} geçerli bir JSON dosyası değil.` };
  }
  const parsed = validate(feedFileSchema, json);
  if (!parsed.ok) {
    const { path, message, messageTr } = parsed.failure;
    return { kind: 'invalid', message: `${file}, "${path}": ${message}`, messageTr: `${file}, "${path}": ${messageTr}` };
  }
  return { kind: 'configured', feed: parsed.data };
}
