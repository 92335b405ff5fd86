import { componentsEn, componentsTr } from './components/strings';
import { connectionEn, connectionTr } from './components/connection/strings';
import { registerTexts } from './i18n/texts';
import { layoutEn, layoutTr } from './layout/strings';
import { cashierEn, cashierTr } from './screens/cashier/strings';
import { productsEn, productsTr } from './screens/manager/products/strings';
import { managerEn, managerTr } from './screens/manager/strings';
import { onboardingEn, onboardingTr } from './screens/onboarding/strings';
import { settingsEn, settingsTr } from './screens/settings/strings';
import { supportEn, supportTr } from './screens/settings/support/strings';

/**
 * Every part's texts, registered once before the app renders. A part's `strings.ts`
 * declares its entry in i18n's catalog; this is the one place that gathers them (the app
 * root may import every screen; i18n may not).
 */
registerTexts({
  layout: { tr: layoutTr, en: layoutEn },
  components: { tr: componentsTr, en: componentsEn },
  connection: { tr: connectionTr, en: connectionEn },
  cashier: { tr: cashierTr, en: cashierEn },
  manager: { tr: managerTr, en: managerEn },
  products: { tr: productsTr, en: productsEn },
  onboarding: { tr: onboardingTr, en: onboardingEn },
  settings: { tr: settingsTr, en: settingsEn },
  support: { tr: supportTr, en: supportEn },
});
