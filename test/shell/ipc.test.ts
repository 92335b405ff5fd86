import { describe, expect, it, vi } from 'vitest';
import { createInvoke } from '../../src/main/core/ipc/dispatcher';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../src/shared/contract';
import { electronModule, FakeBrowserWindow, fakeIpcMain } from './electronMock';

vi.mock('electron', () => electronModule);

const { bindContract } = await import('../../src/main/electron/ipc');

type Window = Parameters<typeof bindContract>[2] extends () => infer W ? W : never;

function setup() {
  const window = new FakeBrowserWindow({});
  const handlers = {
    'app.info': () => ({
      name: 'Tezgah POS',
      version: '0.1.0',
      host: 'electron' as const,
      platform: 'linux',
      nodeVersion: '24',
      electronVersion: '45',
    }),
  };
  let listener: ((name: never, payload: unknown) => void) | null = null;
  const core = {
    invoke: vi.fn(createInvoke(handlers as never, silentLogger)),
    subscribe: (l: (name: never, payload: unknown) => void) => {
      listener = l;
      return () => undefined;
    },
    close: async () => undefined,
  };
  bindContract(fakeIpcMain as never, core, () => window as unknown as Window, 'app://pos');
  const handler = fakeIpcMain.handlers.get(IPC_CALL_CHANNEL)!;
  return { window, core, handler, emit: (name: string, payload: unknown) => listener?.(name as never, payload) };
}

describe('IPC binding', () => {
  it("answers the app's own main frame through the core", async () => {
    const { window, handler, core } = setup();
    const result = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { name: 'app.info' });
    expect(result).toMatchObject({ ok: true, value: { name: 'Tezgah POS' } });
    expect(core.invoke).toHaveBeenCalledWith('app.info', undefined);
  });

  it.each([
    ['a sub-frame', (w: FakeBrowserWindow) => ({ sender: w.webContents, senderFrame: { url: 'app://pos/index.html' } })],
    ['another webContents', () => ({ sender: new FakeBrowserWindow({}).webContents, senderFrame: { url: 'app://pos/' } })],
    ['a missing frame', (w: FakeBrowserWindow) => ({ sender: w.webContents, senderFrame: null })],
    [
      'a main frame navigated elsewhere',
      (w: FakeBrowserWindow) => {
        w.webContents.mainFrame.url = 'https://evil.example/';
        return { sender: w.webContents, senderFrame: w.webContents.mainFrame };
      },
    ],
  ])('refuses %s without reaching the core', async (_label, makeEvent) => {
    const { window, handler, core } = setup();
    const result = await handler(makeEvent(window), { name: 'app.info' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.untrusted-sender' } });
    expect(core.invoke).not.toHaveBeenCalled();
  });

  it('turns a malformed request into a typed error instead of a crash', async () => {
    const { window, handler } = setup();
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(handler(event, 'not an object')).resolves.toMatchObject({ ok: false, error: { code: 'contract.unknown-call' } });
    await expect(handler(event, { name: 'app.info', arg: { unexpected: 1 } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'contract.invalid-argument' },
    });
  });

  it('pushes core events to the window on the event channel', () => {
    const { window, emit } = setup();
    emit('training.changed', { active: true });
    expect(window.webContents.sent).toEqual([[IPC_EVENT_CHANNEL, { name: 'training.changed', payload: { active: true } }]]);
  });
});
