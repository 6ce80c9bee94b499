// What happened to an order, oldest first, as an ordered list with times.
import type { OrderTimelineEntry } from "@/lib/orders";

const timeFormat = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function OrderTimeline({ entries }: { entries: OrderTimelineEntry[] }) {
  if (entries.length === 0)
    return <p className="text-sm text-ink-muted">Nothing has happened yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-paper-line pl-5" data-testid="order-timeline">
      {entries.map((entry, index) => (
        <li key={`${entry.createdAt.toISOString()}-${index}`} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-brand"
          />
          <p className="text-sm font-medium text-ink">{entry.message}</p>
          <p className="text-xs text-ink-muted">
            <time dateTime={entry.createdAt.toISOString()}>
              {timeFormat.format(entry.createdAt)} UTC
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
