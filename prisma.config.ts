// Prisma CLI configuration (Prisma 7 keeps the connection URL here, not in the schema).
// Only `prisma generate` is used by the project's scripts; migrations are applied by lib/db/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/cartwright" },
});
