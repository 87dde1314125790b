import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { matchOptions, usePlaceNames } from '../../lib/places';

export interface LanguagePickerTexts {
  /** The remove button of a chosen language ("Remove Dutch"). */
  remove: (name: string) => string;
  /** Read out after a change ("Dutch added", "Dutch removed"). */
  added: (name: string) => string;
  removed: (name: string) => string;
  /** Shown under the box when the typed text names no language on the list. */
  noMatch: (typed: string) => string;
  /** How to use the box, read with it. */
  instructions: string;
  /** The name of the list of matches. */
  options: string;
  /** Instead of the box once `max` languages are chosen. */
  full: string;
}

interface LanguagePickerProps {
  /** The text box gets this id, so a label or an error summary can lead to it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Language codes, in the member's order. */
  value: string[];
  onChange: (codes: string[]) => void;
  max: number;
  texts: LanguagePickerTexts;
}

/**
 * Several languages from the full list (ARIA combobox with a list box): type part of a name in
 * the page's language (or a code), move through the matches with the arrow keys, Enter adds the
 * highlighted one. Each chosen language is a chip with its own remove button. Changes and typed
 * text that matches nothing are announced.
 */
export function LanguagePicker({ id, label, hint, error, value, onChange, max, texts }: LanguagePickerProps) {
  const places = usePlaceNames();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const [noMatch, setNoMatch] = useState<string | null>(null);

  const isFull = value.length >= max;
  const choices = places.languageOptions().filter((option) => !value.includes(option.code));
  const matches = matchOptions(choices, typed);
  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const noMatchId = noMatch ? `${id}-no-match` : undefined;
  const instructionsId = `${id}-instructions`;
  const showList = isOpen && !isFull && matches.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const add = (code: string) => {
    if (isFull || value.includes(code)) return;
    onChange([...value, code]);
    setAnnouncement(texts.added(places.languageName(code)));
    setTyped('');
    setNoMatch(null);
    close();
  };
  const remove = (code: string) => {
    onChange(value.filter((item) => item !== code));
    setAnnouncement(texts.removed(places.languageName(code)));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!matches.length) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((current) => (current === -1 && step === -1 ? matches.length - 1 : (current + step + matches.length) % matches.length));
        return;
      }
      case 'Enter': {
        // Enter chooses here; it never submits the form half-filled.
        event.preventDefault();
        const chosen = showList && active >= 0 ? matches[active] : matches.length === 1 && typed.trim() ? matches[0] : undefined;
        if (chosen) add(chosen.code);
        else if (typed.trim()) {
          const exact = matches.find((option) => option.name.toLowerCase() === typed.trim().toLowerCase());
          if (exact) add(exact.code);
          else setNoMatch(texts.noMatch(typed.trim()));
        }
        return;
      }
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          close();
        } else if (typed) {
          event.preventDefault();
          setTyped('');
        }
        return;
      default:
    }
  };

  return (
    <div className={['field', 'language-picker', error ? 'has-error' : ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="tag-list">
          {value.map((code) => {
            const name = places.languageName(code);
            return (
              <li key={code} className="tag">
                <span>{name}</span>
                <button type="button" className="tag-remove" onClick={() => remove(code)}>
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">{texts.remove(name)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="combobox">
        <input
          ref={input}
          id={id}
          type="text"
          className="input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[errorId, noMatchId, hintId, instructionsId].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          disabled={isFull}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setNoMatch(null);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <span id={instructionsId} className="visually-hidden">
          {texts.instructions}
        </span>
        <ul id={listId} role="listbox" className="combobox-options" aria-label={texts.options} hidden={!showList}>
          {showList
            ? matches.map((option, index) => (
                <li
                  key={option.code}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'is-active' : undefined}
                  // Keeps the focus in the box, so the blur does not close the list before the click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => add(option.code)}
                >
                  {option.name}
                </li>
              ))
            : null}
        </ul>
      </div>
      {isFull ? <p className="field-hint">{texts.full}</p> : null}
      <p id={`${id}-no-match`} className="field-error" role="alert" hidden={!noMatch}>
        {noMatch}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
