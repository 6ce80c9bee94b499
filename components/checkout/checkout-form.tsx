"use client";
// The checkout: contact email, shipping address (a saved one or a new one), shipping method,
// discount code, the server's totals, and Pay. Every figure shown comes from the server's
// quote; Pay sends only the shopper's choices, and each error comes back beside its field.
import { useState, useTransition } from "react";
import type { CountryOption } from "@/lib/accounts";
import type { PayResult, PriceBreakdown, QuoteResult } from "@/lib/checkout/client";
import { formatMoney } from "@/lib/money";
import { AddressFields, emptyAddress, type AddressValues } from "./address-fields";
import { DiscountField } from "./discount-field";
import { Field } from "./field";
import { OrderLines } from "./order-lines";
import { SavedAddressPicker, type SavedAddressOption } from "./saved-address-picker";
import { ShippingMethods } from "./shipping-methods";
import { Totals } from "./totals";
import { saveCheckoutDraft, useCheckoutDraft } from "./use-checkout-draft";
import { useQuote, type QuoteChoices } from "@/hooks/use-quote";

export interface CheckoutFormProps {
  initialQuote: PriceBreakdown;
  initialEmail: string;
  initialCountry: string;
  initialDiscountCode: string;
  savedAddresses: SavedAddressOption[];
  countries: CountryOption[];
  actions: {
    quote(choices: QuoteChoices): Promise<QuoteResult>;
    applyDiscount(choices: QuoteChoices): Promise<QuoteResult>;
    pay(input: unknown): Promise<PayResult>;
  };
}

