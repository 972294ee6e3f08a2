import { API } from 'aws-amplify';
import { post, del } from 'aws-amplify/api';

// Cancelling needs the v6 operation object, which the caller does not keep yet (REST-10): flagged.
export function startUpload(file) {
  // NOTE(amplify-migrate): REST-02 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  const request = post({ apiName: 'files', path: '/uploads', options: { body: file } }).response.then(({ body }) => body.json());
  // TODO(amplify-migrate): REST-10 API.cancel: keep the operation a REST call returns, const op = get({ … }), await op.response, and call op.cancel(message); a GraphQL promise is cancelled with client.cancel(promise, message) (GQL-10)
  return { request, cancel: () => API.cancel(request, 'user cancelled') };
}

// API.endpoint as a promise (REST-12): flagged, v6 reads the endpoint synchronously.
export function endpointLater(callback) {
  // TODO(amplify-migrate): REST-12 API.endpoint: the endpoint is Amplify.getConfig().API?.REST?.['files']?.endpoint, a string (or undefined), no longer a promise
  API.endpoint('files').then(callback);
}

export async function remove(id) {
  try {
    // NOTE(amplify-migrate): REST-05 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    await del({ apiName: 'files', path: `/uploads/${id}` }).response;
  } catch (error) {
    // TODO(amplify-migrate): REST-14 v6 REST calls reject with ApiError (from aws-amplify/api): read .status as (error instanceof ApiError && error.response?.statusCode), .data as JSON.parse(error.response.body), .headers as error.response?.headers (ERR-08)
    if (error.response.status === 404) {
      return false;
    }
    throw error;
  }
  return true;
}
