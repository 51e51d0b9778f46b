/** The knowledge-base module: articles (Markdown, sanitised), their search, and "this solved it" on tickets. */
export { kbRoutes, type KbRoutesDeps } from './kb.routes.js';
export { type KbTables } from './kb.tables.js';
export { renderArticle as renderMarkdown } from './article.js';
