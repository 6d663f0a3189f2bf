// The shape every translation must have: the same keys as the Dutch source, a string at every leaf.
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
