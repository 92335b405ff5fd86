import type { BasketLine } from './model';

/**
 * The ÖKC does not take a free VAT rate: every sale line goes to a department (kısım)
 * programmed on the device with a fixed rate. The departments come from TokenX's
 * Get Fiscal Parameters (`sections`).
 */
export interface FiscalSection {
  sectionNo: number;
  name: string;
  /** Percent × 100, like the basket's VAT rates. */
  taxPercent: number;
}

export interface DepartmentProblem {
  code: 'basket.no-department-for-rate' | 'basket.department-missing' | 'basket.department-rate-mismatch';
  message: string;
  messageTr: string;
  lineIds: string[];
}

export const vatRateText = (vatRate: number): string =>
  vatRate % 100 === 0 ? `%${vatRate / 100}` : `%${(vatRate / 100).toFixed(2).replace('.', ',')}`;

/** The department for each VAT rate: the lowest-numbered section carrying that rate. */
export function departmentsByRate(sections: readonly FiscalSection[]): Map<number, FiscalSection> {
  const byRate = new Map<number, FiscalSection>();
  for (const section of [...sections].sort((a, b) => a.sectionNo - b.sectionNo)) {
    if (!byRate.has(section.taxPercent)) byRate.set(section.taxPercent, section);
  }
  return byRate;
}

/**
 * The department of every live line, or the problems that block sending, one per
 * VAT rate or forced department at fault, each naming the rate and the products.
 */
export function assignDepartments(
  lines: readonly BasketLine[],
  sections: readonly FiscalSection[],
): { departments: Map<string, number>; problems: DepartmentProblem[] } {
  const byRate = departmentsByRate(sections);
  const byNumber = new Map(sections.map((section) => [section.sectionNo, section]));
  const departments = new Map<string, number>();
  const missingRate = new Map<number, BasketLine[]>();
  const problems: DepartmentProblem[] = [];

  for (const line of lines) {
    if (line.voided) continue;
    if (line.department !== null) {
      const forced = byNumber.get(line.department);
      if (forced === undefined) {
        problems.push({
          code: 'basket.department-missing',
          message: `"${line.name}" is set to department ${line.department}, which this device does not have. Fix the product's department or the device programming.`,
          messageTr: `"${line.name}" ${line.department} numaralı kısma bağlı, ancak bu cihazda böyle bir kısım yok. Ürünün kısmını veya cihaz programlamasını düzeltin.`,
          lineIds: [line.id],
        });
      } else if (forced.taxPercent !== line.vatRate) {
        problems.push({
          code: 'basket.department-rate-mismatch',
          message: `"${line.name}" has VAT ${vatRateText(line.vatRate)} but its department ${forced.sectionNo} (${forced.name}) is programmed with ${vatRateText(forced.taxPercent)}.`,
          messageTr: `"${line.name}" KDV oranı ${vatRateText(line.vatRate)}, ancak bağlı olduğu ${forced.sectionNo} numaralı kısım (${forced.name}) ${vatRateText(forced.taxPercent)} ile programlı.`,
          lineIds: [line.id],
        });
      } else {
        departments.set(line.id, forced.sectionNo);
      }
      continue;
    }
    const section = byRate.get(line.vatRate);
    if (section === undefined) missingRate.set(line.vatRate, [...(missingRate.get(line.vatRate) ?? []), line]);
    else departments.set(line.id, section.sectionNo);
  }

  for (const [rate, affected] of missingRate) {
    const names = affected.map((line) => `"${line.name}"`).join(', ');
    problems.push({
      code: 'basket.no-department-for-rate',
      message: `The device has no department for VAT ${vatRateText(rate)}, so ${names} cannot be sold on it. Program a ${vatRateText(rate)} department on the ÖKC or fix the products' VAT rate.`,
      messageTr: `Cihazda KDV ${vatRateText(rate)} için kısım yok, bu yüzden ${names} satılamaz. ÖKC'de ${vatRateText(rate)} kısmı tanımlayın veya ürünlerin KDV oranını düzeltin.`,
      lineIds: affected.map((line) => line.id),
    });
  }
  return { departments, problems };
}
