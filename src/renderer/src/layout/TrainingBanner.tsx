import { useT } from '../i18n/useT';
import { useAppStore } from '../state/appStore';

/** Always visible while any service runs against a simulator, so nobody mistakes it for real sales. */
export function TrainingBanner() {
  const t = useT();
  const training = useAppStore((state) => state.training);
  if (!training?.active) return null;
  const simulated = Object.entries(training.services)
    .filter(([, mode]) => mode === 'simulator')
    .map(([service]) => (service === 'tokenx' ? 'TokenX' : 'Tosla'))
    .join(', ');
  const why = training.reason === 'forced-on' ? t('training.forced') : t('training.missing');
  return (
    <div className="training-banner" role="status" data-testid="training-banner" title={`${t('training.services', { services: simulated })} · ${why}`}>
      <strong>{t('training.banner')}</strong>
      <span>
        {t('training.services', { services: simulated })} ·{' '}
        {why}
      </span>
    </div>
  );
}
