import { Amplify as Amp } from 'aws-amplify';

// CFG-10: a hand-written v5 config; its v6 shape differs, so it is flagged.
// TODO(amplify-migrate): CFG-10 v6 config sections have another shape (Auth.Cognito.userPoolClientId, API.GraphQL.endpoint, API.REST, Storage.S3 …, spec CFG-05…CFG-11): move them into amplify_outputs.json or the second (library options) argument
Amp.configure({
  Auth: {
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_EXAMPLE',
    userPoolWebClientId: 'exampleclientid',
  },
});
