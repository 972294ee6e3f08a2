import { Auth } from '@supabase/auth-ui-react';

// Another library's Auth: left alone.
export const leave = () => Auth.signOut();
