import { resetPassword, signOut } from 'aws-amplify/auth';

export const start = () => resetPassword({ username: 'someone' });
export const stop = () => signOut({ global: true });
