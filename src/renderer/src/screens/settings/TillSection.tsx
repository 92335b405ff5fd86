import { useId } from 'react';
import { playWarning } from '../../feedback/sound';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';

/** How the till behaves at the counter: the warning sound's volume and whether repeat scans raise one line. */
export function TillSection() {
  const t = useT();
  const id = useId();
  const till = useAppStore((state) => state.settings?.till);
  const updateSettings = useAppStore((state) => state.updateSettings);
  if (!till) return null;
  return (
    <fieldset>
      <legend>{t('settings.till')}</legend>
      <div className="field">
        <label htmlFor={id}>{t('settings.till.volume')}</label>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={10}
          value={till.soundVolume}
          aria-valuetext={t('settings.till.volumeValue', { volume: till.soundVolume })}
          data-testid="sound-volume"
          onChange={(event) => void updateSettings({ till: { soundVolume: Number(event.target.value) } })}
        />
        <span aria-hidden="true">{t('settings.till.volumeValue', { volume: till.soundVolume })}</span>
        <button type="button" className="ghost" onClick={() => playWarning(till.soundVolume)}>
          {t('settings.till.tryVolume')}
        </button>
      </div>
      <label className="radio">
        <input type="checkbox" checked={till.mergeRepeatScans} data-testid="merge-repeat-scans" onChange={(event) => void updateSettings({ till: { mergeRepeatScans: event.target.checked } })} />
        {t('settings.till.merge')}
      </label>
    </fieldset>
  );
}
