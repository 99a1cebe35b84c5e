/**
 * A tiny inline script for index.html: starts fetching the module of the deck the URL will
 * open (same rule as present/deckChoice.ts: an exact `?p=` id from the build, or the only
 * deck), in parallel with the app's own script. Unknown `?p=` values fetch nothing.
 */
export function deckPreloadScript(chunks: Readonly<Record<string, string>>): string {
  const map = JSON.stringify(chunks).replace(/</g, '\\u003c');
  return [
    '(function(){',
    `var m=${map},k=Object.keys(m),p=new URLSearchParams(location.search).get("p");`,
    'var id=p===null?(k.length===1?k[0]:null):(Object.prototype.hasOwnProperty.call(m,p)?p:null);',
    'if(id===null)return;',
    'var l=document.createElement("link");l.rel="modulepreload";l.href=m[id];',
    'document.head.appendChild(l);',
    '})();',
  ].join('');
}
