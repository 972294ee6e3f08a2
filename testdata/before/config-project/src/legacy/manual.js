import Amp from 'aws-amplify';

// CFG-10: a hand-written v5 config; its v6 shape differs, so it is flagged.
Amp.configure({
  Auth: {
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_EXAMPLE',
    userPoolWebClientId: 'exampleclientid',
  },
});
