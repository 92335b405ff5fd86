import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import type { TunnelSetting } from '../../../shared/settings';
import { AppFailure } from '../failure';

/**
 * Checks a tunnel choice before it is saved: `none` has no program; otherwise the path
 * is absolute, names the program of that kind (`cloudflared`, `ngrok`, with `.exe` on
 * Windows) and is an executable file. Returns the setting to store, with the path
 * resolved so a link swapped later cannot point somewhere else unnoticed.
 */
export function checkedTunnel(choice: TunnelSetting): TunnelSetting {
  if (choice.kind === 'none') return { kind: 'none', program: '' };
  const program = choice.program.trim();
  if (!isAbsolute(program)) {
    throw invalid(
      `Choose the ${choice.kind} program by its full path (for example /usr/local/bin/${choice.kind}).`,
      `${choice.kind} programını tam yoluyla seçin (örneğin /usr/local/bin/${choice.kind}).`,
    );
  }
  const named = basename(program).toLowerCase().replace(/\.exe$/u, '');
  if (named !== choice.kind) {
    throw invalid(
      `The chosen file is "${basename(program)}", not the ${choice.kind} program. Only cloudflared and ngrok can be used as tunnels.`,
      `Seçilen dosya "${basename(program)}", ${choice.kind} programı değil. Tünel olarak yalnızca cloudflared ve ngrok kullanılabilir.`,
    );
  }
  let resolved: string;
  try {
    resolved = realpathSync(program);
    if (!statSync(resolved).isFile()) throw new Error('not a file');
    if (process.platform !== 'win32') accessSync(resolved, constants.X_OK);
  } catch {
    throw invalid(
      `${program} is not an executable file on this computer. Install ${choice.kind} and choose it again.`,
      `${program} bu bilgisayarda çalıştırılabilir bir dosya değil. ${choice.kind} kurup yeniden seçin.`,
    );
  }
  return { kind: choice.kind, program: resolved };
}

const invalid = (en: string, tr: string) => new AppFailure('webhook.tunnel-program-invalid', en, tr, 'tokenx.tunnel.program');
