/** The page's one style sheet, allowed by the CSP through its hash; system fonts only. */
export const PAGE_STYLE = `
:root { --error: #b3261e; --warning: #8a5a00; --info: #1f5f99; --line: #d9d9de; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; color: #1d1d1f; background: #fff; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 28px 0 8px; word-break: break-all; }
h3 { font-size: 15px; margin: 16px 0 6px; color: var(--muted); }
.counts { display: flex; gap: 10px; margin: 0 0 4px; }
.count { padding: 2px 10px; border-radius: 12px; font-weight: 600; color: #fff; }
.count.error { background: var(--error); } .count.warning { background: var(--warning); } .count.info { background: var(--info); }
.checked { margin: 0; color: var(--muted); }
table.evidence { border-collapse: collapse; font-size: 13px; }
table.evidence th { text-align: left; padding: 2px 16px 2px 0; color: var(--muted); font-weight: 500; vertical-align: top; }
table.evidence td { padding: 2px 0; font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; word-break: break-all; }
#filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 10px 0; margin-top: 20px; display: flex; gap: 18px; align-items: center; z-index: 2; }
.filter { font-weight: 600; }
.filter.error { color: var(--error); } .filter.warning { color: var(--warning); } .filter.info { color: var(--info); }
ul.findings { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 4px solid var(--line); padding: 6px 12px; margin: 8px 0; background: #fafafb; }
.finding.error { border-color: var(--error); } .finding.warning { border-color: var(--warning); } .finding.info { border-color: var(--info); }
.head { display: flex; gap: 12px; font-size: 13px; }
.position { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
.severity { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.finding.error .severity { color: var(--error); } .finding.warning .severity { color: var(--warning); } .finding.info .severity { color: var(--info); }
.rule { margin-left: auto; color: var(--muted); }
.message { margin: 4px 0; }
.detail { margin: 2px 0; font-size: 13px; color: var(--muted); }
pre.excerpt { margin: 6px 0 2px; padding: 6px 8px; background: #f0f0f3; overflow-x: auto; font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; word-break: break-word; }
pre.excerpt .gutter { color: var(--muted); }
pre.excerpt mark { background: #ffd54f; }
.images { display: flex; flex-wrap: wrap; gap: 16px; margin: 10px 0; }
figure.image { margin: 0; max-width: 420px; }
.frame { position: relative; display: inline-block; line-height: 0; border: 1px solid var(--line); }
.frame img { max-width: 100%; height: auto; }
.box { position: absolute; border: 3px solid var(--error); }
.box.warning { border-color: var(--warning); } .box.info { border-color: var(--info); }
.box .label { position: absolute; left: -3px; bottom: 100%; background: var(--error); color: #fff; font-size: 11px; line-height: 1.3; padding: 0 4px; white-space: nowrap; }
.box.warning .label, .box.info .label { bottom: auto; top: 100%; }
.box.warning .label { background: var(--warning); } .box.info .label { background: var(--info); }
figcaption { font-size: 12px; color: var(--muted); word-break: break-all; }
[hidden] { display: none !important; }
`;
