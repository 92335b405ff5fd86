import type { KeyboardEvent } from 'react';
import { useEffect, useState } from 'react';
import { settingsApproval } from '../../../../../shared/approvals';
import type { ImportPreview, ImportProgress } from '../../../../../shared/contract/catalog';
import { StatusLine } from '../../../components/StatusLine';
import { useApproval } from '../../../components/useApproval';
import type { StringKey } from '../../../i18n/texts';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import type { ImportStage } from './useProductImport';
import { IMPORT_CALLS, useProductImport } from './useProductImport';
import './productImport.css';

/** Runs longer than this show a progress bar; shorter ones only flash past. */
const SLOW_MS = 1000;

/**
 * The product list import: choose a file (main's dialog), see the dry run's result with
 * every bad row, confirm (a manager approves if the user may not change products), then
 * the outcome. Keyboard first: the next step's button has the focus, Esc backs out.
 */
export function ProductImportScreen() {
  const t = useT();
  const format = useFormat();
  const { stage, progress, choose, confirm, reset } = useProductImport();
  const { withApproval, dialog } = useApproval();
  const busy = stage.kind === 'choosing' || stage.kind === 'checking' || stage.kind === 'writing';
  const slow = useSlow(busy && stage.kind !== 'choosing');

  const runImport = async (preview: ImportPreview, fileName: string, skipBadRows: boolean) => {
    await withApproval(settingsApproval('catalog.importConfirm', preview.importId), t('products.approval', { file: fileName, creates: format.count(preview.creates), updates: format.count(preview.updates) }), (approvalToken) =>
      confirm(skipBadRows, approvalToken),
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && stage.kind === 'checked') {
      event.preventDefault();
      reset();
    }
  };

  return (
    <section className="product-import" aria-labelledby="product-import-title" onKeyDown={onKeyDown} data-testid="product-import">
      <h2 id="product-import-title">{t('products.title')}</h2>
      {stage.kind === 'idle' && <p className="muted">{t('products.intro')}</p>}
      <FailureNotice claims={IMPORT_CALLS} testId="product-import-error" />
      {stage.kind === 'choosing' && <StatusLine tone="working">{t('products.choosing')}</StatusLine>}
      {(stage.kind === 'checking' || stage.kind === 'writing') && (
        <Running stage={stage} progress={progress} slow={slow} mb={format.megabytes} format={format.count} />
      )}
      {stage.kind === 'checked' && (
        <Checked
          stage={stage}
          mb={format.megabytes}
          format={format.count}
          onImport={(skipBadRows) => void runImport(stage.preview, stage.file.fileName, skipBadRows)}
          onChooseAgain={() => void choose()}
          onCancel={reset}
        />
      )}
      {stage.kind === 'done' && (
        <StatusLine tone="ok" testId="product-import-done">
          {t('products.done', {
            file: stage.file.fileName,
            created: format.count(stage.result.created),
            updated: format.count(stage.result.updated),
            skipped: format.count(stage.result.skipped),
          })}
        </StatusLine>
      )}
      {(stage.kind === 'idle' || stage.kind === 'done') && (
        <div className="toolbar">
          <button type="button" autoFocus onClick={() => void choose()}>
            {t(stage.kind === 'idle' ? 'products.choose' : 'products.another')}
          </button>
        </div>
      )}
      {dialog}
    </section>
  );
}

/** True once `running` has stayed true for `SLOW_MS`. */
function useSlow(running: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!running) return undefined;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [running]);
  return slow;
}

