import { shell } from 'electron';
import { isLoopbackHttpUrl } from '../../shared/loopbackUrl';

/**
 * The core's `openExternal` port: the system browser, for loopback http pages only
 * (the training simulator's virtual ÖKC). Checked here again, whatever the contract
 * let through: the shell is the last thing between a URL and the operating system.
 */
export async function openLoopbackPage(url: string): Promise<void> {
  if (!isLoopbackHttpUrl(url)) throw new Error(`refused to open a non-loopback address: ${url.slice(0, 80)}`);
  await shell.openExternal(url);
}
