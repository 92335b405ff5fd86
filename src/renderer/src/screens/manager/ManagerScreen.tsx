import { useT } from '../../i18n/useT';

export function ManagerScreen() {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="manager-title">
      <h1 id="manager-title">{t('manager.title')}</h1>
      <p>{t('manager.intro')}</p>
    </section>
  );
}
