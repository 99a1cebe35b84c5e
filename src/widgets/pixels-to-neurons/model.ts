/** Row `row` of a rows×cols image becomes input neurons row·cols … row·cols + cols − 1. */
export function neuronRange(
  row: number,
  cols: number,
): { readonly first: number; readonly last: number } {
  return { first: row * cols, last: row * cols + cols - 1 };
}
