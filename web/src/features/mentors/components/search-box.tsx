import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MENTOR_LIMITS } from '../../../../../contract/mentors';
import { Button } from '../../../components/ui/button';

interface SearchBoxProps {
  /** The text searched for now (the box starts with it). */
  value: string;
  onSearch: (text: string) => void;
}

/** The free-text search: names, headlines, expertise, employers and what mentors offer help with. */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const { t } = useTranslation('mentors');
  const [text, setText] = useState(value);
  // When the URL changes the text (a link, Back), the box follows it.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  return (
    <form
      role="search"
      className="search-box"
      aria-label={t('search.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label htmlFor="mentor-search-text" className="visually-hidden">
        {t('search.textLabel')}
      </label>
      <input
        id="mentor-search-text"
        type="search"
        className="input"
        value={text}
        maxLength={MENTOR_LIMITS.query}
        placeholder={t('search.placeholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" variant="primary">
        {t('search.submit')}
      </Button>
    </form>
  );
}
