import type { SendProblem } from '../../../../../shared/basket/wire';
import { fromError } from '../../../i18n/bilingual';
import { usePick, useT } from '../../../i18n/useT';

/** Why F10 cannot send yet, each reason naming the line, rate or amount at fault. */
export function SendProblems({ problems }: { problems: readonly SendProblem[] }) {
  const t = useT();
  const pick = usePick();
  return (
    <div className="send-problems" role="status" data-testid="send-problems">
      <strong>{t('cashier.send.blocked')}</strong>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.code}-${index}`}>{pick(fromError(problem))}</li>
        ))}
      </ul>
    </div>
  );
}
