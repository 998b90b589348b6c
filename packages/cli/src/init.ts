import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configNames } from '@listinglint/core';
import type { CliIo } from './run.js';
import { UsageError } from './usage-error.js';

const schemaBase = 'https://raw.githubusercontent.com/listinglint/listinglint/main/docs/schemas';

/** The starter config: every key it sets is explained, and the ones it leaves out are named. */
export const starterConfig = `# yaml-language-server: $schema=${schemaBase}/config.schema.json
# listinglint config: https://github.com/listinglint/listinglint/blob/main/docs/configuration.md
# Relative paths resolve from this file's folder, the project root.

# Listing files to lint when you name none on the command line.
include:
  - "listings/**/*.md"
  - "listings/**/*.listing.json"

# Files to leave out (gitignore syntax); .gitignore, node_modules and .git are skipped anyway.
ignore: []

# The marks your listings are checked against (see watchlist.yaml).
watchlists:
  - watchlist.yaml

# For listings that do not say: the marketplace decides the territory (trademarks are
# territorial), the category the Nice classes (a registration covers some classes only).
defaults:
  marketplace: amazon.com
  category: shoes

# A rule's severity: off | info | warn | error; a trademark rule's is a ceiling.
# rules:
#   listing/duplicate-sku: warn

# Your own brands that are not watchlist marks, so they are never flagged:
# seller:
#   brands:
#     - { name: Stridewell, owner: Stridewell Ltd }

# A licence to use someone's mark on some listings (expired ones stop counting):
# authorizations:
#   - { mark: nike, skus: [SHOE-1], until: "2027-12-31", reference: "Licence L-1" }

# Text on product images is read with OCR; turn it off to lint text only:
# ocr:
#   enabled: false
`;

/** The starter watchlist: one mark with every field explained. */
export const starterWatchlist = `# yaml-language-server: $schema=${schemaBase}/watchlist.schema.json
# The marks listinglint looks for: https://github.com/listinglint/listinglint/blob/main/docs/watchlist.md
# Replace this example with the marks that matter to your listings. Check each registration
# at the office's register before relying on it.
marks:
  - id: nike              # the mark's id in findings, authorizations and allow entries
    mark: NIKE            # the main form; matched case-insensitively and through disguises (N1KE)
    owner: Nike, Inc.     # shown in every message, so the registration can be checked
    famous: true          # a famous mark is risky in every class where it is registered
    variants: ["Nike Air"]   # other forms of the same mark
    genericPhrases: []    # ordinary phrases containing the mark that must never match
    registrations:        # where the mark is protected; without any, findings are only info
      # office, number as the office writes it, Nice classes, status (registered | pending | dead …)
      - { office: USPTO, number: "0978952", classes: [18, 25], status: registered }
    examples:             # self-tests, checked every time the watchlist loads
      match: ["N1KE running shoes"]
      noMatch: ["Nikeisha"]
`;

/** One example listing that gets a finding, so the first run shows what one looks like. */
export const exampleListing = `---
# An example listing written by \`listinglint init\`: lint it with \`npx listinglint\`, then
# replace it with your own. The front matter holds the listing's fields.
sku: EXAMPLE-SHOE-1
marketplace: amazon.com
category: shoes
brand: Stridewell
title: Stridewell Trail Runner, like Nike running shoes
bullets:
  - Breathable mesh upper
---
The description is the Markdown body.
`;

/** The files \`init\` writes, relative to the folder it runs in. */
export const initFiles: ReadonlyArray<readonly [string, string]> = [
  ['listinglint.config.yaml', starterConfig],
  ['watchlist.yaml', starterWatchlist],
  ['listings/example.md', exampleListing],
];

/**
 * \`listinglint init\`: writes a starter config, watchlist and example listing into the working
 * folder. It asks nothing and never overwrites: when any of them (or any other config file)
 * exists it writes nothing and exits 2 naming it.
 */
export default async function runInit(argv: string[], io: CliIo): Promise<number> {
  if (argv.length > 0) throw new UsageError(`listinglint init takes no arguments (got ${argv.map((arg) => `\`${arg}\``).join(', ')}): it writes into the current folder`);
  const existing = [...configNames.map((name) => [name, ''] as const), ...initFiles].map(([name]) => name).find((name) => existsSync(path.join(io.cwd, name)));
  if (existing) throw new UsageError(`${existing} already exists: listinglint init never overwrites; remove it or edit it by hand`);
  for (const [name, text] of initFiles) {
    const file = path.join(io.cwd, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, { flag: 'wx' });
  }
  io.stdout.write(
    `Wrote ${initFiles.map(([name]) => name).join(', ')}.\nNext: npx listinglint   (lints the example listing: one finding)\n`,
  );
  return 0;
}
