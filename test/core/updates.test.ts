import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedFilePath, readFeedFile } from '../../src/main/core/updates/feedConfig';
import { installBlockers } from '../../src/main/core/updates/installPolicy';
import { tempDir } from '../helpers/tmp';

describe('install policy', () => {
  const quiet = { basketsInFlight: 0, draftLines: 0, idleSeconds: 600 };

  it('installs by itself only on a quiet till with no sale anywhere', () => {
    expect(installBlockers(quiet, 'automatic')).toEqual([]);
    expect(installBlockers({ ...quiet, basketsInFlight: 1 }, 'automatic')).toEqual(['basket-in-flight']);
    expect(installBlockers({ ...quiet, draftLines: 3 }, 'automatic')).toEqual(['basket-open']);
    expect(installBlockers({ ...quiet, idleSeconds: 299 }, 'automatic')).toEqual(['till-in-use']);
    expect(installBlockers({ ...quiet, idleSeconds: 300 }, 'automatic')).toEqual([]);
  });

  it('treats what it cannot know as a sale under way', () => {
    expect(installBlockers({ ...quiet, basketsInFlight: null }, 'automatic')).toEqual(['checkout-unknown']);
    expect(installBlockers({ ...quiet, draftLines: null }, 'requested')).toEqual(['basket-open']);
  });

  it('on request waives only the quiet minutes; on quit only the device matters', () => {
    expect(installBlockers({ ...quiet, idleSeconds: 0 }, 'requested')).toEqual([]);
    expect(installBlockers({ basketsInFlight: 2, draftLines: 4, idleSeconds: 0 }, 'requested')).toEqual([
      'basket-in-flight',
      'basket-open',
    ]);
    expect(installBlockers({ basketsInFlight: 0, draftLines: 4, idleSeconds: 0 }, 'quit')).toEqual([]);
    expect(installBlockers({ basketsInFlight: 1, draftLines: 0, idleSeconds: 900 }, 'quit')).toEqual(['basket-in-flight']);
  });
});

describe('update feed file', () => {
  const write = (content: string) => {
    const dir = tempDir();
    const file = join(dir, 'update-feed.json');
    writeFileSync(file, content);
    return file;
  };

  it('lives where only an administrator writes, per platform', () => {
    expect(feedFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(join('D:\\ProgramData', 'Tezgah POS', 'update-feed.json'));
    expect(feedFilePath('linux', {})).toBe('/etc/tezgah-pos/update-feed.json');
    expect(feedFilePath('darwin', {})).toBe('/Library/Application Support/Tezgah POS/update-feed.json');
  });

  it('accepts an https feed, with a BOM as Notepad writes it, and a channel', () => {
    expect(readFeedFile(write('\uFEFF{"url":"https://updates.shop.example/tezgah/"}'))).toEqual({
      kind: 'configured',
      feed: { url: 'https://updates.shop.example/tezgah/', channel: 'latest' },
    });
    expect(readFeedFile(write('{"url":"https://u.example/t","channel":"pilot"}'))).toMatchObject({ feed: { channel: 'pilot' } });
  });

  it('refuses anything but https, credentials in the address, unknown keys and broken JSON, in both languages', () => {
    const plain = readFeedFile(write('{"url":"http://updates.shop.example/"}'));
    expect(plain).toMatchObject({ kind: 'invalid' });
    expect(plain.kind === 'invalid' && plain.messageTr).toContain('https://');
    expect(plain.kind === 'invalid' && plain.message).toContain('https://');
    expect(readFeedFile(write('{"url":"https://it:pw@updates.shop.example/"}'))).toMatchObject({ kind: 'invalid' });
    expect(readFeedFile(write('{"url":"https://u.example/","token":"x"}'))).toMatchObject({ kind: 'invalid' });
    expect(readFeedFile(write('{"url":"file:///C:/evil"}'))).toMatchObject({ kind: 'invalid' });
    const broken = readFeedFile(write('{url: https://'));
    expect(broken).toMatchObject({ kind: 'invalid' });
    expect(broken.kind === 'invalid' && broken.messageTr).toContain('JSON');
  });

  it('is simply absent where IT has not configured updates', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    expect(readFeedFile(join(dir, 'empty', 'update-feed.json'))).toEqual({ kind: 'missing' });
  });
});
