/** The console's queries; every change refreshes `all`. */
export const adminKeys = {
  all: ['admin'] as const,
  members: (query: object) => ['admin', 'members', query] as const,
  member: (id: string) => ['admin', 'member', id] as const,
  graduation: (query: object) => ['admin', 'graduation', query] as const,
  audit: (query: object) => ['admin', 'audit', query] as const,
  stats: (query: object) => ['admin', 'stats', query] as const,
  invitations: (query: object) => ['admin', 'invitations', query] as const,
};
