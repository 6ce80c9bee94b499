"use client";
// Last resort when the root layout itself fails: a page with no data dependencies at all.
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", color: "#111827" }}>
        <main>
          <h1>Something went wrong</h1>
          <p>The shop could not load this page. Please try again in a moment.</p>
          {error.digest ? <p>Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            style={{ marginTop: "1rem", padding: "0.5rem 1rem" }}
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
