// The storefront footer: help links and the copyright line. The year comes in as a prop so
// the component stays a pure function of its inputs.
import Link from "next/link";

export interface FooterLink {
  href: string;
  label: string;
}

export interface FooterProps {
  year: number;
  links?: FooterLink[];
}

const defaultLinks: FooterLink[] = [
  { href: "/", label: "Home" },
  { href: "/search", label: "Search" },
  { href: "/cart", label: "Cart" },
  { href: "/account", label: "Your account" },
];

export function Footer({ year, links = defaultLinks }: FooterProps) {
  return (
    <footer className="mt-16 border-t border-paper-line bg-paper-soft">
      <div className="mx-auto flex max-w-shop flex-col gap-6 px-4 py-10 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div className="max-w-sm">
          <p className="font-bold text-ink">Cartwright</p>
          <p className="mt-1 text-sm text-ink-muted">
            Well-made things, shipped with care. An open-source storefront.
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="grid grid-cols-2 gap-x-8 gap-y-1 sm:flex sm:gap-6">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="inline-flex min-h-11 items-center text-sm text-ink-muted hover:text-brand"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="border-t border-paper-line py-4 text-center text-xs text-ink-muted">
        © {year} Cartwright. All rights reserved.
      </p>
    </footer>
  );
}
