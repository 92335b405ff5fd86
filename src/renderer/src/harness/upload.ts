/**
 * The web harness's stand-in for main's file dialog: the browser's own file picker,
 * then the file streamed to the harness, which holds it and answers its import handle
 * exactly as `catalog.chooseImportFile` does in the desktop app (null when the picker
 * is closed without a choice).
 */
export function chooseAndUpload(token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.txt,.json';
    input.hidden = true;
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve({ ok: true, value: null });
    });
    input.addEventListener('change', () => {
      done();
      const file = input.files?.[0];
      if (file === undefined) resolve({ ok: true, value: null });
      else upload(file, token).then(resolve, reject);
    });
    document.body.append(input);
    input.click();
  });
}

async function upload(file: File, token: string): Promise<unknown> {
  // The File is read from disk as it is sent; the page never holds the whole file.
  const response = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
    body: file,
  });
  if (!response.ok) throw new Error(`harness answered HTTP ${response.status}`);
  return response.json();
}
