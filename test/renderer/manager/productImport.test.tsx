import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProductImportScreen } from '../../../src/renderer/src/screens/manager/products/ProductImportScreen';
import { useAppStore } from '../../../src/renderer/src/state/appStore';
import type { ImportPreview } from '../../../src/shared/contract/catalog';
import { defaultSettings } from '../../../src/shared/settings';
import type { Output } from '../../../src/shared/contract';
import type { Result } from '../../../src/shared/result';
import { failure, fakePos, success } from '../fakePos';

const FILE = { fileHandle: 'a'.repeat(32), fileName: 'urunler.csv', sizeBytes: 5_800_000, format: 'csv' as const };
const PREVIEW: ImportPreview = {
  importId: 'import-1',
  rows: 100_000,
  creates: 99_998,
  updates: 0,
  unchanged: 0,
  issues: [
    { line: 3, column: 'Barkod', message: 'Barcode "8690000003019" has a wrong check digit.', messageTr: '"8690000003019" barkodunun kontrol hanesi yanlış.' },
    { line: 9, column: 'KDV', message: 'VAT 18% is not in force.', messageTr: '%18 KDV oranı yürürlükte değil.' },
  ],
  issueCount: 2,
  encoding: 'windows-1254',
};

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

beforeEach(() => {
  useAppStore.setState({ phase: 'ready', settings: defaultSettings() });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('product import screen', () => {
  it('shows the dry run with every bad row in Turkish, imports skipping them only when asked, and says what was done', async () => {
    const pos = fakePos({
      'catalog.chooseImportFile': () => success(FILE),
      'catalog.importPreview': () => success(PREVIEW),
      'catalog.importConfirm': () => success({ created: 99_998, updated: 0, skipped: 2 }),
    });
    render(<ProductImportScreen />);
    const choose = screen.getByRole('button', { name: 'Dosya seç…' });
    expect(document.activeElement).toBe(choose);
    fireEvent.click(choose);

    const issues = await screen.findByTestId('import-issues');
    expect(screen.getByText('urunler.csv · 5,8 MB · Windows-1254 (Türkçe) · 100.000 satır')).toBeTruthy();
    expect([...issues.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual([
      '3Barkod"8690000003019" barkodunun kontrol hanesi yanlış.',
      '9KDV%18 KDV oranı yürürlükte değil.',
    ]);
    expect(screen.queryByRole('button', { name: 'İçe aktar' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Başka dosya seç…' }));
    expect(pos.calls.map((made) => made.name)).toEqual(['catalog.chooseImportFile', 'catalog.importPreview']);
    expect(pos.calls[1]?.arg).toEqual({ fileHandle: FILE.fileHandle, format: 'csv' });

    fireEvent.click(screen.getByRole('button', { name: '2 hatalı satırı atlayarak içe aktar' }));
    expect((await screen.findByTestId('product-import-done')).textContent).toBe(
      'urunler.csv içe aktarıldı: 99.998 yeni ürün, 0 ürün güncellendi, 2 hatalı satır atlandı.',
    );
    expect(pos.calls.at(-1)).toEqual({ name: 'catalog.importConfirm', arg: { importId: 'import-1', skipBadRows: true } });
  });

  it('shows a progress bar from main’s events once the dry run has taken over a second', async () => {
    vi.useFakeTimers();
    const check = deferred<Result<Output<'catalog.importPreview'>>>();
    const pos = fakePos({
      'catalog.chooseImportFile': () => success(FILE),
      'catalog.importPreview': () => check.promise,
    });
    render(<ProductImportScreen />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Dosya seç…' }));
    });
    expect(screen.getByText('urunler.csv kontrol ediliyor…')).toBeTruthy();
    act(() => pos.emit('catalog.importProgress', { phase: 'checking', fileName: 'urunler.csv', bytesDone: 2_900_000, totalBytes: 5_800_000, rowsDone: 50_000 }));
    expect(screen.queryByTestId('import-progress')).toBeNull();

    act(() => vi.advanceTimersByTime(1000));
    const bar = screen.getByTestId('import-progress') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2_900_000, 5_800_000]);
    expect(screen.getByText('2,9 / 5,8 MB okundu, 50.000 satır')).toBeTruthy();

    await act(async () => check.resolve(success({ ...PREVIEW, issues: [], issueCount: 0, rows: 99_998 })));
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'İçe aktar' }));
  });

  it('goes back to choosing a file, with main’s reason, when the check is void', async () => {
    fakePos({
      'catalog.chooseImportFile': () => success(FILE),
      'catalog.importPreview': () => success({ ...PREVIEW, issues: [], issueCount: 0, rows: 99_998 }),
      'catalog.importConfirm': () =>
        failure('catalog.import-stale', 'The catalog changed after urunler.csv was checked.', 'urunler.csv kontrol edildikten sonra katalog değişti.'),
    });
    render(<ProductImportScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Dosya seç…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'İçe aktar' }));
    await waitFor(() => expect(screen.getByTestId('product-import-error').textContent).toBe('urunler.csv kontrol edildikten sonra katalog değişti.'));
    expect(screen.getByRole('button', { name: 'Dosya seç…' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Dosya seç…' }));
    await screen.findByRole('button', { name: 'İçe aktar' });
    fireEvent.keyDown(screen.getByTestId('import-checked'), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Dosya seç…' })).toBeTruthy();
  });
});
