/** Texts of the settings screen's update and diagnostics sections. */
export const supportTr = {
  'updates.title': 'Uygulama güncellemesi',
  'updates.version': 'Bu kasadaki sürüm: {version}',
  'updates.feed': 'Güncelleme adresi: {url}',
  'updates.feedFile': 'Ayar dosyası: {file}',
  'updates.state.unavailable': 'Bu kurulum kendini güncellemiyor.',
  'updates.state.idle': 'Güncelleme denetimi bekleniyor.',
  'updates.state.checking': 'Yeni sürüm denetleniyor…',
  'updates.state.up-to-date': 'Uygulama güncel.',
  'updates.state.downloading': '{version} sürümü indiriliyor (%{percent}).',
  'updates.state.waiting': '{version} sürümü indirildi; kasa boşta kalınca kurulacak.',
  'updates.state.installing': '{version} sürümü kuruluyor; uygulama yeniden açılacak.',
  'updates.state.failed': 'Güncelleme denetlenemedi.',
  'updates.unavailable.web-harness': 'Tarayıcı test ortamı: güncelleme yok.',
  'updates.unavailable.development': 'Geliştirme sürümü: güncellemeler kapalı.',
  'updates.unavailable.no-feed':
    'BT birimi bu bilgisayar için bir güncelleme adresi tanımlamadı. Güncellemeler yeni kurulum paketiyle yapılır.',
  'updates.unavailable.feed-invalid': 'Güncelleme ayar dosyası geçersiz; güncellemeler kapalı.',
  'updates.blocked': 'Kurulumu bekleten: {reasons}',
  'updates.blocker.basket-in-flight': 'cihazda sonucu beklenen bir sepet var',
  'updates.blocker.basket-open': 'kasada açık bir sepet var',
  'updates.blocker.till-in-use': 'kasa kullanılıyor (5 dakika işlem yapılmaması beklenir)',
  'updates.blocker.checkout-unknown': 'satış kaydı okunamadı',
  'updates.lastChecked': 'Son denetim: {time}',
  'updates.check': 'Şimdi denetle',
  'updates.install': 'Şimdi kur ve yeniden başlat',
  'diagnostics.title': 'Tanılama',
  'diagnostics.text':
    'Destek için sürümleri, durumları ve son kayıtları tek metinde toplar. Parolalar, PIN’ler, anahtarlar ve kart numaraları çıkarılır.',
  'diagnostics.copy': 'Tanılama bilgisini kopyala',
  'diagnostics.working': 'Toplanıyor…',
  'diagnostics.copied': 'Panoya kopyalandı. Dosya: {file}',
  'diagnostics.saved': 'Dosyaya kaydedildi: {file}. Aşağıdaki metni seçip Ctrl+C ile kopyalayabilirsiniz.',
  'diagnostics.preview': 'Tanılama metni',
};

export const supportEn: Record<keyof typeof supportTr, string> = {
  'updates.title': 'App updates',
  'updates.version': 'Version on this till: {version}',
  'updates.feed': 'Update feed: {url}',
  'updates.feedFile': 'Feed file: {file}',
  'updates.state.unavailable': 'This installation does not update itself.',
  'updates.state.idle': 'Waiting for the first update check.',
  'updates.state.checking': 'Checking for a new version…',
  'updates.state.up-to-date': 'The app is up to date.',
  'updates.state.downloading': 'Downloading version {version} ({percent}%).',
  'updates.state.waiting': 'Version {version} is downloaded; it installs once the till is idle.',
  'updates.state.installing': 'Installing version {version}; the app will start again.',
  'updates.state.failed': 'Could not check for updates.',
  'updates.unavailable.web-harness': 'Browser test host: no updates.',
  'updates.unavailable.development': 'Development build: updates are off.',
  'updates.unavailable.no-feed': 'IT has not set an update feed for this computer. Updates come as new installer packages.',
  'updates.unavailable.feed-invalid': 'The update feed file is not valid; updates are off.',
  'updates.blocked': 'Waiting for: {reasons}',
  'updates.blocker.basket-in-flight': 'a basket on the device has no outcome yet',
  'updates.blocker.basket-open': 'a basket is open at the till',
  'updates.blocker.till-in-use': 'the till is in use (5 minutes without input are needed)',
  'updates.blocker.checkout-unknown': 'the sales journal could not be read',
  'updates.lastChecked': 'Last check: {time}',
  'updates.check': 'Check now',
  'updates.install': 'Install now and restart',
  'diagnostics.title': 'Diagnostics',
  'diagnostics.text':
    'Gathers versions, states and the latest log lines into one text for support. Passwords, PINs, keys and card numbers are removed.',
  'diagnostics.copy': 'Copy diagnostics',
  'diagnostics.working': 'Gathering…',
  'diagnostics.copied': 'Copied to the clipboard. File: {file}',
  'diagnostics.saved': 'Saved to {file}. Select the text below and press Ctrl+C to copy it.',
  'diagnostics.preview': 'Diagnostics text',
};

declare module '../../../i18n/texts' {
  interface TextCatalog {
    support: typeof supportTr;
  }
}
