/** A knowledge-base article in the client portal: its title and the server's sanitised HTML. */
import { useEffect } from 'react';
import { Link } from '../platform/router';
import { NotFoundPage } from '../platform/not-found';
import { Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import { readArticle } from './kb-api';
import './kb.css';

export function PortalArticlePage({ articleId }: { articleId: string }) {
  const article = useResource((signal) => readArticle(articleId, signal), [articleId]);
  useEffect(() => {
    if (article.data) document.title = `${article.data.title} · Support`;
  }, [article.data]);
  if (article.error) return <NotFoundPage back="/portal" />;
  if (!article.data) return <Spinner />;
  return (
    <div className="portal-page narrow">
      <Link to="/portal/new" className="back-link">
        ← New request
      </Link>
      <article className="card kb-portal-article">
        <h1>{article.data.title}</h1>
        <div className="kb-article-body" dangerouslySetInnerHTML={{ __html: article.data.bodyHtml }} />
      </article>
      <p className="muted small">Did not help? <Link to="/portal/new">Send us a request</Link> and we will look at it.</p>
    </div>
  );
}
