/**
 * A reference the SDL declares non-null (an appeal's category, a grid's region, a worker's grid, a center's or
 * department's region), loaded by its foreign key. The loaders answer `null` for a key they cannot find (a dangling
 * row, or a viewer who reads no directory); as before, GraphQL's non-null check then reports the field. The one cast
 * states the SDL's `!`, nothing more.
 */
export const required = <T>(row: Promise<T | null>): Promise<T> => row as Promise<T>;
