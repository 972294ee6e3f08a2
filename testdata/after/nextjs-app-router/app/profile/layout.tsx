import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../../utils/amplifyServerUtils';
import { cookies } from 'next/headers';

export default async function ProfileLayout({ children }: { children: ReactNode }) {
  try {
    // TODO(amplify-migrate): SSR-02 check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07); the signed-in check calls getCurrentUser(), since fetchAuthSession() no longer throws when signed out (SSR-04, AUTH-16)
    await runWithAmplifyServerContext({
      nextServerContext: { cookies },
      operation: (contextSpec) => getCurrentUser(contextSpec),
    });
  } catch {
    redirect('/login');
  }
  return <section>{children}</section>;
}
