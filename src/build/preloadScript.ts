/**
 * A tiny inline script for index.html: starts fetching the module of the deck the URL will
 * open (same rule as present/deckChoice.ts: an exact `?p=` id from the build, or the only
 * deck), then the first slide's fonts. Unknown `?p=` values fetch no deck. Issued from one
 * script so the deck is requested before the fonts: HTTP/1.1 allows six connections per host,
 * and the deck is on the critical path.
 */
export function deckPreloadScript(
  chunks: Readonly<Record<string, string>>,
  fonts: readonly string[] = [],
): string {
  const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
  return [
    '(function(){',
    `var m=${json(chunks)},f=${json(fonts)},k=Object.keys(m),a=new URLSearchParams(location.search).getAll("p"),p=a.length?a[0]:null;`,
    // Repeated `p` values that differ open nothing (as in deckChoice.ts).
    'for(var j=1;j<a.length;j++)if(a[j]!==p)p="";',
    'var id=p===null?(k.length===1?k[0]:null):(Object.prototype.hasOwnProperty.call(m,p)?p:null);',
    'function add(rel,href,font){var l=document.createElement("link");l.rel=rel;l.href=href;',
    'if(font){l.as="font";l.type="font/woff2";l.crossOrigin="";}document.head.appendChild(l);}',
    'if(id!==null)add("modulepreload",m[id],false);',
    'for(var i=0;i<f.length;i++)add("preload",f[i],true);',
    '})();',
  ].join('');
}
