// The client-safe face of lib/forms: the whole module is pure, so this is the same surface.
export * from "./index";
