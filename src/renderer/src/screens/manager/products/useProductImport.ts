import { useCallback, useEffect, useState } from 'react';
import type { ImportFile, ImportPreview, ImportProgress } from '../../../../../shared/contract/catalog';
import type { AppError, Result } from '../../../../../shared/result';
import { useAppStore } from '../../../state/appStore';

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

/** Where an import stands: choose a file → dry run → its result → import → done. */
export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'checking'; file: ImportFile }
  | { kind: 'checked'; file: ImportFile; preview: ImportPreview }
  | { kind: 'writing'; file: ImportFile; preview: ImportPreview }
  | { kind: 'done'; file: ImportFile; result: ImportResult };

export interface ProductImport {
  stage: ImportStage;
  /** The last progress main reported for the running step. */
  progress: ImportProgress | null;
  error: AppError | null;
  /** Main's file dialog (or the harness's upload), then the dry run. */
  choose(): Promise<void>;
  /** Imports the checked file; answers main's reply so an approval can be asked for and the import sent again. */
  confirm(skipBadRows: boolean, approvalToken?: string): Promise<Result<ImportResult>>;
  reset(): void;
}

/** The product import's data: every call to main for it, and main's progress events. */
export function useProductImport(): ProductImport {
  const api = useAppStore((state) => state.api);
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => api?.on('catalog.importProgress', setProgress), [api]);

  const choose = useCallback(async () => {
    if (!api) return;
    setError(null);
    setProgress(null);
    setStage({ kind: 'choosing' });
    const chosen = await api.call('catalog.chooseImportFile');
    if (!chosen.ok || chosen.value === null) {
      if (!chosen.ok) setError(chosen.error);
      setStage({ kind: 'idle' });
      return;
    }
    const file = chosen.value;
    setStage({ kind: 'checking', file });
    const checked = await api.call('catalog.importPreview', { fileHandle: file.fileHandle, format: file.format });
    if (!checked.ok) {
      setError(checked.error);
      setStage({ kind: 'idle' });
      return;
    }
    setStage({ kind: 'checked', file, preview: checked.value });
  }, [api]);

  const confirm = useCallback(
    async (skipBadRows: boolean, approvalToken?: string) => {
      if (!api || stage.kind !== 'checked') throw new Error('confirm is offered only for a checked file');
      const { file, preview } = stage;
      setError(null);
      setProgress(null);
      setStage({ kind: 'writing', file, preview });
      const result = await api.call('catalog.importConfirm', { importId: preview.importId, skipBadRows, ...(approvalToken ? { approvalToken } : {}) });
      if (result.ok) {
        setStage({ kind: 'done', file, result: result.value });
      } else if (result.error.code === 'auth.approval-required') {
        setStage({ kind: 'checked', file, preview });
      } else {
        // The check is used up (or void, if the catalog changed): the file has to be chosen again.
        setError(result.error);
        setStage({ kind: 'idle' });
      }
      return result;
    },
    [api, stage],
  );

  const reset = useCallback(() => {
    setError(null);
    setProgress(null);
    setStage({ kind: 'idle' });
  }, []);

  return { stage, progress, error, choose, confirm, reset };
}
