import { API } from 'aws-amplify';

// Cancelling needs the v6 operation object, which the caller does not keep yet (REST-10): flagged.
export function startUpload(file) {
  const request = API.post('files', 'uploads', { body: file });
  return { request, cancel: () => API.cancel(request, 'user cancelled') };
}

// API.endpoint as a promise (REST-12): flagged, v6 reads the endpoint synchronously.
export function endpointLater(callback) {
  API.endpoint('files').then(callback);
}

export async function remove(id) {
  try {
    await API.del('files', `uploads/${id}`);
  } catch (error) {
    if (error.response.status === 404) {
      return false;
    }
    throw error;
  }
  return true;
}
