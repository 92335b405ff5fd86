import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES } from '../../src/main/core/http/answerBody';
import { systemClock } from '../../src/main/core/ports';
import { ToslaClient } from '../../src/main/core/tosla/toslaClient';
import { ToslaNoAnswer } from '../../src/main/core/tosla/toslaErrors';
import { TEST_CREDENTIALS } from './toslaFixture';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('Tosla answers', () => {
  it('stops reading an answer past the size cap the TokenX transport has, and calls it no answer', async () => {
    let sent = 0;
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = () => {
        // Twice the cap: a reader without one takes it all in.
        while (sent <= MAX_ANSWER_BYTES * 2 && response.write(chunk)) sent += chunk.length;
        if (sent <= MAX_ANSWER_BYTES * 2) response.once('drain', more);
        else response.end('{}');
      };
      more();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const dispatcher = new Agent();
    closers.push(async () => {
      await dispatcher.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });
    const { port } = server.address() as AddressInfo;
    const client = new ToslaClient({ baseUrl: `http://127.0.0.1:${port}/api/Payment`, credentials: TEST_CREDENTIALS, dispatcher, clock: systemClock, timeoutMs: 20_000 });
    const refused = client.inquiry('ORD-1');
    await expect(refused).rejects.toBeInstanceOf(ToslaNoAnswer);
    await expect(refused).rejects.toThrow(/larger than 4194304 bytes/u);
  });
});
