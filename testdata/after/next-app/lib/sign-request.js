import { Signer } from '@aws-amplify/core';

// Signs a request to an API Gateway endpoint with the user's credentials.
export function sign(request, credentials) {
  // TODO(amplify-migrate): UTL-05 Signer.sign has no public v6 equivalent: sign requests with @smithy/signature-v4 and credentials from fetchAuthSession()
  return Signer.sign(request, {
    access_key: credentials.accessKeyId,
    secret_key: credentials.secretAccessKey,
    session_token: credentials.sessionToken,
  });
}
