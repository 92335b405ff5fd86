import type { ServiceEnvironment } from '../../../../shared/settings';
import { useT } from '../../i18n/useT';

export function EnvironmentChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: ServiceEnvironment;
  onChange(environment: ServiceEnvironment): void;
}) {
  const t = useT();
  return (
    <div className="field" role="radiogroup" aria-label={t('settings.environment')}>
      <span>{t('settings.environment')}</span>
      {(['test', 'production'] as const).map((environment) => (
        <label key={environment} className="radio">
          <input type="radio" name={name} checked={value === environment} onChange={() => onChange(environment)} />
          {t(`settings.environment.${environment}`)}
        </label>
      ))}
    </div>
  );
}

export function SaveRow({ saved }: { saved: boolean }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="submit">{t('settings.save')}</button>
      {saved && <span className="badge ok">{t('settings.saved')}</span>}
    </div>
  );
}
