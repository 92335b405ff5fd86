import { withCheckDigit } from '../../../shared/barcode/gtin';
import { mulDivRoundHalfUp } from '../../../shared/basket/arithmetic';
import type { ProductFields } from './catalogStore';

/**
 * The products a fresh training install starts with: everyday grocery items in a few
 * sizes, weighed produce with scale PLUs, VAT at 1, 10 and 20 %. Barcodes use the
 * in-store prefix 200 so they can never collide with a real product on the shelf.
 * Prices are illustrative, in kuruş.
 */

type Family = readonly [name: string, vatRate: number, variants: readonly (readonly [size: string, priceKurus: number])[]];

const PACKAGED: readonly Family[] = [
  ['Ekmek', 100, [['250 g', 1000], ['350 g', 1400]]],
  ['Tam Buğday Ekmeği', 100, [['400 g', 2250]]],
  ['Simit', 100, [['1 adet', 1500]]],
  ['Lavaş', 100, [['6\'lı', 3500]]],
  ['Un', 100, [['1 kg', 3250], ['2 kg', 5900], ['5 kg', 13900]]],
  ['Makarna Spagetti', 100, [['500 g', 2150]]],
  ['Makarna Burgu', 100, [['500 g', 2150]]],
  ['Erişte', 100, [['500 g', 4250]]],
  ['Pirinç Baldo', 100, [['1 kg', 7990], ['2,5 kg', 18500]]],
  ['Pirinç Osmancık', 100, [['1 kg', 6250]]],
  ['Bulgur Pilavlık', 100, [['1 kg', 4250]]],
  ['Bulgur Köftelik', 100, [['1 kg', 3990]]],
  ['Kırmızı Mercimek', 100, [['1 kg', 5450]]],
  ['Yeşil Mercimek', 100, [['1 kg', 6850]]],
  ['Nohut', 100, [['1 kg', 6990]]],
  ['Kuru Fasulye', 100, [['1 kg', 8950]]],
  ['Toz Şeker', 100, [['1 kg', 4250], ['3 kg', 12250]]],
  ['Küp Şeker', 100, [['750 g', 4590]]],
  ['Tuz', 100, [['750 g', 1450]]],
  ['Siyah Çay', 100, [['500 g', 11900], ['1 kg', 22900]]],
  ['Yeşil Çay Bardak Poşet', 100, [['20\'li', 5490]]],
  ['Ayçiçek Yağı', 100, [['1 L', 8990], ['5 L', 41900]]],
  ['Zeytinyağı Sızma', 100, [['1 L', 34900]]],
  ['Süt Tam Yağlı', 100, [['1 L', 3750], ['500 ml', 2150]]],
  ['Süt Yarım Yağlı', 100, [['1 L', 3650]]],
  ['Ayran', 100, [['200 ml', 1250], ['1 L', 3950]]],
  ['Yoğurt', 100, [['1 kg', 6450], ['500 g', 3450]]],
  ['Süzme Yoğurt', 100, [['900 g', 8950]]],
  ['Beyaz Peynir', 100, [['500 g', 12950]]],
  ['Kaşar Peyniri', 100, [['400 g', 15950]]],
  ['Tereyağı', 100, [['250 g', 11950]]],
  ['Yumurta', 100, [['10\'lu', 6450], ['30\'lu', 18500]]],
  ['Zeytin Siyah', 100, [['500 g', 11500]]],
  ['Zeytin Yeşil', 100, [['500 g', 10500]]],
  ['Bal', 100, [['450 g', 18900]]],
  ['Tahin', 100, [['300 g', 8950]]],
  ['Pekmez', 100, [['700 g', 9950]]],
  ['Reçel Çilek', 1000, [['380 g', 6950]]],
  ['Fındık Ezmesi', 1000, [['350 g', 11950]]],
  ['Domates Salçası', 100, [['830 g', 6950]]],
  ['Biber Salçası', 100, [['650 g', 7950]]],
  ['Ton Balığı', 1000, [['3x75 g', 12950]]],
  ['Sucuk', 1000, [['250 g', 21950]]],
  ['Pastırma', 1000, [['100 g', 22950]]],
  ['Tavuk Göğüs', 100, [['1 kg', 21950]]],
  ['Dana Kıyma', 100, [['500 g', 28950]]],
  ['Bisküvi Sade', 1000, [['150 g', 1750]]],
  ['Kakaolu Bisküvi', 1000, [['3x82 g', 3250]]],
  ['Gofret', 1000, [['36 g', 850]]],
  ['Sütlü Çikolata', 1000, [['80 g', 4250]]],
  ['Bitter Çikolata', 1000, [['80 g', 4590]]],
  ['Patates Cipsi', 1000, [['110 g', 3490], ['200 g', 5490]]],
  ['Kraker', 1000, [['150 g', 1990]]],
  ['Lokum', 1000, [['350 g', 9950]]],
  ['Türk Kahvesi', 1000, [['100 g', 5490]]],
  ['Hazır Kahve 3ü1 Arada', 1000, [['10\'lu', 6950]]],
  ['Filtre Kahve', 1000, [['250 g', 18950]]],
  ['Maden Suyu', 100, [['200 ml', 950], ['6x200 ml', 4990]]],
  ['Su', 100, [['500 ml', 800], ['1,5 L', 1500], ['5 L', 3500]]],
  ['Kola', 2000, [['330 ml', 3250], ['1 L', 5250], ['2,5 L', 8500]]],
  ['Gazoz', 2000, [['250 ml', 1950], ['1 L', 3750]]],
  ['Meyve Suyu Vişne', 1000, [['200 ml', 1650], ['1 L', 5950]]],
  ['Meyve Suyu Şeftali', 1000, [['200 ml', 1650], ['1 L', 5950]]],
  ['Soğuk Çay Limon', 2000, [['330 ml', 3250]]],
  ['Şalgam Suyu', 1000, [['1 L', 3950]]],
  ['Dondurma Kornet', 1000, [['1 adet', 3500]]],
  ['Deterjan Toz', 2000, [['4 kg', 34950]]],
  ['Deterjan Sıvı', 2000, [['1,5 L', 19950]]],
  ['Bulaşık Deterjanı', 2000, [['750 ml', 6950]]],
  ['Tablet Bulaşık Makinesi', 2000, [['40\'lı', 34950]]],
  ['Çamaşır Suyu', 2000, [['3,5 L', 8950]]],
  ['Yüzey Temizleyici', 2000, [['1 L', 7950]]],
  ['Tuvalet Kağıdı', 2000, [['16\'lı', 24950], ['32\'li', 44950]]],
  ['Kağıt Havlu', 2000, [['6\'lı', 14950]]],
  ['Peçete', 2000, [['100\'lü', 3950]]],
  ['Islak Mendil', 2000, [['90\'lı', 5950]]],
  ['Şampuan', 2000, [['500 ml', 12950]]],
  ['Duş Jeli', 2000, [['500 ml', 11950]]],
  ['Sabun', 2000, [['4x70 g', 7950]]],
  ['Sıvı Sabun', 2000, [['1,5 L', 8950]]],
  ['Diş Macunu', 1000, [['75 ml', 8950]]],
  ['Diş Fırçası', 1000, [['1 adet', 6950]]],
  ['Deodorant', 2000, [['150 ml', 14950]]],
  ['Tıraş Bıçağı', 2000, [['5\'li', 19950]]],
  ['Bebek Bezi', 2000, [['4 Numara 40\'lı', 49950]]],
  ['Çöp Torbası', 2000, [['Büyük Boy 10\'lu', 4950]]],
  ['Alüminyum Folyo', 2000, [['8 m', 6950]]],
  ['Streç Film', 2000, [['30 m', 5950]]],
  ['Pil AA', 2000, [['4\'lü', 14950]]],
  ['Kibrit', 2000, [['10\'lu', 1950]]],
  ['Çakmak', 2000, [['1 adet', 1500]]],
  ['Kedi Maması', 2000, [['500 g', 9950]]],
  ['Köpek Maması', 2000, [['1 kg', 18950]]],
  ['Gazete', 0, [['1 adet', 1500]]],
  ['Dergi', 0, [['1 adet', 7500]]],
];

