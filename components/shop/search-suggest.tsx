"use client";
// The header's search box with suggestions as you type, following the WAI-ARIA combobox pattern
// (editable combobox with a listbox popup): arrows move through the products, Enter opens the
// highlighted one or searches for the text, Escape closes the list (or clears the box). It sits
// inside the header's GET form to /search, so without JavaScript it is a plain search box.
import Image from "next/image";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { SearchSuggestion } from "@/lib/search/client";
import { formatMoney } from "@/lib/money";
import { useSearchSuggest } from "@/hooks/use-search-suggest";

export interface SearchSuggestProps {
  /** The input's id, for the header's <label htmlFor>. */
  id: string;
  defaultValue?: string;
  className?: string;
}

type Option = { kind: "product"; suggestion: SearchSuggestion } | { kind: "search"; text: string };

export function SearchSuggest({ id, defaultValue = "", className = "" }: SearchSuggestProps) {
  const router = useRouter();
  // On the results page the box shows what was searched for (the layout cannot pass it down).
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const searched = pathname === "/search" ? (searchParams.get("q") ?? "") : null;
  const input = useRef<HTMLInputElement>(null);
  const listboxId = `${useId()}-listbox`;
  const [text, setText] = useState(searched ?? defaultValue);
  const [shownSearch, setShownSearch] = useState(searched);
  if (searched !== shownSearch) {
    setShownSearch(searched);
    if (searched !== null) setText(searched);
  }
  const [open, setOpen] = useState(false);
  const { suggestions, query, loading } = useSearchSuggest(text);
  // The highlight belongs to one list: a new list starts with nothing highlighted.
  const listKey = `${query}|${suggestions.map((s) => s.id).join(",")}`;
  const [highlight, setHighlight] = useState({ listKey: "", index: -1 });
  const active = highlight.listKey === listKey ? highlight.index : -1;
  const setActive = (index: number) => setHighlight({ listKey, index });

  const options: Option[] =
    suggestions.length > 0
      ? [
          ...suggestions.map((s): Option => ({ kind: "product", suggestion: s })),
          { kind: "search", text: query },
        ]
      : [];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${listboxId}-${index}`;

  function choose(option: Option) {
    setOpen(false);
    if (option.kind === "product") router.push(`/p/${option.suggestion.slug}`);
    else input.current?.form?.requestSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Past either end the highlight returns to the text box (-1), as in a native datalist.
      setActive(((active + step + 1 + options.length + 1) % (options.length + 1)) - 1);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === "Escape") {
      // A search input clears itself on Escape: only once the list is closed, as the pattern says.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setText("");
      setActive(-1);
    }
  }

  return (
    <div className={`relative ${className}`}>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder="Search products"
        autoComplete="off"
        enterKeyHint="search"
        className="min-h-11 w-full min-w-0 rounded-l-md border border-r-0 border-ink-faint bg-paper px-3 text-sm text-ink placeholder:text-ink-faint"
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Suggestions"
        aria-busy={loading}
        hidden={!expanded}
        className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-paper-line bg-paper py-1 shadow-lg"
      >
        {options.map((option, index) => (
          <li
            key={option.kind === "product" ? option.suggestion.id : "search"}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // Keep focus in the box: the click still lands, the blur that would close the list does not.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            onMouseMove={() => setActive(index)}
            className={`flex min-h-11 cursor-pointer items-center gap-3 px-3 py-1.5 text-sm ${index === active ? "bg-paper-soft text-brand" : "text-ink"}`}
          >
            {option.kind === "product" ? (
              <ProductOption suggestion={option.suggestion} />
            ) : (
              <span className="font-medium">Search for “{option.text}”</span>
            )}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {expanded
          ? `${suggestions.length} ${suggestions.length === 1 ? "suggestion" : "suggestions"}, use the up and down arrow keys to choose.`
          : ""}
      </p>
    </div>
  );
}

function ProductOption({ suggestion }: { suggestion: SearchSuggestion }) {
  const { image } = suggestion;
  return (
    <>
      <span className="size-10 shrink-0 overflow-hidden rounded bg-paper-soft">
        {image ? (
          <Image
            src={image.url}
            alt=""
            width={40}
            height={40}
            unoptimized={image.url.endsWith(".svg")}
            className="size-full object-cover"
          />
        ) : null}
      </span>
      <span className="min-w-0 flex-1 truncate">{suggestion.title}</span>
      <span className="shrink-0 font-semibold">{formatMoney(suggestion.price)}</span>
    </>
  );
}
