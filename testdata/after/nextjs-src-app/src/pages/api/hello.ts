import type { NextApiRequest, NextApiResponse } from 'next';
import { getCurrentUser, fetchAuthSession } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../../utils/amplifyServerUtils';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // TODO(amplify-migrate): SSR-02 check the operation: the server calls take contextSpec and work only inside it; getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03); the token is undefined when no user is signed in, where v5 threw (SSR-04, TOK-09)
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      const user = await getCurrentUser(contextSpec);
      const token = (await fetchAuthSession(contextSpec)).tokens?.idToken?.toString();
      res.status(200).json({ hello: user.username, token });
    },
  });
}
