'use server';

import { cookies } from 'next/headers';
import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../utils/amplifyServerUtils';

export async function whoAmI() {
  // TODO(amplify-migrate): SSR-02 check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07); getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
  const { username } = await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  return username;
}
