import { NextResponse } from 'next/server';
import { getCurrentUser, fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../../../utils/amplifyServerUtils';
import { cookies } from 'next/headers';

export async function GET(request: Request) {
  // TODO(amplify-migrate): SSR-02 check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07); getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
  const user = await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) => getCurrentUser(contextSpec),
  });
  // TODO(amplify-migrate): SSR-02 check the server call: it runs in runWithAmplifyServerContext with the request cookies (SSR-07); the token is undefined when no user is signed in, where v5 threw (SSR-04, TOK-09)
  const token = (await runWithAmplifyServerContext({
    nextServerContext: { cookies },
    operation: (contextSpec) => fetchAuthSession(contextSpec),
  })).tokens?.idToken?.toString();
  return NextResponse.json({ username: user.username, token });
}
