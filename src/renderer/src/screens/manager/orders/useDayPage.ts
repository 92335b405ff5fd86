import type { ToslaDayPage } from '../../../../../shared/tosla/views';
import { call } from '../../../state/call';
import type { Query } from '../../../state/useQuery';
import { useQuery } from '../../../state/useQuery';

export const DAY_PAGE_SIZE = 100;

/** One page of one Istanbul day's Tosla records. */
export function useDayPage(day: string, page: number): Query<ToslaDayPage> {
  return useQuery(`${day}#${page}`, () => call('tosla.listByDate', { date: day, page, pageSize: DAY_PAGE_SIZE }));
}
