// Stand-in for the `server-only` package under Vitest, where everything runs on the server.
export {};
