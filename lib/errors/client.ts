// The client-safe face of lib/errors: the whole module is pure, so this is the same surface.
export * from "./index";