export function CheckoutForm(props: CheckoutFormProps) {
  const { savedAddresses, actions } = props;
  const [email, setEmail] = useState(props.initialEmail);
  const [quoteEmail, setQuoteEmail] = useState(props.initialEmail);
  const [savedId, setSavedId] = useState(
    savedAddresses.find((a) => a.isDefault)?.id ?? savedAddresses[0]?.id ?? "",
  );
  const [address, setAddress] = useState<AddressValues>(emptyAddress(props.initialCountry));
  const [shippingMethodId, setShippingMethodId] = useState("");
  const [discountCode, setDiscountCode] = useState(props.initialDiscountCode);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [paying, startPaying] = useTransition();
  // Back from a declined card: the details typed before are filled in again (once).
  const draft = useCheckoutDraft();
  const [restored, setRestored] = useState(false);
  if (draft && !restored) {
    setRestored(true);
    setEmail(draft.email);
    setQuoteEmail(draft.email);
    setAddress(draft.address);
    setShippingMethodId(draft.shippingMethodId);
    if (draft.savedAddressId === "" || savedAddresses.some((a) => a.id === draft.savedAddressId))
      setSavedId(draft.savedAddressId);
  }

  const saved = savedAddresses.find((a) => a.id === savedId);
  const choices: QuoteChoices = {
    country: saved?.country ?? address.country,
    region: saved?.region ?? address.region,
    savedAddressId: savedId,
    shippingMethodId,
    discountCode,
    email: quoteEmail,
  };
  const {
    quote,
    setQuote,
    error: quoteError,
    loading,
  } = useQuote(props.initialQuote, choices, actions.quote);
  const lineErrors = Object.fromEntries(
    Object.entries(quote.errors.lines).map(([id, e]) => [id, e.message]),
  );

  function pay(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    startPaying(async () => {
      const { company, line2, phone, region, ...required } = address;
      const shippingAddress = savedId
        ? undefined
        : {
            ...required,
            company: company || undefined,
            line2: line2 || undefined,
            phone: phone || undefined,
            region: region || undefined,
          };
      const answer = await actions.pay({
        email,
        savedAddressId: savedId || undefined,
        shippingAddress,
        shippingMethodId,
        discountCode: discountCode || undefined,
      });
      if (answer.ok) {
        saveCheckoutDraft({ email, savedAddressId: savedId, shippingMethodId, address });
        window.location.assign(answer.redirectUrl);
        return;
      }
      setErrors(answer.fieldErrors);
      setFormError(answer.error);
    });
  }

  return (
    <form onSubmit={pay} noValidate className="grid gap-10 lg:grid-cols-[1fr_24rem]">
      <div className="flex flex-col gap-8">
        {formError ? (
          <div
            role="alert"
            className="rounded-md border border-danger bg-paper-soft p-4 text-sm text-danger"
            data-testid="checkout-error"
          >
            {formError}
          </div>
        ) : null}
        <section aria-labelledby="contact-heading" className="flex flex-col gap-4">
          <h2 id="contact-heading" className="text-lg font-semibold text-ink">
            Contact
          </h2>
          <Field
            name="email"
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            onBlur={() => setQuoteEmail(email)}
            error={errors.email}
            required
            hint="Your receipt goes here. No account needed."
          />
        </section>
        <section aria-labelledby="address-heading" className="flex flex-col gap-4">
          <h2 id="address-heading" className="text-lg font-semibold text-ink">
            Shipping address
          </h2>
          {savedAddresses.length ? (
            <SavedAddressPicker
              options={savedAddresses}
              value={savedId}
              onChange={setSavedId}
              error={errors.savedAddressId}
            />
          ) : null}
          {!savedId ? (
            <AddressFields
              value={address}
              onChange={setAddress}
              errors={errors}
              countries={props.countries}
            />
          ) : null}
        </section>
        <ShippingMethods
          options={quote.shippingOptions}
          value={shippingMethodId}
          onChange={setShippingMethodId}
          currency={quote.currency}
          error={errors.shippingMethodId ?? quote.errors.shippingMethodId?.message}
        />
      </div>

      <aside
        aria-labelledby="summary-heading"
        className="flex h-fit flex-col gap-4 rounded-card border border-paper-line bg-paper-soft p-5"
      >
        <h2 id="summary-heading" className="text-lg font-semibold text-ink">
          Order summary
        </h2>
        <OrderLines
          lines={quote.lines}
          currency={quote.currency}
          errors={{
            ...lineErrors,
            ...Object.fromEntries(
              Object.entries(errors)
                .filter(([k]) => k.startsWith("lines."))
                .map(([k, v]) => [k.slice(6), v]),
            ),
          }}
        />
        <DiscountField
          applied={quote.discount?.code ?? null}
          error={
            errors.discountCode ?? (discountCode ? quote.errors.discountCode?.message : undefined)
          }
          onApply={async (code) => {
            const answer = await actions.applyDiscount({ ...choices, discountCode: code });
            if (!answer.ok) return setErrors((all) => ({ ...all, discountCode: answer.error }));
            const problem = answer.quote.errors.discountCode?.message;
            if (problem) return setErrors((all) => ({ ...all, discountCode: problem }));
            setErrors(({ discountCode: _, ...rest }) => rest);
            setDiscountCode(answer.quote.discount?.code ?? "");
            setQuote(answer.quote);
          }}
        />
        <div aria-live="polite" aria-busy={loading}>
          <Totals
            currency={quote.currency}
            subtotalAmount={quote.subtotalAmount}
            discountAmount={quote.discountAmount}
            discountCode={quote.discount?.code}
            shippingAmount={quote.shipping ? quote.shippingAmount : null}
            shippingName={quote.shipping?.name}
            taxAmount={quote.taxAmount}
            taxName={quote.tax?.name}
            taxInclusive={quote.taxInclusive}
            totalAmount={quote.totalAmount}
          />
          {quoteError ? <p className="mt-2 text-sm text-danger">{quoteError}</p> : null}
        </div>
        <button
          type="submit"
          disabled={paying}
          className="inline-flex min-h-12 items-center justify-center rounded-md bg-brand px-6 text-base font-semibold text-paper hover:bg-brand-dark disabled:opacity-70"
        >
          {paying
            ? "Placing your order…"
            : `Pay ${formatMoney({ amount: quote.totalAmount, currency: quote.currency })}`}
        </button>
        <p className="text-xs text-ink-muted">
          Totals are worked out on our server from today&apos;s prices.
        </p>
      </aside>
    </form>
  );
}
