import { isCallName, isEventName } from '../../../shared/contract';
import type { PosApi } from '../../../shared/contract';
import { createPosApi } from '../../../shared/posApi';
import { chooseAndUpload } from './upload';

/**
 * The browser side of the web harness: `window.pos` over HTTP to the harness host on
 * loopback. The per-run token arrives in the URL fragment (never sent to a server in a
 * request line) and is kept for reloads in sessionStorage.
 */
export function installHarnessBridge(): PosApi {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('harness-token', fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = sessionStorage.getItem('harness-token') ?? '';

  const api = createPosApi({
    invoke: async (request) => {
      // Main's file dialog cannot open on this browser's screen: the page picks the file and uploads it.
      if (request.name === 'catalog.chooseImportFile') return chooseAndUpload(token);
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(request),
      });
      if (!response.ok) throw new Error(`harness answered HTTP ${response.status}`);
      return response.json();
    },
    subscribe: (deliver) => {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => deliver(JSON.parse(message.data));
    },
    isCallName,
    isEventName,
  });
  window.pos = api;
  return api;
}
