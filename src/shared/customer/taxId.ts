/**
 * Turkish tax identifiers: the VKN (10 digits, companies) and the TCKN (11 digits,
 * citizens), each with the checksum the Revenue Administration publishes.
 */

export type TaxIdKind = 'VKN' | 'TCKN';

/** VKN: each of the first nine digits is shifted, doubled by its position and folded mod 9. */
export function isValidVkn(value: string): boolean {
  if (!/^\d{10}$/u.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    const shifted = (Number(value[i]) + 9 - i) % 10;
    let folded = (shifted * 2 ** (9 - i)) % 9;
    if (shifted !== 0 && folded === 0) folded = 9;
    sum += folded;
  }
  return (10 - (sum % 10)) % 10 === Number(value[9]);
}

/** TCKN: no leading zero; digit 10 from odd/even sums, digit 11 from the sum of the first ten. */
export function isValidTckn(value: string): boolean {
  if (!/^[1-9]\d{10}$/u.test(value)) return false;
  const d = [...value].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = d.slice(0, 10).reduce((a, b) => a + b, 0) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

export type TaxIdCheck = { ok: true; kind: TaxIdKind } | { ok: false; message: string; messageTr: string };

export function checkTaxId(value: string): TaxIdCheck {
  if (!/^\d+$/u.test(value)) {
    return {
      ok: false,
      message: 'The tax number must contain digits only: a 10-digit VKN or an 11-digit TCKN.',
      messageTr: 'Vergi/kimlik numarası yalnızca rakamlardan oluşmalı: 10 haneli VKN veya 11 haneli TCKN.',
    };
  }
  if (value.length === 10) {
    return isValidVkn(value)
      ? { ok: true, kind: 'VKN' }
      : {
          ok: false,
          message: `VKN ${value} fails its checksum; check the digits on the tax certificate.`,
          messageTr: `${value} VKN'si doğrulanamadı (kontrol hanesi tutmuyor); vergi levhasındaki rakamları kontrol edin.`,
        };
  }
  if (value.length === 11) {
    if (value.startsWith('0')) {
      return {
        ok: false,
        message: 'A TCKN never starts with 0.',
        messageTr: 'TC kimlik numarası 0 ile başlamaz.',
      };
    }
    return isValidTckn(value)
      ? { ok: true, kind: 'TCKN' }
      : {
          ok: false,
          message: `TCKN ${value} fails its checksum; check the digits on the ID card.`,
          messageTr: `${value} TC kimlik numarası doğrulanamadı (kontrol haneleri tutmuyor); kimlikteki rakamları kontrol edin.`,
        };
  }
  return {
    ok: false,
    message: `The tax number has ${value.length} digits; a VKN has 10 and a TCKN has 11.`,
    messageTr: `Vergi/kimlik numarası ${value.length} haneli; VKN 10, TCKN 11 hanelidir.`,
  };
}
