import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, electronModule } from './electronMock';

const showOpenDialog = vi.fn();
vi.mock('electron', () => ({ ...electronModule, dialog: { ...electronModule.dialog, showOpenDialog } }));

const { importFileDialog } = await import('../../src/main/electron/importFileDialog');

describe("main's file dialog for a catalog import", () => {
  it('opens over the app window for one file and answers its path, or null when closed', async () => {
    const window = new FakeBrowserWindow({});
    const pick = importFileDialog(() => window as never);
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/kasa/urunler.csv'] });
    await expect(pick()).resolves.toBe('/home/kasa/urunler.csv');
    expect(showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ properties: ['openFile'] }));
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(pick()).resolves.toBeNull();
  });
});
