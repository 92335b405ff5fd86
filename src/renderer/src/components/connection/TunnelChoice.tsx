import { useId, useState } from 'react';
import type { TunnelKind, TunnelSetting } from '../../../../shared/settings';
import { TUNNEL_KINDS } from '../../../../shared/settings';
import { PinField } from '../PinField';
import { StatusLine } from '../StatusLine';
import { FailureNotice } from '../../feedback/FailureNotice';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { call } from '../../state/call';

/**
 * The tunnel is one of the programs the app knows (cloudflared, ngrok) chosen by its
 * path, or none when the shop runs its own reverse proxy; the app builds the program's
 * arguments. In the desktop app the path comes from main's file dialog; in the web
 * harness it is typed. Saving asks for the signed-in admin's PIN again.
 */
export function TunnelChoice({ tunnel }: { tunnel: TunnelSetting }) {
  const t = useT();
  const ids = { kind: useId(), program: useId(), pin: useId() };
  const [kind, setKind] = useState<TunnelKind>(tunnel.kind);
  const [program, setProgram] = useState(tunnel.program);
  const [pin, setPin] = useState('');
  const [dialog, setDialog] = useState<'unknown' | 'available' | 'absent'>('unknown');
  const [saved, setSaved] = useState(false);

  const choose = async () => {
    if (kind === 'none') return;
    const result = await call('webhook.chooseTunnelProgram', { kind });
    if (!result.ok) return;
    setDialog(result.value.available ? 'available' : 'absent');
    if (result.value.path !== null) setProgram(result.value.path);
  };

  const save = async () => {
    setSaved(false);
    const result = await call('webhook.setTunnel', { kind, program: kind === 'none' ? '' : program, pin });
    setPin('');
    if (!result.ok) return;
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
              setKind(TUNNEL_KINDS.find((option) => option === event.target.value) ?? kind);
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
      <FailureNotice claims={['webhook.chooseTunnelProgram', 'webhook.setTunnel']} />
      <div className="form-actions">
        <button type="button" aria-disabled={pin.length < 4} onClick={() => pin.length >= 4 && void save()}>
          {t('settings.tunnel.save')}
        </button>
        {saved && <StatusLine tone="ok">{t('settings.saved')}</StatusLine>}
      </div>
    </fieldset>
  );
}
