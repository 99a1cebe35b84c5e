/**
 * Elements that may only hold phrasing content: a block element (`<div>`, `<figure>`) put
 * inside one would be torn out of it by the browser's HTML parser.
 */
export const PHRASING_PARENTS: ReadonlySet<string> = new Set(
  'p h1 h2 h3 h4 h5 h6 pre span a em strong b i u s q small sub sup mark abbr cite code dfn kbd samp var time del ins label button legend summary dt caption'.split(
    ' ',
  ),
);
