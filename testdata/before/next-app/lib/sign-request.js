import { Signer } from '@aws-amplify/core';

// Signs a request to an API Gateway endpoint with the user's credentials.
export function sign(request, credentials) {
  return Signer.sign(request, {
    access_key: credentials.accessKeyId,
    secret_key: credentials.secretAccessKey,
    session_token: credentials.sessionToken,
  });
}
