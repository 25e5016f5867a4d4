/** Far beyond any article, and small enough to read at once: a file past it is refused unread. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file this page cannot take an article from; the message says why, for the reader. */
export class ArticleFileError extends Error {
  override readonly name = "ArticleFileError";
}

/** An article file's content: plain text as it is, or a web page to take the article out of. */
export type ArticleFile = { readonly kind: "text"; readonly text: string } | { readonly kind: "html"; readonly html: string };

const isHtml = (file: File): boolean => /\.x?html?$/i.test(file.name) || file.type === "text/html" || file.type === "application/xhtml+xml";
const isText = (file: File): boolean => /\.txt$/i.test(file.name) || file.type === "text/plain";

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString("en", { maximumFractionDigits: 1 })} MB`;

/** Reads a .txt or .html file; anything else, or anything too large, is an {@link ArticleFileError}. */
export async function readArticleFile(file: File): Promise<ArticleFile> {
  const html = isHtml(file);
  if (!html && !isText(file)) throw new ArticleFileError(`${file.name} is not a .txt or .html file: choose the article as plain text or as a web page.`);
  if (file.size > MAX_FILE_BYTES) throw new ArticleFileError(`${file.name} is ${megabytes(file.size)}: larger than the ${megabytes(MAX_FILE_BYTES)} an article file may be.`);
  const content = await file.text();
  return html ? { kind: "html", html: content } : { kind: "text", text: content };
}
