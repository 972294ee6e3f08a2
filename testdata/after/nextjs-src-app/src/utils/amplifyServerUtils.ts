// The Amplify server context for getServerSideProps, getStaticProps and API routes (written by remold, spec §16).
import { createServerRunner } from '@aws-amplify/adapter-nextjs';
import outputs from '../../amplify_outputs.json';

export const { runWithAmplifyServerContext } = createServerRunner({
  config: outputs,
});
