import { withSSRContext } from 'aws-amplify';

export default defineEventHandler(async (event) => {
  // TODO(amplify-migrate): SSR-02 withSSRContext outside Next.js: use runWithAmplifyServerContext with the aws-amplify/adapter-core helpers of your framework (SSR-10)
  const SSR = withSSRContext({ req: event.node.req });
  const user = await SSR.Auth.currentAuthenticatedUser();
  return { username: user.username };
});
