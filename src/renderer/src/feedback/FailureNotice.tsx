import { useEffect } from 'react';
import { fromError } from '../i18n/bilingual';
import { usePick } from '../i18n/useT';
import type { Failure } from '../state/failures';
import { claimedBy, useFailures } from '../state/failures';

/** Claims failures of these sources (or `source#path` fields) while the view is on screen. */
export function useClaim(claims: readonly string[]): void {
  const key = claims.join('|');
  useEffect(() => useFailures.getState().claim(key.split('|')), [key]);
}

/** The failure on record when one of `claims` covers it. */
export function useClaimedFailure(claims: readonly string[]): Failure | null {
  useClaim(claims);
  const failure = useFailures((state) => state.current);
  return failure !== null && claims.some((claim) => claimedBy(failure, claim)) ? failure : null;
}

/** The failure's text in the language on screen; its code stays out of sight (a Turkish screen shows no raw codes). */
export function FailureText({ failure }: { failure: Failure }) {
  const pick = usePick();
  return <span title={failure.error.code}>{pick(fromError(failure.error))}</span>;
}

/**
 * What went wrong with the calls this form makes, right beside it, until it is fixed
 * (a later success of the same call clears it).
 */
export function FailureNotice({ claims, testId }: { claims: readonly string[]; testId?: string }) {
  const failure = useClaimedFailure(claims);
  if (failure === null) return null;
  return (
    <p className="field-error" role="alert" data-testid={testId}>
      <FailureText failure={failure} />
    </p>
  );
}
