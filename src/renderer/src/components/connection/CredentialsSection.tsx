import { useState } from 'react';
import type { SecretName } from '../../../../shared/secrets';
import { SECRET_NAMES } from '../../../../shared/secrets';
import { FailureNotice } from '../../feedback/FailureNotice';
import { usePick, useT } from '../../i18n/useT';
import { describeBackend } from './secretBackends';
import { useAppStore } from '../../state/appStore';

/** Credentials are write-only here: the screen learns "set" or "not set", never a value. */
export function CredentialsSection() {
  const t = useT();
  const pick = usePick();
  const secrets = useAppStore((state) => state.secrets);
  const allowWeak = useAppStore((state) => state.settings?.allowWeakSecretStorage ?? false);
  const updateSettings = useAppStore((state) => state.updateSettings);
  if (!secrets) return null;
  return (
    <fieldset>
      <legend>{t('settings.credentials')}</legend>
      <p className="muted" title={secrets.backend}>
        {t('settings.credentials.backend', { backend: pick(describeBackend(secrets.backend)) })}
      </p>
      {secrets.needsReentry && (
        <p className="notice warn" role="alert">
          {t('settings.credentials.reentry')}
        </p>
      )}
      {secrets.weak && (
        <div className="notice warn">
          <p>{t('settings.credentials.weak')}</p>
          <label className="radio">
            <input
              type="checkbox"
              checked={allowWeak}
              onChange={(event) => void updateSettings({ allowWeakSecretStorage: event.target.checked })}
            />
            {t('settings.credentials.allowWeak')}
          </label>
        </div>
      )}
      <ul className="secrets">
        {SECRET_NAMES.map((name) => (
          <SecretRow key={name} name={name} isSet={secrets.items[name] === 'set'} masked={secrets.masked[name]} />
        ))}
      </ul>
    </fieldset>
  );
}

/** One credential: set or not, and for an identifier its masked form (`7d3e…4a93`); never a value. */
export function SecretRow({ name, isSet, masked }: { name: SecretName; isSet: boolean; masked?: string | undefined }) {
  const t = useT();
  const setSecret = useAppStore((state) => state.setSecret);
  const clearSecret = useAppStore((state) => state.clearSecret);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const label = t(`secret.${name}`);

  const save = async () => {
    if (await setSecret(name, value)) {
      setValue('');
      setEditing(false);
    }
  };

  return (
    <li className="secret-row" data-testid={`secret-${name}`}>
      <span className="secret-name">{label}</span>
      <span className={isSet ? 'badge ok' : 'badge'}>{isSet ? t('settings.secret.set') : t('settings.secret.notSet')}</span>
      {isSet && masked && <code className="secret-masked">{masked}</code>}
      {editing ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setEditing(false);
              setValue('');
            }
          }}
        >
          <input
            type="password"
            autoComplete="off"
            aria-label={label}
            value={value}
            autoFocus
            onChange={(event) => setValue(event.target.value)}
          />
          <button type="submit">{t('settings.secret.save')}</button>
          <button type="button" className="ghost" onClick={() => setEditing(false)}>
            {t('settings.secret.cancel')}
          </button>
          <FailureNotice claims={['secrets.set']} />
        </form>
      ) : (
        <span className="row-actions">
          <button type="button" onClick={() => setEditing(true)}>
            {isSet ? t('settings.secret.replace') : t('settings.secret.enter')}
          </button>
          {isSet && (
            <button type="button" className="ghost" onClick={() => void clearSecret(name)}>
              {t('settings.secret.clear')}
            </button>
          )}
        </span>
      )}
    </li>
  );
}
