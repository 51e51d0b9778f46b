/**
 * Writing or changing an article (staff): title, Markdown with the server's own rendering as the
 * preview, tags, audience and client; saved with the version it was opened at, so a change someone
 * else made meanwhile is reported rather than overwritten; archived and restored.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, fieldError, formError } from '../../platform/api';
import { navigate } from '../../platform/router';
import { Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { useDebounced } from '../../platform/use-debounced';
import { previewArticle, readArticle, type KbArticle } from '../kb-api';

interface Draft {
  title: string;
  body: string;
  audience: 'internal' | 'clients';
  organizationId: string;
  tags: string;
}

const EMPTY: Draft = { title: '', body: '', audience: 'internal', organizationId: '', tags: '' };
const FIELDS = ['/title', '/body', '/audience', '/organizationId', '/tags', '/version'];

const draftOf = (a: KbArticle): Draft => ({ title: a.title, body: a.body, audience: a.audience, organizationId: a.organizationId ?? '', tags: a.tags.join(', ') });

interface Props {
  /** The article to change; none for a new one. */
  articleId?: string;
  organizations: { id: string; name: string }[];
  /** The article was just written in a new-article editor, which opened this one at its address. */
  justPublished?: boolean;
  onSaved: (id: string) => void;
}

export function ArticleEditor({ articleId, organizations, justPublished = false, onSaved }: Props) {
  const loaded = useResource(articleId ? (signal) => readArticle(articleId, signal) : null, [articleId]);
  const [article, setArticle] = useState<KbArticle>();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(justPublished);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!loaded.data) return;
    setArticle(loaded.data);
    setDraft(draftOf(loaded.data));
  }, [loaded.data]);
  const body = useDebounced(draft.body);
  const preview = useResource(body.trim() ? (signal) => previewArticle(body, signal) : null, [body]);

  if (articleId && loaded.error) return <Notice>{formError(loaded.error, [])}</Notice>;
  if (articleId && !article) return <Spinner label="Loading the article" />;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const send = async (change: Record<string, unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      const next = article
        ? await api<KbArticle>('PATCH', `/kb/articles/${encodeURIComponent(article.id)}`, { version: article.version, ...change })
        : await api<KbArticle>('POST', '/kb/articles', change);
      setArticle(next);
      setDraft(draftOf(next));
      setSaved(true);
      onSaved(next.id);
      if (!article) navigate(`/kb/${next.id}`, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    send({
      title: draft.title,
      body: draft.body,
      audience: draft.audience,
      organizationId: draft.organizationId || null,
      tags: draft.tags.split(',').map((t) => t.trim()).filter(Boolean),
    });
  const conflict = error instanceof ApiError && error.code === 'version_conflict';

  return (
    <section className="card kb-editor" aria-labelledby="kb-editor-title">
      <h2 id="kb-editor-title" className="card-title">
        {article ? 'Edit article' : 'New article'}
        {article?.archivedAt && <span className="badge"> Archived</span>}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label="Title" error={fieldError(error, '/title')}>
          <input value={draft.title} maxLength={200} onChange={(e) => set('title', e.target.value)} required />
        </Field>
        <div className="kb-editor-panes">
          <Field label="Text (Markdown)" error={fieldError(error, '/body')}>
            <textarea value={draft.body} rows={14} onChange={(e) => set('body', e.target.value)} />
          </Field>
          <div className="field">
            <span className="kb-preview-label">Preview</span>
            <div className="kb-article-body kb-preview" aria-label="Preview" dangerouslySetInnerHTML={{ __html: body.trim() ? (preview.data?.html ?? '') : '' }} />
          </div>
        </div>
        <div className="kb-editor-row">
          <Field label="Who can read it" error={fieldError(error, '/audience')}>
            <select value={draft.audience} onChange={(e) => set('audience', e.target.value as Draft['audience'])}>
              <option value="internal">Internal (staff only)</option>
              <option value="clients">Client-visible (portal too)</option>
            </select>
          </Field>
          <Field label="For" error={fieldError(error, '/organizationId')}>
            <select value={draft.organizationId} onChange={(e) => set('organizationId', e.target.value)}>
              <option value="">Every client (global)</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Tags" hint="Separated by commas" error={fieldError(error, '/tags', '/tags/0')}>
            <input value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
          </Field>
        </div>
        {conflict && <Notice>Someone changed this article since you opened it. Reload it to see their change, then make yours again.</Notice>}
        {!conflict && formError(error, FIELDS) && <Notice>{formError(error, FIELDS)}</Notice>}
        {saved && <Notice kind="success">Saved.</Notice>}
        <div className="kb-editor-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {article ? 'Save changes' : 'Publish article'}
          </button>
          {conflict && (
            <button type="button" className="button" onClick={() => { setError(undefined); loaded.reload(); }}>
              Reload the article
            </button>
          )}
          {article && (
            <button type="button" className="button" disabled={busy} onClick={() => void send({ archived: !article.archivedAt })}>
              {article.archivedAt ? 'Restore' : 'Archive'}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
