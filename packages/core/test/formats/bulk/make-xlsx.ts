import { strToU8, zipSync } from 'fflate';
import { cellRef } from '../../../src/formats/bulk/xlsx.js';

/** One sheet of a test workbook: rows of cell texts (undefined or '' leaves a cell out). */
export interface SheetSpec {
  name: string;
  rows: (string | undefined)[][];
}

// XML folds a CR into LF when read; Excel writes it as `_x000D_`.
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '_x000D_');

/**
 * Builds an .xlsx in memory, as Excel lays it out: workbook, relationships, one part per
 * sheet; texts go to the shared-string table, or inline (`inlineStr`) with `inline: true`;
 * cells that look like numbers are written as numbers.
 */
export function makeXlsx(sheets: SheetSpec[], options: { inline?: boolean; omitRefs?: boolean } = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, s) => {
    const rows = sheet.rows
      .map((cells, r) => {
        const xmlCells = cells
          .map((text, c) => {
            if (text === undefined || text === '') return '';
            const ref = options.omitRefs ? '' : ` r="${cellRef(r + 1, c)}"`;
            if (/^-?\d+(?:\.\d+)?$/.test(text)) return `<c${ref}><v>${text}</v></c>`;
            if (options.inline) return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${escape(text)}</t></is></c>`;
            let index = sharedIndex.get(text);
            if (index === undefined) {
              index = shared.length;
              shared.push(text);
              sharedIndex.set(text, index);
            }
            return `<c${ref} t="s" s="1"><v>${index}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${xmlCells}</row>`;
      })
      .join('');
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((sheet, s) => `<sheet name="${escape(sheet.name)}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, s) =>
          `<Relationship Id="rId${s + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`,
      )
      .join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
      .map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`)
      .join('')}</sst>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zipSync(files);
}
