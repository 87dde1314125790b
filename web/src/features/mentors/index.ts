// What other features use of the mentors feature (ADR 0020: features meet only through index.ts).
export { mentorKeys } from './api/query-keys';
export { usePauseMentoring } from './api/pause-mentoring';
export { useUpdateMentorProfile } from './api/update-mentor-profile';
