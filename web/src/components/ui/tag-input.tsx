import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from './button';

interface TagInputProps {
  label: string;
  /** Explains the field; read out with it. */
  hint?: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  /** Offered while typing; a tag need not be one of them. */
  suggestions?: string[];
  max: number;
  maxLength?: number;
  texts: { add: string; remove: (tag: string) => string; full: string };
  /** Names the field, so a link can lead to it: the text box gets `<id>-input`. */
  id?: string;
}

/**
 * A list of short tags: type one (with suggestions from a list) and press Enter or Add; each
 * tag has its own remove button. Capitals do not make a second tag.
 */
export function TagInput({ label, hint, tags, onChange, suggestions = [], max, maxLength = 40, texts, id: givenId }: TagInputProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const [draft, setDraft] = useState('');
  const isFull = tags.length >= max;
  const has = (tag: string) => tags.some((existing) => existing.toLowerCase() === tag.toLowerCase());

  const add = () => {
    const typed = draft.trim();
    if (typed.length < 2 || isFull) return;
    // Take the list's spelling when the member typed a suggestion in other capitals.
    const tag = suggestions.find((suggestion) => suggestion.toLowerCase() === typed.toLowerCase()) ?? typed;
    if (!has(tag)) onChange([...tags, tag]);
    setDraft('');
  };

  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <div className="field tag-input">
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {tags.length > 0 ? (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button type="button" className="tag-remove" onClick={() => onChange(tags.filter((item) => item !== tag))}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{texts.remove(tag)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tag-input-row">
        <input
          id={`${id}-input`}
          type="text"
          className="input"
          list={suggestions.length ? `${id}-suggestions` : undefined}
          value={draft}
          maxLength={maxLength}
          disabled={isFull}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={addOnEnter}
        />
        <Button onClick={add} disabled={isFull || draft.trim().length < 2}>
          {texts.add}
        </Button>
      </div>
      {isFull ? <p className="field-hint">{texts.full}</p> : null}
      {suggestions.length ? (
        <datalist id={`${id}-suggestions`}>
          {suggestions.filter((suggestion) => !has(suggestion)).map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
