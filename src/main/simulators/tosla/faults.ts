import { z } from 'zod';

/**
 * What can go wrong between the till and Tosla, injected on purpose. `before` faults
 * hit the request before the simulator acts on it; `after` faults apply the operation
 * and then lose the answer, the case that must never turn into a second refund.
 */
export const faultSchema = z
  .object({
    /** Tosla method name (case-insensitive), or `*` for any. */
    method: z.string().min(1).default('*'),
    mode: z.enum(['drop', 'status-500', 'empty-body', 'delay']),
    when: z.enum(['before', 'after']).default('after'),
    delayMs: z.number().int().min(0).max(120_000).default(0),
    times: z.number().int().min(1).max(1000).default(1),
  })
  .strict();
export type FaultInput = z.input<typeof faultSchema>;
export type Fault = z.output<typeof faultSchema>;

export class FaultPlan {
  #pending: Fault[] = [];

  add(input: FaultInput): Fault {
    const fault = faultSchema.parse(input);
    this.#pending.push(fault);
    return fault;
  }

  clear(): void {
    this.#pending = [];
  }

  pending(): readonly Fault[] {
    return this.#pending;
  }

  /** Takes the first fault planned for this method, using up one of its `times`. */
  take(method: string): Fault | undefined {
    const index = this.#pending.findIndex((f) => f.method === '*' || f.method.toLowerCase() === method.toLowerCase());
    const fault = this.#pending[index];
    if (fault === undefined) return undefined;
    if (fault.times <= 1) this.#pending.splice(index, 1);
    else this.#pending[index] = { ...fault, times: fault.times - 1 };
    return fault;
  }
}
