const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An http address on this computer's loopback (the training simulator's virtual ÖKC),
 * without credentials in it: the only kind of page the app opens in the system browser.
 */
export function isLoopbackHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
