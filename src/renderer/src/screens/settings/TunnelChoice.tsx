import { useId, useState } from 'react';
import type { TunnelKind, TunnelSetting } from '../../../../shared/settings';
import { TUNNEL_KINDS } from '../../../../shared/settings';
import type { AppError } from '../../../../shared/result';
import { PinField } from '../../components/PinField';
import { StatusLine } from '../../components/StatusLine';
import { errorText } from '../../i18n/translate';
import { useLanguage, useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';

/**
 * The tunnel is one of the programs the app knows (cloudflared, ngrok) chosen by its
 * path, or none when the shop runs its own reverse proxy; the app builds the program's
 * arguments. In the desktop app the path comes from main's file dialog; in the web
 * harness it is typed. Saving asks for the signed-in admin's PIN again.
 */
export function TunnelChoice({ tunnel }: { tunnel: TunnelSetting }) {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const ids = { kind: useId(), program: useId(), pin: useId() };
  const [kind, setKind] = useState<TunnelKind>(tunnel.kind);
  const [program, setProgram] = useState(tunnel.program);
  const [pin, setPin] = useState('');
  const [dialog, setDialog] = useState<'unknown' | 'available' | 'absent'>('unknown');
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);

  const choose = async () => {
    if (!api || kind === 'none') return;
    const result = await api.call('webhook.chooseTunnelProgram', { kind });
    if (!result.ok) return setError(result.error);
    setDialog(result.value.available ? 'available' : 'absent');
    if (result.value.path !== null) setProgram(result.value.path);
  };

  const save = async () => {
    if (!api) return;
    setSaved(false);
    const result = await api.call('webhook.setTunnel', { kind, program: kind === 'none' ? '' : program, pin });
    setPin('');
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    useAppStore.setState({ settings: result.value });
  };

  return (
    <fieldset className="tunnel-choice" data-testid="tunnel-choice">
      <legend>{t('settings.tunnel.title')}</legend>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={ids.kind}>{t('settings.tunnel.kind')}</label>
          <select
            id={ids.kind}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as TunnelKind);
              setSaved(false);
            }}
          >
            {TUNNEL_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`settings.tunnel.kind.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'none' && (
          <div className="form-field">
            <label htmlFor={ids.program}>{t('settings.tunnel.program')}</label>
            <input
              id={ids.program}
              value={program}
              readOnly={dialog === 'available'}
              autoComplete="off"
              placeholder={`/usr/local/bin/${kind}`}
              onChange={(event) => setProgram(event.target.value)}
            />
            {dialog !== 'absent' && (
              <button type="button" className="ghost" onClick={() => void choose()}>
                {t('settings.tunnel.choose')}
              </button>
            )}
          </div>
        )}
        <div className="form-field">
          <label htmlFor={ids.pin}>{t('settings.tunnel.pin')}</label>
          <PinField id={ids.pin} value={pin} onDigits={setPin} />
        </div>
      </div>
      <p className="muted small">{t(`settings.tunnel.hint.${kind === 'none' ? 'none' : 'program'}`)}</p>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error, language)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" disabled={pin.length < 4} onClick={() => void save()}>
          {t('settings.tunnel.save')}
        </button>
        {saved && <StatusLine tone="ok">{t('settings.saved')}</StatusLine>}
      </div>
    </fieldset>
  );
}
