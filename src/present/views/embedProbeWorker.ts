/// <reference lib="webworker" />
// The embed probe's Worker (see embedProbe.ts): one request to the URL it is sent, answering
// `true` when any response came back (opaque: its status cannot be read, nor needs to be) and
// `false` when the request failed (no route, refused, blocked). A failure here is an answer,
// not an error: it stays out of the page's console.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<unknown>) => {
  const url = event.data;
  if (typeof url !== 'string' || !url.startsWith('https://')) {
    scope.postMessage('malformed');
    return;
  }
  fetch(url, {
    method: 'HEAD',
    mode: 'no-cors',
    cache: 'no-store',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  }).then(
    () => scope.postMessage(true),
    () => scope.postMessage(false),
  );
};
