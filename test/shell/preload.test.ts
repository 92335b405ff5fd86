import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '../../src/shared/contract';
import type { PosApi } from '../../src/shared/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (_channel: string, request: { name: string }) => ({ ok: true, value: request.name }));
const rendererListeners: ((event: unknown, message: unknown) => void)[] = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
      if (channel === IPC_EVENT_CHANNEL) rendererListeners.push(listener);
    },
  },
}));

await import('../../src/preload/index');
const pos = exposed.get('pos') as PosApi;

describe('preload', () => {
  it('exposes only window.pos, with exactly call and on', () => {
    expect([...exposed.keys()]).toEqual(['pos']);
    expect(Object.keys(pos).sort()).toEqual(['call', 'on']);
  });

  it('forwards contract calls on the one IPC channel', async () => {
    await expect(pos.call('app.info')).resolves.toEqual({ ok: true, value: 'app.info' });
    expect(invoke).toHaveBeenCalledWith(IPC_CALL_CHANNEL, { name: 'app.info', arg: undefined });
    expect(CALL_NAMES).toContain('app.info');
  });

  it('refuses names outside the contract without touching IPC', async () => {
    invoke.mockClear();
    const result = await (pos.call as (name: string) => Promise<unknown>)('secrets.reveal');
    expect(result).toMatchObject({ ok: false, error: { code: 'contract.unknown-call' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('delivers contract events to subscribers and ignores others', () => {
    const seen: unknown[] = [];
    const off = pos.on('training.changed', (payload) => seen.push(payload));
    const ignored = (pos.on as (name: string, listener: () => void) => () => void)('made.up', () => seen.push('x'));
    rendererListeners.forEach((listener) => listener({}, { name: 'training.changed', payload: { active: false } }));
    rendererListeners.forEach((listener) => listener({}, { name: 'made.up', payload: 1 }));
    off();
    ignored();
    rendererListeners.forEach((listener) => listener({}, { name: 'training.changed', payload: { active: true } }));
    expect(seen).toEqual([{ active: false }]);
  });
});
