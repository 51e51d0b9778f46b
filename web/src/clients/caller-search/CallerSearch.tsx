/**
 * "Who is calling": one field for a phone number, a name or an email address, answered as the
 * technician types; arrow keys and Enter pick the caller (an ARIA combobox).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { api, query } from '../../platform/api';
import type { Contact, Page } from '../../platform/types';
import { useDirectory } from '../../platform/directory';
import { looksLikePhone } from '../../platform/phone';

/** The API reads a number in every form (international, national, trailing digits) in one search. */
async function findCallers(text: string, signal: AbortSignal): Promise<Contact[]> {
  const t = text.trim();
  const params = t.includes('@') ? { email: t } : looksLikePhone(t) ? { phone: t } : { q: t };
  return api<Page<Contact>>('GET', `/contacts${query({ ...params, limit: 8 })}`, undefined, { signal }).then((p) => p.items);
}

const MATCH_WORDS: Record<NonNullable<Contact['match']>['kind'], string> = { exact: 'number on file', national: 'national form of', trailing: 'ends in the digits of' };

/** "Matched 0113 200 0001 as the national form of +441132000001 (work)". */
export function describeMatch(typed: string, match: NonNullable<Contact['match']>): string {
  const number = `${match.number}${match.extension ? ` ext. ${match.extension}` : ''}`;
  return match.kind === 'exact' ? `${MATCH_WORDS.exact}: ${number} (${match.label})` : `${typed.trim()} — ${MATCH_WORDS[match.kind]} ${number} (${match.label})`;
}

interface Props {
  text: string;
  onText: (text: string) => void;
  onPick: (contact: Contact) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function CallerSearch({ text, onText, onPick, error, inputRef }: Props) {
  const directory = useDirectory();
  const [results, setResults] = useState<Contact[]>([]);
  const [searched, setSearched] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState<string>();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const latest = useRef('');

  useEffect(() => {
    const t = text.trim();
    latest.current = t;
    if (t.length < 2) {
      setResults([]);
      setSearched('');
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      findCallers(t, controller.signal).then(
        (found) => {
          if (latest.current !== t) return;
          setResults(found);
          setSearched(t);
          setActive(0);
          setOpen(true);
          setFailed(undefined);
        },
        (e: unknown) => {
          if ((e as Error).name !== 'AbortError') setFailed((e as Error).message);
        },
      );
    }, 180);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const pick = (contact: Contact) => {
    setOpen(false);
    onPick(contact);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length) {
      event.preventDefault();
      setActive((a) => (a - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && open && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const expanded = open && results.length > 0;
  const pending = text.trim().length >= 2 && searched !== text.trim();
  return (
    <div className={`field caller-search${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Caller</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Phone number, name or email"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        aria-describedby={`${hintId}${error ? ` ${errorId}` : ''}`}
        aria-invalid={error ? true : undefined}
        value={text}
        onChange={(e) => {
          onText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onFocus={() => results.length && setOpen(true)}
      />
      <p className="field-hint" id={hintId} aria-live="polite">
        {failed
          ? failed
          : pending
            ? 'Searching…'
            : searched && results.length === 0
              ? 'No contact on file matches. Choose the client below to log it anyway.'
              : searched
                ? `${results.length} match${results.length === 1 ? '' : 'es'} — ↑↓ to choose, Enter to take`
                : 'Type the number on the phone display, or a name or email.'}
      </p>
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <ul className="caller-results" id={listId} role="listbox" aria-label="Callers found" hidden={!expanded}>
        {results.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(c);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className="caller-name">
              {c.name}
              {c.vip && <span className="badge vip">VIP</span>}
            </span>
            <span className="caller-org">{directory.orgName(c.organizationId)}</span>
            <span className="caller-detail muted">
              {[c.title, c.match ? undefined : c.phones[0]?.number, c.emails[0]].filter(Boolean).join(' · ')}
            </span>
            {c.match && (
              <span className={`caller-match match-${c.match.kind}`} data-match={c.match.kind}>
                {describeMatch(searched, c.match)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
