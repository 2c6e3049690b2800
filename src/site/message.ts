/**
 * Fills a message template: `{{name}}` is `data.name`; `{{name|singular|plural}}` is `singular`
 * when `data.name` is 1 and `plural` otherwise. A placeholder without data stays as written, so a
 * missing value shows in the message instead of vanishing from it.
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*(?:\|([^|}]*)\|([^|}]*))?\}\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in data)) return whole;
    const value = data[name];
    if (one === undefined) return String(value);
    return Number(value) === 1 ? one : (other ?? '');
  });
}
