// Which OAuth providers are on: each only when both its keys are set.
import { env } from "@/lib/env";

export interface OAuthProviderInfo {
  id: "github" | "google";
  name: string;
  clientId: string;
  clientSecret: string;
}

export function enabledOAuthProviders(): OAuthProviderInfo[] {
  const config = env();
  const providers: OAuthProviderInfo[] = [];
  if (config.AUTH_GITHUB_ID && config.AUTH_GITHUB_SECRET) {
    providers.push({
      id: "github",
      name: "GitHub",
      clientId: config.AUTH_GITHUB_ID,
      clientSecret: config.AUTH_GITHUB_SECRET,
    });
  }
  if (config.AUTH_GOOGLE_ID && config.AUTH_GOOGLE_SECRET) {
    providers.push({
      id: "google",
      name: "Google",
      clientId: config.AUTH_GOOGLE_ID,
      clientSecret: config.AUTH_GOOGLE_SECRET,
    });
  }
  return providers;
}
