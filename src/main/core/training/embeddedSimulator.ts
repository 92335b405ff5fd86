/**
 * A training simulator started the first time it is needed and shared after that. A
 * failed start is tried again at the next use rather than remembered forever.
 */
export class EmbeddedSimulator<T extends { close(): Promise<void> }> {
  readonly #launch: () => Promise<T>;
  #running: Promise<T> | null = null;

  constructor(launch: () => Promise<T>) {
    this.#launch = launch;
  }

  get(): Promise<T> {
    if (this.#running === null) {
      const launching = this.#launch();
      launching.catch(() => {
        if (this.#running === launching) this.#running = null;
      });
      this.#running = launching;
    }
    return this.#running;
  }

  /** Stops it if it was started; a start that failed has nothing to stop. */
  async close(): Promise<void> {
    const running = this.#running;
    this.#running = null;
    const simulator = await running?.catch(() => null);
    await simulator?.close();
  }
}