function Running({
  stage,
  progress,
  slow,
  mb,
  format,
}: {
  stage: Extract<ImportStage, { kind: 'checking' | 'writing' }>;
  progress: ImportProgress | null;
  slow: boolean;
  mb(bytes: number): string;
  format(value: number): string;
}) {
  const t = useT();
  const reading = stage.kind === 'checking' && progress !== null && progress.phase === 'checking' && progress.totalBytes > 0;
  return (
    <div className="import-running">
      <StatusLine tone="working">
        {stage.kind === 'checking'
          ? t('products.checking', { file: stage.file.fileName })
          : t('products.writing', { file: stage.file.fileName, rows: format(stage.preview.creates + stage.preview.updates) })}
      </StatusLine>
      {slow &&
        (reading ? (
          <>
            <progress className="import-progress" aria-label={t('products.progressLabel')} max={progress.totalBytes} value={progress.bytesDone} data-testid="import-progress" />
            <p className="small muted">{t('products.progress', { done: mb(progress.bytesDone), total: mb(progress.totalBytes), rows: format(progress.rowsDone) })}</p>
          </>
        ) : (
          // Writing is one transaction in main with no steps to count: the bar only says it is still going.
          <progress className="import-progress" aria-label={t('products.progressLabel')} data-testid="import-progress" />
        ))}
    </div>
  );
}

function Checked({
  stage,
  mb,
  format,
  onImport,
  onChooseAgain,
  onCancel,
}: {
  stage: Extract<ImportStage, { kind: 'checked' }>;
  mb(bytes: number): string;
  format(value: number): string;
  onImport(skipBadRows: boolean): void;
  onChooseAgain(): void;
  onCancel(): void;
}) {
  const t = useT();
  const pick = usePick();
  const { file, preview } = stage;
  const badRows = preview.rows - preview.creates - preview.updates - preview.unchanged;
  const changes = preview.creates + preview.updates;
  const encoding = ENCODING_NAMES[preview.encoding];
  return (
    <div className="import-checked" data-testid="import-checked">
      <p>
        {t('products.summary', {
          file: file.fileName,
          size: mb(file.sizeBytes),
          encoding: encoding === undefined ? preview.encoding : t(encoding),
          rows: format(preview.rows),
        })}
      </p>
      <dl className="import-counts">
        {(
          [
            ['products.creates', preview.creates],
            ['products.updates', preview.updates],
            ['products.unchanged', preview.unchanged],
            ['products.badRows', badRows],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className={label === 'products.badRows' && value > 0 ? 'bad' : ''}>
            <dt>{t(label)}</dt>
            <dd>{format(value)}</dd>
          </div>
        ))}
      </dl>
      {preview.issues.length > 0 && (
        <>
          <p>{t('products.badRowsNote')}</p>
          <div className="issue-list" tabIndex={0} role="region" aria-label={t('products.issues')}>
            <table className="data-table" data-testid="import-issues">
              <thead>
                <tr>
                  <th className="num">{t('products.line')}</th>
                  <th>{t('products.column')}</th>
                  <th>{t('products.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.issues.map((issue, index) => (
                  <tr key={`${issue.line}-${issue.column}-${index}`}>
                    <td className="num">{format(issue.line)}</td>
                    <td>{issue.column}</td>
                    <td>{pick({ tr: issue.messageTr, en: issue.message })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.issueCount > preview.issues.length && (
            <p className="small muted">{t('products.moreIssues', { listed: format(preview.issues.length), total: format(preview.issueCount) })}</p>
          )}
        </>
      )}
      {changes === 0 && <p>{t('products.nothingToDo')}</p>}
      <div className="toolbar">
        {changes > 0 && badRows === 0 && (
          <button type="button" autoFocus onClick={() => onImport(false)}>
            {t('products.import')}
          </button>
        )}
        {changes > 0 && badRows > 0 && (
          <button type="button" className="danger" onClick={() => onImport(true)}>
            {t('products.importSkipping', { count: format(badRows) })}
          </button>
        )}
        {/* A file with bad rows is usually fixed and chosen again, so that is where the focus waits. */}
        <button type="button" className="ghost" autoFocus={changes === 0 || badRows > 0} onClick={onChooseAgain}>
          {t('products.chooseAgain')}
        </button>
        <button type="button" className="ghost" onClick={onCancel}>
          {t('products.cancel')}
        </button>
      </div>
    </div>
  );
}

const ENCODING_NAMES: Readonly<Record<string, StringKey>> = {
  'utf-8': 'products.encoding.utf-8',
  'utf-8-bom': 'products.encoding.utf-8-bom',
  'utf-16le': 'products.encoding.utf-16le',
  'windows-1254': 'products.encoding.windows-1254',
};
