// User text becomes a Lucene query only through this escaping: it can never inject operators.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/** Names first (a phrase match on the name scores highest), then any bigram overlap. */
export function searchQuery(text: string): string {
  const t = escapeLucene(text.trim());
  return `name:"${t}"^4 OR aliasText:"${t}"^2 OR name:(${t}) OR aliasText:(${t})`;
}

export function phraseQuery(text: string): string {
  return `"${escapeLucene(text.trim())}"`;
}
