import { useEffect, useState } from 'react';
import { API } from 'aws-amplify';
import { get, put, del, post, patch, head } from 'aws-amplify/api';
import { fetchAuthSession } from 'aws-amplify/auth';

// Promises returned to the caller (spec §9): the caller still gets the parsed body.
function loadNote(id) {
  // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  return get({ apiName: 'notes', path: `/notes/${id}` }).response.then(({ body }) => body.json());
}

function saveNote(id, note) {
  // NOTE(amplify-migrate): REST-03 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  return put({ apiName: 'notes', path: `/notes/${id}`, options: {
    body: note,
  } }).response.then(({ body }) => body.json());
}

function deleteNote(id) {
  // NOTE(amplify-migrate): REST-05 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
  return del({ apiName: 'notes', path: `/notes/${id}` }).response.then(({ body }) => body.json());
}

export function Notes({ id }) {
  const [note, setNote] = useState(null);

  useEffect(() => {
    async function onLoad() {
      // Awaited and used: the body is read the v6 way.
      const loaded = await loadNote(id);
      // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
      const comments = await (await get({ apiName: 'notes', path: `/notes/${id}/comments`, options: {
        queryParams: { limit: '20', order: 'desc' },
      } }).response).body.json();
      setNote({ ...loaded, comments });
    }
    onLoad();
  }, [id]);

  async function publish() {
    // NOTE(amplify-migrate): TOK-09 the token is undefined when no user is signed in, where v5 rejected
    const token = (await fetchAuthSession()).tokens?.idToken?.toString();
    // Awaited as a statement: only the response is waited for.
    // NOTE(amplify-migrate): REST-02 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    await post({ apiName: 'notes', path: '/publish', options: {
      headers: { Authorization: token ?? '' },
      body: { id },
    } }).response;
    // NOTE(amplify-migrate): REST-04 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    await patch({ apiName: 'notes', path: `/notes/${id}`, options: { body: { published: true } } }).response;
    // NOTE(amplify-migrate): REST-06 the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    await head({ apiName: 'notes', path: `/notes/${id}` }).response;
  }

  // A .then chain keeps reading the body.
  function refresh() {
    // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    get({ apiName: 'notes', path: '/notes' }).response.then(({ body }) => body.json()).then((notes) => console.log(notes.length));
  }

  async function search(queryStringParameters) {
    // Shorthand keys keep their variable: queryParams: queryStringParameters.
    // NOTE(amplify-migrate): REST-01 v6 returns an operation; the body is read with .json() (use .text() for a non-JSON or empty body); the Gen 2 apiName is the key under outputs.custom.API, which Amplify.configure must be given (REST-09, CFG-07)
    return get({ apiName: 'notes', path: '/search', options: { queryParams: queryStringParameters } }).response.then(({ body }) => body.json());
  }

  async function status() {
    // response: true gives an axios-like response: flagged for review (REST-08).
    // TODO(amplify-migrate): REST-08 response: true has no v6 form: op.response resolves { statusCode, headers, body }, so read res.status as statusCode, res.data as await res.body.json(), and move the call to get({ apiName, path, options }) by hand
    const res = await API.get('notes', '/status', { response: true });
    return res.status === 200 ? res.data : null;
  }

  async function download(init) {
    // An init built elsewhere cannot be carried over safely (REST-07).
    // TODO(amplify-migrate): REST-07 API.get: move it to get({ apiName, path, options }) from aws-amplify/api by hand: options takes headers, body, queryParams (string values), withCredentials and timeout; responseType and signerServiceInfo have no v6 equivalent
    return API.get('notes', '/export', init);
  }

  return { note, saveNote, deleteNote, publish, refresh, search, status, download };
}
