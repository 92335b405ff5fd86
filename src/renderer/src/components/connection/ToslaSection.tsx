import { useState } from 'react';
import type { Settings } from '../../../../shared/settings';
import { TOSLA_PRESETS } from '../../../../shared/settings';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { Field } from './Field';
import { EnvironmentChoice, SaveRow } from './FormParts';

export function ToslaSection({ tosla }: { tosla: Settings['tosla'] }) {
  const t = useT();
  const updateSettings = useAppStore((state) => state.updateSettings);
  const [draft, setDraft] = useState(tosla);
  const [saved, setSaved] = useState(false);
  const edit = (patch: Partial<Settings['tosla']>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  return (
    <form
      className="settings-form"
      aria-labelledby="tosla-title"
      onSubmit={(event) => {
        event.preventDefault();
        void updateSettings({ tosla: draft }).then(setSaved);
      }}
    >
      <h2 id="tosla-title">Tosla İşim</h2>
      <EnvironmentChoice name="tosla-environment" value={draft.environment} onChange={(environment) => edit({ environment, baseUrl: TOSLA_PRESETS[environment] })} />
      <div className="form-grid">
        <Field label={t('settings.tosla.baseUrl')} path="tosla.baseUrl" value={draft.baseUrl} onValue={(baseUrl) => edit({ baseUrl })} />
      </div>
      <SaveRow saved={saved} />
    </form>
  );
}
