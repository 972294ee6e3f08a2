import { getCurrentUser } from 'aws-amplify/auth/server';
import { runWithAmplifyServerContext } from '../../utils/amplifyServerUtils';

export default async function handler(req, res) {
  // TODO(amplify-migrate): SSR-02 check the operation: the server calls take contextSpec and work only inside it; getCurrentUser() resolves { username, userId, signInDetails }, without attributes (SSR-03)
  return runWithAmplifyServerContext({
    nextServerContext: { request: req, response: res },
    operation: async (contextSpec) => {
      try {
        const user = await getCurrentUser(contextSpec);
        res.status(200).json({ username: user.username });
      } catch (err) {
        res.status(401).json({ error: 'not signed in' });
      }
    },
  });
}
