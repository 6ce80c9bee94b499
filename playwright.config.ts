// End-to-end tests: the production build (scripts/start.ts builds if needed, migrates, seeds an
// empty database, runs `next start`) driven by Debian's Chromium, one worker, one data folder.
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets a second checkout run its journeys beside another one.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const inCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // One server and one embedded database shared by every test: run serially.
  workers: 1,
  fullyParallel: false,
  retries: inCI ? 1 : 0,
  forbidOnly: inCI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: inCI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // `npx playwright install` cannot download browsers here: use the distribution's Chromium.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(PORT),
      CARTWRIGHT_DATA_DIR: ".test-data/e2e",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
    },
    // The first run builds the app and seeds the catalog.
    timeout: 300_000,
    reuseExistingServer: false,
    // Build and start-up chatter stays quiet; failures are reported on stderr.
    stdout: "ignore",
    stderr: "pipe",
  },
});
