/** Texts of the settings screen's own sections (general, training mode, the till); the connection sections keep theirs in components/connection/. */
export const settingsTr = {
  'settings.title': 'Ayarlar',
  'settings.general': 'Genel',
  'settings.trainingMode': 'Eğitim modu',
  'settings.trainingMode.auto': 'Otomatik (kimlik bilgisi yoksa açık)',
  'settings.trainingMode.on': 'Her zaman açık',
  'settings.trainingMode.off': 'Kapalı',
  'settings.connections': 'Bağlantılar',
  'settings.till': 'Kasa',
  'settings.till.volume': 'Uyarı sesi',
  'settings.till.volumeValue': '%{volume}',
  'settings.till.tryVolume': 'Sesi dene',
  'settings.till.merge': 'Aynı ürün yeniden okutulunca satırın miktarını artır (yeni satır açma)',
} as const;

export const settingsEn: Record<keyof typeof settingsTr, string> = {
  'settings.title': 'Settings',
  'settings.general': 'General',
  'settings.trainingMode': 'Training mode',
  'settings.trainingMode.auto': 'Automatic (on while credentials are missing)',
  'settings.trainingMode.on': 'Always on',
  'settings.trainingMode.off': 'Off',
  'settings.connections': 'Connections',
  'settings.till': 'Till',
  'settings.till.volume': 'Warning sound',
  'settings.till.volumeValue': '{volume}%',
  'settings.till.tryVolume': 'Play it',
  'settings.till.merge': 'A repeated scan raises the quantity of that product’s line (no new line)',
};

declare module '../../i18n/texts' {
  interface TextCatalog {
    settings: typeof settingsTr;
  }
}
