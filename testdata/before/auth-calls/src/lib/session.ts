import { Auth } from '@aws-amplify/auth';

// The scoped category package counts as Amplify's Auth too (spec §0.3).
export const logoutEverywhere = (): Promise<void> => Auth.signOut({ global: true });
