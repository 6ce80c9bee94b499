// Which provider takes payments: Stripe when STRIPE_SECRET_KEY is set, the test provider
// otherwise. Refunds go to the provider that took the payment, whichever is active now.
import Stripe from "stripe";
import { env, features } from "@/lib/env";
import { createStripeProvider } from "./stripe-provider";
import { createTestProvider } from "./test-provider";
import type { PaymentProvider, ProviderName } from "./types";

type Providers = Partial<Record<ProviderName, PaymentProvider>>;
const holder = globalThis as typeof globalThis & {
  __cartwrightPayments?: { providers: Providers; stripe?: Stripe };
};

function state() {
  holder.__cartwrightPayments ??= { providers: {} };
  return holder.__cartwrightPayments;
}

/** The Stripe client, built once from STRIPE_SECRET_KEY. */
export function stripeClient(): Stripe {
  const key = env().STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set");
  state().stripe ??= new Stripe(key, {
    maxNetworkRetries: 2,
    telemetry: false,
    appInfo: { name: "Cartwright" },
  });
  return state().stripe as Stripe;
}

export function providerFor(name: ProviderName): PaymentProvider {
  const providers = state().providers;
  providers[name] ??=
    name === "stripe" ? createStripeProvider(stripeClient()) : createTestProvider();
  return providers[name];
}

export function activeProvider(): PaymentProvider {
  return providerFor(features.stripe() ? "stripe" : "test");
}

/** Tests: replace providers (a Stripe client pointed at a local recorder); null restores defaults. */
export function setPaymentProviders(providers: Providers | null): void {
  state().providers = { ...providers };
}
