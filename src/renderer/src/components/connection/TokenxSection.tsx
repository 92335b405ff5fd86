import { useState } from 'react';
import type { Settings, TokenxBaseUrls } from '../../../../shared/settings';
import { TOKENX_PRESETS } from '../../../../shared/settings';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { useFailures } from '../../state/failures';
import { Field } from './Field';
import { EnvironmentChoice, SaveRow } from './FormParts';
import { TunnelChoice } from './TunnelChoice';

type Draft = Omit<Settings['tokenx'], 'webhookPort' | 'pollIntervalMs' | 'tillNumber' | 'tunnel'> & {
  webhookPort: string;
  pollIntervalMs: string;
  tillNumber: string;
};

const toDraft = ({ tunnel: _tunnel, ...tokenx }: Settings['tokenx']): Draft => ({
  ...tokenx,
  webhookPort: String(tokenx.webhookPort),
  pollIntervalMs: String(tokenx.pollIntervalMs),
  tillNumber: String(tokenx.tillNumber),
});

/** Numbers typed by hand are sent as numbers when they are numbers; otherwise as typed, so main names the field. */
const numberOrText = (text: string): number | string => (/^\d+$/u.test(text.trim()) ? Number(text.trim()) : text);

/** The three TokenX base addresses: filled by the environment's preset, typed only for production. */
function BaseUrls({ draft, onUrl }: { draft: Draft; onUrl(key: keyof TokenxBaseUrls, value: string): void }) {
  const t = useT();
  return (
    <div className="form-grid">
      <Field label={t('settings.tokenx.authUrl')} path="tokenx.baseUrls.auth" value={draft.baseUrls.auth} onValue={(v) => onUrl('auth', v)} />
      <Field label={t('settings.tokenx.clientSettingsUrl')} path="tokenx.baseUrls.clientSettings" value={draft.baseUrls.clientSettings} onValue={(v) => onUrl('clientSettings', v)} />
      <Field label={t('settings.tokenx.basketUrl')} path="tokenx.baseUrls.basket" value={draft.baseUrls.basket} onValue={(v) => onUrl('basket', v)} />
    </div>
  );
}

/**
 * TokenX: the environment (its preset fills the three base addresses), this counter's
 * terminal and where baskets go; the branch, webhook, tunnel and polling are under
 * "advanced", where most shops never need to look.
 */
export function TokenxSection({ tokenx }: { tokenx: Settings['tokenx'] }) {
  const t = useT();
  const updateSettings = useAppStore((state) => state.updateSettings);
  const [draft, setDraft] = useState<Draft>(() => toDraft(tokenx));
  const [saved, setSaved] = useState(false);
  // A refused field inside "advanced" opens it, so the error is never hidden.
  const failedPath = useFailures((state) => (state.current?.source === 'settings.update' ? state.current.error.path : undefined));
  const edit = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const editUrl = (key: keyof TokenxBaseUrls, value: string) => edit({ baseUrls: { ...draft.baseUrls, [key]: value } });

  const save = async () => {
    const ok = await updateSettings({
      tokenx: {
        ...draft,
        webhookPort: numberOrText(draft.webhookPort) as number,
        pollIntervalMs: numberOrText(draft.pollIntervalMs) as number,
        tillNumber: numberOrText(draft.tillNumber) as number,
      },
    });
    setSaved(ok);
  };

  return (
    <>
      <form
        className="settings-form"
        aria-labelledby="tokenx-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="tokenx-title">TokenX</h2>
        <EnvironmentChoice name="tokenx-environment" value={draft.environment} onChange={(environment) => edit({ environment, baseUrls: { ...TOKENX_PRESETS[environment] } })} />
        {draft.environment === 'production' ? (
          <>
            <p className="muted small">{t('settings.tokenx.productionUrls')}</p>
            <BaseUrls draft={draft} onUrl={editUrl} />
          </>
        ) : (
          <p className="muted small">{t('settings.tokenx.presetUsed')}</p>
        )}
        <div className="form-grid">
          <Field
            label={t('settings.tokenx.terminalId')}
            path="tokenx.terminalId"
            value={draft.terminalId}
            placeholder="AV0000000658"
            hint={t('settings.tokenx.terminalId.hint')}
            onValue={(terminalId) => edit({ terminalId })}
          />
          <Field
            label={t('settings.tokenx.tillNumber')}
            path="tokenx.tillNumber"
            inputMode="numeric"
            value={draft.tillNumber}
            hint={t('settings.tokenx.tillNumber.hint')}
            onValue={(tillNumber) => edit({ tillNumber })}
          />
        </div>
        <div className="field" role="radiogroup" aria-label={t('settings.tokenx.target')}>
          <span>{t('settings.tokenx.target')}</span>
          {(['terminal', 'branch'] as const).map((target) => (
            <label key={target} className="radio">
              <input type="radio" name="tokenx-target" checked={draft.target === target} onChange={() => edit({ target })} />
              {t(`settings.tokenx.target.${target}`)}
            </label>
          ))}
        </div>
        <details className="advanced" open={failedPath?.startsWith('tokenx.') && failedPath !== 'tokenx.terminalId' ? true : undefined}>
          <summary>{t('settings.advanced')}</summary>
          {draft.environment === 'test' && <BaseUrls draft={draft} onUrl={editUrl} />}
          <div className="form-grid">
            <Field label={t('settings.tokenx.branchId')} path="tokenx.branchId" value={draft.branchId} hint={t('settings.tokenx.branchId.hint')} onValue={(branchId) => edit({ branchId })} />
            <Field label={t('settings.tokenx.webhookPort')} path="tokenx.webhookPort" inputMode="numeric" value={draft.webhookPort} onValue={(webhookPort) => edit({ webhookPort })} />
            <Field
              label={t('settings.tokenx.publicUrl')}
              path="tokenx.publicUrl"
              value={draft.publicUrl}
              placeholder="https://kasa1.ornek-magaza.com.tr"
              hint={t('settings.tokenx.publicUrl.hint')}
              onValue={(publicUrl) => edit({ publicUrl })}
            />
            <Field label={t('settings.tokenx.pollInterval')} path="tokenx.pollIntervalMs" inputMode="numeric" value={draft.pollIntervalMs} onValue={(pollIntervalMs) => edit({ pollIntervalMs })} />
          </div>
        </details>
        <SaveRow saved={saved} />
      </form>
      <TunnelChoice tunnel={tokenx.tunnel} />
    </>
  );
}
