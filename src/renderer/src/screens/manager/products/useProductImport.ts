import { useCallback, useState } from 'react';
import type { ImportFile, ImportPreview, ImportProgress } from '../../../../../shared/contract/catalog';
import type { Result } from '../../../../../shared/result';
import { call } from '../../../state/call';
import { usePosEvent } from '../../../state/useQuery';

/** The calls of an import: their refusals are shown beside the import (`FailureNotice`). */
export const IMPORT_CALLS = ['catalog.chooseImportFile', 'catalog.importPreview', 'catalog.importConfirm'] as const;

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
  /** Main's file dialog (or the harness's upload), then the dry run. */
  choose(): Promise<void>;
  /** Imports the checked file; answers main's reply so an approval can be asked for and the import sent again. */
  confirm(skipBadRows: boolean, approvalToken?: string): Promise<Result<ImportResult>>;
  reset(): void;
}

/**
 * The product import's data: every call to main for it, and main's progress events.
 * Refusals go to the failure store like every call's; the screen shows them beside itself.
 */
export function useProductImport(): ProductImport {
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  usePosEvent('catalog.importProgress', setProgress);

  const choose = useCallback(async () => {
    setProgress(null);
    setStage({ kind: 'choosing' });
    const chosen = await call('catalog.chooseImportFile');
    if (!chosen.ok || chosen.value === null) {
      setStage({ kind: 'idle' });
      return;
    }
    const file = chosen.value;
    setStage({ kind: 'checking', file });
    const checked = await call('catalog.importPreview', { fileHandle: file.fileHandle, format: file.format });
    setStage(checked.ok ? { kind: 'checked', file, preview: checked.value } : { kind: 'idle' });
  }, []);

  const confirm = useCallback(
    async (skipBadRows: boolean, approvalToken?: string) => {
      if (stage.kind !== 'checked') throw new Error('confirm is offered only for a checked file');
      const { file, preview } = stage;
      setProgress(null);
      setStage({ kind: 'writing', file, preview });
      const result = await call('catalog.importConfirm', { importId: preview.importId, skipBadRows, ...(approvalToken ? { approvalToken } : {}) });
      if (result.ok) setStage({ kind: 'done', file, result: result.value });
      // Asked for an approval: the check still stands. Any other refusal used the check up
      // (or voided it, if the catalog changed): the file has to be chosen again.
      else setStage(result.error.code === 'auth.approval-required' ? { kind: 'checked', file, preview } : { kind: 'idle' });
      return result;
    },
    [stage],
  );

  const reset = useCallback(() => {
    setProgress(null);
    setStage({ kind: 'idle' });
  }, []);

  return { stage, progress, choose, confirm, reset };
}