/** Fruit and vegetables priced per kg; the PLU is what the scale prints on its label. */
const WEIGHED: readonly (readonly [name: string, priceKurusPerKg: number])[] = [
  ['Domates', 3490],
  ['Salatalık', 2990],
  ['Sivri Biber', 5990],
  ['Dolmalık Biber', 6490],
  ['Patlıcan', 4490],
  ['Kabak', 3990],
  ['Patates', 1990],
  ['Kuru Soğan', 1690],
  ['Sarımsak', 14990],
  ['Havuç', 2490],
  ['Ispanak', 4990],
  ['Marul', 3490],
  ['Maydanoz Demet', 1500],
  ['Limon', 3990],
  ['Portakal', 3490],
  ['Mandalina', 3990],
  ['Elma Kırmızı', 3990],
  ['Elma Yeşil', 4290],
  ['Armut', 5990],
  ['Muz', 6990],
  ['Çilek', 9990],
  ['Kiraz', 14990],
  ['Karpuz', 1490],
  ['Kavun', 2490],
  ['Üzüm', 6990],
  ['İncir', 11990],
  ['Şeftali', 6990],
  ['Kayısı Kuru', 39990],
  ['Fındık İç', 59990],
  ['Antep Fıstığı', 89990],
  ['Beyaz Peynir Tulum', 42990],
  ['Kaşar Peyniri Dilimsiz', 44990],
  ['Zeytin Gemlik', 29990],
  ['Dana Kuşbaşı', 69990],
  ['Kuzu Pirzola', 89990],
  ['Tavuk But', 17990],
  ['Hamsi', 19990],
  ['Levrek', 49990],
];

const QUICK_KEYS = ['Ekmek 250 g', 'Simit 1 adet', 'Su 500 ml', 'Ayran 200 ml', 'Domates', 'Muz', 'Patates', 'Maydanoz Demet', 'Kola 330 ml', 'Gazete 1 adet'];

function build(): ProductFields[] {
  const products: ProductFields[] = [];
  let serial = 0;
  const add = (name: string, priceKurus: number, vatRate: number) => {
    serial += 1;
    const barcodes = [withCheckDigit(`200${String(serial).padStart(9, '0')}`)];
    products.push({ name, barcodes, unit: 'C62', priceKurus, vatRate, department: null, plu: null, quickKey: null });
  };
  for (const [family, vatRate, variants] of PACKAGED) {
    for (const [size, priceKurus] of variants) add(`${family} ${size}`, priceKurus, vatRate);
  }
  // The shop's own-label line: the same goods about a fifth cheaper, as most Turkish chains stock them.
  for (const [family, vatRate, variants] of PACKAGED) {
    for (const [size, priceKurus] of variants) add(`${family} Ekonomik ${size}`, mulDivRoundHalfUp(priceKurus, 4, 25) * 5, vatRate);
  }
  WEIGHED.forEach(([name, priceKurus], index) => {
    products.push({ name, barcodes: [], unit: 'KGM', priceKurus, vatRate: 100, department: null, plu: index + 1, quickKey: null });
  });
  QUICK_KEYS.forEach((name, index) => {
    const product = products.find((candidate) => candidate.name === name);
    if (product !== undefined) product.quickKey = index + 1;
  });
  return products;
}

export const TRAINING_CATALOG: readonly ProductFields[] = build();
