interface AvatarProps {
  person: { image: string | null; name: string; firstName?: string | null; familyName?: string | null };
  size?: 'small' | 'large';
}

const initialsOf = ({ name, firstName, familyName }: AvatarProps['person']) =>
  [firstName, familyName]
    .map((part) => part?.trim().charAt(0).toUpperCase() ?? '')
    .join('') || name.trim().charAt(0).toUpperCase();

/** A member's photo, or their initials on the accent colour. Decorative: the name is always written beside it. */
export function Avatar({ person, size = 'small' }: AvatarProps) {
  return person.image ? (
    <img className={`avatar avatar-${size}`} src={person.image} alt="" />
  ) : (
    <span className={`avatar avatar-${size} avatar-initials`} aria-hidden="true">
      {initialsOf(person)}
    </span>
  );
}
