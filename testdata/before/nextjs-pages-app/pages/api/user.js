import { withSSRContext } from 'aws-amplify';

export default async function handler(req, res) {
  const { Auth } = withSSRContext({ req });
  try {
    const user = await Auth.currentAuthenticatedUser({ bypassCache: true });
    res.status(200).json({ username: user.username });
  } catch (err) {
    res.status(401).json({ error: 'not signed in' });
  }
}
