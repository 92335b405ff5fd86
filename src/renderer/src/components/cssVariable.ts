/**
 * A ref that sets one CSS custom property on its element through the CSSOM: the
 * renderer's CSP allows no inline style attribute, and a virtual list's offsets are the
 * only layout that changes with the data (`.vcanvas` and `.placed` read them).
 */
export const cssVariable =
  (name: '--vcanvas-height' | '--row-y', value: string) =>
  (node: HTMLElement | null): void => {
    node?.style.setProperty(name, value);
  };
