// The Amplify server context for Next.js server code (written by remold, spec §16).
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import { generateServerClientUsingReqRes } from '@aws-amplify/adapter-nextjs/data';
import outputs from '../amplify_outputs.json';

export const { runWithAmplifyServerContext } = createServerRunner({
  config: outputs,
});

// GraphQL on the server: reqResBasedClient.graphql(contextSpec, { query, variables }).
export const reqResBasedClient = generateServerClientUsingReqRes({
  config: outputs,
});
