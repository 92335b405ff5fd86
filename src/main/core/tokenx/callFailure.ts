import { AppFailure } from '../failure';
import type { TokenxOutcome } from './outcome';

/** Any answer but a success. */
export type TokenxRefusal = Exclude<TokenxOutcome<unknown>, { kind: 'ok' }>;

/**
 * The failure a person sees when a TokenX call made on their behalf did not succeed:
 * no answer (they may try again) or a refusal with TokenX's own code and words.
 * `what` completes "Could not …"; `whatTr` is the Turkish sentence of what failed.
 */
export function tokenxCallFailure(what: string, whatTr: string, answer: TokenxRefusal): AppFailure {
  if (answer.kind === 'unknown') {
    return new AppFailure(
      'tokenx.no-answer',
      `Could not ${what}: TokenX did not answer (${answer.reason}). Check the connection and try again.`,
      `${whatTr}: TokenX yanıt vermedi (${answer.reason}). Bağlantıyı kontrol edip tekrar deneyin.`,
    );
  }
  return new AppFailure(
    'tokenx.refused',
    `Could not ${what}: TokenX answered ${answer.code} (${answer.description}).`,
    `${whatTr}: TokenX ${answer.code} yanıtını verdi (${answer.description}).`,
  );
}
