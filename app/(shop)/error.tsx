"use client";
// Shown when a shop page fails to render. Server error details never reach the browser in
// production; the digest lets support match this page to the server log.
import { useEffect } from "react";
import { LinkButton } from "@/components/ui/link-button";

interface ShopErrorProps {
  error: unknown;
  retry: () => void;
}

export default function ShopError({ error, retry }: ShopErrorProps) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div
      role="alert"
      className="mx-auto flex max-w-xl flex-col items-center px-4 py-20 text-center"
    >
      <h1 className="text-3xl font-bold tracking-tight text-ink">Something went wrong</h1>
      <p className="mt-4 text-ink-muted">
        Sorry, this page didn’t load. It is usually temporary: try again, or head back to the home
        page.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={retry}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand px-5 text-sm font-semibold text-paper hover:bg-brand-dark"
        >
          Try again
        </button>
        <LinkButton href="/" variant="secondary">
          Back to the shop
        </LinkButton>
      </div>
      {digest ? <p className="mt-6 text-xs text-ink-muted">Reference: {digest}</p> : null}
    </div>
  );
}
